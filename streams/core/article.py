"""Read one firehose record into an :class:`Article`, or reject it with a reason for the dead-letter topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
import xxhash

#: Fields of the input contract that must be strings when present.
TEXT_FIELDS = ("id", "source", "url", "title", "body", "published_at", "html")
MAX_ID_CHARS = 512


class RejectedRecord(Exception):
    """A record that cannot be enriched; ``code`` is machine-readable, ``reason`` is for people."""

    def __init__(self, code: str, reason: str, stage: str = "parse") -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason
        self.stage = stage


@dataclass(frozen=True, slots=True)
class Article:
    """A valid input article. ``fields`` holds every input field (extras included) for the output record."""

    id: str
    body: str
    title: str | None
    source: str | None
    url: str | None
    published_at: str | None
    fields: dict[str, Any]

    @property
    def published_timestamp(self) -> float | None:
        """``published_at`` as POSIX seconds (read as UTC when it has no offset), or None."""
        return None if self.published_at is None else parse_published_at(self.published_at)

    @property
    def published_without_zone(self) -> bool:
        """``published_at`` is a date-time with no UTC offset (read as UTC)."""
        return self.published_at is not None and parse_rfc3339(self.published_at) is None


def parse_article(value: bytes | None, *, max_bytes: int) -> Article:
    """Parse a raw Kafka value: a JSON object or plain UTF-8 text (first non-empty line = title)."""
    if value is None or len(value) == 0:
        raise RejectedRecord("empty_record", "the record has no value")
    if len(value) > max_bytes:
        raise RejectedRecord("too_large", f"value is {len(value):,} bytes; the limit is {max_bytes:,}")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedRecord("not_utf8", f"value is not UTF-8 (byte {exc.start}: {exc.reason})") from None
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return article_from_json(stripped)
    return article_from_text(stripped)


def article_from_json(text: str) -> Article:
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise RejectedRecord("malformed_json", f"value is not valid JSON: {exc}") from None
    if not isinstance(document, dict):
        raise RejectedRecord("not_an_object", f"JSON value is a {type(document).__name__}, not an object")
    try:  # every field is kept in the outputs: the document must survive re-encoding
        orjson.dumps(document)
    except orjson.JSONEncodeError as exc:
        raise RejectedRecord("too_deep", f"JSON cannot be carried into the outputs: {exc}") from None
    return article_from_fields(document)


def article_from_text(text: str) -> Article:
    lines = text.strip().splitlines()
    if not lines:
        raise RejectedRecord("empty_body", "the plain-text record is blank")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body:
        raise RejectedRecord("empty_body", "the plain-text record has a title line but no body")
    return article_from_fields({"title": title, "body": body})


def article_from_fields(document: dict[str, Any]) -> Article:
    """Validate the contract's fields; derive a stable id when none is given."""
    for name in TEXT_FIELDS:
        value = document.get(name)
        if value is not None and not isinstance(value, str):
            raise RejectedRecord("wrong_type", f"field {name!r} must be a string, got {type(value).__name__}")
    if document.get("body") is None and document.get("html") is not None:
        document = article_from_page(document)
    body = document.get("body")
    if body is None:
        raise RejectedRecord("missing_body", "the record has no 'body' field")
    if not body.strip():
        raise RejectedRecord("empty_body", "field 'body' is empty")
    published_at = document.get("published_at") or None
    if published_at is not None and parse_published_at(published_at) is None:
        raise RejectedRecord("bad_timestamp", f"published_at {published_at[:64]!r} is not an RFC 3339 time")
    article_id = document.get("id") or derive_article_id(document)
    if len(article_id) > MAX_ID_CHARS:
        raise RejectedRecord(
            "wrong_type", f"field 'id' is {len(article_id):,} characters; at most {MAX_ID_CHARS}"
        )
    fields = dict(document)
    fields["id"] = article_id
    return Article(
        id=article_id,
        body=body,
        title=document.get("title") or None,
        source=document.get("source") or None,
        url=document.get("url") or None,
        published_at=published_at,
        fields=fields,
    )


def article_from_page(document: dict[str, Any]) -> dict[str, Any]:
    """A record sent as a page (``html``, no ``body``): the article extracted, the page itself dropped.

    Fields the record gives win over what the page says; the page fills the rest (title, author,
    published time, site as ``source``, canonical URL as ``url``).
    """
    from streams.core.page import NoArticleText, extract_page

    html = document["html"]
    try:
        page = extract_page(html, document.get("url"))
    except NoArticleText as reason:
        raise RejectedRecord("no_article_text", f"no article text in 'html': {reason}", "extract") from None
    fields = {name: value for name, value in document.items() if name != "html"}
    fields["body"] = page.body
    found = {
        "title": page.title,
        "author": page.author,
        "published_at": page.published_at,
        "source": page.site_name,
        "url": page.canonical_url,
    }
    for name, value in found.items():
        if value and not fields.get(name):
            fields[name] = value
    fields["extracted_from"] = "html"
    return fields


def derive_article_id(document: dict[str, Any]) -> str:
    """Stable id for an article that came without one: the same article always gets the same id."""
    canonical = orjson.dumps([document.get(name) or "" for name in ("source", "url", "title", "body")])
    return "ws-" + xxhash.xxh3_128_hexdigest(canonical)


def parse_rfc3339(value: str) -> float | None:
    """POSIX seconds for an RFC 3339 timestamp (offset required, ``Z`` accepted), else None."""
    moment = _date_time(value)
    if moment is None or moment.tzinfo is None:
        return None
    return moment.timestamp()


def parse_published_at(value: str) -> float | None:
    """Like :func:`parse_rfc3339`, but a date-time without an offset is read as UTC (feeds often omit
    it; it is at most 14 hours off, and the enriched record says so in ``dedup.published_at_issue``)."""
    moment = _date_time(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _date_time(value: str) -> datetime | None:
    if not 19 <= len(value) <= 40 or value[10:11] not in ("T", "t", " "):
        return None
    try:
        return datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return None
