import jsonschema
import pytest

from streams.shell.topics import TOPIC_NAMES
from tests.conftest import SchemaBook, load_schemas


def test_every_topic_has_a_2020_12_schema():
    schemas = load_schemas()
    assert set(schemas) == set(TOPIC_NAMES)
    for schema in schemas.values():
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)


def test_raw_schema_accepts_the_contract_and_rejects_a_missing_body(schemas: SchemaBook):
    schemas.validate("articles.raw", {"body": "text", "extra": {"kept": True}})
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate("articles.raw", {"title": "no body"})


def test_unique_schema_requires_an_original(schemas: SchemaBook):
    now = "2026-01-01T00:00:00.000Z"
    dedup = {"status": "duplicate", "story_id": "s", "duplicate_of": "x", "similarity": 0.9, "method": "near"}
    dedup.update(reason=None, event_time=now, event_time_source="received_at", published_at_issue="missing")
    record = {
        "id": "a", "body": "b", "received_at": now, "processed_at": now, "dedup": dedup,
        "language": {"code": "en", "confidence": 0.9}, "claims": [], "pipeline": {"version": "0"},
    }  # fmt: skip
    schemas.validate("articles.enriched", record)
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate("articles.unique", record)


def test_enriched_schema_ties_unchecked_to_a_reason(schemas: SchemaBook):
    now = "2026-01-01T00:00:00.000Z"
    dedup = {"status": "unchecked", "story_id": "a", "duplicate_of": None, "similarity": None, "method": None}
    dedup.update(
        reason="arrived_late", event_time=now, event_time_source="published_at", published_at_issue=None
    )
    record = {
        "id": "a", "body": "b", "received_at": now, "processed_at": now, "dedup": dedup,
        "language": {"code": "en", "confidence": 0.9}, "claims": [], "pipeline": {"version": "0"},
        "published_at": "2025-12-31T23:00:00",
    }  # fmt: skip
    schemas.validate("articles.enriched", record)
    for broken in ({"reason": None}, {"status": "original"}, {"status": "update", "duplicate_of": "x"}):
        with pytest.raises(jsonschema.ValidationError):
            schemas.validate("articles.enriched", {**record, "dedup": {**dedup, **broken}})
    with pytest.raises(jsonschema.ValidationError):
        schemas.validate("articles.unique", record)
