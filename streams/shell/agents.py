"""The two agent bodies, over any stream of events and any outputs: Faust's in a worker, lists in tests.

articles.raw ─► ingest ─► articles.fingerprints (key: language) ─► judge ─► articles.enriched
                  │                                                   ├──► articles.unique
                  └──────────────► articles.dlq ◄─────────────────────┤    stories, claims

Both run :mod:`streams.core.process`, the step ``wirestream enrich`` runs too; a failure anywhere
becomes one dead letter and the agent goes on with the next record.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterable, Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import orjson

from streams.core.deadletter import Origin
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.core.process import Failure, judge, prepare
from streams.settings import Settings
from streams.shell.outputs import Outputs
from streams.shell.topics import CLAIMS, DLQ, ENRICHED, FINGERPRINTS, STORIES, UNIQUE
from streams.web.metrics import PipelineMetrics

log = logging.getLogger(__name__)


class Message(Protocol):
    """The parts of a consumed record the agents read (``faust.types.Message`` has them)."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def timestamp(self) -> float | None: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...


class Event(Protocol):
    @property
    def message(self) -> Message: ...


class Stream(Protocol):
    def events(self) -> AsyncIterable[Event]: ...


@dataclass(frozen=True)
class OutputTopics:
    """Full names (prefix included) of the topics the agents write."""

    fingerprints: str
    enriched: str
    unique: str
    dlq: str
    stories: str
    claims: str

    @classmethod
    def of(cls, settings: Settings) -> OutputTopics:
        specs = (FINGERPRINTS, ENRICHED, UNIQUE, DLQ, STORIES, CLAIMS)
        return cls(*(settings.topic(spec.name) for spec in specs))


async def _nothing() -> None:
    return None


class Pipeline:
    """ingest and judge; the desk comes from ``desk()`` (built over the tables, or over dicts)."""

    def __init__(
        self,
        *,
        topics: OutputTopics,
        enricher: Enricher,
        metrics: PipelineMetrics,
        desk: Callable[[], StoryDesk],
        outputs: Outputs,
        after_judged: Callable[[], Awaitable[None]] = _nothing,
    ) -> None:
        self.topics = topics
        self.enricher = enricher
        self.metrics = metrics
        self.desk = desk
        self.outputs = outputs
        self.after_judged = after_judged  # e.g. hand this article's table changelog records over

    async def ingest(self, stream: Stream) -> None:
        """articles.raw → prepare (parse, language, fingerprint, claims) → articles.fingerprints | DLQ."""
        async for event in stream.events():
            await self.ingest_one(event.message)
            await asyncio.sleep(0)  # a fetched batch must not hold the judge up: take turns per article

    async def ingest_one(self, message: Message) -> None:
        self.metrics.consumed()
        hop = prepare(self.enricher, message.value, received_at=message.timestamp or time.time())
        if isinstance(hop, Failure):
            await self.dead_letter(message, hop)
            return
        await self.outputs.publish(self.topics.fingerprints, hop.key, hop.value)

    async def judge(self, stream: Stream) -> None:
        """articles.fingerprints → verdict, story and claim state → enriched, unique, stories, claims."""
        async for event in stream.events():
            await self.judge_one(event.message)

    async def judge_one(self, message: Message) -> None:
        judged = judge(self.enricher, self.desk(), message.value or b"")
        if isinstance(judged, Failure):
            log.warning(
                "judge failed at %s[%s]@%s: %s %s",
                message.topic, message.partition, message.offset, judged.code, judged.reason,
            )  # fmt: skip
            await self.dead_letter(message, judged)
            return
        await self.after_judged()  # this article's table writes, in order
        prepared, judgement = judged.prepared, judged.judgement
        self.metrics.judged(prepared, judgement)
        article_key = prepared.article.id.encode()
        value = orjson.dumps(judged.record)
        await self.outputs.publish(self.topics.enriched, article_key, value)
        if judgement.verdict.status == "original":
            await self.outputs.publish(self.topics.unique, article_key, value)
        story = judgement.story
        await self.outputs.publish(self.topics.stories, story["story_id"].encode(), orjson.dumps(story))
        for claim_key, claim in judgement.claims:
            await self.outputs.publish(self.topics.claims, claim_key.encode(), orjson.dumps(claim))

    async def dead_letter(self, message: Message, failure: Failure) -> None:
        self.metrics.dead_letter(failure.code, failure.stage)
        origin = Origin(message.topic, message.partition, message.offset, message.timestamp)
        record = failure.dead_letter(origin, message.key, message.value, failed_at=time.time())
        await self.outputs.publish(self.topics.dlq, message.key, orjson.dumps(record))
