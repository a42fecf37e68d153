"""Prometheus metrics of the worker (served at ``/metrics``) and the live aggregate of the dashboard."""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    ProcessCollector,
    generate_latest,
)

from streams import __version__
from streams.core.claims import COMPILED
from streams.core.desk import Judgement
from streams.core.enrich import PreparedArticle
from streams.web.live import LiveAggregate

STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)


def claims_core() -> str:
    """ "compiled" (mypyc: the worker image) or "pure" (an editable install)."""
    return "compiled" if COMPILED else "pure"


class PipelineMetrics:
    """Counters and histograms fed by the agents; one registry per app (tests run several).

    The same calls feed :attr:`live`, the rolling in-memory aggregate the dashboard page shows.
    """

    def __init__(self, registry: CollectorRegistry | None = None, live: LiveAggregate | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.live = live or LiveAggregate()
        build = Info("wirestream_build", "Version and claims core of this worker.", registry=self.registry)
        build.info({"version": __version__, "claims_core": claims_core()})
        self.stage_seconds = Histogram(
            "wirestream_stage_seconds", "Time spent per enrichment stage.", ["stage"],
            buckets=STAGE_BUCKETS, registry=self.registry,
        )  # fmt: skip
        self.articles_in = Counter(
            "wirestream_articles_in", "Records consumed from articles.raw.", registry=self.registry
        )
        self.articles_out = Counter(
            "wirestream_articles_out",
            "Enriched records published, by dedup status (original, duplicate, update, unchecked).",
            ["status"], registry=self.registry,
        )  # fmt: skip
        self.unchecked = Counter(
            "wirestream_dedup_unchecked", "Articles published without a dedup check, by reason.", ["reason"],
            registry=self.registry,
        )  # fmt: skip
        self.dead_letters = Counter(
            "wirestream_dead_letters", "Records sent to the DLQ.", ["code", "stage"], registry=self.registry
        )
        self.languages = Counter(
            "wirestream_articles_by_language", "Enriched articles by language.", ["language"],
            registry=self.registry,
        )  # fmt: skip
        self.claims_per_article = Histogram(
            "wirestream_claims_per_article", "Claims found per article.",
            buckets=(0, 1, 2, 3, 5, 8, 13, 21), registry=self.registry,
        )  # fmt: skip
        self.table_store_bytes = Gauge(
            "wirestream_table_store_bytes",
            "RocksDB memory (memtables, block_cache, table_readers) and disk (sst_files) per table store.",
            ["table", "partition", "kind"], registry=self.registry,
        )  # fmt: skip
        ProcessCollector(registry=self.registry)  # process_resident_memory_bytes, CPU seconds, open fds
        self.consumer_lag = Gauge(
            "wirestream_consumer_lag", "Records behind the end offset, per assigned partition (this worker).",
            ["topic", "partition"], registry=self.registry,
        )  # fmt: skip

    def observe_stage(self, stage: str, seconds: float) -> None:
        self.stage_seconds.labels(stage).observe(seconds)

    def consumed(self) -> None:
        self.articles_in.inc()
        self.live.on_consumed()

    def dead_letter(self, code: str, stage: str) -> None:
        self.dead_letters.labels(code, stage).inc()
        self.live.on_dead_letter(code, stage)

    def judged(self, prepared: PreparedArticle, judgement: Judgement) -> None:
        self.articles_out.labels(judgement.verdict.status).inc()
        if judgement.verdict.reason is not None:
            self.unchecked.labels(judgement.verdict.reason).inc()
        self.languages.labels(prepared.language.code).inc()
        self.claims_per_article.observe(len(prepared.claims))
        self.live.on_judged(prepared, judgement)

    def lag(self, lags: Iterable[tuple[str, int, int]]) -> None:
        """A lag sample for every assigned partition: (topic, partition, lag); others are dropped."""
        lags = list(lags)
        self.consumer_lag.clear()
        for topic, partition, lag in lags:
            self.consumer_lag.labels(topic, str(partition)).set(lag)
        self.live.on_lag(lags)

    def table_stores(self, usage: Iterable[tuple[str, int, str, int]]) -> None:
        """A sample of the table stores: (table, partition, kind, bytes); partitions not in it are dropped."""
        self.table_store_bytes.clear()
        for table, partition, kind, size in usage:
            self.table_store_bytes.labels(table, str(partition), kind).set(size)

    def exposition(self) -> bytes:
        """The registry in Prometheus text format."""
        return generate_latest(self.registry)
