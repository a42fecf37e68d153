"""Batch and stream share one processing step: the same inputs give the same dead letters and records.

The stream side is the worker's two agent bodies run in process (streams.testing.run_topology); the
batch side is ``wirestream enrich`` (streams.ops.batch.enrich_lines).
"""

from __future__ import annotations

import orjson
import pytest

import streams.core.enrich as enrich
from streams.core.desk import StoryDesk
from streams.ops.batch import enrich_lines
from streams.settings import Settings
from streams.testing import run_topology
from streams.testing.corpus import fake_story, rewrap

CLAIMS_TRAP = "TRIP-THE-CLAIMS-STAGE"
DEDUP_TRAP = "trip-the-desk-"
VOLATILE = ("processed_at",)
ARRIVED = 1_790_000_000.0  # both paths see the same arrival time (the dedup verdict reports it)


@pytest.fixture
def booby_trapped(monkeypatch):
    """The claims stage raises on CLAIMS_TRAP in a body; the story desk raises on a DEDUP_TRAP id."""
    real_extract, real_judge = enrich.extract_claims, StoryDesk.judge

    def extract_claims(body, language):
        if CLAIMS_TRAP in body:
            raise ZeroDivisionError("claims extractor blew up on purpose")
        return real_extract(body, language)

    def judge(self, prepared):
        if prepared.article.id.startswith(DEDUP_TRAP):
            raise KeyError("story desk blew up on purpose")
        return real_judge(self, prepared)

    monkeypatch.setattr(enrich, "extract_claims", extract_claims)
    monkeypatch.setattr(StoryDesk, "judge", judge)


def inputs(settings: Settings) -> list[bytes]:
    story = fake_story(41, 5)
    return [
        orjson.dumps({"id": "wire-1", "source": "Wire", "body": story}),
        b"{not json at all",
        b"\xff\xfe\xfa binary",
        orjson.dumps({"title": "no body"}),
        orjson.dumps({"body": 12345}),
        b"[1, 2, 3]",
        orjson.dumps({"id": "big", "body": "a" * (settings.max_record_bytes + 10)}),
        orjson.dumps({"id": "claims-1", "body": f"{fake_story(42)} {CLAIMS_TRAP}"}),
        orjson.dumps({"id": f"{DEDUP_TRAP}1", "body": fake_story(43)}),
        orjson.dumps({"id": "copy-1", "source": "Coastline Press", "body": rewrap(story)}),
        orjson.dumps({"id": "deep", "body": fake_story(44), "extra": [[[[[[[[[[]]]]]]]]]]}),
    ]


def stable(record: dict) -> dict:
    return {key: value for key, value in record.items() if key not in VOLATILE}


def failures(dead_letters: list[dict]) -> list[tuple]:
    return [(d["error"]["code"], d["error"]["reason"], d["error"]["stage"]) for d in dead_letters]


def kept_inputs(dead_letters: list[dict]) -> list[tuple]:
    """The kept input of records that failed before the hop (a judge failure keeps the hop record in
    the worker, the input line in batch: docs/operations.md)."""
    return [
        (d["value_b64"], d["value_bytes"], d["value_truncated"])
        for d in dead_letters
        if d["error"]["stage"] != "dedup"
    ]


def test_batch_and_stream_give_the_same_dead_letters_and_records(booby_trapped):
    settings = Settings(max_record_bytes=4096)
    lines = inputs(settings)

    batch = list(enrich_lines(lines, settings, source_name="in.jsonl", clock=lambda: ARRIVED))
    batch_enriched = [stable(record) for ok, record in batch if ok]
    batch_dead = [record for ok, record in batch if not ok]

    run = run_topology(lines, settings, received_at=ARRIVED)
    stream_enriched = [stable(record) for record in run.values("articles.enriched")]
    stream_dead = run.values("articles.dlq")

    assert failures(stream_dead) == failures(batch_dead)
    assert kept_inputs(stream_dead) == kept_inputs(batch_dead)
    assert stream_enriched == batch_enriched
    stages = {(code, stage) for code, _, stage in failures(batch_dead)}
    assert {("stage_failed", "claims"), ("stage_failed", "dedup"), ("too_large", "parse")} <= stages
    assert ("malformed_json", "parse") in stages
    assert len(batch_dead) == 8 and [r["id"] for r in batch_enriched] == ["wire-1", "copy-1", "deep"]
    desk_failure = next(d for d in batch_dead if d["error"]["stage"] == "dedup")
    assert desk_failure["error"]["reason"] == "KeyError: 'story desk blew up on purpose'"


def test_the_desk_sees_the_same_copies_either_way():
    story = fake_story(7, 6)
    lines = [
        orjson.dumps({"id": "orig", "source": "Wire", "body": story}),
        orjson.dumps({"id": "copy", "source": "Valley Times", "body": rewrap(story, "Valley Times")}),
    ]
    settings = Settings()
    batch = [record for _, record in enrich_lines(lines, settings, clock=lambda: ARRIVED)]
    run = run_topology(lines, settings, received_at=ARRIVED)
    assert [r["dedup"] for r in run.values("articles.enriched")] == [r["dedup"] for r in batch]
    assert batch[1]["dedup"]["status"] == "duplicate"
