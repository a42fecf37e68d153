"""Batch throughput of `wirestream enrich` (no broker): articles/s per core and the split per stage.

    .venv/bin/python benchmarks/batch_throughput.py [--articles 20000] [--input IN.jsonl] [--json OUT]
        [--bodies ../shared/data/bbc-news-2005.jsonl]

Without ``--input`` a synthetic firehose (benchmarks/corpus.py) is written to a temporary JSONL file.
The file is run once through ``enrich_stream`` exactly as `wirestream enrich` does (single process,
so articles/s is per core; CPU seconds are measured too), then a sample is profiled stage by stage:
parse, language, fingerprint, claims (the core's own stage timer), dedup (the story desk), and
serialisation (prepared record to bytes and back, enriched/story/claim records to JSON).
"""

from __future__ import annotations

import argparse
import io
import json
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
from streams.core.language import detect_language
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
    desk = StoryDesk(window_seconds=settings.dedup_window_seconds, index_entries={}, stories={}, claims={})
    enricher.prepare(values[0], received_at=time.time())  # load language profiles, compile patterns
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=20_000, help="synthetic articles (without --input)")
    parser.add_argument("--input", type=Path, help="a JSONL file to enrich instead of the synthetic one")
    parser.add_argument("--bodies", type=Path, help="JSONL of {title, body}: English bodies from it")
    parser.add_argument("--profile-sample", type=int, default=2000, help="articles profiled per stage")
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.input
        if path is None:
            path = Path(tmp) / "firehose.jsonl"
            with path.open("wb") as out:
                for _, value in corpus.encoded(args.articles, bodies=args.bodies):
                    out.write(value + b"\n")
        result = run(path, args.profile_sample)
    result["input"] = str(args.input) if args.input else f"synthetic ({args.articles} articles)"
    print_table(result)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
