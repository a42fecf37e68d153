"""A worker started on a terminal: a short banner with the dashboard and metrics URLs, a ready line,
and none of Faust's INFO chatter (issue #12 item 12)."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import time

import pytest

from tests.integration.harness import free_port
from tests.ops.firsthour import WIRESTREAM, user_env

pytestmark = pytest.mark.kafka


def read_until(fd: int, marker: str, timeout: float) -> str:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker.encode() not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:  # the worker closed the terminal
                break
    return seen.decode(errors="replace").replace("\r\n", "\n")


def test_worker_on_a_terminal_prints_a_banner_and_no_faust_chatter(broker_settings, scratch_name, tmp_path):
    name = scratch_name
    port = free_port()
    primary, secondary = pty.openpty()
    worker = subprocess.Popen(
        [str(WIRESTREAM), "--topic-prefix", f"{name}.", "worker", "--app-id", name, "--web-port", str(port),
         "--store", "memory://"],
        cwd=tmp_path, env=user_env(tmp_path, broker_settings.bootstrap_servers), stdin=subprocess.DEVNULL,
        stdout=secondary, stderr=secondary, start_new_session=True,
    )  # fmt: skip
    os.close(secondary)
    try:
        screen = read_until(primary, "ready:", timeout=120)
        worker.send_signal(signal.SIGINT)
        screen += read_until(primary, "\x00never", timeout=5)
        assert worker.wait(30) == 0, screen
    finally:
        if worker.poll() is None:
            worker.kill()
        os.close(primary)
    lines = [line for line in screen.splitlines() if line.strip()]
    assert lines[0] == f"wirestream worker: group {name} at {broker_settings.bootstrap_servers}", screen
    assert f"  dashboard  http://127.0.0.1:{port}/dashboard/" in lines, screen
    assert f"  metrics    http://127.0.0.1:{port}/metrics" in lines, screen
    assert "  claims     pure core" in lines, screen  # an editable install (the worker image: compiled)
    assert any(line.startswith(f"ready: 4 partitions of {name}.articles.raw") for line in lines), screen
    assert "[INFO]" not in screen and "Traceback" not in screen, screen
    assert len(lines) <= 12, screen
