"""CPU cost of the claims core: the pure-Python checkout against the compiled core the worker image
ships (mypyc, ``WIRESTREAM_COMPILE=1``), in one run.

    .venv/bin/python benchmarks/claims_cost.py [--data FILE ...] [--compiled DIR] [--rounds 3]
        [--passes 3] [--json results/claims_cost.json]

The cost is the one ``claims_polnear.py`` reports: process time of ``extract_claims`` alone, best of
``--passes`` passes, per 2 KB of UTF-8 body (languages are detected before timing).  Each variant
runs in a fresh subprocess; the two alternate for ``--rounds`` rounds so that load on a shared
machine falls on both.  Every claim (all fields) of the two is compared: the compiled core must give
the same claims, or the exit status is 1.

``--data``: JSON lines with ``body`` (languages are detected, as the enrichment does); default the
project's own labelled claims set and the sample firehose.  ``--compiled``: a copy made by
``compiled_core.py``; without it one is built in a temporary directory (a C compiler and the package
index needed, one to two minutes).  Prints a table and writes JSON (figures only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (
    ROOT / "evaluation" / "claims" / "articles.jsonl",
    ROOT / "streams" / "ops" / "sample" / "firehose.jsonl",
)


def measure(root: Path, data: list[Path], passes: int) -> dict:
    """Cost and claims of the core under root, by claims_polnear.py's own functions (run in a
    subprocess: the first `streams` imported wins)."""
    sys.path[:0] = [str(root), str(Path(__file__).resolve().parent)]
    from claims_polnear import cost_ms_per_2kb, languages, run

    from streams.core.claims import COMPILED

    lines = [json.loads(line) for path in data for line in path.open(encoding="utf-8") if line.strip()]
    bodies = [a["body"] for a in lines if isinstance(a.get("body"), str) and a["body"].strip()]
    articles = [{"id": str(i), "body": body} for i, body in enumerate(bodies)]
    codes = languages(articles)
    claims = list(run(articles, codes).values())
    dump = json.dumps(claims, sort_keys=True).encode("utf-8")
    return {
        "compiled": COMPILED,
        "ms_per_2kb": cost_ms_per_2kb(articles, codes, passes),
        "articles": len(articles),
        "claims": sum(len(c) for c in claims),
        "digest": hashlib.sha256(dump).hexdigest()[:16],
    }


def run_variant(root: Path, data: list[Path], passes: int) -> dict:
    command = [sys.executable, __file__, "--measure", str(root), "--passes", str(passes)]
    command += [arg for path in data for arg in ("--data", str(path))]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(data: list[Path], compiled_root: Path, rounds: int, passes: int) -> dict:
    runs: dict[str, list[dict]] = {"pure": [], "compiled": []}
    for _ in range(rounds):
        runs["pure"].append(run_variant(ROOT, data, passes))
        runs["compiled"].append(run_variant(compiled_root, data, passes))
    if not all(r["compiled"] for r in runs["compiled"]) or any(r["compiled"] for r in runs["pure"]):
        raise SystemExit("the variants did not load the core expected (see compiled_core.py)")
    report: dict = {"data": [p.name for p in data], "rounds": rounds, "passes": passes, "variants": {}}
    for name, results in runs.items():
        costs = [r["ms_per_2kb"] for r in results]
        report["variants"][name] = {
            "ms_per_2kb": costs,
            "median": statistics.median(costs),
            "articles": results[0]["articles"],
            "claims": results[0]["claims"],
            "digest": results[0]["digest"],
        }
    pure, compiled = report["variants"]["pure"], report["variants"]["compiled"]
    report["ratio"] = round(compiled["median"] / pure["median"], 3)
    report["same_claims"] = len({r["digest"] for rs in runs.values() for r in rs}) == 1
    return report


def print_table(report: dict) -> None:
    print(f"data: {', '.join(report['data'])}; best of {report['passes']} passes, {report['rounds']} rounds")
    print("| core | ms / 2 KB per round | median | articles | claims | claims digest |")
    print("|---|---|---|---|---|---|")
    for name, v in report["variants"].items():
        rounds = ", ".join(f"{c:.3f}" for c in v["ms_per_2kb"])
        print(f"| {name} | {rounds} | {v['median']:.3f} | {v['articles']} | {v['claims']} | {v['digest']} |")
    print(f"compiled / pure: {report['ratio']:.3f}; same claims: {'yes' if report['same_claims'] else 'NO'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, action="append", default=None)
    parser.add_argument("--compiled", type=Path, default=None, help="a copy made by compiled_core.py")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "claims_cost.json")
    parser.add_argument("--measure", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data = args.data or list(DEFAULT_DATA)
    if args.measure is not None:
        print(json.dumps(measure(args.measure, data, args.passes)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.compiled is None:
            from compiled_core import checkout_with_compiled_core

            args.compiled = checkout_with_compiled_core(Path(tmp) / "compiled")
        report = compare(data, args.compiled.resolve(), args.rounds, args.passes)
    print_table(report)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if report["same_claims"] else 1


if __name__ == "__main__":
    sys.exit(main())
