"""The naive batch baseline of issue 15: `langdetect.detect` on every body and datasketch's MinHash LSH.

    .venv/bin/python benchmarks/batch_throughput.py --naive    (runs and times it next to `wirestream enrich`)

What a first script for the same job would do, with the well-known libraries and their usual settings:
each line parsed with orjson, the language from ``langdetect.detect(body)`` (seeded, so runs agree),
a 128-permutation MinHash of the body's word 5-shingles, one query of a ``MinHashLSH`` (threshold 0.5)
for an earlier copy and one insert, a JSON line out. No claims: the baseline does less than enrich.
"""

from __future__ import annotations

import orjson
from datasketch import MinHash, MinHashLSH
from langdetect import DetectorFactory, LangDetectException, detect

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE_WORDS = 5


def shingles(body: str) -> set[bytes]:
    words = body.lower().split()
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def naive_enrich(lines: list[bytes]) -> tuple[list[bytes], dict[str, int]]:
    """Language and first-copy verdict per line; (output lines, counts by verdict)."""
    DetectorFactory.seed = 0
    index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    out: list[bytes] = []
    counts = {"original": 0, "duplicate": 0, "unreadable": 0}
    for number, line in enumerate(lines):
        try:
            article = orjson.loads(line)
            body = article["body"]
            key = str(article.get("id") or number)
            language = detect(body)
        except (orjson.JSONDecodeError, KeyError, TypeError, LangDetectException):
            counts["unreadable"] += 1
            continue
        signature = MinHash(num_perm=NUM_PERM)
        signature.update_batch(list(shingles(body)))
        earlier = index.query(signature)
        verdict = "duplicate" if earlier else "original"
        counts[verdict] += 1
        if key not in index:
            index.insert(key, signature)
        out.append(orjson.dumps({"id": key, "language": language, "status": verdict, "of": earlier[:1]}))
    return out, counts
