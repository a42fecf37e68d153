"""A worker on the real broker with its web server on a known port, shared by the web/operator tests."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from streams.ops.firehose import produce_articles, read_articles, sample_paths
from streams.settings import Settings
from streams.shell.topics import create_topics
from tests.integration.conftest import broker_settings  # noqa: F401  (the session broker fixture)
from tests.integration.harness import WorkerProcess, drop_topics, free_port

pytestmark = pytest.mark.kafka

SAMPLE_RECORDS = sum(1 for _ in read_articles(sample_paths()))
SAMPLE_BAD = sum(1 for _ in read_articles(sample_paths()[1:]))


class WebWorker(WorkerProcess):
    """A worker subprocess whose web port is known (for the dashboard and /metrics)."""

    def __init__(self, settings: Settings, state_dir: Path, log_format: str = "text") -> None:
        super().__init__(settings, state_dir, name="web-worker")
        self.web_port = free_port()
        self.log_format = log_format

    def start(self) -> WebWorker:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "WIRESTREAM_LOG_LEVEL": "info", "PYTHONUNBUFFERED": "1"}
        command = [
            sys.executable, "-m", "streams.ops.cli",
            "--bootstrap-servers", self.settings.bootstrap_servers,
            "--topic-prefix", self.settings.topic_prefix,
            "--partitions", str(self.settings.partitions),
            "--log-format", self.log_format,
            "worker",
            "--app-id", self.settings.app_id,
            "--web-port", str(self.web_port),
            "--data-dir", str(self.state_dir),
            "--store", "memory://",
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path, timeout=5) as response:
            return response.read()

    def data(self) -> dict:
        return orjson.loads(self.get("/dashboard/data.json"))

    def wait_ready(self, timeout: float = 90.0) -> None:
        """Until the web server answers and the consumer has partitions assigned (lag is sampled)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.assert_alive()
            try:
                if self.data()["lag"]:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"worker web server not ready:\n{self.log()[-3000:]}")

    def wait_processed(self, count: int, timeout: float = 90.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.assert_alive()
            data = self.data()
            if data["totals"]["enriched"] + data["totals"]["dead_lettered"] >= count:
                return data
            time.sleep(0.5)
        raise AssertionError(f"only {self.data()['totals']} of {count}:\n{self.log()[-3000:]}")


class LivePipeline:
    """Fresh topics, one worker, and the sample firehose (played once, by whichever test comes first)."""

    def __init__(self, settings: Settings, worker: WebWorker) -> None:
        self.settings = settings
        self.worker = worker
        self.played = False

    def play_sample(self, rate: float | None = None) -> int:
        self.played = True
        return asyncio.run(
            produce_articles(
                self.settings, sample_paths(), topic=self.settings.topic("articles.raw"), rate=rate
            )
        )

    def processed(self) -> dict:
        """The sample, fully processed (played now if no test has played it yet)."""
        if not self.played:
            self.play_sample()
        return self.worker.wait_processed(SAMPLE_RECORDS)

    def cli(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess:
        command = [
            sys.executable, "-m", "streams.ops.cli",
            "--bootstrap-servers", self.settings.bootstrap_servers,
            "--topic-prefix", self.settings.topic_prefix,
            *args,
        ]  # fmt: skip
        env = {**os.environ, "WIRESTREAM_APP_ID": self.settings.app_id}
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, check=False)


@pytest.fixture(scope="package")
def live_pipeline(broker_settings: Settings, tmp_path_factory) -> Iterator[LivePipeline]:  # noqa: F811
    name = f"w{uuid.uuid4().hex[:10]}"
    state = tmp_path_factory.mktemp("web")
    settings = broker_settings.replace(
        topic_prefix=f"{name}.", app_id=name, partitions=2, data_dir=str(state)
    )
    asyncio.run(create_topics(settings))
    worker = WebWorker(settings, state, log_format="json").start()
    try:
        worker.wait_ready()
        yield LivePipeline(settings, worker)
    finally:
        worker.stop(grace=10)
        drop_topics(settings, name)
