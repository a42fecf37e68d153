"""The poller's benchmarks run at tiny size and write valid JSON (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_extraction_benchmark_scores_every_page(tmp_path: Path) -> None:
    out = tmp_path / "extraction.json"
    for padding in ("script", "markup"):
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--pages", "3", "--repeat", "1",
             "--padding", padding, "--json", str(out)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        result = json.loads(out.read_text())
        assert (
            result["scored"] == 3 and result["exact_bodies"] == 3 and result["bodies_with_boilerplate"] == 0
        )
        assert set(result["ways"]) == {"lxml parse", "trafilatura default", "wirestream"}
        assert 90_000 <= result["median_bytes"] <= 130_000


def test_poll_cycle_benchmark_keeps_politeness(tmp_path: Path) -> None:
    out = tmp_path / "poll_cycle.json"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "poll_cycle.py"), "--feeds", "6", "--hosts", "3",
         "--entries", "4", "--page-bytes", "20000", "--gap", "0.02", "--json", str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = json.loads(out.read_text())
    assert result["polite"] is True
    assert result["first cycle"]["new"] == result["articles_sent"] == 24
    assert result["first cycle"]["requests"] == 3 + 6 + 24  # robots.txt per host, feeds, pages
    assert result["second cycle (304)"]["not_modified"] == 6 and result["second cycle (304)"]["new"] == 0
