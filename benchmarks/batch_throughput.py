"""Batch throughput of `wirestream enrich` (no broker): articles/s per core and the split per stage.

    .venv/bin/python benchmarks/batch_throughput.py [--articles 20000] [--input IN.jsonl] [--json OUT]
        [--bodies ../shared/data/bbc-news-2005.jsonl] [--jobs 1,2] [--naive]

Without ``--input`` a synthetic firehose (benchmarks/corpus.py) is written to a temporary JSONL file.
The file is run once through ``enrich_stream`` exactly as `wirestream enrich` does (single process,
so articles/s is per core; CPU seconds are measured too), then a sample is profiled stage by stage:
parse, language, fingerprint, claims (the core's own stage timer), dedup (the story desk), and
serialisation (prepared record to bytes and back, enriched/story/claim records to JSON).

``--jobs 1,2`` runs the same file once per job count (`wirestream enrich --jobs N`), in this order,
in the same run: articles/s by wall clock (what a backfill waits for), the speed-up over the first
count, CPU seconds of this process and its pool processes, and how many of the machine's cores were
busy meanwhile (``/proc/stat``), so a speed-up missing for lack of free cores shows as such.

``--naive`` runs the naive batch of issue 15 (benchmarks/naive_batch.py: langdetect on every body,
datasketch's MinHash LSH) over the same file in the same process and prints the ratio by CPU.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import corpus
import orjson

from streams.core.article import parse_article
from streams.core.claims import extract_claims
from streams.core.dedup import fingerprint
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, PreparedArticle, enriched_record
from streams.core.language import detect_language, load_profiles
from streams.ops.batch import enrich_stream
from streams.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

STAGES = ("parse", "language", "fingerprint", "claims", "dedup", "serialise")


def stage_profile(values: list[bytes], settings: Settings | None = None) -> dict[str, float]:
    """CPU milliseconds per article for each stage, in process, over ``values`` (after one warm-up).

    The stages are called as :meth:`Enricher.prepare` calls them, timed with the process CPU clock
    (not wall time: on a shared machine a descheduled stage would otherwise look slow).
    """
    settings = settings or Settings()
    seconds: Counter[str] = Counter()
    clock = time.process_time
    enricher = Enricher(
        max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
    )
    desk = StoryDesk.in_memory(settings.dedup_window_seconds)
    load_profiles()  # as the worker does at start (app.py); else the first long text pays ~1 s for it
    enricher.prepare(values[0], received_at=time.time())  # compile patterns, warm caches
    counted = 0
    for value in values:
        try:
            started = clock()
            article = parse_article(value, max_bytes=settings.max_record_bytes)
            parsed = clock()
            language = detect_language(article.title, article.body, settings.language_sample_chars)
            detected = clock()
            article_fingerprint = fingerprint(article.title or "", article.body, language.code)
            fingerprinted = clock()
            claims = tuple(extract_claims(article.body, language.code))
            extracted = clock()
        except Exception:  # a rejected record has no further stages
            continue
        counted += 1
        seconds["parse"] += parsed - started
        seconds["language"] += detected - parsed
        seconds["fingerprint"] += fingerprinted - detected
        seconds["claims"] += extracted - fingerprinted
        prepared = PreparedArticle(article, time.time(), language, article_fingerprint, claims)
        started = clock()
        prepared = PreparedArticle.from_bytes(prepared.to_bytes())  # the hop over articles.fingerprints
        seconds["serialise"] += clock() - started
        started = clock()
        judgement = desk.judge(prepared)
        seconds["dedup"] += clock() - started
        started = clock()
        orjson.dumps(enriched_record(prepared, judgement.verdict, time.time()))
        orjson.dumps(judgement.story)
        for _, claim in judgement.claims:
            orjson.dumps(claim)
        seconds["serialise"] += clock() - started
    return {stage: 1000 * seconds[stage] / max(counted, 1) for stage in STAGES}


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def machine_busy() -> tuple[float, float]:
    """(busy, total) clock ticks of all cores so far (/proc/stat)."""
    try:
        fields = [float(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0, 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0.0)
    return sum(fields) - idle, sum(fields)


def all_cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the pool processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return cpu_seconds() + children.ru_utime + children.ru_stime


def run_jobs(lines: list[bytes], settings: Settings, jobs: int) -> dict:
    """One `wirestream enrich --jobs N` over ``lines``: wall time, CPU of all processes, machine load."""
    out = io.BytesIO()
    busy0, total0 = machine_busy()
    started, cpu_started, own_started = time.perf_counter(), all_cpu_seconds(), cpu_seconds()
    counts = enrich_stream(lines, out, None, settings, source_name="bench", jobs=jobs)
    elapsed, cpu = time.perf_counter() - started, all_cpu_seconds() - cpu_started
    own = cpu_seconds() - own_started
    busy1, total1 = machine_busy()
    cores = os.cpu_count() or 1
    return {
        "jobs": jobs,
        "articles": counts.read,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(counts.read / elapsed, 1),
        "cpu_ms_per_article": round(1000 * cpu / counts.read, 3),
        # the judging process (reading, dedup, writing; with jobs=1 everything) and the pool processes
        "main_cpu_ms_per_article": round(1000 * own / counts.read, 3),
        "pool_cpu_ms_per_article": round(1000 * (cpu - own) / counts.read, 3),
        "process_cores": round(cpu / elapsed, 2),
        "machine_cores_busy": round(cores * (busy1 - busy0) / max(total1 - total0, 1), 2),
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }


def run(path: Path, profile_sample: int) -> dict:
    settings = Settings()
    lines = path.read_bytes().splitlines(keepends=True)
    out = io.BytesIO()
    started, cpu_started = time.perf_counter(), cpu_seconds()
    counts = enrich_stream(lines, out, None, settings, source_name=str(path))
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    stages = stage_profile([line.rstrip(b"\r\n") for line in lines[:profile_sample]], settings)
    return {
        "articles": counts.read,
        "enriched": counts.enriched,
        "dead_lettered": counts.dead_lettered,
        "seconds": round(elapsed, 3),
        "articles_per_s": round(counts.read / elapsed, 1),
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_second": round(counts.read / cpu, 1),
        "cpu_ms_per_article": round(1000 * cpu / counts.read, 3),
        "stage_ms": {stage: round(ms, 3) for stage, ms in stages.items()},
        "stage_sample": min(profile_sample, len(lines)),
    }


def run_naive(lines: list[bytes]) -> dict:
    """The naive batch (benchmarks/naive_batch.py) over ``lines``, timed as :func:`run` times enrich."""
    from naive_batch import naive_enrich  # needs datasketch (the test extra)

    started, cpu_started = time.perf_counter(), cpu_seconds()
    out, counts = naive_enrich([line.rstrip(b"\r\n") for line in lines if line.strip()])
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    read = sum(counts.values())
    return {
        "articles": read,
        "written": len(out),
        "verdicts": counts,
        "seconds": round(elapsed, 3),
        "articles_per_s": round(read / elapsed, 1),
        "cpu_ms_per_article": round(1000 * cpu / max(read, 1), 3),
    }


def print_table(result: dict) -> None:
    print(
        f"wirestream enrich: {result['articles']:,} articles in {result['seconds']:.1f} s = "
        f"{result['articles_per_s']:.0f} articles/s (single process), "
        f"{result['articles_per_cpu_second']:.0f} per CPU-second, "
        f"{result['cpu_ms_per_article']:.2f} ms CPU each"
    )
    total = sum(result["stage_ms"].values())
    print(f"{'stage':<12} {'ms/article':>10} {'share':>6}")
    for stage, ms in result["stage_ms"].items():
        print(f"{stage:<12} {ms:>10.3f} {100 * ms / total:>5.0f}%")
    print(f"{'total':<12} {total:>10.3f}")
    naive = result.get("naive")
    if naive:
        print(
            f"naive batch (langdetect.detect + MinHash LSH), same file: {naive['articles_per_s']:.0f} "
            f"articles/s, {naive['cpu_ms_per_article']:.2f} ms CPU each; wirestream enrich = "
            f"{result['times_naive_by_cpu']:.2f}x the naive batch by CPU"
        )
    rows = result.get("jobs", [])
    if rows:
        base = rows[0]["articles_per_s"]
        print(f"cores: {os.cpu_count()}")
        print(
            f"{'jobs':>4} {'articles/s':>10} {'speed-up':>8} {'CPU ms/article':>14} {'main':>6} {'pool':>6} "
            f"{'process cores':>13} "
            f"{'machine cores busy':>18} {'load 1m':>7}"
        )
        for row in rows:
            print(
                f"{row['jobs']:>4} {row['articles_per_s']:>10.1f} {row['articles_per_s'] / base:>7.2f}x "
                f"{row['cpu_ms_per_article']:>14.3f} {row['main_cpu_ms_per_article']:>6.2f} "
                f"{row['pool_cpu_ms_per_article']:>6.2f} {row['process_cores']:>13.2f} "
                f"{row['machine_cores_busy']:>18.2f} {row['loadavg_1m']:>7.2f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=20_000, help="synthetic articles (without --input)")
    parser.add_argument("--input", type=Path, help="a JSONL file to enrich instead of the synthetic one")
    parser.add_argument("--bodies", type=Path, help="JSONL of {title, body}: English bodies from it")
    parser.add_argument("--profile-sample", type=int, default=2000, help="articles profiled per stage")
    parser.add_argument("--json", type=Path, help="write the result here")
    parser.add_argument("--jobs", help="comma-separated job counts to compare in this run, e.g. 1,2")
    parser.add_argument(
        "--naive", action="store_true", help="the naive batch too (langdetect + MinHash LSH), same file"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.input
        if path is None:
            path = Path(tmp) / "firehose.jsonl"
            with path.open("wb") as out:
                for _, value in corpus.encoded(args.articles, bodies=args.bodies):
                    out.write(value + b"\n")
        result = run(path, args.profile_sample)
        if args.jobs:
            lines = path.read_bytes().splitlines(keepends=True)
            counts = [int(n) for n in args.jobs.split(",")]
            result["jobs"] = [run_jobs(lines, Settings(), jobs) for jobs in counts]
        if args.naive:
            naive = run_naive(path.read_bytes().splitlines())
            result["naive"] = naive
            ratio = naive["cpu_ms_per_article"] / result["cpu_ms_per_article"]
            result["times_naive_by_cpu"] = round(ratio, 2)
    result["input"] = str(args.input) if args.input else f"synthetic ({args.articles} articles)"
    print_table(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
