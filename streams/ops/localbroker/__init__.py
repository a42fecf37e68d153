"""A local single-node Apache Kafka (KRaft, combined broker + controller) without Docker.

Kafka's own jars are resolved once with Maven (``pom.xml`` beside this file, copied into
``<broker_home>/kafka-<version>/libs``); the server runs as a detached JVM whose pid is kept in
``<broker_home>/broker.pid`` and whose output goes to ``<broker_home>/broker.log``. Host and port come
from ``settings.bootstrap_servers`` (first entry, loopback only), the KRaft controller port from
``settings.broker_controller_port``, and everything on disk lives under ``settings.broker_home``.

Public API: :func:`start`, :func:`stop`, :func:`status` (each returns a :class:`BrokerStatus`),
:func:`ensure_jars`, :func:`render_server_properties`, :data:`KAFKA_VERSION`; every expected failure
(no Java, no Maven, port taken, broker died) raises :class:`BrokerError` with a message for humans.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import os
import re
import shlex
import shutil
import signal
import socket
import struct
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from streams.settings import Settings

__all__ = [
    "KAFKA_VERSION",
    "MIN_JAVA",
    "BrokerError",
    "BrokerStatus",
    "SecureListeners",
    "api_versions_ok",
    "check_java",
    "ensure_jars",
    "libs_dir",
    "make_keystore",
    "render_server_properties",
    "start",
    "status",
    "stop",
]

MIN_JAVA = 17
JAVA_HINT = f"install OpenJDK {MIN_JAVA}+ (apt-get install openjdk-{MIN_JAVA}-jre-headless)"
MAVEN_HINT = "install Maven (apt-get install maven)"
_POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}
_SERVER_CLASS = "kafka.Kafka"
_STORAGE_CLASS = "kafka.tools.StorageTool"
_LOG_ROTATE_BYTES = 10 * 1024 * 1024  # broker.log moves to broker.log.1 at a start past this size

Echo = Callable[[str], None]


def _read_kafka_version() -> str:
    root = ET.fromstring(resources.files(__package__).joinpath("pom.xml").read_bytes())
    node = root.find("m:properties/m:kafka.version", _POM_NS)
    version = (node.text or "").strip() if node is not None else ""
    if not version:
        raise RuntimeError("streams/ops/localbroker/pom.xml has no <kafka.version> property")
    return version


KAFKA_VERSION: str = _read_kafka_version()
"""The Kafka version of the local broker, read from ``pom.xml`` (the single source of truth)."""


class BrokerError(Exception):
    """An expected failure of the local broker, with a message that says what to do."""


@dataclass(frozen=True)
class BrokerStatus:
    """What is known about the local broker of one ``broker_home``."""

    running: bool
    pid: int | None
    address: str
    controller_address: str
    version: str
    broker_home: Path
    data_dir: Path
    log_file: Path
    ready: bool = False
    """The client port answers a Kafka ApiVersions request (whoever owns it)."""
    already_running: bool = False
    """Set by :func:`start` when the broker was running before the call."""
    running_address: str | None = None
    """Where this home's running broker listens, when that is not ``address`` (the one asked about)."""

    @property
    def answers(self) -> bool:
        """A Kafka broker answers at the address asked about (this home's or another)."""
        return self.ready

    def describe(self) -> str:
        if self.running and self.running_address:
            head = (
                f"Kafka {self.version} from {self.broker_home} is running at {self.running_address} "
                f"(pid {self.pid}), not at {self.address}"
            )
            elsewhere = f"; nothing answers at {self.address}"
            head += ", where another Kafka broker answers" if self.ready else elsewhere
        elif self.running:
            head = f"Kafka {self.version} is running at {self.address} (pid {self.pid})"
            if not self.ready:
                head += ", but does not answer yet"
        elif self.ready:
            head = (
                f"Kafka is not running from {self.broker_home}, but another Kafka broker answers at "
                f"{self.address}"
            )
        else:
            head = f"Kafka is not running (would listen at {self.address})"
        return "\n".join(
            [
                head,
                f"  controller: {self.controller_address}",
                f"  data dir:   {self.data_dir}",
                f"  log:        {self.log_file}",
            ]
        )

    def to_dict(self) -> dict[str, object]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}


# --------------------------------------------------------------------------------------------------
# Secure listeners (SASL and TLS), for trying and testing the security settings against a real broker


@dataclass(frozen=True)
class SecureListeners:
    """Listeners opened next to the PLAINTEXT one: SASL_PLAINTEXT and/or SSL, on loopback.

    The SASL listener accepts PLAIN and SCRAM-SHA-256/512 for every user in ``users``; SCRAM
    credentials are stored when the storage is formatted, so they apply to a new ``broker_home``.
    The SSL listener serves the key in ``keystore`` (PKCS12), e.g. one from :func:`make_keystore`.
    """

    sasl_port: int | None = None
    ssl_port: int | None = None
    users: tuple[tuple[str, str], ...] = ()
    keystore: Path | None = None
    keystore_password: str = ""

    def ports(self) -> list[tuple[int, str]]:
        return [(port, what) for port, what in ((self.sasl_port, "SASL"), (self.ssl_port, "SSL")) if port]


def make_keystore(
    folder: Path, password: str, *, host: str = "127.0.0.1", days: int = 2
) -> tuple[Path, Path]:
    """A self-signed key for ``host`` made with Java's keytool: (PKCS12 keystore, its certificate as PEM).

    The PEM file is what a client trusts (``WIRESTREAM_SSL_CAFILE``).
    """
    java = Path(check_java())
    keytool = java.with_name("keytool")
    if not keytool.is_file():
        found = shutil.which("keytool")
        if found is None:
            raise BrokerError(f"keytool not found next to {java} nor on PATH; {JAVA_HINT}")
        keytool = Path(found)
    folder.mkdir(parents=True, exist_ok=True)
    keystore, pem = folder / "broker.p12", folder / "broker-ca.pem"
    keystore.unlink(missing_ok=True)
    san = f"ip:{host}" if _is_ip(host) else f"dns:{host}"
    for args in (
        ["-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", str(days),
         "-dname", f"CN={host}", "-ext", f"SAN={san},dns:localhost", "-storetype", "PKCS12",
         "-keystore", str(keystore), "-storepass", password, "-keypass", password],
        ["-exportcert", "-rfc", "-alias", "broker", "-keystore", str(keystore), "-storepass", password,
         "-file", str(pem)],
    ):  # fmt: skip
        out = subprocess.run([str(keytool), *args], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise BrokerError(
                f"keytool {args[0]} failed (exit {out.returncode}):\n" + _tail(out.stdout + out.stderr)
            )
    return keystore, pem


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _jaas_value(text: str) -> str:
    if any(ch in text for ch in '"\\\n'):
        raise BrokerError(
            f"user names and passwords of the local broker may not hold quotes or backslashes: {text!r}"
        )
    return text


def _secure_properties(
    secure: SecureListeners, listen_host: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(listeners, advertised listeners, protocol map entries, other lines) for the secure listeners."""
    listeners, advertised, protocols, lines = [], [], [], []
    if secure.sasl_port:
        where = _hostport(listen_host, secure.sasl_port)
        listeners.append(f"SASL_PLAINTEXT://{where}")
        advertised.append(f"SASL_PLAINTEXT://{where}")
        protocols.append("SASL_PLAINTEXT:SASL_PLAINTEXT")
        users = " ".join(
            f'user_{_jaas_value(name)}="{_jaas_value(password)}"' for name, password in secure.users
        )
        lines += [
            "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
            "listener.name.sasl_plaintext.plain.sasl.jaas.config="
            f"org.apache.kafka.common.security.plain.PlainLoginModule required {users};",
        ]
        lines += [
            f"listener.name.sasl_plaintext.{mechanism}.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            for mechanism in ("scram-sha-256", "scram-sha-512")
        ]
    if secure.ssl_port:
        if secure.keystore is None:
            raise BrokerError("an SSL listener needs a keystore (make one with make_keystore)")
        where = _hostport(listen_host, secure.ssl_port)
        listeners.append(f"SSL://{where}")
        advertised.append(f"SSL://{where}")
        protocols.append("SSL:SSL")
        keystore = str(secure.keystore).replace("\\", "\\\\")
        lines += [
            "ssl.keystore.type=PKCS12",
            f"ssl.keystore.location={keystore}",
            f"ssl.keystore.password={secure.keystore_password}",
            f"ssl.key.password={secure.keystore_password}",
            "ssl.client.auth=none",
        ]
    return listeners, advertised, protocols, lines


def _scram_arguments(secure: SecureListeners | None) -> list[str]:
    if secure is None or not secure.sasl_port:
        return []
    return [
        argument
        for name, password in secure.users
        for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512")
        for argument in ("--add-scram", f"{mechanism}=[name={name},password={password}]")
    ]


# --------------------------------------------------------------------------------------------------
# Layout and configuration


@dataclass(frozen=True)
class _Layout:
    home: Path
    host: str
    port: int
    listen_host: str
    controller_port: int

    @property
    def kafka_dir(self) -> Path:
        return self.home / f"kafka-{KAFKA_VERSION}"

    @property
    def libs(self) -> Path:
        return self.kafka_dir / "libs"

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def properties(self) -> Path:
        return self.home / "server.properties"

    @property
    def log4j(self) -> Path:
        return self.home / "log4j2.yaml"

    @property
    def log_file(self) -> Path:
        return self.home / "broker.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "broker.pid"

    @property
    def address(self) -> str:
        return _hostport(self.host, self.port)

    @property
    def controller_address(self) -> str:
        return _hostport(self.listen_host, self.controller_port)


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _layout(settings: Settings) -> _Layout:
    try:
        host, port = settings.broker_host.strip("[]"), settings.broker_port
    except (IndexError, ValueError) as exc:
        raise BrokerError(
            f"bootstrap_servers={settings.bootstrap_servers!r} is not HOST:PORT "
            "(set WIRESTREAM_BOOTSTRAP_SERVERS, e.g. 127.0.0.1:9092)"
        ) from exc
    listen_host = "127.0.0.1" if host == "localhost" else host
    try:
        loopback = ipaddress.ip_address(listen_host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise BrokerError(
            "the local broker listens on loopback only, but bootstrap_servers is "
            f"{settings.bootstrap_servers!r} (use 127.0.0.1:PORT)"
        )
    controller_port = settings.broker_controller_port
    if controller_port == port:
        raise BrokerError(
            f"broker_controller_port ({controller_port}) must differ from the client port "
            f"in bootstrap_servers ({settings.bootstrap_servers})"
        )
    return _Layout(
        home=Path(settings.broker_home).expanduser().resolve(),
        host=host,
        port=port,
        listen_host=listen_host,
        controller_port=controller_port,
    )


def libs_dir(settings: Settings) -> Path:
    """Folder holding Kafka's jars for this ``broker_home`` (filled by :func:`ensure_jars`)."""
    return Path(settings.broker_home).expanduser().resolve() / f"kafka-{KAFKA_VERSION}" / "libs"


def render_server_properties(settings: Settings, secure: SecureListeners | None = None) -> str:
    """The ``server.properties`` of a single combined KRaft node for these settings."""
    lay = _layout(settings)
    client = _hostport(lay.listen_host, lay.port)
    controller = lay.controller_address
    data_dir = str(lay.data_dir).replace("\\", "\\\\")
    listeners, advertised, protocols, security = _secure_properties(
        secure or SecureListeners(), lay.listen_host
    )
    lines = [
        "# Written by `wirestream broker start` on every start; edits are overwritten.",
        "process.roles=broker,controller",
        "node.id=1",
        f"controller.quorum.bootstrap.servers={controller}",
        "listeners=" + ",".join([f"PLAINTEXT://{client}", f"CONTROLLER://{controller}", *listeners]),
        "advertised.listeners=" + ",".join([f"PLAINTEXT://{lay.address}", *advertised]),
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map="
        + ",".join(["CONTROLLER:PLAINTEXT", "PLAINTEXT:PLAINTEXT", *protocols]),
        "inter.broker.listener.name=PLAINTEXT",
        *security,
        f"log.dirs={data_dir}",
        f"num.partitions={settings.partitions}",
        "auto.create.topics.enable=false",
        "# single node: replication factor 1 everywhere",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "# fast groups for development and tests",
        "group.initial.rebalance.delay.ms=0",
        "group.min.session.timeout.ms=1000",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# Tools: Java and Maven


def _java_executable() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("java")


def _java_major(version_output: str) -> int | None:
    match = re.search(r'version "([^"]+)"', version_output)
    if not match:
        return None
    parts = re.findall(r"\d+", match.group(1))
    if not parts:
        return None
    major = int(parts[0])
    if major == 1 and len(parts) > 1:  # "1.8.0_292"
        major = int(parts[1])
    return major


def check_java() -> str:
    """Path of a Java ≥ 17 executable (``$JAVA_HOME/bin/java`` or ``java`` on PATH), else BrokerError."""
    java = _java_executable()
    if java is None:
        raise BrokerError(
            f"Java not found (no `java` on PATH): the local Kafka broker needs Java; {JAVA_HINT}"
        )
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrokerError(f"`{java} -version` failed ({exc}); {JAVA_HINT}") from exc
    major = _java_major(out.stderr + out.stdout)
    if major is None:
        raise BrokerError(f"could not tell the version of {java}; {JAVA_HINT}")
    if major < MIN_JAVA:
        raise BrokerError(
            f"Kafka {KAFKA_VERSION} needs Java {MIN_JAVA}+, but {java} is Java {major}; {JAVA_HINT}"
        )
    return java


def _jars_present(libs: Path) -> bool:
    return (libs / f"kafka_2.13-{KAFKA_VERSION}.jar").is_file()


def ensure_jars(settings: Settings, echo: Echo | None = None) -> Path:
    """Resolve Kafka's jars into :func:`libs_dir` with Maven unless they are there already."""
    libs = libs_dir(settings)
    if _jars_present(libs):
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError(
            f"Maven not found (no `mvn` on PATH): it is needed once to fetch Kafka {KAFKA_VERSION}'s jars "
            f"into {libs}; {MAVEN_HINT}"
        )
    kafka_dir = libs.parent
    kafka_dir.mkdir(parents=True, exist_ok=True)
    pom = kafka_dir / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    partial = kafka_dir / "libs.partial"
    shutil.rmtree(partial, ignore_errors=True)
    if echo:
        echo(f"Fetching Kafka {KAFKA_VERSION} jars with Maven into {libs} (once)...")
    cmd = [
        mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}", "-DincludeScope=runtime",
    ]  # fmt: skip
    try:
        out = subprocess.run(cmd, cwd=kafka_dir, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired as exc:
        raise BrokerError("Maven did not finish fetching Kafka's jars within 15 minutes") from exc
    if out.returncode != 0 or not _jars_present(partial):
        shutil.rmtree(partial, ignore_errors=True)
        raise BrokerError(
            f"Maven could not fetch Kafka {KAFKA_VERSION}'s jars (exit {out.returncode}):\n"
            + _tail(out.stdout + out.stderr)
        )
    shutil.rmtree(libs, ignore_errors=True)
    partial.rename(libs)
    return libs


# --------------------------------------------------------------------------------------------------
# Probing


def api_versions_ok(host: str, port: int, timeout: float = 2.0) -> bool:
    """True when ``host:port`` answers a Kafka ApiVersions (v0) request without error."""
    correlation_id = 0x5753
    client_id = b"wirestream-broker"
    body = struct.pack(">hhih", 18, 0, correlation_id, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            sock.sendall(struct.pack(">i", len(body)) + body)
            head = _recv_exact(sock, 4)
            size = struct.unpack(">i", head)[0]
            if not 6 <= size <= 1 << 20:
                return False
            payload = _recv_exact(sock, size)
    except OSError:
        return False
    got_id, error_code = struct.unpack(">ih", payload[:6])
    return got_id == correlation_id and error_code == 0


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed")
        buf += chunk
    return bytes(buf)


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


# --------------------------------------------------------------------------------------------------
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
        version=KAFKA_VERSION,
        broker_home=lay.home,
        data_dir=lay.data_dir,
        log_file=lay.log_file,
        ready=api_versions_ok(lay.host, lay.port, timeout=1.0),
        already_running=already_running,
        running_address=actual if actual and actual != lay.address else None,
    )


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _log_tail(lay: _Layout, lines: int = 25) -> str:
    try:
        return _tail(lay.log_file.read_text(errors="replace"), lines)
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


# --------------------------------------------------------------------------------------------------
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
            where = _hostport(lay.listen_host, port)
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
                + _tail(out.stdout + out.stderr)
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
