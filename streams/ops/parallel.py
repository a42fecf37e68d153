"""The stateless half of `wirestream enrich` in N processes, handed back in input order.

Each input line is stamped with its arrival time where it is read (here, in one process), prepared
(parse, language, fingerprint, claims) in a pool of ``jobs`` processes, in chunks, and comes back as
the hop record the worker's judge would read from ``articles.fingerprints`` — or as the reason it was
rejected. The caller judges the records one by one, in input order, in its own process: verdicts
depend on judging order, so the stateful half never runs in parallel.

With ``jobs=1`` the same function prepares in process, so one and N jobs run the same code on the same
bytes and give the same output.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from streams.core.enrich import Enricher
from streams.core.process import Failure, prepare
from streams.settings import Settings

#: Lines per task sent to a pool process: large enough that pickling and scheduling are noise.
CHUNK_LINES = 64
#: Chunks in flight per process: enough to keep every process busy while the judge catches up.
CHUNKS_AHEAD = 4


@dataclass(frozen=True, slots=True)
class PreparedLine:
    """One non-blank input line after the stateless stages: the hop record, or why not."""

    number: int  # 1-based line number in the input
    value: bytes
    received_at: float
    outcome: bytes | Failure  # the hop record (PreparedArticle bytes) or a rejection


def prepare_value(enricher: Enricher, value: bytes, received_at: float) -> bytes | Failure:
    """The stateless half of :mod:`streams.core.process` for one value: the hop record, or why not."""
    hop = prepare(enricher, value, received_at)
    return hop if isinstance(hop, Failure) else hop.value


_enricher: Enricher | None = None  # one per pool process, built by _start_process


def _start_process(max_record_bytes: int, language_sample_chars: int) -> None:
    global _enricher
    _enricher = Enricher(max_record_bytes=max_record_bytes, language_sample_chars=language_sample_chars)


def _prepare_chunk(chunk: list[tuple[bytes, float]]) -> list[bytes | Failure]:
    assert _enricher is not None, "pool process not initialised"
    return [prepare_value(_enricher, value, at) for value, at in chunk]


def _numbered(lines: Iterable[bytes], clock: Callable[[], float]) -> Iterator[tuple[int, bytes, float]]:
    for number, line in enumerate(lines, start=1):
        value = line.rstrip(b"\r\n")
        if value.strip():
            yield number, value, clock()


def _chunks(items: Iterator[tuple[int, bytes, float]], size: int) -> Iterator[list[tuple[int, bytes, float]]]:
    chunk: list[tuple[int, bytes, float]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def prepared_lines(
    lines: Iterable[bytes], settings: Settings, *, jobs: int = 1, clock: Callable[[], float] = time.time
) -> Iterator[PreparedLine]:
    """Every non-blank line prepared, in input order; ``jobs`` processes prepare (1: this one)."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    numbered = _numbered(lines, clock)
    if jobs == 1:
        enricher = Enricher(
            max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
        )
        for number, value, received_at in numbered:
            yield PreparedLine(number, value, received_at, prepare_value(enricher, value, received_at))
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_start_process,
        initargs=(settings.max_record_bytes, settings.language_sample_chars),
    ) as pool:
        # only (value, received_at) travel to a pool process and only the outcome comes back
        pending: deque[tuple[list[tuple[int, bytes, float]], Future[list[bytes | Failure]]]] = deque()
        for chunk in _chunks(numbered, CHUNK_LINES):
            pending.append((chunk, pool.submit(_prepare_chunk, [(value, at) for _, value, at in chunk])))
            while len(pending) >= jobs * CHUNKS_AHEAD:
                yield from _in_order(*pending.popleft())
        while pending:
            yield from _in_order(*pending.popleft())


def _in_order(
    chunk: list[tuple[int, bytes, float]], outcomes: Future[list[bytes | Failure]]
) -> Iterator[PreparedLine]:
    for (number, value, received_at), outcome in zip(chunk, outcomes.result(), strict=True):
        yield PreparedLine(number, value, received_at, outcome)
