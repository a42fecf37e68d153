from streams.core.deadletter import KEPT_VALUE_BYTES, Origin, dead_letter, original_key, original_value


def make(code: str, value: bytes) -> dict:
    return dead_letter(
        code=code,
        reason="because",
        stage="parse",
        origin=Origin("articles.raw", 2, 41, 1.5),
        key=b"k\x00",
        value=value,
        failed_at="2026-01-01T00:00:00.000Z",
    )


def test_dead_letter_keeps_original_bytes_and_origin():
    record = make("malformed_json", b"\xff{not json")
    assert original_value(record) == b"\xff{not json"
    assert original_key(record) == b"k\x00"
    assert record["origin"] == {"topic": "articles.raw", "partition": 2, "offset": 41, "timestamp": 1.5}
    assert record["error"] == {"code": "malformed_json", "reason": "because", "stage": "parse"}
    assert record["value_truncated"] is False


def test_too_large_values_are_kept_in_part():
    record = make("too_large", b"x" * (KEPT_VALUE_BYTES + 10))
    assert len(original_value(record)) == KEPT_VALUE_BYTES
    assert record["value_bytes"] == KEPT_VALUE_BYTES + 10
    assert record["value_truncated"] is True


def test_error_codes_are_the_schemas():
    import json
    from pathlib import Path

    from streams.core.deadletter import ERROR_CODES

    schema = json.loads((Path(__file__).parents[2] / "schemas" / "articles.dlq.schema.json").read_text())
    assert list(ERROR_CODES) == schema["properties"]["error"]["properties"]["code"]["enum"]
