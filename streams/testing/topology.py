"""Run the worker's topology in process over a list of records: no broker, no Faust worker.

The two agent bodies (:class:`streams.shell.agents.Pipeline`) run exactly as in a worker, over one raw
partition: every input goes through ingest first, then every hop record through judge in the order
ingest published them (the order one ``articles.fingerprints`` partition would hold). The story desk
works over plain dicts instead of Faust tables; the outputs are collected per topic.

    from streams.testing import run_topology

    run = run_topology([b'{"id": "a", "body": "The harbour council approved the plan."}', b"{oops"])
    run.values("articles.enriched")  # [{"id": "a", "language": {...}, "dedup": {...}, ...}]
    run.values("articles.dlq")       # [{"error": {"code": "malformed_json", ...}, ...}]
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.settings import Settings
from streams.shell.agents import OutputTopics, Pipeline
from streams.shell.topics import RAW, TOPIC_NAMES
from streams.web.metrics import PipelineMetrics

#: One input record: a value, or (key, value).
Input = bytes | tuple[bytes | None, bytes]


@dataclass(frozen=True, slots=True)
class Record:
    """A consumed record, as the agents see it."""

    topic: str
    partition: int
    offset: int
    timestamp: float | None
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True, slots=True)
class _Event:
    message: Record


class _Stream:
    def __init__(self, records: Iterable[Record]) -> None:
        self.records = list(records)

    async def events(self) -> AsyncIterator[_Event]:
        for record in self.records:
            yield _Event(record)


class ListOutputs:
    """Published records, per full topic name, in publish order."""

    def __init__(self) -> None:
        self.records: dict[str, list[tuple[bytes | None, bytes]]] = defaultdict(list)

    async def publish(self, topic: str, key: bytes | None, value: bytes) -> None:
        self.records[topic].append((key, value))


@dataclass
class TopologyRun:
    """What one run published, by topic name without the prefix (e.g. ``articles.enriched``)."""

    outputs: dict[str, list[tuple[bytes | None, bytes]]] = field(default_factory=dict)
    metrics: PipelineMetrics | None = None

    def records(self, topic: str) -> list[tuple[bytes | None, bytes]]:
        return self.outputs.get(topic, [])

    def values(self, topic: str) -> list[Any]:
        """The values published on ``topic``, JSON-decoded."""
        return [orjson.loads(value) for _, value in self.records(topic)]


async def arun_topology(
    inputs: Iterable[Input], settings: Settings | None = None, *, received_at: float | None = None
) -> TopologyRun:
    """:func:`run_topology` inside a running event loop."""
    settings = settings or Settings()
    outputs = ListOutputs()
    metrics = PipelineMetrics()
    desk = StoryDesk.in_memory(settings.dedup_window_seconds)
    topics = OutputTopics.of(settings)
    pipeline = Pipeline(
        topics=topics,
        enricher=Enricher(
            max_record_bytes=settings.max_record_bytes,
            language_sample_chars=settings.language_sample_chars,
            on_stage=metrics.observe_stage,
        ),
        metrics=metrics,
        desk=lambda: desk,
        outputs=outputs,
    )
    raw = []
    for offset, item in enumerate(inputs):
        key, value = item if isinstance(item, tuple) else (None, item)
        stamp = received_at if received_at is not None else time.time()
        raw.append(Record(settings.topic(RAW.name), 0, offset, stamp, key, value))
    await pipeline.ingest(_Stream(raw))
    hops = [
        Record(topics.fingerprints, 0, offset, time.time(), key, value)
        for offset, (key, value) in enumerate(outputs.records.get(topics.fingerprints, []))
    ]
    await pipeline.judge(_Stream(hops))
    names = {settings.topic(name): name for name in TOPIC_NAMES}
    return TopologyRun({names[topic]: list(records) for topic, records in outputs.records.items()}, metrics)


def run_topology(
    inputs: Iterable[Input], settings: Settings | None = None, *, received_at: float | None = None
) -> TopologyRun:
    """Feed ``inputs`` (values, or (key, value) pairs) through ingest and judge; return what was published.

    ``received_at`` stands in for the raw records' Kafka timestamps (default: now).
    """
    import asyncio

    return asyncio.run(arun_topology(inputs, settings, received_at=received_at))
