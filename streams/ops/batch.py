"""`wirestream enrich`: the same enrichment, in input order, over a JSONL file — no broker."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

from streams.core.deadletter import Origin
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.core.process import Failure, process
from streams.settings import Settings


@dataclass
class BatchCounts:
    read: int = 0
    enriched: int = 0
    dead_lettered: int = 0


def enrich_lines(
    lines: Iterable[bytes], settings: Settings, *, source_name: str = "-"
) -> Iterator[tuple[bool, dict[str, Any]]]:
    """Yield ``(True, enriched)`` or ``(False, dead_letter)`` for each non-blank line, in input order.

    Each line goes through :func:`streams.core.process.process`, the step the worker's agents run.
    """
    enricher = Enricher(
        max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
    )
    desk = StoryDesk(window_seconds=settings.dedup_window_seconds, index_entries={}, stories={}, claims={})
    for number, line in enumerate(lines, start=1):
        value = line.rstrip(b"\r\n")
        if not value.strip():
            continue
        outcome = process(enricher, desk, value, received_at=time.time())
        if isinstance(outcome, Failure):  # the line number stands in for the offset
            origin = Origin(topic=source_name, partition=0, offset=number)
            yield False, outcome.dead_letter(origin, key=None, value=value, failed_at=time.time())
        else:
            yield True, outcome.record


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
