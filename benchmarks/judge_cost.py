"""Cost of the judge stage per article, in process: what bounds one dedup partition (one language).

    .venv/bin/python benchmarks/judge_cost.py [--corpus ../shared/data/bbc-news-2005.jsonl] [--json OUT]

Measures, per article, the work the `judge` agent does outside Kafka I/O: decode the prepared article
from the hop topic, judge it (index + story + claim state in dicts), build and serialise the enriched
record. Its inverse is the most articles/s one dedup key (e.g. all English) can take on one core —
the price of co-locating copies by language (docs/architecture.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import orjson

from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, PreparedArticle, enriched_record
from streams.testing.corpus import fake_story, rewrap, trim_half


def articles(corpus: Path | None, limit: int) -> list[bytes]:
    if corpus is not None:
        lines = corpus.read_bytes().splitlines()[:limit]
        bodies = [orjson.loads(line)["body"] for line in lines]
    else:
        bodies = [fake_story(seed, sentences=14) for seed in range(limit)]
    values = []
    for n, body in enumerate(bodies):
        values.append(orjson.dumps({"id": f"o{n}", "body": body, "source": "Wire"}))
        if n % 3 == 0:  # about a third of the stream are copies
            values.append(
                orjson.dumps({"id": f"c{n}", "body": rewrap(trim_half(body), "Outlet"), "source": "X"})
            )
    return values


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()

    enricher = Enricher(max_record_bytes=1 << 20, language_sample_chars=2000)
    hops = [
        enricher.prepare(value, received_at=1.0e9).to_bytes()
        for value in articles(options.corpus, options.limit)
    ]
    desk = StoryDesk.in_memory(72 * 3600)
    costs = []
    for hop in hops:
        started = time.perf_counter()
        prepared = PreparedArticle.from_bytes(hop)
        judgement = desk.judge(prepared)
        orjson.dumps(enriched_record(prepared, judgement.verdict, 1.0e9))
        orjson.dumps(judgement.story)
        for _, claim in judgement.claims:
            orjson.dumps(claim)
        costs.append(time.perf_counter() - started)
    costs.sort()
    mean = statistics.fmean(costs)
    result = {
        "articles": len(costs),
        "mean_bytes_on_hop": int(statistics.fmean(len(hop) for hop in hops)),
        "judge_ms_mean": round(mean * 1000, 3),
        "judge_ms_p99": round(costs[int(len(costs) * 0.99)] * 1000, 3),
        "max_articles_per_s_per_dedup_key": int(1 / mean),
    }
    print(f"{'articles':<36}{result['articles']:>10}")
    print(f"{'mean prepared-article bytes on hop':<36}{result['mean_bytes_on_hop']:>10}")
    print(f"{'judge cost, mean ms':<36}{result['judge_ms_mean']:>10}")
    print(f"{'judge cost, p99 ms':<36}{result['judge_ms_p99']:>10}")
    print(f"{'ceiling per dedup key, articles/s':<36}{result['max_articles_per_s_per_dedup_key']:>10}")
    if options.json:
        options.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
