"""CPU ms per article of each core stage: a baseline commit against the working tree, same run, no broker.

    .venv/bin/python benchmarks/stage_compare.py --baseline 063b18d [--articles 3000] [--rounds 3]
        [--bodies ../shared/data/bbc-news-2005.jsonl] [--json results/core_stages.json]

The baseline is exported with ``git archive`` into a temporary directory. One synthetic firehose
(benchmarks/corpus.py) is written once; then, round after round, a fresh process runs
:func:`batch_throughput.stage_profile` over it with the baseline's ``streams`` package and another
with the working tree's (alternating, so both see the same machine load). Each stage keeps its
lowest figure over the rounds (the least disturbed by the other processes of a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = Path(__file__).resolve().parent

_PROFILE = """
import json, sys
from batch_throughput import stage_profile
import streams
values = open(sys.argv[1], "rb").read().splitlines()
print(json.dumps({"streams": streams.__file__, "stages": stage_profile(values)}))
"""


def profile(tree: Path, path: Path) -> dict[str, float]:
    """stage_profile over ``path`` in a new process whose ``streams`` package comes from ``tree``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tree), str(BENCHMARKS)]))
    out = subprocess.run(
        [sys.executable, "-c", _PROFILE, str(path)],
        env=env,
        cwd=path.parent,  # not the checkout: "-c" puts the working directory first on sys.path
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    if not result["streams"].startswith(str(tree)):
        raise RuntimeError(f"profiled {result['streams']}, not the tree {tree}")
    return result["stages"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", required=True, help="a commit (or branch) to compare against")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bodies", type=Path, help="JSONL of {title, body}: English bodies from it")
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args(argv)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", args.baseline], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "current": []}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        path = Path(tmp) / "firehose.jsonl"
        with path.open("wb") as out:
            for _, value in corpus.encoded(args.articles, bodies=args.bodies):
                out.write(value + b"\n")
        for _ in range(args.rounds):
            runs["baseline"].append(profile(base, path))
            runs["current"].append(profile(ROOT, path))
    best = {name: {s: min(r[s] for r in rows) for s in rows[0]} for name, rows in runs.items()}
    bodies = f" (English bodies from {args.bodies})" if args.bodies else ""
    rounds = f"best of {args.rounds} rounds each"
    print(f"CPU ms per article, {args.articles:,} synthetic articles{bodies}, {rounds}")
    print(f"{'stage':<12} {'baseline ' + commit:>16} {'working tree':>13} {'change':>8}")
    for stage in best["baseline"]:
        before, after = best["baseline"][stage], best["current"][stage]
        print(f"{stage:<12} {before:>16.3f} {after:>13.3f} {after - before:>+8.3f}")
    before, after = sum(best["baseline"].values()), sum(best["current"].values())
    print(f"{'total':<12} {before:>16.3f} {after:>13.3f} {after - before:>+8.3f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "baseline": commit,
            "articles": args.articles,
            "rounds": args.rounds,
            "bodies": str(args.bodies) if args.bodies else None,
            "best_ms": best,
            "total_ms": {"baseline": round(before, 3), "current": round(after, 3)},
            "runs": runs,
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
