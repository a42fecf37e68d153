"""`wirestream stats`, `dlq list`, `dlq replay`, `stories` on the real broker, after the sample ran."""

from __future__ import annotations

import time

import orjson
import pytest

from streams.ops.firehose import read_articles, sample_paths
from tests.web.conftest import SAMPLE_BAD, SAMPLE_RECORDS

pytestmark = pytest.mark.kafka

BAD_CODES = {"malformed_json", "empty_body", "wrong_type", "missing_body"}


def ok(result):
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def test_stats_shows_topics_offsets_and_group_lag(live_pipeline):
    live_pipeline.processed()
    prefix = live_pipeline.settings.topic_prefix
    rows = {
        row["topic"]: row
        for row in orjson.loads(ok(live_pipeline.cli("stats", "--json", "--interval", "0.5")).stdout)[
            "topics"
        ]
    }
    raw = rows[f"{prefix}articles.raw"]
    assert raw["partitions"] == 2 and raw["end_offsets"] == SAMPLE_RECORDS
    deadline = time.monotonic() + 30  # the worker commits every second
    while raw["group_lag"] != 0 and time.monotonic() < deadline:
        time.sleep(1)
        stats = orjson.loads(ok(live_pipeline.cli("stats", "--json", "--interval", "0.2")).stdout)
        raw = {row["topic"]: row for row in stats["topics"]}[f"{prefix}articles.raw"]
    assert raw["group_lag"] == 0
    assert rows[f"{prefix}articles.dlq"]["end_offsets"] == SAMPLE_BAD
    assert rows[f"{prefix}articles.enriched"]["group_lag"] is None  # an output: the group does not read it

    screen = ok(live_pipeline.cli("stats", "--interval", "0.2")).stdout
    assert f"{prefix}articles.raw" in screen and "group lag" in screen


def test_dlq_list_is_readable(live_pipeline):
    live_pipeline.processed()
    result = ok(live_pipeline.cli("dlq", "list"))
    for code in BAD_CODES:
        assert code in result.stdout
    assert (
        "reason:" in result.stdout and f"{live_pipeline.settings.topic_prefix}articles.raw[" in result.stdout
    )
    assert f"{SAMPLE_BAD} DLQ records" in result.stderr
    only = ok(live_pipeline.cli("dlq", "list", "--code", "wrong_type", "--json")).stdout.splitlines()
    assert [orjson.loads(line)["error"]["code"] for line in only] == ["wrong_type"]
    assert (
        ok(live_pipeline.cli("dlq", "list", "--since", "2000-01-01T00:00:00Z", "--json")).stdout.count("\n")
        == SAMPLE_BAD
    )
    assert ok(live_pipeline.cli("dlq", "list", "--since", "0s", "--json")).stdout == ""


def test_dlq_replay_sends_the_original_bytes_back(live_pipeline):
    live_pipeline.processed()
    dry = ok(live_pipeline.cli("dlq", "replay", "--code", "malformed_json", "--dry-run"))
    assert "would send 1 records" in dry.stderr
    assert live_pipeline.worker.data()["totals"]["consumed"] == SAMPLE_RECORDS  # nothing was sent

    replayed = ok(live_pipeline.cli("dlq", "replay", "--code", "malformed_json"))
    assert "replayed 1 records" in replayed.stderr
    data = live_pipeline.worker.wait_processed(SAMPLE_RECORDS + 1)  # still broken: dead-lettered again
    assert data["totals"]["consumed"] == SAMPLE_RECORDS + 1
    assert {"code": "malformed_json", "stage": "parse", "count": 2} in data["dlq"]

    original = next(value for _key, value in read_articles(sample_paths()[1:]) if b"bad-0001" in value)
    lines = ok(live_pipeline.cli("dlq", "list", "--code", "malformed_json", "--json")).stdout.splitlines()
    records = [orjson.loads(line) for line in lines]
    assert len(records) == 2
    assert records[0]["value_b64"] == records[1]["value_b64"]
    import base64

    assert base64.b64decode(records[1]["value_b64"]) == original


def test_stories_lists_the_top_stories(live_pipeline):
    data = live_pipeline.processed()
    top = data["stories"][0]
    result = ok(live_pipeline.cli("stories", "--limit", "5"))
    assert top["title"][:60] in result.stdout and top["first_source"] in result.stdout
    stories = [
        orjson.loads(line)
        for line in ok(live_pipeline.cli("stories", "--json", "--limit", "50")).stdout.splitlines()
    ]
    copies = [story["copies"] for story in stories]
    assert copies == sorted(copies, reverse=True) and copies[0] == top["copies"] >= 2
    assert len(stories) == data["totals"]["stories"]
    assert "read stories" in result.stderr  # progress on stderr
