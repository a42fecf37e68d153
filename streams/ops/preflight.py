"""Checks a worker makes before it joins the consumer group, each failing with one line that says what
to do: its state directory exists and is writable and no other worker uses it, and its web port is free;
and its table state is not ahead of the changelogs it was built from.

A second worker on the same directory would otherwise wait on RocksDB's lock, make the running worker
rebalance and then crash; one on the same web port would die with ``address already in use``; one whose
broker lost its data (a reset broker, a deleted changelog) would crash in Faust's recovery with
``ConsistencyError``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import socket
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import click

from streams.settings import Settings

LOCK_NAME = "worker.lock"
#: Where Faust's RocksDB store keeps the changelog offset a table partition's database has reached.
FAUST_OFFSET_KEY = b"__faust\0offset__"
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


def persisted_offsets(tables: Path, names: Iterable[str]) -> dict[tuple[str, int], tuple[Path, int]]:
    """(table, partition) → (its database under ``tables``, the changelog offset it has reached)."""
    from rocksdict import AccessType, Options, Rdict

    found: dict[tuple[str, int], tuple[Path, int]] = {}
    for name in names:
        for path in tables.glob(f"{name}-*.db"):
            partition = path.name[len(name) + 1 : -len(".db")]
            if not partition.isdigit():
                continue
            db = Rdict(str(path), options=Options(raw_mode=True), access_type=AccessType.read_only())
            try:
                offset = db.get(FAUST_OFFSET_KEY)
            finally:
                db.close()
            if offset is not None:
                found[(name, int(partition))] = (path, int(offset))
    return found


async def drop_stale_table_state(settings: Settings) -> list[str]:
    """Remove each table partition database that is ahead of its changelog; say what was removed.

    Such a database was built from a changelog the broker no longer has (its data was reset, or the
    topic deleted and created again), and Faust refuses to start on it. A table's database is a cache
    of its changelog: Faust restores what the changelog holds into a fresh one.
    """
    if not settings.store.startswith("rocksdb"):
        return []
    from aiokafka import TopicPartition

    from streams.ops.kafka import partitions, reader
    from streams.shell.app import TABLE_DIR
    from streams.shell.topics import TABLE_NAMES, changelog_topic

    tables = settings.worker_data_dir / TABLE_DIR
    offsets = persisted_offsets(tables, TABLE_NAMES)
    if not offsets:
        return []
    changelogs = {key: changelog_topic(settings.app_id, key[0]) for key in offsets}
    existing = set(await partitions(settings, set(changelogs.values())))
    consumer = reader(settings)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(list(existing)) if existing else {}
    finally:
        await consumer.stop()
    removed = []
    for (name, partition), (path, offset) in sorted(offsets.items()):
        end = ends.get(TopicPartition(changelogs[name, partition], partition))
        if end is not None and offset >= end:
            shutil.rmtree(path)
            removed.append(
                f"table state {path} had reached offset {offset} of {changelogs[name, partition]}"
                f"[{partition}], which ends at {end} (the broker's data was reset?): removed, the table is "
                "restored from its changelog"
            )
    return removed


def release() -> None:
    """Drop the locks this process holds (for tests; a worker keeps them until it exits)."""
    while _held:
        with contextlib.suppress(OSError):
            _held.pop().close()
