"""Integration fixtures: the real local Kafka broker, and an isolated set of topics per test."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.ops import localbroker
from streams.settings import Settings
from streams.shell.topics import create_topics
from tests.integration.harness import WorkerProcess, drop_topics

pytestmark = pytest.mark.kafka


@pytest.fixture(scope="session")
def broker_settings() -> Iterator[Settings]:
    """The broker at WIRESTREAM_BOOTSTRAP_SERVERS (default 127.0.0.1:9092); started here if not running."""
    settings = Settings.from_env()
    started_here = False
    if not localbroker.api_versions_ok(settings.broker_host, settings.broker_port):
        localbroker.start(settings)
        started_here = True
    yield settings
    if started_here:
        localbroker.stop(settings)


@pytest.fixture
def pipeline_settings(broker_settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    """Fresh topics (unique prefix) and a fresh consumer group for one test; the topics are deleted after."""
    name = f"t{uuid.uuid4().hex[:10]}"
    settings = broker_settings.replace(
        topic_prefix=f"{name}.",
        app_id=name,
        partitions=4,
        data_dir=str(tmp_path / "state"),
        store="rocksdb://",
    )
    asyncio.run(create_topics(settings))
    yield settings
    drop_topics(settings, name)


@pytest.fixture
def workers(pipeline_settings: Settings, tmp_path: Path) -> Iterator[list[WorkerProcess]]:
    """Worker processes a test starts (``workers.append(WorkerProcess(...).start())``), killed after."""
    started: list[WorkerProcess] = []
    yield started
    for worker in started:
        worker.kill()
