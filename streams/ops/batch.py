"""`wirestream enrich`: the same enrichment, in input order, over a JSONL file — no broker."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

import orjson

from streams.core.article import RejectedRecord
from streams.core.deadletter import Origin, dead_letter
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, enriched_record, rfc3339
from streams.settings import Settings


@dataclass
class BatchCounts:
    read: int = 0
    enriched: int = 0
    dead_lettered: int = 0


def enrich_lines(
    lines: Iterable[bytes], settings: Settings, *, source_name: str = "-"
) -> Iterator[tuple[bool, dict]]:
    """Yield ``(True, enriched)`` or ``(False, dead_letter)`` for each non-blank line, in input order."""
    enricher = Enricher(
        max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
    )
    desk = StoryDesk(window_seconds=settings.dedup_window_seconds, index_entries={}, stories={}, claims={})
    for number, line in enumerate(lines, start=1):
        value = line.rstrip(b"\r\n")
        if not value.strip():
            continue
        now = time.time()
        try:
            prepared = enricher.prepare(value, received_at=now)
            judgement = desk.judge(prepared)
            yield True, enriched_record(prepared, judgement.verdict, time.time())
        except RejectedRecord as rejected:
            yield (
                False,
                _dead_letter(rejected.code, rejected.reason, rejected.stage, source_name, number, value),
            )
        except Exception as error:  # a bug in a stage must not lose the rest of the file
            yield False, _dead_letter("stage_failed", repr(error)[:2000], "dedup", source_name, number, value)


def enrich_stream(
    lines: Iterable[bytes],
    out: IO[bytes],
    dlq: IO[bytes] | None,
    settings: Settings,
    *,
    source_name: str = "-",
) -> BatchCounts:
    """Write enriched records to ``out`` and dead letters to ``dlq`` (dropped only if dlq is None)."""
    counts = BatchCounts()
    for ok, record in enrich_lines(lines, settings, source_name=source_name):
        counts.read += 1
        if ok:
            counts.enriched += 1
            out.write(orjson.dumps(record) + b"\n")
        else:
            counts.dead_lettered += 1
            if dlq is not None:
                dlq.write(orjson.dumps(record) + b"\n")
    return counts


def _dead_letter(code: str, reason: str, stage: str, source_name: str, number: int, value: bytes) -> dict:
    return dead_letter(
        code=code,
        reason=reason,
        stage=stage,
        origin=Origin(topic=source_name, partition=0, offset=number),
        key=None,
        value=value,
        failed_at=rfc3339(time.time()),
    )
