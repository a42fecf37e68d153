"""Checks a worker makes before it joins the consumer group, each failing with one line that says what
to do: its state directory exists and is writable and no other worker uses it, and its web port is free.

A second worker on the same directory would otherwise wait on RocksDB's lock, make the running worker
rebalance and then crash; one on the same web port would die with ``address already in use``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import socket
import tempfile
from pathlib import Path
from typing import IO

import click

from streams.settings import Settings

LOCK_NAME = "worker.lock"
_held: list[IO[str]] = []  # lock files held for the life of the process


def prepare_data_dir(settings: Settings) -> Path:
    """Create the worker's state directory with its parents and prove it writable; return it."""
    path = settings.worker_data_dir
    where = f"worker data directory {path} ({settings.source('data_dir')})"
    fix = "give a writable one with --data-dir or WIRESTREAM_DATA_DIR"
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as error:
        raise click.ClickException(f"{where} is not writable ({error.strerror or error}): {fix}") from None
    return path


def lock_data_dir(path: Path) -> None:
    """Hold an exclusive lock on ``path/worker.lock`` until the process exits, or fail naming the holder."""
    handle = (path / LOCK_NAME).open("a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno not in (errno.EAGAIN, errno.EACCES):
            raise
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise click.ClickException(
            f"another worker (pid {holder}) uses the data directory {path}: give this one its own with "
            "--data-dir (or WIRESTREAM_DATA_DIR); workers of one app_id scale out with a directory each"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    _held.append(handle)


def port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the web server binds
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def check_web_port(settings: Settings) -> None:
    """Fail in one line when the worker's web port is taken, suggesting the next free one."""
    host, port = settings.web_host, settings.web_port
    if port_free(host, port):
        return
    free = next((p for p in range(port + 1, min(port + 100, 65536)) if port_free(host, p)), None)
    suggestion = f"--web-port {free}" if free else "--web-port PORT"
    raise click.ClickException(
        f"web port {port} on {host} ({settings.source('web_port')}) is in use, perhaps by another worker: "
        f"start this one with {suggestion} (or WIRESTREAM_WEB_PORT)"
    )


def release() -> None:
    """Drop the locks this process holds (for tests; a worker keeps them until it exits)."""
    while _held:
        with contextlib.suppress(OSError):
            _held.pop().close()
