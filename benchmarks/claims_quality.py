"""Claim extraction quality on the labelled set, and a spot-check sampler for real news.

    .venv/bin/python benchmarks/claims_quality.py [--json OUT]
        [--min-precision 0.85 --min-recall 0.80 --min-speaker 0.85]
    .venv/bin/python benchmarks/claims_quality.py --corpus ../shared/data/bbc-news-2005.jsonl --sample 50
    .venv/bin/python benchmarks/claims_quality.py --speed [--corpus ../shared/data/bbc-news-2005.jsonl]

A predicted claim matches a gold claim when their spans overlap by at least half of the shorter one
(one-to-one, greedy by overlap).  Precision is over predicted claims, recall over gold claims, speaker
accuracy over matched pairs (normalised names; gold may list alternatives separated by "|").
Exits 1 when a threshold is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from streams.core.claims import KINDS, extract_claims
from streams.core.claims.model import normalise_speaker

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_SET = ROOT / "evaluation" / "claims" / "articles.jsonl"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if inter > 0 and shorter > 0 else 0.0


def speaker_ok(predicted: str | None, gold: str | None) -> bool:
    if gold is None:
        return predicted is None
    return normalise_speaker(predicted) in {normalise_speaker(g) for g in gold.split("|")}


def match(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = overlap((p["start"], p["end"]), (g["start"], g["end"]))
            if score >= 0.5:
                pairs.append((score, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def evaluate(path: Path, verbose: bool = False) -> dict:
    stats = defaultdict(Counter)
    errors = []
    elapsed = 0.0
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        t0 = time.perf_counter()
        predicted = [c.to_dict() for c in extract_claims(article["body"], article["language"])]
        elapsed += time.perf_counter() - t0
        gold = article["claims"]
        pairs = match(predicted, gold)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        split = f"split:{article.get('split', 'dev')}"
        for scope in ("overall", f"lang:{article['language']}", split):
            stats[scope]["predicted"] += len(predicted)
            stats[scope]["gold"] += len(gold)
            stats[scope]["matched"] += len(pairs)
        for p in predicted:
            stats[p["kind"]]["predicted"] += 1
        for g in gold:
            stats[g["kind"]]["gold"] += 1
        for i, j in pairs:
            p, g = predicted[i], gold[j]
            ok = speaker_ok(p["speaker"], g["speaker"])
            for scope in ("overall", f"lang:{article['language']}", split, g["kind"]):
                stats[scope]["speaker_ok"] += ok
                stats[scope]["kind_ok"] += p["kind"] == g["kind"]
            stats[g["kind"]]["matched"] += 1
            stats[p["kind"]]["matched_as"] += 1
            if not ok:
                errors.append(
                    f"{article['id']}: speaker {p['speaker']!r} != {g['speaker']!r} for {g['text'][:50]!r}"
                )
        for i, p in enumerate(predicted):
            if i not in matched_p:
                errors.append(f"{article['id']}: extra {p['kind']} {p['text'][:60]!r} ({p['speaker']})")
        for j, g in enumerate(gold):
            if j not in matched_g:
                errors.append(f"{article['id']}: missed {g['kind']} {g['text'][:60]!r} ({g['speaker']})")
    table = {}
    for scope, c in stats.items():
        matched_pred = c["matched_as"] if scope in KINDS else c["matched"]
        table[scope] = {
            "gold": c["gold"],
            "predicted": c["predicted"],
            "precision": round(matched_pred / c["predicted"], 3) if c["predicted"] else None,
            "recall": round(c["matched"] / c["gold"], 3) if c["gold"] else None,
            "speaker_accuracy": round(c["speaker_ok"] / c["matched"], 3) if c["matched"] else None,
            "kind_accuracy": round(c["kind_ok"] / c["matched"], 3) if c["matched"] else None,
        }
    return {
        "table": table,
        "errors": errors,
        "ms_per_article": round(
            1000 * elapsed / max(1, stats["overall"]["gold"] and len(path.read_text().splitlines())), 3
        ),
    }


def print_table(table: dict) -> None:
    order = [
        "overall",
        *KINDS,
        *sorted(k for k in table if k.startswith("lang:")),
        *sorted(k for k in table if k.startswith("split:")),
    ]
    print(f"{'scope':<18}{'gold':>6}{'pred':>6}{'prec':>8}{'recall':>8}{'speaker':>9}{'kind':>7}")
    for scope in order:
        if scope not in table:
            continue
        row = table[scope]

        def fmt(v):
            return f"{v:.3f}" if v is not None else "  -  "

        print(
            f"{scope:<18}{row['gold']:>6}{row['predicted']:>6}{fmt(row['precision']):>8}"
            f"{fmt(row['recall']):>8}{fmt(row['speaker_accuracy']):>9}{fmt(row['kind_accuracy']):>7}"
        )


def corpus_report(path: Path, sample: int, seed: int, language: str) -> dict:
    kinds: Counter = Counter()
    with_speaker = 0
    drawn: list[tuple[str, dict, str]] = []
    articles = 0
    chars = 0
    elapsed = 0.0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = record.get("body") or ""
            articles += 1
            chars += len(body)
            t0 = time.perf_counter()
            claims = extract_claims(body, record.get("language", language))
            elapsed += time.perf_counter() - t0
            for claim in claims:
                kinds[claim.kind] += 1
                with_speaker += claim.speaker is not None
                context = body[max(0, claim.start - 120) : claim.end + 120].replace("\n", " ")
                drawn.append((record.get("id", "?"), claim.to_dict(), context))
    rng = random.Random(seed)
    picked = rng.sample(drawn, min(sample, len(drawn)))
    total = sum(kinds.values())
    print(
        f"{articles} articles, {total} claims ({total / max(1, articles):.1f} per article), "
        f"{with_speaker / max(1, total):.1%} with a speaker, "
        f"{1000 * elapsed / max(1, articles):.3f} ms/article "
        f"({1000 * elapsed / max(1, chars) * 2048:.3f} ms per 2 KB)"
    )
    for kind in KINDS:
        print(f"  {kind:<16}{kinds[kind]:>7}")
    print(f"\nrandom sample of {len(picked)} (seed {seed}):")
    for n, (article_id, claim, context) in enumerate(picked, 1):
        print(
            f"\n[{n}] {article_id} {claim['kind']} cue={claim['cue']!r} speaker={claim['speaker']!r} "
            f"role={claim['speaker_role']!r}\n    TEXT: {claim['text'][:300]}\n    CONTEXT: …{context}…"
        )
    return {
        "articles": articles,
        "claims": total,
        "per_kind": dict(kinds),
        "with_speaker": with_speaker,
        "ms_per_article": 1000 * elapsed / max(1, articles),
    }


def speed(bodies: list[tuple[str, str]], repeats: int) -> dict:
    """CPU time of extract_claims over bodies, best of `repeats` passes (robust to a busy machine)."""
    chars = sum(len(body) for body, _ in bodies)
    for body, language in bodies[:50]:  # warm-up: compiled patterns, caches
        extract_claims(body, language)
    best = float("inf")
    for _ in range(max(1, repeats)):
        t0 = time.process_time()
        for body, language in bodies:
            extract_claims(body, language)
        best = min(best, time.process_time() - t0)
    return {
        "articles": len(bodies),
        "chars": chars,
        "ms_per_article": round(1000 * best / max(1, len(bodies)), 4),
        "ms_per_2kb": round(1000 * best / max(1, chars) * 2048, 4),
    }


def speed_report(args: argparse.Namespace) -> dict:
    sets = {"labelled set": [(r["body"], r["language"]) for r in _records(args.set)]}
    if args.corpus:
        with args.corpus.open(encoding="utf-8") as handle:
            sets[args.corpus.name] = [
                (r.get("body") or "", r.get("language", args.language)) for r in map(json.loads, handle)
            ]
    results = {}
    for name, bodies in sets.items():
        row = speed(bodies, args.repeats)
        results[name] = row
        print(
            f"{name:<24}{row['articles']:>6} articles  {row['ms_per_article']:.3f} ms/article  "
            f"{row['ms_per_2kb']:.3f} ms per 2 KB (CPU time, best of {args.repeats})"
        )
    return results


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="labelled JSONL")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-speaker", type=float, default=0.0)
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong speakers")
    parser.add_argument("--corpus", type=Path, help="unlabelled news JSONL to sample from instead")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--language", default="en", help="language for corpus records without one")
    parser.add_argument("--speed", action="store_true", help="micro-benchmark: ms per 2 KB of body")
    parser.add_argument("--repeats", type=int, default=5, help="passes for --speed (best is kept)")
    parser.add_argument("--max-ms", type=float, help="with --speed: fail above this many ms per 2 KB")
    args = parser.parse_args(argv)

    if args.speed:
        result = speed_report(args)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2))
        worst = max(row["ms_per_2kb"] for row in result.values())
        if args.max_ms is not None and worst > args.max_ms:
            print(f"FAIL: {worst} ms per 2 KB > {args.max_ms}", file=sys.stderr)
            return 1
        return 0

    if args.corpus:
        result = corpus_report(args.corpus, args.sample, args.seed, args.language)
        if args.json:
            args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
        return 0

    result = evaluate(args.set)
    print_table(result["table"])
    print(f"\n{result['ms_per_article']} ms per labelled article")
    if args.errors:
        print("\n".join(result["errors"]))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    overall = result["table"]["overall"]
    failed = []
    if (overall["precision"] or 0) < args.min_precision:
        failed.append(f"precision {overall['precision']} < {args.min_precision}")
    if (overall["recall"] or 0) < args.min_recall:
        failed.append(f"recall {overall['recall']} < {args.min_recall}")
    if (overall["speaker_accuracy"] or 0) < args.min_speaker:
        failed.append(f"speaker accuracy {overall['speaker_accuracy']} < {args.min_speaker}")
    for reason in failed:
        print(f"FAIL: {reason}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
