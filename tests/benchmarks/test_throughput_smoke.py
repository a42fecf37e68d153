"""The benchmarks run at tiny size and write valid JSON (no timing is asserted: it must not rot)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from streams.ops.kafka import admin
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_batch_benchmark_runs_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "batch.json"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "batch_throughput.py"), "--articles", "40",
         "--profile-sample", "20", "--naive", "--json", str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = json.loads(out.read_text())
    assert result["articles"] == 40
    assert set(result["stage_ms"]) >= {"parse", "language", "fingerprint", "claims", "dedup", "serialise"}
    naive = result["naive"]  # the naive batch over the same file: every article read, copies found
    assert naive["articles"] == 40 and naive["verdicts"]["duplicate"] > 0
    assert result["times_naive_by_cpu"] > 0


def bench_topics(settings: Settings) -> set[str]:
    async def names() -> set[str]:
        client = admin(settings)
        await client.start()
        try:
            return {topic for topic in await client.list_topics() if topic.startswith("bench")}
        finally:
            await client.close()

    return asyncio.run(names())


@pytest.mark.kafka
def test_throughput_benchmark_runs_and_writes_json(broker_settings, tmp_path: Path) -> None:
    out = tmp_path / "throughput.json"
    topics_before = bench_topics(broker_settings)
    env_servers = broker_settings.bootstrap_servers
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--articles", "60", "--runs", "1",
         "--configs", "passthrough,naive,full", "--latency-seconds", "2", "--latency-configs", "full",
         "--soak-seconds", "4", "--soak-rate", "10", "--soak-memory-every", "1",
         "--timeout", "240", "--json", str(out)],
        check=True, capture_output=True, timeout=600,
        env={**os.environ, "WIRESTREAM_BOOTSTRAP_SERVERS": env_servers},
    )  # fmt: skip
    result = json.loads(out.read_text())
    assert {row["config"] for row in result["runs"]} == {"passthrough", "naive", "full"}
    assert all(row["articles"] == 60 for row in result["runs"])
    assert result["latency"] and "p99_ms" in result["latency"][0]
    memory = result["soak"]["memory_samples"]  # scraped from the worker's /metrics (RocksDB tables)
    assert memory and memory[-1]["rss"] > 0 and memory[-1]["memtables"] > 0
    # every run deleted its topics: repeated benchmarks must not pile partitions up on the broker
    deadline = time.monotonic() + 20
    while (left := bench_topics(broker_settings) - topics_before) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not left


def test_corpus_is_reproducible_and_has_copies() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    first = list(corpus.articles(200))
    assert first == list(corpus.articles(200))
    assert sum("copy_of" in article for article in first) > 20
    assert len({article["language_hint"] for article in first}) >= 5
