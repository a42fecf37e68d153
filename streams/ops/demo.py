"""`wirestream demo`: local broker + worker + the sample firehose, with the enriched output on screen."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click

from streams.ops import localbroker
from streams.ops.firehose import describe, produce_articles, read_articles, sample_paths
from streams.ops.kafka import assign_all, reader
from streams.ops.preflight import port_free
from streams.settings import Settings
from streams.shell.topics import DLQ, ENRICHED, create_topics


def run_demo(settings: Settings, *, timeout: float, keep_running: bool) -> int:
    current = localbroker.status(settings)
    if current.ready and not current.running:  # e.g. CI's or Docker's broker: use it, leave it alone
        click.echo(f"broker: using the Kafka broker that answers at {current.address}", err=True)
        started_here = False
    else:
        status = localbroker.start(settings, echo=lambda line: click.echo(line, err=True))
        click.echo(f"broker: {status.describe()}", err=True)
        started_here = not status.already_running
    asyncio.run(create_topics(settings))
    log_path = settings.worker_data_dir.parent / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    web_port = settings.web_port if port_free(settings.web_host, settings.web_port) else None
    if web_port is None:
        web_port = next(p for p in range(settings.web_port + 1, 65536) if port_free(settings.web_host, p))
    settings = settings.replace(web_port=web_port)
    worker = start_worker(settings, log_path)
    click.echo(f"worker: pid {worker.pid}, log {log_path}", err=True)
    click.echo(f"dashboard: http://{settings.web_host}:{web_port}/dashboard/", err=True)
    try:
        expected = sum(1 for _ in read_articles(sample_paths()))
        seen = asyncio.run(play_and_show(settings, expected, timeout, worker))
        if worker.poll() is not None:
            tail = log_path.read_text(errors="replace").strip().splitlines()[-1:]
            raise click.ClickException(
                f"the demo's worker exited (status {worker.returncode}): {' '.join(tail)} (log {log_path})"
            )
        click.echo(f"\n{demo_summary(seen, expected)}", err=True)
        return 0 if seen >= expected else 1
    finally:
        if keep_running:
            click.echo(
                f"left running: worker pid {worker.pid} and the broker (wirestream broker stop)", err=True
            )
        else:
            stop_process(worker)
            if started_here:
                localbroker.stop(settings)


def demo_summary(seen: int, expected: int) -> str:
    """The closing line: how many of the sample's records came out, and what came out beyond them."""
    line = f"{min(seen, expected)} of {expected} sample records came out (enriched or dead-lettered)"
    if seen > expected:
        line += (
            f"; {seen - expected} more records came out: an earlier run's, left unprocessed when it stopped,"
            " or records delivered twice (at-least-once)"
        )
    return line


def start_worker(settings: Settings, log_path: Path) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "streams.ops.cli",
        "--bootstrap-servers", settings.bootstrap_servers,
        "--partitions", str(settings.partitions),
        "worker", "--web-port", str(settings.web_port),
    ]  # fmt: skip
    if settings.topic_prefix:
        command[3:3] = ["--topic-prefix", settings.topic_prefix]
    with log_path.open("ab") as log:
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop_process(process: subprocess.Popen, grace: float = 15.0) -> None:
    """SIGTERM, then SIGKILL if the worker has not shut down within ``grace`` seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


async def play_and_show(
    settings: Settings, expected: int, timeout: float, worker: subprocess.Popen | None = None
) -> int:
    """Read enriched + DLQ from their current ends, play the sample, print until all came out."""
    topics = [settings.topic(ENRICHED.name), settings.topic(DLQ.name)]
    consumer = reader(settings)
    await consumer.start()
    try:
        await assign_all(consumer, settings, topics, at_end=True)
        await produce_articles(settings, sample_paths(), topic=settings.topic("articles.raw"))
        seen = 0
        deadline = time.monotonic() + timeout
        while seen < expected and time.monotonic() < deadline:
            if worker is not None and worker.poll() is not None:
                break
            for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                for record in records:
                    seen += 1
                    click.echo(describe(tp.topic, record.value))
        return seen
    finally:
        await consumer.stop()
