"""The Faust app: topics, tables and the two agents of :mod:`streams.shell.agents`, wired together.

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
from faust.types import TableT

from streams import faust_fixes
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.core.language import load_profiles
from streams.settings import Settings
from streams.shell.agents import OutputTopics, Pipeline
from streams.shell.outputs import ProducerOutputs
from streams.shell.store_memory import StoreUsage, store_usage
from streams.shell.topics import FINGERPRINTS, MAX_MESSAGE_BYTES, RAW, TABLE_NAMES
from streams.web import install as install_web
from streams.web.metrics import PipelineMetrics

log = logging.getLogger(__name__)

#: Faust's app version: table databases live in ``<data dir>/v<version>/tables`` (TABLE_DIR).
APP_VERSION = 1
TABLE_DIR = f"v{APP_VERSION}/tables"
#: One RocksDB per table partition: Faust's defaults (64 MiB write buffers x 3, a 2 GiB block cache each)
#: would let 3 tables x N partitions grow far past what the dedup window needs.
ROCKSDB_OPTIONS = {"write_buffer_size": 4 << 20, "max_write_buffer_number": 2, "block_cache_size": 16 << 20}


def freeze_startup_heap() -> None:
    """Load langdetect's profiles now and move everything alive into the GC's permanent generation.

    What is alive at start-up (modules, Faust's and aiokafka's objects: tens of thousands) lives
    as long as the process; every full collection of the cyclic GC would scan it again. The profiles'
    rows are tuples of floats, which the GC does not track. Reference counting still frees frozen
    objects that die; only cycles among them would stay.
    """
    load_profiles()
    gc.collect()
    gc.freeze()


def create_app(settings: Settings) -> faust.App:
    """A Faust app wired with the wirestream topology."""
    app = faust.App(settings.app_id, **app_options(settings))
    faust_fixes.install(app)  # recovery guard (#6), changelog outbox, short fetch wait
    app.wirestream = Topology(app, settings)  # type: ignore[attr-defined]
    return app


def create_worker(app: faust.App, log_level: str, **logging_options: Any) -> faust.Worker:
    """The ``faust.Worker`` that runs ``app`` at ``log_level`` (without Faust's start-up spinner)."""
    return faust_fixes.QuietWorker(app, loglevel=log_level.upper(), override_logging=True, **logging_options)


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
        # aiokafka keeps one produce request in flight per broker; a partition's batch that is full
        # makes the next send wait for that request. 16 KiB (Faust's default) holds 3 enriched records.
        producer_max_batch_size=256 * 1024,
        broker_session_timeout=10.0,
        broker_heartbeat_interval=1.0,
        broker_commit_interval=1.0,
        consumer_auto_offset_reset="earliest",
        version=APP_VERSION,
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
    """Topics, tables and agents of one app; the agent bodies live in :class:`Pipeline`."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.metrics = PipelineMetrics()

        self.raw = raw_topic(app, settings, RAW.name)  # the agents' sources
        self.fingerprints = raw_topic(app, settings, FINGERPRINTS.name)
        # outputs are written straight to the producer (ProducerOutputs): topic names suffice
        self.names = OutputTopics.of(settings)
        self.fingerprints_name, self.enriched, self.unique = (
            self.names.fingerprints, self.names.enriched, self.names.unique,
        )  # fmt: skip
        self.dlq, self.stories, self.claims = self.names.dlq, self.names.stories, self.names.claims

        def table(name: str) -> TableT[Any, Any]:  # JSON keys and values, changelogged, RocksDB by default
            return app.Table(
                name,
                key_type=str,
                partitions=settings.partitions,
                # a story or claim can hold a 1 MiB title or quote: changelogs take what the topics take
                extra_topic_configs={"max.message.bytes": str(MAX_MESSAGE_BYTES)},
                options=ROCKSDB_OPTIONS if settings.store.startswith("rocksdb") else None,
            )

        self.index_table, self.story_table, self.story_claims_table = (table(name) for name in TABLE_NAMES)
        self.desk: StoryDesk | None = None
        self.outputs = ProducerOutputs(app)
        self.pipeline = Pipeline(
            topics=self.names,
            enricher=Enricher(
                max_record_bytes=settings.max_record_bytes,
                language_sample_chars=settings.language_sample_chars,
                on_stage=self.metrics.observe_stage,
            ),
            metrics=self.metrics,
            desk=self.story_desk,
            outputs=self.outputs,
            after_judged=self.hand_over_changelog,
        )

        app.on_rebalance_complete.connect(self.reload_desk)
        app.agent(self.raw, name="ingest")(self.pipeline.ingest)
        app.agent(self.fingerprints, name="judge")(self.pipeline.judge)
        self.web = install_web(app, self)  # /dashboard/, /dashboard/data.json, /metrics, lag sampler

    @property
    def app_id(self) -> str:
        return self.settings.app_id

    def table_stores(self) -> list[StoreUsage]:
        """RocksDB memory and disk per table partition held by this worker (for ``/metrics``)."""
        return store_usage((self.index_table, self.story_table, self.story_claims_table))

    async def hand_over_changelog(self) -> None:
        await faust_fixes.changelog_outbox(self.app).hand_over()

    def story_desk(self) -> StoryDesk:
        if self.desk is None:
            self.desk = StoryDesk(
                window_seconds=self.settings.dedup_window_seconds,
                index_entries=self.index_table,
                stories=self.story_table,
                story_claims=self.story_claims_table,
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

    async def lag(self) -> list[tuple[str, int, int]]:
        """Highwater minus committed offset (else position) for the agents' assigned partitions."""
        consumer = self.app.consumer
        wanted = {self.raw.get_topic_name(), self.fingerprints.get_topic_name()}
        assigned = sorted(tp for tp in consumer.assignment() if tp.topic in wanted)
        if not assigned:
            return []
        highwaters = await asyncio.wait_for(consumer.highwaters(*assigned), timeout=5.0)
        committed = faust_fixes.committed_offsets(consumer)
        lags = []
        for tp in assigned:
            end = highwaters.get(tp)
            if end is None:
                continue
            done = committed.get(tp)
            if done is None:
                done = await consumer.position(tp)
            lags.append((tp.topic, tp.partition, max(0, end - (done or 0))))
        return lags
