"""The benchmarks run at tiny size and write valid JSON (no timing is asserted: it must not rot)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_batch_benchmark_runs_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "batch.json"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "batch_throughput.py"), "--articles", "40",
         "--profile-sample", "20", "--json", str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = json.loads(out.read_text())
    assert result["articles"] == 40
    assert set(result["stage_ms"]) >= {"parse", "language", "fingerprint", "claims", "dedup", "serialise"}


@pytest.mark.kafka
def test_throughput_benchmark_runs_and_writes_json(broker_settings, tmp_path: Path) -> None:
    out = tmp_path / "throughput.json"
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


def test_corpus_is_reproducible_and_has_copies() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    first = list(corpus.articles(200))
    assert first == list(corpus.articles(200))
    assert sum("copy_of" in article for article in first) > 20
    assert len({article["language_hint"] for article in first}) >= 5
