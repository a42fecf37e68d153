"""`wirestream enrich`: the same enrichment, in input order, over a JSONL file — no broker."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import orjson

from streams.core.deadletter import Origin
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.core.process import Failure, judge
from streams.ops.parallel import prepared_lines
from streams.settings import Settings

#: How many dead letters a summary shows.
EXAMPLES = 3


@dataclass
class BatchCounts:
    read: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    codes: dict[str, int] = field(default_factory=dict)
    """Dead letters per error code."""
    examples: list[tuple[int, str, str]] = field(default_factory=list)
    """(line, code, reason) of the first few dead letters, for a summary when they are not kept."""


def enrich_lines(
    lines: Iterable[bytes],
    settings: Settings,
    *,
    source_name: str = "-",
    jobs: int = 1,
    clock: Callable[[], float] = time.time,
) -> Iterator[tuple[bool, dict[str, Any]]]:
    """Yield ``(True, enriched)`` or ``(False, dead_letter)`` for each non-blank line, in input order.

    The two halves of :mod:`streams.core.process`, the step the worker's agents run: the stateless
    half in ``jobs`` processes (:mod:`streams.ops.parallel`), then every article judged here, in input
    order, from the same hop record the worker's judge reads. ``clock`` stamps each line's arrival
    (``received_at``) as it is read.
    """
    enricher = Enricher(
        max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
    )
    desk = StoryDesk.in_memory(settings.dedup_window_seconds)
    for line in prepared_lines(lines, settings, jobs=jobs, clock=clock):
        outcome = line.outcome if isinstance(line.outcome, Failure) else judge(enricher, desk, line.outcome)
        if isinstance(outcome, Failure):  # the line number stands in for the offset
            origin = Origin(topic=source_name, partition=0, offset=line.number)
            yield False, outcome.dead_letter(origin, key=None, value=line.value, failed_at=time.time())
        else:
            yield True, outcome.record


def enrich_stream(
    lines: Iterable[bytes],
    out: IO[bytes],
    dlq: IO[bytes] | None,
    settings: Settings,
    *,
    source_name: str = "-",
    jobs: int = 1,
    clock: Callable[[], float] = time.time,
) -> BatchCounts:
    """Write enriched records to ``out`` and dead letters to ``dlq`` (dropped only if dlq is None)."""
    counts = BatchCounts()
    for ok, record in enrich_lines(lines, settings, source_name=source_name, jobs=jobs, clock=clock):
        counts.read += 1
        if ok:
            counts.enriched += 1
            out.write(orjson.dumps(record) + b"\n")
        else:
            counts.dead_lettered += 1
            code = record["error"]["code"]
            counts.codes[code] = counts.codes.get(code, 0) + 1
            if len(counts.examples) < EXAMPLES:
                counts.examples.append((record["origin"]["offset"], code, record["error"]["reason"]))
            if dlq is not None:
                dlq.write(orjson.dumps(record) + b"\n")
    return counts
