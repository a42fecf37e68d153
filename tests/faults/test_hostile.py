"""Hostile input: ≥ 10,000 generated and mutated records through the worker — no crash, no stall, every
input accounted for (enriched or DLQ), and CPU time per record bounded (measured in-process on the same
inputs: Enricher.prepare + StoryDesk.judge, process CPU time, so a loaded machine does not fail it)."""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from streams.core.article import RejectedRecord
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from tests.faults.harness import Worker, read_outputs, settle
from tests.faults.hostile import hostile_inputs
from tests.integration.harness import send_all

INPUTS = int(os.environ.get("WIRESTREAM_FAULTS_HOSTILE_INPUTS", "10000"))
#: A record slower than this in the core fails the test (a pathological regex would be seconds or hours).
MAX_SECONDS_PER_RECORD = 2.0
#: Slower than this is reported as slow (the machine is shared: not a failure on its own).
SLOW_SECONDS = 0.25

pytestmark = pytest.mark.kafka


def core_outcomes(inputs, settings):
    """In-process, in input order: (expected outcome, seconds) per input; outcome is ('ok', id) or
    ('dlq', code)."""
    enricher = Enricher(
        max_record_bytes=settings.max_record_bytes, language_sample_chars=settings.language_sample_chars
    )
    desk = StoryDesk.in_memory(settings.dedup_window_seconds)
    enricher.prepare(b"Warm up\nThe council approved the harbour plan on Monday.", time.time())
    outcomes = []
    for _, value in inputs:
        began = time.process_time()
        try:
            prepared = enricher.prepare(value, received_at=time.time())
            prepared.to_bytes()  # as the ingest agent does before sending it on
            with enricher.stage("dedup"):
                desk.judge(prepared)
            outcome = ("ok", prepared.article.id)
        except RejectedRecord as rejected:
            outcome = ("dlq", rejected.code, rejected.stage)
        except Exception:  # what the ingest agent dead-letters as stage_failed at "ingest"
            outcome = ("dlq", "stage_failed", "ingest")
        outcomes.append((outcome, time.process_time() - began))
    return outcomes


@pytest.mark.timeout(600)
def test_hostile_inputs_are_all_accounted_for_quickly(pipeline_settings, workers, report):
    settings = pipeline_settings
    inputs = hostile_inputs(INPUTS)
    outcomes = core_outcomes(inputs, settings)
    slowest: dict[str, float] = defaultdict(float)
    for (kind, _), (_, seconds) in zip(inputs, outcomes, strict=True):
        slowest[kind] = max(slowest[kind], seconds)
    assert not [o for o, _ in outcomes if o[0] == "dlq" and o[2] == "dedup"], "the desk raised in-process"

    worker = Worker(settings, Path(settings.data_dir)).start()
    workers.append(worker)
    began = time.monotonic()
    sent = asyncio.run(
        send_all(settings, [(None, value, i % settings.partitions) for i, (_, value) in enumerate(inputs)])
    )
    settle(settings, len(inputs), timeout=300, workers=[worker])
    drained = time.monotonic() - began
    worker.assert_alive()

    outputs = read_outputs(settings)
    enriched_ids = {key.decode() for key, _ in outputs.records["articles.enriched"]}
    dlq = {
        (r["origin"]["partition"], r["origin"]["offset"]): r["error"]["code"]
        for _, r in outputs.records["articles.dlq"]
    }
    lost, wrong_code = [], []
    for i, ((outcome, _), where) in enumerate(zip(outcomes, sent, strict=True)):
        if outcome[0] == "ok":
            if outcome[1] not in enriched_ids:
                lost.append(i)
        elif (where.partition, where.offset) not in dlq:
            lost.append(i)
        elif dlq[(where.partition, where.offset)] != outcome[1]:
            wrong_code.append((i, outcome[1], dlq[(where.partition, where.offset)]))
    worst = max(seconds for _, seconds in outcomes)
    report.update(
        inputs=len(inputs),
        megabytes=round(sum(len(v) for _, v in inputs) / 1e6, 1),
        enriched=len(enriched_ids),
        dead_lettered=len(dlq),
        lost=len(lost),
        worker_drain_s=round(drained, 1),
        max_core_ms=round(worst * 1000, 1),
        slow_kinds={k: round(v * 1000) for k, v in slowest.items() if v > SLOW_SECONDS},
        dlq_codes=dict(Counter(dlq.values())),
    )
    assert not lost, f"inputs without an enriched or DLQ record: {lost[:20]}"
    assert not wrong_code, f"worker and core disagree: {wrong_code[:20]}"
    assert worst < MAX_SECONDS_PER_RECORD, f"slowest record took {worst:.2f} CPU s: {dict(slowest)}"
    assert "Traceback" not in worker.log(), worker.log()[-3000:]
