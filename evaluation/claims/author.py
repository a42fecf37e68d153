"""Author the labelled claims set: write articles with their claims quoted as text, and this script
computes the code-point offsets and writes articles.jsonl.

    .venv/bin/python evaluation/claims/author.py            # rewrite articles.jsonl
    .venv/bin/python evaluation/claims/author.py --check    # fail if articles.jsonl is stale

Every article here is invented for this set; none is copied from real news.
A claim is (text, speaker, kind) or (text, speaker, kind, occurrence); speaker alternatives are
separated by "|"; speaker None means the attribution names nobody resolvable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from articles_source import ARTICLES  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent
OUT = HERE / "articles.jsonl"


def locate(body: str, text: str, occurrence: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence + 1):
        pos = body.find(text, pos + 1)
        if pos < 0:
            raise ValueError(f"claim text not found in body: {text!r}")
    return pos, pos + len(text)


def build() -> list[dict]:
    records = []
    seen = set()
    for article in ARTICLES:
        if article["id"] in seen:
            raise ValueError(f"duplicate id {article['id']}")
        seen.add(article["id"])
        body = article["body"]
        claims = []
        for label in article["claims"]:
            text, speaker, kind = label[:3]
            occurrence = label[3] if len(label) > 3 else 0
            start, end = locate(body, text, occurrence)
            claims.append({"start": start, "end": end, "text": text, "speaker": speaker, "kind": kind})
        records.append(
            {
                "id": article["id"],
                "language": article["language"],
                "cases": article.get("cases", []),
                "split": article.get("split", "dev"),
                "body": body,
                "claims": claims,
            }
        )
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    text = render(build())
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("articles.jsonl is stale: run evaluation/claims/author.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} articles)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
