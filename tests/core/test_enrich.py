import orjson
import pytest

from streams.core.article import RejectedRecord
from streams.core.enrich import Enricher, enriched_record, rfc3339

ENRICHER = Enricher(max_record_bytes=1_048_576, language_sample_chars=2000)
BODY = (
    "Die Stadtverwaltung hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr zu sanieren. "
    "„Die Arbeiten dauern etwa sechs Monate“, sagte Bürgermeisterin Petra Holm."
)


def test_enriched_record_keeps_input_fields_and_adds_the_enrichment():
    value = orjson.dumps({"id": "d1", "body": BODY, "source": "Talbote", "region": "Nord"})
    prepared = ENRICHER.prepare(value, received_at=1772445600.0)
    from streams.core.dedup import StoryIndex

    verdict, _ = StoryIndex(window_seconds=3600).judge("d1", prepared.fingerprint, prepared.event_time)
    record = enriched_record(prepared, verdict, processed_at=1772445601.5)
    assert record["region"] == "Nord" and record["source"] == "Talbote"
    assert record["language"]["code"] == "de"
    assert record["received_at"] == "2026-03-02T10:00:00.000Z"
    assert record["processed_at"] == "2026-03-02T10:00:01.500Z"
    assert record["dedup"]["status"] == "original"
    for claim in record["claims"]:
        assert BODY[claim["start"] : claim["end"]] == claim["text"]


def test_event_time_prefers_a_plausible_publication_time():
    base = {"id": "x", "body": BODY}
    received = 1772445600.0
    published = ENRICHER.prepare(orjson.dumps({**base, "published_at": "2026-03-01T10:00:00Z"}), received)
    assert published.event_time == received - 86400
    future = ENRICHER.prepare(orjson.dumps({**base, "published_at": "2099-01-01T00:00:00Z"}), received)
    assert future.event_time == received
    assert ENRICHER.prepare(orjson.dumps(base), received).event_time == received


@pytest.mark.parametrize(
    ("published_at", "event_time", "source", "issue"),
    [
        ("2026-03-01T10:00:00Z", "2026-03-01T10:00:00.000Z", "published_at", None),
        ("2005-06-01T09:30:00+01:00", "2005-06-01T08:30:00.000Z", "published_at", None),  # an archive
        ("2026-03-01T10:00:00", "2026-03-01T10:00:00.000Z", "published_at", "no_time_zone"),
        ("1970-01-01T00:00:00Z", "2026-03-02T10:00:00.000Z", "received_at", "before_1990"),
        ("1989-12-31T23:59:59Z", "2026-03-02T10:00:00.000Z", "received_at", "before_1990"),
        ("2026-03-04T10:00:00Z", "2026-03-02T10:00:00.000Z", "received_at", "in_the_future"),
        ("2026-03-03T09:00:00Z", "2026-03-03T09:00:00.000Z", "published_at", None),  # within a day
        (None, "2026-03-02T10:00:00.000Z", "received_at", "missing"),
    ],
)
def test_the_enriched_record_says_which_event_time_was_used(published_at, event_time, source, issue):
    from streams.core.dedup import StoryIndex

    value = orjson.dumps({"id": "t1", "body": BODY, "published_at": published_at})
    prepared = ENRICHER.prepare(value, received_at=1772445600.0)
    verdict, _ = StoryIndex().judge("t1", prepared.fingerprint, prepared.event_time, prepared.received_at)
    dedup = enriched_record(prepared, verdict, processed_at=1772445601.0)["dedup"]
    assert (dedup["event_time"], dedup["event_time_source"], dedup["published_at_issue"]) == (
        event_time,
        source,
        issue,
    )


def test_a_failing_stage_is_reported_with_its_name(monkeypatch):
    def broken(*_args):
        raise ValueError("boom")

    monkeypatch.setattr("streams.core.enrich.extract_claims", broken)
    with pytest.raises(RejectedRecord) as caught:
        ENRICHER.prepare(orjson.dumps({"body": BODY}), 0.0)
    assert (caught.value.code, caught.value.stage) == ("stage_failed", "claims")
    assert "boom" in caught.value.reason


def test_rfc3339_is_utc_with_milliseconds():
    assert rfc3339(0) == "1970-01-01T00:00:00.000Z"
