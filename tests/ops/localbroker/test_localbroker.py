"""streams.ops.localbroker: properties, tool checks, process bookkeeping, and one real broker."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from streams.ops import localbroker
from streams.ops.localbroker import BrokerError, lifecycle, tools
from streams.ops.localbroker.cli import broker
from streams.settings import Settings

POM = Path(localbroker.__file__).with_name("pom.xml")


def _props(text: str) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {k: v for k, v in pairs}


# ------------------------------------------------------------------------------------------ version


def test_kafka_version_is_read_from_the_pom():
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    assert ET.parse(POM).find("m:properties/m:kafka.version", ns).text == localbroker.KAFKA_VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+", localbroker.KAFKA_VERSION)


def test_pom_names_no_repository_host():
    text = POM.read_text()
    assert "<repositories>" not in text and "<url>" not in text


# ------------------------------------------------------------------------------- server.properties


def test_server_properties_for_a_single_combined_node(tmp_settings: Settings):
    props = _props(localbroker.render_server_properties(tmp_settings.replace(partitions=6)))
    port, controller = tmp_settings.broker_port, tmp_settings.broker_controller_port
    assert props["process.roles"] == "broker,controller"
    assert props["listeners"] == f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller}"
    assert props["advertised.listeners"] == f"PLAINTEXT://127.0.0.1:{port}"
    assert props["controller.quorum.bootstrap.servers"] == f"127.0.0.1:{controller}"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["log.dirs"] == str(Path(tmp_settings.broker_home).resolve() / "data")
    assert props["num.partitions"] == "6"
    assert props["auto.create.topics.enable"] == "false"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["group.min.session.timeout.ms"] == "1000"
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
        "share.coordinator.state.topic.replication.factor",
    ):
        assert props[key] == "1"
    assert not any(key.startswith("log.retention") for key in props)


def test_localhost_listens_on_127_0_0_1_and_is_advertised_as_given(tmp_settings: Settings):
    settings = tmp_settings.replace(bootstrap_servers="localhost:9192,other:9092")
    props = _props(localbroker.render_server_properties(settings))
    assert props["listeners"].startswith("PLAINTEXT://127.0.0.1:9192,")
    assert props["advertised.listeners"] == "PLAINTEXT://localhost:9192"


@pytest.mark.parametrize("servers", ["10.1.2.3:9092", "kafka:19092", "0.0.0.0:9092"])
def test_non_loopback_address_is_refused(tmp_settings: Settings, servers: str):
    with pytest.raises(BrokerError, match="loopback"):
        localbroker.render_server_properties(tmp_settings.replace(bootstrap_servers=servers))


def test_controller_port_must_differ_from_client_port(tmp_settings: Settings):
    with pytest.raises(BrokerError, match="must differ"):
        localbroker.status(tmp_settings.replace(broker_controller_port=tmp_settings.broker_port))


def test_settings_from_env_pick_the_broker_home(tmp_path: Path):
    settings = Settings.from_env(
        {"WIRESTREAM_BROKER_HOME": str(tmp_path), "WIRESTREAM_BROKER_CONTROLLER_PORT": "19999"}
    )
    assert (
        localbroker.libs_dir(settings) == tmp_path.resolve() / f"kafka-{localbroker.KAFKA_VERSION}" / "libs"
    )
    assert "CONTROLLER://127.0.0.1:19999" in localbroker.render_server_properties(settings)


def test_cluster_id_looks_like_kafkas():
    for _ in range(50):
        cluster_id = lifecycle._new_cluster_id()
        assert re.fullmatch(r"[A-Za-z0-9_-]{22}", cluster_id) and not cluster_id.startswith("-")


# ------------------------------------------------------------------------------------ Java, Maven


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_292"', 8),
        ("nonsense", None),
    ],
)
def test_java_major(output: str, major: int | None):
    assert tools._java_major(output) == major


def test_missing_java_says_what_to_install(tool_path):
    with pytest.raises(
        BrokerError, match=r"install OpenJDK 17\+ \(apt-get install openjdk-17-jre-headless\)"
    ):
        localbroker.check_java()


def test_old_java_says_what_to_install(tool_path):
    tool_path("java", "echo 'java version \"1.8.0_292\"' >&2")
    with pytest.raises(BrokerError, match=r"Java 8.*openjdk-17-jre-headless"):
        localbroker.check_java()


def test_start_without_java_exits_non_zero_without_traceback(tool_path, tmp_settings: Settings):
    result = CliRunner().invoke(broker, [*_cli_opts(tmp_settings), "start"])
    assert result.exit_code == 1
    assert "openjdk-17-jre-headless" in result.output
    assert "Traceback" not in result.output
    assert not Path(tmp_settings.broker_home, "broker.pid").exists()


def test_missing_maven_says_what_to_install(tool_path, tmp_settings: Settings):
    tool_path("java", "echo 'openjdk version \"17.0.15\" 2025-04-15' >&2")
    with pytest.raises(BrokerError, match=r"install Maven \(apt-get install maven\)"):
        localbroker.start(tmp_settings)


# --------------------------------------------------------------------------------- ports, pid file


def test_port_taken_by_another_program(tmp_settings: Settings):
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", tmp_settings.broker_port))
        squatter.listen()
        with pytest.raises(BrokerError, match=r"already in use by another program"):
            localbroker.start(tmp_settings)


def test_api_versions_probe_rejects_what_is_not_kafka(tmp_settings: Settings):
    assert not localbroker.api_versions_ok("127.0.0.1", tmp_settings.broker_port, timeout=0.5)
    with socket.socket() as server:
        server.bind(("127.0.0.1", tmp_settings.broker_port))
        server.listen()

        def answer_nonsense():
            conn, _ = server.accept()
            with conn:
                conn.recv(1024)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

        thread = threading.Thread(target=answer_nonsense, daemon=True)
        thread.start()
        assert not localbroker.api_versions_ok("127.0.0.1", tmp_settings.broker_port, timeout=2)
        thread.join(5)


def test_stale_pid_file_is_not_running_and_stop_leaves_that_process_alone(tmp_settings: Settings):
    home = Path(tmp_settings.broker_home)
    home.mkdir(parents=True)
    (home / "broker.pid").write_text(f"{os.getpid()}\n")  # alive, but not a Kafka server
    st = localbroker.status(tmp_settings)
    assert not st.running and st.pid is None and not st.ready
    assert not localbroker.stop(tmp_settings).running
    assert not (home / "broker.pid").exists()


# ------------------------------------------------------------------------------------- real broker


def _cli_opts(settings: Settings) -> list[str]:
    return [
        "--broker-home", settings.broker_home,
        "--bootstrap-servers", settings.bootstrap_servers,
        "--controller-port", str(settings.broker_controller_port),
    ]  # fmt: skip


@pytest.fixture(scope="session")
def cached_libs() -> Path:
    """Kafka's jars, resolved once into the user's broker_home and shared by every tmp broker_home."""
    return localbroker.ensure_jars(Settings.from_env())


async def _create_and_list_topic(bootstrap: str, topic: str) -> list[str]:
    """Create ``topic``, then list the broker's topics until it shows (up to 15 s): CreateTopics returns
    once the controller has the topic, and the broker's metadata cache catches up a moment later."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
        deadline = asyncio.get_running_loop().time() + 15.0
        topics = await admin.list_topics()
        while topic not in topics and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.2)
            topics = await admin.list_topics()
        return topics
    finally:
        await admin.close()


@pytest.mark.skipif(
    shutil.which("java") is None, reason="needs Java 17+ (apt-get install openjdk-17-jre-headless)"
)
@pytest.mark.timeout(180)
def test_real_broker_start_twice_status_stop(tmp_settings: Settings, cached_libs: Path, tmp_path: Path):
    settings = tmp_settings
    libs = localbroker.libs_dir(settings)
    libs.parent.mkdir(parents=True)
    libs.symlink_to(cached_libs, target_is_directory=True)
    assert not localbroker.status(settings).running

    st = localbroker.start(settings, timeout=60)
    try:
        assert st.running and st.ready and not st.already_running
        assert st.address == settings.bootstrap_servers and st.version == localbroker.KAFKA_VERSION
        assert Path(settings.broker_home, "broker.pid").read_text().strip() == str(st.pid)
        assert (st.data_dir / "meta.properties").is_file()

        assert "wirestream-probe" in asyncio.run(_create_and_list_topic(st.address, "wirestream-probe"))

        again = localbroker.start(settings)
        assert again.already_running and again.pid == st.pid

        runner = CliRunner()
        result = runner.invoke(broker, [*_cli_opts(settings), "start"])
        assert result.exit_code == 0 and "already running" in result.output, result.output
        result = runner.invoke(broker, [*_cli_opts(settings), "status"])
        assert result.exit_code == 0 and f"pid {st.pid}" in result.output, result.output

        # a second broker_home on the same ports is told that another broker is there
        other = settings.replace(broker_home=str(tmp_path / "other"))
        with pytest.raises(BrokerError, match="another Kafka broker"):
            localbroker.start(other)
    finally:
        stopped = localbroker.stop(settings)

    assert not stopped.running and not stopped.ready
    assert not Path(settings.broker_home, "broker.pid").exists()
    with pytest.raises(ProcessLookupError):
        os.kill(st.pid, 0)
    result = CliRunner().invoke(broker, [*_cli_opts(settings), "stop"])
    assert result.exit_code == 0 and "nothing to stop" in result.output
