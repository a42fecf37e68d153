"""Fixtures of the local-broker tests: free ports, settings in a tmp broker_home, fake tools on PATH."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from streams.settings import Settings


def free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@pytest.fixture
def tmp_settings(tmp_path: Path) -> Settings:
    """Settings for a broker in a tmp broker_home on free loopback ports (never 9092/9093)."""
    port, controller = free_ports(2)
    return Settings(
        bootstrap_servers=f"127.0.0.1:{port}",
        broker_controller_port=controller,
        broker_home=str(tmp_path / "broker"),
    )


@pytest.fixture
def tool_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A PATH holding only the fake tools a test writes with the returned function."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("JAVA_HOME", raising=False)

    def add(name: str, script: str) -> Path:
        tool = bin_dir / name
        tool.write_text("#!/bin/sh\n" + script + "\n")
        tool.chmod(0o755)
        return tool

    return add
