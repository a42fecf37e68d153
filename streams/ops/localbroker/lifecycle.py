"""Start, stop and status of the broker of one home: a detached JVM with its pid file and log."""

from __future__ import annotations

import base64
import contextlib
import os
import shlex
import signal
import subprocess
import time
from importlib import resources
from pathlib import Path

from streams.ops.localbroker.layout import _Layout, _layout, render_server_properties
from streams.ops.localbroker.probe import _port_free, api_versions_ok, hostport
from streams.ops.localbroker.security import SecureListeners, _scram_arguments
from streams.ops.localbroker.status import BrokerError, BrokerStatus
from streams.ops.localbroker.tools import Echo, check_java, ensure_jars, tail_lines
from streams.ops.localbroker.version import kafka_version
from streams.settings import Settings

_SERVER_CLASS = "kafka.Kafka"
_STORAGE_CLASS = "kafka.tools.StorageTool"
_LOG_ROTATE_BYTES = 10 * 1024 * 1024  # broker.log moves to broker.log.1 at a start past this size

# Process bookkeeping

# JVMs started by this Python process: kept so that stop() can reap them (no zombies, no warnings).
_children: dict[int, subprocess.Popen[bytes]] = {}


def _read_pid(lay: _Layout) -> int | None:
    try:
        return int(lay.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_broker(pid: int, lay: _Layout) -> bool:
    """The pid is alive and (where /proc tells) is the Kafka server of this broker_home."""
    child = _children.get(pid)
    if child is not None and child.poll() is not None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path("/proc") / str(pid)
    if not Path("/proc/self").exists():
        return True
    try:
        if (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
        args = (proc / "cmdline").read_bytes().split(b"\0")
    except (OSError, IndexError):
        return False
    return _SERVER_CLASS.encode() in args and str(lay.properties).encode() in args


def _running_pid(lay: _Layout) -> int | None:
    pid = _read_pid(lay)
    return pid if pid is not None and _is_our_broker(pid, lay) else None


def _listening_at(lay: _Layout) -> str | None:
    """The client address in the server.properties this home's broker was started with."""
    try:
        lines = lay.properties.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith("advertised.listeners="):
            first = line.split("=", 1)[1].split(",")[0]
            return first.split("://", 1)[-1]
    return None


def _status(lay: _Layout, *, already_running: bool = False) -> BrokerStatus:
    pid = _running_pid(lay)
    actual = _listening_at(lay) if pid is not None else None
    return BrokerStatus(
        running=pid is not None,
        pid=pid,
        address=lay.address,
        controller_address=lay.controller_address,
        version=kafka_version(),
        broker_home=lay.home,
        data_dir=lay.data_dir,
        log_file=lay.log_file,
        ready=api_versions_ok(lay.host, lay.port, timeout=1.0),
        already_running=already_running,
        running_address=actual if actual and actual != lay.address else None,
    )


def _log_tail(lay: _Layout, lines: int = 25) -> str:
    try:
        return tail_lines(lay.log_file.read_text(errors="replace"), lines)
    except OSError:
        return "(no log)"


def _new_cluster_id() -> str:
    """A Kafka cluster id, as ``StorageTool random-uuid`` makes it (url-safe base64 of 16 random bytes)."""
    while True:
        raw = bytearray(os.urandom(16))
        raw[6] = (raw[6] & 0x0F) | 0x40  # a version-4 UUID, like java.util.UUID.randomUUID
        raw[8] = (raw[8] & 0x3F) | 0x80
        text = base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")
        if not text.startswith("-"):
            return text


# Public API


def status(settings: Settings) -> BrokerStatus:
    """Whether the local broker of ``settings.broker_home`` runs, with its pid, address and paths."""
    return _status(_layout(settings))


def start(
    settings: Settings,
    *,
    timeout: float = 60.0,
    echo: Echo | None = None,
    secure: SecureListeners | None = None,
) -> BrokerStatus:
    """Start the local broker (fetching jars and formatting storage the first time) and wait until ready.

    Returns at once with ``already_running=True`` when this broker_home's broker already runs. Raises
    :class:`BrokerError` when Java or Maven is missing, a port is taken by something else, or the
    broker does not answer within ``timeout`` seconds (it is then stopped again).
    """
    lay = _layout(settings)
    if (pid := _running_pid(lay)) is not None:
        deadline = time.monotonic() + timeout  # it may still be starting
        while not api_versions_ok(lay.host, lay.port, timeout=1.0) and time.monotonic() < deadline:
            if not _is_our_broker(pid, lay):
                raise BrokerError(
                    f"the broker (pid {pid}) exited; {lay.log_file} ends with:\n{_log_tail(lay)}"
                )
            time.sleep(0.2)
        return _status(lay, already_running=True)
    lay.pid_file.unlink(missing_ok=True)

    extra = secure.ports() if secure else []
    for port, what in ((lay.port, "client"), (lay.controller_port, "controller"), *extra):
        if not _port_free(lay.listen_host, port):
            where = hostport(lay.listen_host, port)
            if api_versions_ok(lay.listen_host, port):
                owner = f"another Kafka broker (not started from {lay.home}) already listens on {where}"
            else:
                owner = f"{where} is already in use by another program"
            raise BrokerError(
                f"cannot start the local broker: {owner}. Stop it, or pick free ports with "
                f"WIRESTREAM_BOOTSTRAP_SERVERS / WIRESTREAM_BROKER_CONTROLLER_PORT ({what} port {port})."
            )

    java = check_java()
    libs = ensure_jars(settings, echo)
    lay.home.mkdir(parents=True, exist_ok=True)
    lay.properties.write_text(render_server_properties(settings, secure))
    lay.log4j.write_bytes(resources.files(__package__).joinpath("log4j2.yaml").read_bytes())
    classpath = f"{libs}{os.sep}*"

    if not (lay.data_dir / "meta.properties").is_file():
        if echo:
            echo(f"Formatting storage in {lay.data_dir} (once)...")
        cluster_id = _new_cluster_id()
        cmd = [java, f"-Dlog4j2.configurationFile={lay.log4j}", "-cp", classpath, _STORAGE_CLASS,
               "format", "--standalone", "-t", cluster_id, "-c", str(lay.properties),
               *_scram_arguments(secure)]  # fmt: skip
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise BrokerError(
                f"formatting {lay.data_dir} failed (exit {out.returncode}):\n"
                + tail_lines(out.stdout + out.stderr)
            )

    heap = shlex.split(os.environ.get("KAFKA_HEAP_OPTS", "-Xmx512m -Xms256m"))
    cmd = [
        java, *heap, "-XX:+UseG1GC", "-Djava.awt.headless=true", f"-Dlog4j2.configurationFile={lay.log4j}",
        "-cp", classpath, _SERVER_CLASS, str(lay.properties),
    ]  # fmt: skip
    if lay.log_file.is_file() and lay.log_file.stat().st_size > _LOG_ROTATE_BYTES:
        lay.log_file.replace(lay.log_file.with_name(lay.log_file.name + ".1"))
    with open(lay.log_file, "ab") as log:
        log.write(f"\n=== wirestream broker start {time.strftime('%Y-%m-%d %H:%M:%S')} ===\n".encode())
        log.flush()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            cwd=lay.home, start_new_session=True, close_fds=True,
        )  # fmt: skip
    _children[proc.pid] = proc
    lay.pid_file.write_text(f"{proc.pid}\n")

    deadline = time.monotonic() + timeout
    while not api_versions_ok(lay.host, lay.port, timeout=1.0):
        code = proc.poll()
        if code is not None:
            lay.pid_file.unlink(missing_ok=True)
            raise BrokerError(
                f"the broker exited with code {code} while starting; "
                f"{lay.log_file} ends with:\n{_log_tail(lay)}"
            )
        if time.monotonic() > deadline:
            _terminate(proc.pid, lay, grace=10.0)
            raise BrokerError(
                f"the broker did not answer at {lay.address} within {timeout:.0f} s and was stopped; "
                f"{lay.log_file} ends with:\n{_log_tail(lay)}"
            )
        time.sleep(0.2)
    return _status(lay)


def stop(settings: Settings, *, timeout: float = 30.0) -> BrokerStatus:
    """Stop the local broker: SIGTERM, up to ``timeout`` s for a clean exit, then SIGKILL.

    Not running is fine (a stale pid file is removed). Returns the status after stopping, whose
    ``pid`` is None; the stopped pid is not kept.
    """
    lay = _layout(settings)
    pid = _running_pid(lay)
    if pid is not None:
        _terminate(pid, lay, grace=timeout)
    lay.pid_file.unlink(missing_ok=True)
    return _status(lay)


def _terminate(pid: int, lay: _Layout, *, grace: float) -> None:
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait
        while _is_our_broker(pid, lay) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not _is_our_broker(pid, lay):
            break
    child = _children.pop(pid, None)
    if child is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
