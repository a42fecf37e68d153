"""Fault-suite fixtures: the real broker (the same session broker as tests/integration, started if none
runs), fresh topics per test, and worker processes that are always killed after the test."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.integration.conftest import broker_settings, pipeline_settings  # noqa: F401  (fixtures)


@pytest.fixture
def workers() -> Iterator[list]:
    """Worker processes a test starts (append them); SIGKILLed after the test whatever happened."""
    started: list = []
    yield started
    for worker in started:
        worker.kill()


@pytest.fixture
def report(request: pytest.FixtureRequest) -> Iterator[dict]:
    """Figures a test wants printed (``pytest -s`` or the terminal summary shows them)."""
    figures: dict = {}
    began = time.monotonic()
    yield figures
    figures["seconds"] = round(time.monotonic() - began, 1)
    line = f"[faults] {request.node.name}: " + " ".join(f"{k}={v}" for k, v in figures.items())
    request.config._faults_report = [*getattr(request.config, "_faults_report", []), line]  # type: ignore[attr-defined]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    lines = getattr(config, "_faults_report", [])
    if lines:
        terminalreporter.section("fault suite figures")
        for line in lines:
            terminalreporter.write_line(line)
