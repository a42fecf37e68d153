"""Where one broker home keeps its files, and the server.properties it runs with."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from streams.ops.localbroker.probe import hostport
from streams.ops.localbroker.security import SecureListeners, _secure_properties
from streams.ops.localbroker.status import BrokerError
from streams.ops.localbroker.version import kafka_version
from streams.settings import Settings

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
        return self.home / f"kafka-{kafka_version()}"

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
        return hostport(self.host, self.port)

    @property
    def controller_address(self) -> str:
        return hostport(self.listen_host, self.controller_port)


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


def render_server_properties(settings: Settings, secure: SecureListeners | None = None) -> str:
    """The ``server.properties`` of a single combined KRaft node for these settings."""
    lay = _layout(settings)
    client = hostport(lay.listen_host, lay.port)
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
