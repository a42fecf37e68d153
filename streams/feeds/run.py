"""`wirestream poll`: the Kafka side of the poller (producer, state topic, /metrics) and its loop."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from aiohttp import web
from aiokafka import AIOKafkaProducer

from streams.feeds.http import HttpPolicy, PoliteClient
from streams.feeds.metrics import PollerMetrics
from streams.feeds.poller import FeedReport, Outbox, Poller
from streams.feeds.sources import FeedSource
from streams.feeds.state import load_state
from streams.ops.kafka import producer as kafka_producer
from streams.settings import Settings
from streams.shell.topics import DLQ, FEEDS_STATE, RAW

log = logging.getLogger(__name__)


class KafkaOutbox(Outbox):
    """Articles are awaited onto the broker before their state record is queued (state never runs ahead:
    a crash between the two re-sends an article, it never forgets one)."""

    def __init__(self, producer: AIOKafkaProducer, settings: Settings) -> None:
        self.producer = producer
        self.raw, self.dlq, self.state_topic = (settings.topic(spec.name) for spec in (RAW, DLQ, FEEDS_STATE))
        self.pending: list[asyncio.Future] = []

    async def article(self, key: bytes, value: bytes) -> None:
        await (await self.producer.send(self.raw, value=value, key=key))

    async def dead_letter(self, key: bytes | None, value: bytes) -> None:
        await (await self.producer.send(self.dlq, value=value, key=key))

    async def state(self, key: bytes, value: bytes | None) -> None:
        self.pending.append(await self.producer.send(self.state_topic, value=value, key=key))
        if len(self.pending) >= 1000:
            await self.flush()

    async def flush(self) -> None:
        await self.producer.flush()
        pending, self.pending = self.pending, []
        for future in pending:
            await future  # raise if a state record was not delivered


def http_policy(settings: Settings) -> HttpPolicy:
    return HttpPolicy(
        contact=settings.poll_contact,
        host_gap=settings.poll_host_gap,
        read_timeout=settings.poll_read_timeout,
        max_bytes=settings.poll_max_bytes,
    )


async def run_poller(
    settings: Settings,
    sources: list[FeedSource],
    *,
    once: bool,
    interval: float | None = None,
    fetch_pages: bool = True,
    cycles: int | None = None,
) -> list[FeedReport]:
    """Poll until stopped (or once); return the last cycle's reports."""
    interval = interval or settings.poll_interval
    metrics = PollerMetrics()
    started = time.monotonic()
    state = await load_state(settings, settings.topic(FEEDS_STATE.name))
    log.info(
        "state loaded: %d feeds, %d entries (%.1fs)",
        len(state.feeds), len(state.entries), time.monotonic() - started,
    )  # fmt: skip
    producer = kafka_producer(settings)
    await producer.start()
    runner = None if once or not settings.poll_web_port else await serve_metrics(metrics, settings)
    reports: list[FeedReport] = []
    try:
        async with PoliteClient(http_policy(settings), on_request=metrics.request) as client:
            poller = Poller(client, state, KafkaOutbox(producer, settings), metrics, fetch_pages=fetch_pages)
            done = 0
            while True:
                due = poller.due(sources, interval)
                if due:
                    reports = await poller.poll_cycle(due)
                    done += 1
                if once or (cycles is not None and done >= cycles):
                    return reports
                await asyncio.sleep(min(interval, 5.0) if not due else min(interval, 1.0))
    finally:
        await producer.stop()
        if runner is not None:
            await runner.cleanup()


async def serve_metrics(metrics: PollerMetrics, settings: Settings) -> web.AppRunner:
    """``/metrics`` (Prometheus text) on the poller's own port."""

    async def exposition(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(), content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/metrics", exposition)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.poll_web_port).start()
    log.info("poller metrics on http://%s:%d/metrics", settings.web_host, settings.poll_web_port)
    return runner


def feeds_from(path: Path) -> list[FeedSource]:
    from streams.feeds.sources import read_feeds_file

    return read_feeds_file(path)
