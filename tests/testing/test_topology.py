"""streams.testing.run_topology: the worker's agents in process, over lists of records."""

from __future__ import annotations

import orjson

from streams.settings import Settings
from streams.testing import run_topology
from streams.testing.corpus import fake_story, rewrap, trim_half


def test_copies_are_grouped_into_one_story_and_only_originals_reach_unique():
    stories = [fake_story(seed, 6) for seed in (1, 2)]
    inputs = [
        orjson.dumps({"id": "a", "source": "Wire", "body": stories[0]}),
        orjson.dumps({"id": "b", "source": "Wire", "body": stories[1]}),
        (b"a2", orjson.dumps({"id": "a2", "source": "Valley Times", "body": rewrap(stories[0])})),
        orjson.dumps({"id": "a3", "source": "Northern Post", "body": trim_half(stories[0])}),
    ]
    run = run_topology(inputs, Settings(topic_prefix="t1."))

    enriched = {record["id"]: record for record in run.values("articles.enriched")}
    assert list(enriched) == ["a", "b", "a2", "a3"]
    assert [record["id"] for record in run.values("articles.unique")] == ["a", "b"]
    assert enriched["a2"]["dedup"]["duplicate_of"] == "a"
    assert enriched["a3"]["dedup"]["story_id"] == enriched["a"]["dedup"]["story_id"]
    assert run.values("articles.dlq") == []
    latest = {}
    for story in run.values("stories"):
        latest[story["story_id"]] = story
    assert len(latest) == 2
    assert [key for key, _ in run.records("articles.fingerprints")] == [b"en"] * 4  # keyed by language


def test_a_bad_record_goes_to_the_dlq_with_its_reason_and_the_rest_flows_on():
    run = run_topology([b"{broken", orjson.dumps({"id": "ok", "body": fake_story(3)})])
    (dead,) = run.values("articles.dlq")
    assert dead["error"]["code"] == "malformed_json" and dead["error"]["stage"] == "parse"
    assert (dead["origin"]["topic"], dead["origin"]["partition"], dead["origin"]["offset"]) == (
        "articles.raw", 0, 0,
    )  # fmt: skip
    assert [record["id"] for record in run.values("articles.enriched")] == ["ok"]
    assert run.metrics is not None
    assert b'wirestream_dead_letters_total{code="malformed_json"' in run.metrics.exposition()
