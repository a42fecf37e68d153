"""Helpers for tests against the real broker: worker processes, producing, and collecting outputs."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from streams.ops.kafka import assign_all, reader
from streams.settings import Settings
from streams.shell.topics import MAX_MESSAGE_BYTES, TOPIC_NAMES


def drop_topics(settings: Settings, *names: str) -> None:
    """Delete the topics a test made on the shared broker: ``<name>.…`` (its prefix) and ``<name>-…``
    (its group's changelogs and Faust's internal topics). Thousands of leftover partitions once ran a
    development broker out of heap. Best effort: a broker that is gone leaves nothing to clean."""

    async def drop() -> None:
        admin = AIOKafkaAdminClient(
            bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=10_000,
            **settings.kafka_client_config(),
        )  # fmt: skip
        await admin.start()
        try:
            prefixes = tuple(f"{name}{sep}" for name in names for sep in (".", "-"))
            doomed = [topic for topic in await admin.list_topics() if topic.startswith(prefixes)]
            if doomed:
                await admin.delete_topics(doomed)
        finally:
            await admin.close()

    with contextlib.suppress(Exception):
        asyncio.run(drop())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WorkerProcess:
    """A `wirestream worker` subprocess with its own web port and state directory."""

    def __init__(
        self, settings: Settings, state_dir: Path, name: str = "worker", module: str = "streams.ops.cli"
    ) -> None:
        self.settings = settings
        self.module = module  # a test wrapper may patch something, then run the CLI
        self.state_dir = state_dir / name
        self.log_path = state_dir / f"{name}.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> WorkerProcess:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "WIRESTREAM_LOG_LEVEL": "info", "PYTHONUNBUFFERED": "1"}
        command = [
            sys.executable, "-m", self.module,
            "--bootstrap-servers", self.settings.bootstrap_servers,
            "--topic-prefix", self.settings.topic_prefix,
            "--partitions", str(self.settings.partitions),
            "worker",
            "--app-id", self.settings.app_id,
            "--web-port", str(free_port()),
            "--data-dir", str(self.state_dir),
            "--store", self.settings.store,
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        return self

    def stop(self, grace: float = 20.0) -> None:
        """Graceful stop (SIGTERM, waits for the commit), SIGKILL after ``grace`` seconds."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def assert_alive(self) -> None:
        assert self.process is not None and self.process.poll() is None, f"worker died:\n{self.log()[-4000:]}"


@dataclass
class Sent:
    partition: int
    offset: int
    key: bytes | None
    value: bytes


async def send_all(
    settings: Settings, records: list[tuple[bytes | None, bytes, int | None]], topic: str = "articles.raw"
) -> list[Sent]:
    """Send (key, value, partition) records in order; return where each landed."""
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        max_request_size=MAX_MESSAGE_BYTES,
        acks="all",
        linger_ms=5,
    )
    await producer.start()
    try:
        futures = [
            await producer.send(settings.topic(topic), value=value, key=key, partition=partition)
            for key, value, partition in records
        ]
        metadata = [await future for future in futures]
    finally:
        await producer.stop()
    return [
        Sent(m.partition, m.offset, key, value) for m, (key, value, _) in zip(metadata, records, strict=True)
    ]


def send(settings: Settings, records: list[tuple[bytes | None, bytes, int | None]]) -> list[Sent]:
    return asyncio.run(send_all(settings, records))


@dataclass
class Outputs:
    """Everything read from the output topics, by base topic name."""

    records: dict[str, list[tuple[bytes | None, dict]]] = field(default_factory=lambda: defaultdict(list))

    def values(self, topic: str) -> list[dict]:
        return [value for _, value in self.records[topic]]

    def by_key(self, topic: str) -> dict[str, dict]:
        """Last record per key, as a compacted topic would keep it."""
        return {key.decode(): value for key, value in self.records[topic] if key is not None}


async def _collect(settings: Settings, topics: tuple[str, ...], until, timeout: float, workers) -> Outputs:
    consumer = reader(settings)
    await consumer.start()
    outputs = Outputs()
    try:
        await assign_all(consumer, settings, [settings.topic(topic) for topic in topics])
        deadline = time.monotonic() + timeout
        prefix = len(settings.topic_prefix)
        while time.monotonic() < deadline:
            for worker in workers:
                worker.assert_alive()
            batches = await consumer.getmany(timeout_ms=300)
            for tp, records in batches.items():
                for record in records:
                    outputs.records[tp.topic[prefix:]].append((record.key, orjson.loads(record.value)))
            if not batches and until(outputs):
                break
    finally:
        await consumer.stop()
    return outputs


OUTPUT_TOPICS = tuple(name for name in TOPIC_NAMES if name != "articles.raw")


def collect(
    settings: Settings,
    until,
    timeout: float = 120.0,
    topics: tuple[str, ...] = OUTPUT_TOPICS,
    workers: tuple[WorkerProcess, ...] = (),
) -> Outputs:
    """Read the topics from the beginning until ``until(outputs)`` holds (checked when idle) or timeout.

    Fails at once if one of ``workers`` has died.
    """
    return asyncio.run(_collect(settings, topics, until, timeout, workers))


def wait_until_ready(*workers: WorkerProcess, timeout: float = 60.0) -> None:
    """Block until every worker has logged that it is ready (joined the group, tables recovered)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in workers:
            worker.assert_alive()
        if all("Worker ready" in worker.log() for worker in workers):
            return
        time.sleep(0.3)
    raise AssertionError("workers not ready in time:\n" + "\n".join(w.log()[-2000:] for w in workers))
