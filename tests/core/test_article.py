import orjson
import pytest

from streams.core.article import RejectedRecord, derive_article_id, parse_article, parse_rfc3339

LIMIT = 1_048_576


def parse(value: bytes | dict, limit: int = LIMIT):
    if isinstance(value, dict):
        value = orjson.dumps(value)
    return parse_article(value, max_bytes=limit)


def rejected_code(value, limit: int = LIMIT) -> str:
    with pytest.raises(RejectedRecord) as caught:
        parse(value, limit)
    assert caught.value.reason
    assert caught.value.stage == "parse"
    return caught.value.code


def test_json_object_keeps_every_field_including_extras():
    article = parse({"id": "a1", "source": "Harbor Daily", "body": "Text.", "tags": ["x"], "n": 3})
    assert article.id == "a1"
    assert article.source == "Harbor Daily"
    assert article.fields == {"id": "a1", "source": "Harbor Daily", "body": "Text.", "tags": ["x"], "n": 3}


def test_missing_id_is_derived_and_stable():
    document = {"source": "S", "title": "T", "body": "Same body."}
    first, second = parse(document), parse(dict(reversed(list(document.items()))))
    assert first.id == second.id == derive_article_id(document)
    assert first.id.startswith("ws-")
    assert parse({**document, "body": "Other body."}).id != first.id


def test_plain_text_first_line_is_title():
    article = parse(b"\n\n  Storm closes port  \nThe harbour shut at dawn.\nShips waited.\n")
    assert article.title == "Storm closes port"
    assert article.body == "The harbour shut at dawn.\nShips waited."


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (b"", "empty_record"),
        (b"\xff\xfe\x00broken", "not_utf8"),
        (b'{"body": "unterminated', "malformed_json"),
        (b"[1, 2, 3]", "not_an_object"),
        ({"title": "no body"}, "missing_body"),
        ({"body": "   \n "}, "empty_body"),
        ({"body": 42}, "wrong_type"),
        ({"body": "ok", "title": ["list"]}, "wrong_type"),
        ({"body": "ok", "id": 7}, "wrong_type"),
        ({"body": "ok", "published_at": "yesterday"}, "bad_timestamp"),
        ({"body": "ok", "published_at": "2026-03-01"}, "bad_timestamp"),
        (b"Only a title line", "empty_body"),
        (b"[" * 5000, "malformed_json"),
        (b'{"body": "ok", "extra": ' + b'{"a": ' * 300 + b"1" + b"}" * 300 + b"}", "too_deep"),
    ],
)
def test_bad_records_are_rejected_with_a_code(value, code):
    assert rejected_code(value) == code


def test_oversized_value_is_rejected_before_parsing():
    assert rejected_code(b'{"body": "' + b"x" * 2000 + b'"}', limit=1000) == "too_large"


def test_rfc3339():
    assert parse_rfc3339("2026-03-01T10:00:00Z") == 1772359200.0
    assert parse_rfc3339("2026-03-01T11:00:00+01:00") == 1772359200.0
    assert parse_rfc3339("2026-03-01") is None
    assert parse_rfc3339("2026-03-01T10:00:00") is None  # no offset: ambiguous


def test_a_publication_time_without_offset_is_read_as_utc_and_flagged():
    article = parse_article(b'{"body": "ok", "published_at": "2026-03-01T10:00:00"}', max_bytes=1000)
    assert article.published_timestamp == 1772359200.0 and article.published_without_zone
    article = parse_article(b'{"body": "ok", "published_at": "2026-03-01T10:00:00Z"}', max_bytes=1000)
    assert article.published_timestamp == 1772359200.0 and not article.published_without_zone
