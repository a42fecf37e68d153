"""Dead-letter records: what could not be enriched, why, where it came from, and the original bytes."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from streams import __version__

#: Values larger than this are kept only in part on the DLQ (the whole value was rejected for its size).
KEPT_VALUE_BYTES = 64 * 1024

#: Every error code a dead letter can carry (the enum of schemas/articles.dlq.schema.json).
ERROR_CODES: tuple[str, ...] = (
    "empty_record", "too_large", "not_utf8", "malformed_json", "not_an_object", "too_deep", "wrong_type",
    "missing_body", "empty_body", "bad_timestamp", "stage_failed",
    # a page without article text (an `html` record, or a page `wirestream poll` fetched)
    "no_article_text",
    # `wirestream poll` (stage poll): a feed or page that could not be read
    "malformed_feed", "http_error", "rate_limited", "server_error", "timeout", "connection_failed",
    "too_many_redirects", "offsite_redirect", "robots_disallowed", "bad_url", "not_html",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was read: topic/partition/offset for Kafka, file/line for batch input."""

    topic: str
    partition: int
    offset: int
    timestamp: float | None = None


def dead_letter(
    *,
    code: str,
    reason: str,
    stage: str,
    origin: Origin,
    key: bytes | None,
    value: bytes | None,
    failed_at: str,
    article_id: str | None = None,
) -> dict[str, Any]:
    """The value published on ``articles.dlq`` (schemas/articles.dlq.schema.json)."""
    value = value or b""
    kept = value if code != "too_large" else value[:KEPT_VALUE_BYTES]
    return {
        "error": {"code": code, "reason": reason, "stage": stage},
        "origin": {
            "topic": origin.topic,
            "partition": origin.partition,
            "offset": origin.offset,
            "timestamp": origin.timestamp,
        },
        "article_id": article_id,
        "key_b64": None if key is None else base64.b64encode(key).decode("ascii"),
        "value_b64": base64.b64encode(kept).decode("ascii"),
        "value_bytes": len(value),
        "value_truncated": len(kept) < len(value),
        "failed_at": failed_at,
        "pipeline": {"version": __version__},
    }


def original_value(record: dict[str, Any]) -> bytes:
    """The original value bytes of a DLQ record (for replay after a fix)."""
    return base64.b64decode(record["value_b64"])


def original_key(record: dict[str, Any]) -> bytes | None:
    key = record.get("key_b64")
    return None if key is None else base64.b64decode(key)
