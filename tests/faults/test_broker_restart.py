"""Stop and restart the broker in the middle of a run: the worker recovers on its own, nothing is lost.

This test runs its own single-node broker (tmp broker_home, free ports, Kafka's jars shared with the
session broker by a symlink): stopping the session broker would break every other test using it."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.ops import localbroker
from streams.settings import Settings
from streams.shell.topics import create_topics
from tests.faults.corpus import corpus
from tests.faults.harness import (
    Worker,
    account,
    read_outputs,
    send_inputs,
    settle,
    undisturbed_verdicts,
    wait_for_output,
)
from tests.ops.localbroker.conftest import free_ports

ARTICLES = int(os.environ.get("WIRESTREAM_FAULTS_BROKER_RESTART_ARTICLES", "2000"))

pytestmark = [
    pytest.mark.kafka,
    pytest.mark.skipif(shutil.which("java") is None, reason="needs Java 17+ for a private broker"),
]


@pytest.fixture
def private_broker(tmp_path: Path) -> Iterator[Settings]:
    """A broker of this test's own, on free loopback ports, stopped after the test whatever happened."""
    cached = localbroker.ensure_jars(Settings.from_env())
    port, controller = free_ports(2)
    settings = Settings(
        bootstrap_servers=f"127.0.0.1:{port}",
        broker_controller_port=controller,
        broker_home=str(tmp_path / "broker"),
        topic_prefix="restart.",
        app_id="restart",
        partitions=4,
        data_dir=str(tmp_path / "state"),
    )
    libs = localbroker.libs_dir(settings)
    libs.parent.mkdir(parents=True)
    libs.symlink_to(cached, target_is_directory=True)
    localbroker.start(settings, timeout=90)
    try:
        asyncio.run(create_topics(settings))
        yield settings
    finally:
        localbroker.stop(settings)


@pytest.mark.timeout(400)
def test_broker_stop_and_restart_mid_run_worker_recovers_alone(private_broker, workers, report):
    settings = private_broker
    inputs = corpus(ARTICLES, partitions=settings.partitions, prefix="b", sentences=2, seed=16)
    sent = send_inputs(settings, inputs)
    worker = Worker(settings, Path(settings.data_dir)).start()
    workers.append(worker)
    wait_for_output(settings, ARTICLES // 3, timeout=200, workers=[worker])

    down = time.monotonic()
    localbroker.stop(settings)
    time.sleep(3)  # the worker keeps running against nothing
    worker.assert_alive()
    localbroker.start(settings, timeout=90)
    downtime = time.monotonic() - down
    settle(settings, ARTICLES, timeout=240, workers=[worker])
    recovered = time.monotonic() - down

    outcome = account(inputs, sent, read_outputs(settings), undisturbed_verdicts(inputs, settings))
    report.update(
        articles=ARTICLES,
        broker_down_s=round(downtime, 1),
        stop_to_all_out_s=round(recovered, 1),
        records_out=outcome.records_out,
        lost=len(outcome.lost),
        duplicate_keys=outcome.duplicate_keys,
        differing_reemits=len(outcome.differing_reemits),
    )
    outcome.assert_clean()
    worker.assert_alive()
