"""Turn a labelling spec into labels.jsonl (offsets only) -- the spec itself stays OUTSIDE the repo.

    .venv/bin/python evaluation/claims-real/author.py SPEC.py [--corpus PATH] [--out labels.jsonl]

SPEC.py defines ``S = {line: [(start_anchor, end_anchor, speaker, kind, tags), ...]}``.  Anchors are
short pieces of the article body, so the spec quotes corpus text and must never be committed: keep it
in a scratch folder.  Each span runs from the start of ``start_anchor`` (searched from the start of
the previous attribution of the article, so labels go in body order) to the end of ``end_anchor``
(searched from the span start); an empty ``end_anchor`` means the span is ``start_anchor`` itself.
The output holds, per article, the corpus id and line, a sha256 of the body and the attributions as
code-point offsets, speaker, kind and tags -- no corpus text.  Suspicious spans (edge whitespace or
quote marks, a trailing comma, an ambiguous start anchor) are reported for a second look.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent.parent / "shared" / "data" / "bbc-news-2005.jsonl"
KINDS = {"direct_quote", "indirect_speech", "source_report", "according_to"}
EDGE = " \n\t\"'“”‘’,"


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def load_spec(path: Path) -> dict[int, list[tuple]]:
    spec = importlib.util.spec_from_file_location("claims_real_spec", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.S


def locate(body: str, start_anchor: str, end_anchor: str, cursor: int) -> tuple[int, int]:
    start = body.find(start_anchor, cursor)
    if start < 0:
        raise ValueError(f"start anchor not found after {cursor}: {start_anchor!r}")
    if not end_anchor:
        return start, start + len(start_anchor)
    end = body.find(end_anchor, start)
    if end < 0:
        raise ValueError(f"end anchor not found after {start}: {end_anchor!r}")
    return start, end + len(end_anchor)


def build(spec: dict[int, list[tuple]], corpus: list[dict]) -> tuple[list[dict], list[str]]:
    records, warnings = [], []
    for line in sorted(spec):
        record = corpus[line]
        body = record["body"]
        cursor = 0
        attributions = []
        for start_anchor, end_anchor, speaker, kind, tags in spec[line]:
            if kind not in KINDS:
                raise ValueError(f"line {line}: unknown kind {kind!r}")
            start, end = locate(body, start_anchor, end_anchor, cursor)
            cursor = start
            where = f"line {line} [{start}:{end}]"
            if body.count(start_anchor) > 1:
                warnings.append(f"{where}: start anchor occurs {body.count(start_anchor)} times")
            span = body[start:end]
            if span[0] in EDGE or span[-1] in EDGE.replace('"', ""):
                warnings.append(f"{where}: span edge {span[:1]!r}…{span[-1:]!r}")
            if "\n" in span:
                warnings.append(f"{where}: span crosses a paragraph break")
            attributions.append(
                {"start": start, "end": end, "speaker": speaker, "kind": kind, "tags": list(tags)}
            )
        spans = sorted((a["start"], a["end"]) for a in attributions)
        for (s1, e1), (s2, e2) in itertools.pairwise(spans):
            if s2 < e1:
                warnings.append(f"line {line}: spans [{s1}:{e1}] and [{s2}:{e2}] overlap")
        records.append(
            {
                "id": record["id"],
                "line": line,
                "category": record.get("category"),
                "sha256": body_sha256(body),
                "attributions": attributions,
            }
        )
    return records, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=HERE / "labels.jsonl")
    args = parser.parse_args(argv)
    if args.spec.resolve().is_relative_to(HERE.parent.parent):
        print("keep the spec outside the repository: it quotes corpus text", file=sys.stderr)
        return 2
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with args.corpus.open(encoding="utf-8") as handle:
        corpus = [json.loads(line) for line in handle]
    records, warnings = build(load_spec(args.spec), corpus)
    for warning in warnings:
        print("check:", warning, file=sys.stderr)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    total = sum(len(r["attributions"]) for r in records)
    print(f"wrote {args.out}: {len(records)} articles, {total} attributions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
