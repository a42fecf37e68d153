"""Backpressure: a burst of small articles into a worker that is already running — its memory stays
bounded and the lag drains. CI sends WIRESTREAM_FAULTS_BURST articles (default 10,000); the full
100,000 of the issue: WIRESTREAM_FAULTS_BURST=100000 pytest tests/faults/test_backpressure.py -s."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import orjson
import pytest

from streams.testing.corpus import fake_story
from tests.faults.harness import RssSampler, Worker, records_out, settle
from tests.integration.harness import send_all

BURST = int(os.environ.get("WIRESTREAM_FAULTS_BURST", "10000"))
#: Growth of the worker's resident memory allowed over the burst (its dedup index holds every article of
#: the 72 h window, a few hundred bytes each; the rest must not grow with the backlog).
MAX_GROWTH_MIB = 200 + BURST * 0.001

pytestmark = pytest.mark.kafka


@pytest.mark.timeout(1800)
def test_burst_into_a_running_worker_keeps_memory_bounded_and_drains(pipeline_settings, workers, report):
    settings = pipeline_settings
    worker = Worker(settings, Path(settings.data_dir)).start()
    workers.append(worker)
    worker.wait_ready()
    sampler = RssSampler(worker.pid)
    sampler.start()
    baseline_kib = sampler.samples[0][1] if sampler.samples else 0

    records = [
        (None, orjson.dumps({"id": f"burst-{i}", "source": "Burst", "body": fake_story(i, 1)}), None)
        for i in range(BURST)
    ]
    began = time.monotonic()
    asyncio.run(send_all(settings, records))
    sent_s = time.monotonic() - began
    backlog = BURST - records_out(settings)  # what the worker had not done when the burst was in
    settle(settings, BURST, timeout=max(300, BURST / 40), workers=[worker])
    drained_s = time.monotonic() - began
    samples = sampler.stop()
    worker.assert_alive()

    rss = [kib for _, kib in samples]
    baseline_kib = baseline_kib or rss[0]
    peak, final = max(rss), rss[-1]
    half = rss[len(rss) // 2 :]
    report.update(
        articles=BURST,
        send_s=round(sent_s, 1),
        backlog_after_send=backlog,
        drain_s=round(drained_s, 1),
        rate_per_s=round(BURST / drained_s),
        rss_start_mib=round(baseline_kib / 1024),
        rss_peak_mib=round(peak / 1024),
        rss_end_mib=round(final / 1024),
        rss_peak_second_half_mib=round(max(half) / 1024),
        samples=len(rss),
    )
    assert records_out(settings) >= BURST
    assert (peak - baseline_kib) / 1024 < MAX_GROWTH_MIB, f"RSS grew {(peak - baseline_kib) / 1024:.0f} MiB"
