"""`wirestream enrich`: the same enrichment, in input order, over a JSONL file — no broker."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

import orjson

from streams.core.article import RejectedRecord
from streams.core.deadletter import Origin, dead_letter
from streams.core.desk import StoryDesk
from streams.core.enrich import PreparedArticle, enriched_record, rfc3339
from streams.ops.parallel import Rejection, prepared_lines
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
) -> Iterator[tuple[bool, dict]]:
    """Yield ``(True, enriched)`` or ``(False, dead_letter)`` for each non-blank line, in input order.

    The stateless stages run in ``jobs`` processes (:mod:`streams.ops.parallel`); every article is
    judged here, in input order, from the same hop record the worker's judge reads. ``clock`` stamps
    each line's arrival (``received_at``) as it is read.
    """
    desk = StoryDesk(window_seconds=settings.dedup_window_seconds, index_entries={}, stories={}, claims={})
    for line in prepared_lines(lines, settings, jobs=jobs, clock=clock):
        outcome = line.outcome
        if isinstance(outcome, Rejection):
            yield False, _dead_letter(outcome, source_name, line.number, line.value)
            continue
        try:
            prepared = PreparedArticle.from_bytes(outcome)
            judgement = desk.judge(prepared)
            yield True, enriched_record(prepared, judgement.verdict, time.time())
        except RejectedRecord as rejected:
            failure = Rejection(rejected.code, rejected.reason, rejected.stage)
            yield False, _dead_letter(failure, source_name, line.number, line.value)
        except Exception as error:  # a bug in a stage must not lose the rest of the file
            failure = Rejection("stage_failed", repr(error)[:2000], "dedup")
            yield False, _dead_letter(failure, source_name, line.number, line.value)


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


def _dead_letter(failure: Rejection, source_name: str, number: int, value: bytes) -> dict:
    return dead_letter(
        code=failure.code,
        reason=failure.reason,
        stage=failure.stage,
        origin=Origin(topic=source_name, partition=0, offset=number),
        key=None,
        value=value,
        failed_at=rfc3339(time.time()),
    )
