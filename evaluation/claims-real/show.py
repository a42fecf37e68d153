"""Print corpus articles for labelling or reviewing, with code-point offsets.  Never runs the extractor.

    .venv/bin/python evaluation/claims-real/show.py LINE [LINE ...] [--corpus PATH]
    .venv/bin/python evaluation/claims-real/show.py --labels [--corpus PATH] [LINE ...]

Without --labels: each paragraph of the body, prefixed by its start offset.  With --labels: each
labelled attribution as [start:end] speaker | kind | tags, followed by the span text, so the labels
can be checked by eye.  Output goes to the terminal only: the corpus text must not be copied into
the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "bbc-news-2005.jsonl"
LABELS = HERE / "labels.jsonl"


def load_corpus(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def show_body(line: int, record: dict) -> None:
    body = record["body"]
    print(f"=== line {line}  {record.get('id')}  [{record.get('category')}]  {len(body)} chars")
    for match in re.finditer(r"[^\n]+", body):
        print(f"[{match.start():>5}] {match.group()}")
    print()


def show_labels(line: int, record: dict, label: dict) -> None:
    body = record["body"]
    print(f"=== line {line}  {record.get('id')}  {len(label['attributions'])} attributions")
    for a in label["attributions"]:
        tags = ",".join(a.get("tags", []))
        print(f"  [{a['start']}:{a['end']}] {a['speaker']} | {a.get('kind')} | {tags}")
        print(f"      {body[a['start'] : a['end']]!r}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lines", type=int, nargs="*")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--labels", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    corpus = load_corpus(args.corpus)
    if args.labels:
        labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
        for label in labels:
            if not args.lines or label["line"] in args.lines:
                show_labels(label["line"], corpus[label["line"]], label)
        return 0
    for line in args.lines:
        show_body(line, corpus[line])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
