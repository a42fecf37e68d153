"""Prometheus metrics of the poller (``/metrics``), named like the worker's (``wirestream_*``)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest


class PollerMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.feeds_polled = Counter(
            "wirestream_poll_feeds", "Feed polls, by outcome (ok, not_modified, error).", ["outcome"],
            registry=self.registry,
        )  # fmt: skip
        self.entries = Counter(
            "wirestream_poll_entries", "Feed entries, by outcome (new, updated, unchanged).", ["outcome"],
            registry=self.registry,
        )  # fmt: skip
        self.fetch_errors = Counter(
            "wirestream_poll_fetch_errors", "Feeds and pages not fetched, by reason.", ["reason"],
            registry=self.registry,
        )  # fmt: skip
        self.extraction_failures = Counter(
            "wirestream_poll_extraction_failures", "Pages without article text.", registry=self.registry
        )
        self.requests = Counter(
            "wirestream_poll_requests", "HTTP requests made, by status or error.", ["status"],
            registry=self.registry,
        )  # fmt: skip
        self.articles_sent = Counter(
            "wirestream_poll_articles_sent", "Articles produced to articles.raw.", registry=self.registry
        )
        self.dead_letters = Counter(
            "wirestream_poll_dead_letters", "Entries and feeds sent to the DLQ, by code.", ["code"],
            registry=self.registry,
        )  # fmt: skip
        self.cycle_seconds = Histogram(
            "wirestream_poll_cycle_seconds", "Duration of one poll cycle.",
            buckets=(0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600), registry=self.registry,
        )  # fmt: skip

    def request(self, _host: str, status: str) -> None:
        self.requests.labels(status).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
