"""The Faust shell: the app, its topics and tables, and two agents that call the pure core.

articles.raw ─► ingest ─► articles.fingerprints (key: language) ─► judge ─► articles.enriched
                  │                                                   ├──► articles.unique
                  └──────────────► articles.dlq ◄─────────────────────┤    stories, claims
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from typing import Any

import faust
import orjson

from streams.core.article import RejectedRecord
from streams.core.deadletter import Origin, dead_letter
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, PreparedArticle, enriched_record, rfc3339
from streams.core.language import load_profiles
from streams.faust_fixes.changelog_buffer import install as install_changelog_outbox
from streams.faust_fixes.fetch_wait import shorten_fetch_wait
from streams.faust_fixes.recovery import guard_recovery
from streams.settings import Settings
from streams.shell.topics import (
    CLAIMS,
    DLQ,
    ENRICHED,
    FINGERPRINTS,
    MAX_MESSAGE_BYTES,
    RAW,
    STORIES,
    TABLE_NAMES,
    UNIQUE,
)
from streams.web import install as install_web
from streams.web.metrics import PipelineMetrics

log = logging.getLogger(__name__)

#: One RocksDB per table partition: Faust's defaults (64 MiB write buffers x 3, a 2 GiB block cache each)
#: would let 3 tables x N partitions grow far past what the dedup window needs.
ROCKSDB_OPTIONS = {"write_buffer_size": 4 << 20, "max_write_buffer_number": 2, "block_cache_size": 16 << 20}


def freeze_startup_heap() -> None:
    """Load langdetect's profiles now and move everything alive into the GC's permanent generation.

    The profiles alone are ~130,000 lists (one per n-gram) that live as long as the process; every
    full collection of the cyclic GC would scan them again (~100 ms a time, a latency spike each).
    Reference counting still frees frozen objects that die; only cycles among them would stay.
    """
    load_profiles()
    gc.collect()
    gc.freeze()


def create_app(settings: Settings) -> faust.App:
    """A Faust app wired with the wirestream topology."""
    app = faust.App(settings.app_id, **app_options(settings))
    guard_recovery(app)  # resume after the seek, never commit past an unprocessed record (#6)
    app.wirestream = Topology(app, settings)  # type: ignore[attr-defined]
    return app


def app_options(settings: Settings) -> dict[str, Any]:
    """Faust app options (also used by the benchmark's baseline agents, so they run alike)."""
    return dict(
        broker=[f"kafka://{server.strip()}" for server in settings.bootstrap_servers.split(",")],
        broker_credentials=broker_credentials(settings),
        store=settings.store,
        datadir=str(settings.worker_data_dir),
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        producer_max_request_size=MAX_MESSAGE_BYTES,
        consumer_max_fetch_size=MAX_MESSAGE_BYTES,
        producer_acks=-1,
        producer_linger=0.005,  # batch sends: up to 5 ms per produce request instead of one per record
        broker_session_timeout=10.0,
        broker_heartbeat_interval=1.0,
        broker_commit_interval=1.0,
        consumer_auto_offset_reset="earliest",
        version=1,
    )


def raw_topic(app: faust.App, settings: Settings, name: str) -> faust.TopicT:
    """A topic of raw bytes: Faust's codecs never see (nor unpickle) what comes from the input."""
    return app.topic(
        settings.topic(name),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
    )


def broker_credentials(settings: Settings) -> Any:
    """Faust credentials for SSL / SASL clusters (None for PLAINTEXT)."""
    config = settings.kafka_client_config()
    if settings.sasl_mechanism:
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=config.get("ssl_context"),
        )
    if "ssl_context" in config:
        return faust.SSLCredentials(config["ssl_context"])
    return None


class Topology:
    """Topics, tables and agents of one app; the agent bodies read like the diagram above."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.metrics = PipelineMetrics()
        self.enricher = Enricher(
            max_record_bytes=settings.max_record_bytes,
            language_sample_chars=settings.language_sample_chars,
            on_stage=self.metrics.observe_stage,
        )

        self.raw = raw_topic(app, settings, RAW.name)  # the agents' sources
        self.fingerprints = raw_topic(app, settings, FINGERPRINTS.name)
        # outputs are written straight to the producer (see ``publish``): topic names suffice
        self.fingerprints_name, self.enriched, self.unique, self.dlq, self.stories, self.claims = (
            settings.topic(spec.name) for spec in (FINGERPRINTS, ENRICHED, UNIQUE, DLQ, STORIES, CLAIMS)
        )

        def table(name: str) -> faust.Table:  # JSON keys and values, changelogged, RocksDB by default
            return app.Table(
                name,
                key_type=str,
                partitions=settings.partitions,
                # a story or claim can hold a 1 MiB title or quote: changelogs take what the topics take
                extra_topic_configs={"max.message.bytes": str(MAX_MESSAGE_BYTES)},
                options=ROCKSDB_OPTIONS if settings.store.startswith("rocksdb") else None,
            )

        self.index_table, self.story_table, self.claim_table = (table(name) for name in TABLE_NAMES)
        self.desk: StoryDesk | None = None
        self.crashing: asyncio.Future | None = None  # set when a delivery failed

        app.on_rebalance_complete.connect(self.reload_desk)
        app.on_rebalance_complete.connect(self.tune_consumer)
        app.agent(self.raw, name="ingest")(self.ingest)
        app.agent(self.fingerprints, name="judge")(self.judge)
        self.web = install_web(app, self)  # /dashboard/, /dashboard/data.json, /metrics, lag sampler

    async def ingest(self, stream: faust.StreamT) -> None:
        """articles.raw → prepare (parse, language, fingerprint, claims) → articles.fingerprints | DLQ."""
        async for event in stream.events():
            message = event.message
            self.metrics.consumed()
            try:
                prepared = self.enricher.prepare(message.value, received_at=message.timestamp or time.time())
                value = prepared.to_bytes()  # in the try: e.g. JSON nested too deep to re-encode
            except RejectedRecord as rejected:
                await self.send_dead_letter(message, rejected.code, rejected.reason, rejected.stage)
                continue
            except Exception as error:  # nothing may escape an agent: it would stall the consumer
                await self.send_dead_letter(message, "stage_failed", repr(error)[:2000], "ingest")
                continue
            await self.publish(self.fingerprints_name, prepared.dedup_key.encode(), value)
            await asyncio.sleep(0)  # a fetched batch must not hold the judge up: take turns per article

    async def judge(self, stream: faust.StreamT) -> None:
        """articles.fingerprints → verdict, story and claim state → enriched, unique, stories, claims."""
        changelog = install_changelog_outbox(self.app.producer.buffer)  # table writes queue here
        async for event in stream.events():
            message = event.message
            try:
                prepared = PreparedArticle.from_bytes(message.value)
                with self.enricher.stage("dedup"):
                    judgement = self.story_desk().judge(prepared)
                record = enriched_record(prepared, judgement.verdict, time.time())
            except RejectedRecord as rejected:
                await self.send_dead_letter(message, rejected.code, rejected.reason, rejected.stage)
                continue
            except Exception as error:
                log.exception("judge failed at %s[%s]@%s", message.topic, message.partition, message.offset)
                await self.send_dead_letter(message, "stage_failed", repr(error)[:2000], "dedup")
                continue
            await changelog.hand_over()  # this article's table writes, in order
            self.metrics.judged(prepared, judgement)
            article_key = prepared.article.id.encode()
            value = orjson.dumps(record)
            await self.publish(self.enriched, article_key, value)
            if judgement.verdict.status == "original":
                await self.publish(self.unique, article_key, value)
            story = judgement.story
            await self.publish(self.stories, story["story_id"].encode(), orjson.dumps(story))
            for claim_key, claim in judgement.claims:
                await self.publish(self.claims, claim_key.encode(), orjson.dumps(claim))

    def story_desk(self) -> StoryDesk:
        if self.desk is None:
            self.desk = StoryDesk(
                window_seconds=self.settings.dedup_window_seconds,
                index_entries=self.index_table,
                stories=self.story_table,
                claims=self.claim_table,
            )
        return self.desk

    async def reload_desk(self, *_args: Any, **_kwargs: Any) -> None:
        """After each rebalance, rebuild the dedup index from the table partitions this worker owns."""
        started = time.monotonic()
        if self.desk is None:
            desk = self.story_desk()  # a new desk loads the index as it is built
        else:
            desk = self.desk
            desk.reload()
        log.info(
            "dedup index rebuilt: %d articles in %d keys (%.2fs)",
            sum(len(index) for index in desk.indexes.values()),
            len(desk.indexes),
            time.monotonic() - started,
        )

    async def tune_consumer(self, *_args: Any, **_kwargs: Any) -> None:
        """Once the consumer runs: a short fetch wait, so one topic's records never wait on the other's."""
        shorten_fetch_wait(self.app)

    async def send_dead_letter(self, message: Any, code: str, reason: str, stage: str) -> None:
        self.metrics.dead_letter(code, stage)
        record = dead_letter(
            code=code,
            reason=reason,
            stage=stage,
            origin=Origin(message.topic, message.partition, message.offset, message.timestamp),
            key=message.key,
            value=message.value,
            failed_at=rfc3339(time.time()),
        )
        await self.publish(self.dlq, message.key, orjson.dumps(record))

    async def publish(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Queue one record on the producer, skipping Faust's per-message channel machinery.

        Faust flushes the producer before it commits the source offsets, so a record queued while its
        source event is being processed is on the broker before that event counts as done. A delivery
        that still fails after the producer's retries stops the worker instead of committing past it.
        """
        delivery = await self.app.producer.send(topic, key, value, None, None, None)
        delivery.add_done_callback(self.on_delivery)

    def on_delivery(self, delivery: asyncio.Future) -> None:
        if delivery.cancelled() or delivery.exception() is None:
            return
        log.error("could not deliver a record, stopping the worker: %r", delivery.exception())
        self.crashing = asyncio.ensure_future(self.app.crash(delivery.exception()))
