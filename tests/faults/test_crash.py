"""kill -9 the worker in the middle of a run and restart it: nothing lost, re-emits identical, verdicts
unchanged."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.faults.corpus import corpus
from tests.faults.harness import (
    Worker,
    account,
    check_ground_truth,
    read_outputs,
    send_inputs,
    settle,
    undisturbed_verdicts,
    wait_for_output,
)

ARTICLES = int(os.environ.get("WIRESTREAM_FAULTS_KILL_ARTICLES", "10000"))

pytestmark = pytest.mark.kafka


@pytest.mark.timeout(600)
def test_kill_9_mid_run_and_restart_loses_nothing(pipeline_settings, workers, report):
    settings = pipeline_settings
    inputs = corpus(ARTICLES, partitions=settings.partitions, prefix="k", sentences=2)
    state = Path(settings.data_dir)
    sent = send_inputs(settings, inputs)

    worker = Worker(settings, state).start()
    workers.append(worker)
    killed_at = wait_for_output(settings, int(ARTICLES * 0.4), timeout=300, workers=[worker])
    worker.kill9()
    began = time.monotonic()
    restarted = Worker(settings, state).start()  # same state dir: RocksDB as the crash left it
    workers.append(restarted)
    settle(settings, ARTICLES, timeout=400, workers=[restarted])
    recovery = time.monotonic() - began

    expected = undisturbed_verdicts(inputs, settings)
    check_ground_truth(inputs, expected)
    outcome = account(inputs, sent, read_outputs(settings), expected)
    report.update(
        articles=ARTICLES,
        copies=sum(1 for i in inputs if i.copy_of),
        killed_after=killed_at,
        restart_to_done_s=round(recovery, 1),
        **{k: v for k, v in vars(outcome).items() if isinstance(v, int)},
        lost=len(outcome.lost),
        differing_reemits=len(outcome.differing_reemits),
    )
    outcome.assert_clean()
    assert "Traceback" not in restarted.log(), restarted.log()[-3000:]
