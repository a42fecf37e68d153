"""docker-compose.yml, Dockerfile and .dockerignore agree with the code (Docker itself is not needed)."""

from __future__ import annotations

import base64
import dataclasses
import re
import shlex
import subprocess
from pathlib import Path

import click
import pytest
import yaml

from streams.ops.localbroker import KAFKA_VERSION
from streams.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
SETTING_VARS = {ENV_PREFIX + f.name.upper() for f in dataclasses.fields(Settings)}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose: dict) -> dict:
    return compose["services"]


def _interpolate(value: object) -> str:
    """Compose's own interpolation, enough for this file: ${VAR:-default} and $$."""
    text = str(value)
    text = re.sub(r"(?<!\$)\$\{[A-Z_]+:-([^}]*)\}", r"\1", text)
    return text.replace("$$", "$")


def _cli_command(argv: list[str]) -> click.Command:
    """The click command that `argv` (starting with `wirestream`) names, or fail."""
    from streams.ops.cli import main

    assert argv[0] == "wirestream", argv
    command: click.Command = main
    words = [word for word in argv[1:] if not word.startswith("-")]
    for word in words:
        if (
            not isinstance(command, click.Group)
            and command.params
            and any(isinstance(param, click.Argument) for param in command.params)
        ):
            break  # the rest are the command's arguments (e.g. `poll FEEDS`)
        assert isinstance(command, click.Group), f"{command.name} has no subcommand {word}"
        sub = command.commands.get(word)
        assert sub is not None, f"`wirestream {' '.join(words)}`: no command {word!r}"
        command = sub
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    for flag in (word for word in argv[1:] if word.startswith("-")):
        assert flag.split("=")[0] in options, f"{argv}: {command.name} has no option {flag}"
    return command


def test_compose_parses_with_the_expected_services(services: dict):
    assert {"kafka", "topics", "worker", "firehose", "poller"} <= set(services)
    assert services["firehose"]["profiles"] == ["firehose"]
    assert services["poller"]["profiles"] == ["poll"]


def test_kafka_image_is_the_local_broker_version(services: dict):
    images = {name: svc["image"] for name, svc in services.items() if svc["image"].startswith("apache/kafka")}
    assert set(images) == {"kafka", "topics"}
    assert set(images.values()) == {f"apache/kafka:{KAFKA_VERSION}"}


def test_kafka_is_one_kraft_node_with_replication_factor_1(services: dict):
    env = services["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert "PLAINTEXT://kafka:19092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert "://127.0.0.1:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
        "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR",
    ):
        assert str(env[key]) == "1"
    assert str(env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"]) == "0"
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16
    assert "kafka-broker-api-versions.sh" in " ".join(services["kafka"]["healthcheck"]["test"])


def test_every_wirestream_variable_is_a_setting(services: dict):
    used = set()
    for name in ("worker", "firehose", "poller"):
        env = services[name]["environment"]
        assert all(key.startswith(ENV_PREFIX) for key in env), env
        used |= set(env)
        Settings.from_env({key: _interpolate(value) for key, value in env.items()})  # values coerce
    assert used <= SETTING_VARS, used - SETTING_VARS
    assert services["worker"]["environment"]["WIRESTREAM_BOOTSTRAP_SERVERS"] == "kafka:19092"


def test_default_partitions_match_the_settings(services: dict):
    assert _interpolate(services["topics"]["environment"]["PARTITIONS"]) == str(Settings().partitions)
    assert _interpolate(services["worker"]["environment"]["WIRESTREAM_PARTITIONS"]) == str(
        Settings().partitions
    )


def _published_ports(services: dict) -> list[tuple[str, object]]:
    return [(name, port) for name, svc in services.items() for port in svc.get("ports", [])]


def test_ports_are_published_on_loopback_only(services: dict):
    ports = _published_ports(services)
    assert {name for name, _ in ports} == {"kafka", "worker", "poller"}
    for name, port in ports:
        if isinstance(port, dict):
            assert port.get("host_ip") == "127.0.0.1", (name, port)
        else:
            assert str(port).startswith("127.0.0.1:"), (name, port)
    web_port = services["worker"]["environment"]["WIRESTREAM_WEB_PORT"]
    assert f"127.0.0.1:{web_port}:{web_port}" in services["worker"]["ports"]
    metrics_port = services["poller"]["environment"]["WIRESTREAM_POLL_WEB_PORT"]
    assert f"127.0.0.1:{metrics_port}:{metrics_port}" in services["poller"]["ports"]


def test_topic_list_is_the_apps(services: dict):
    from streams.shell.topics import MAX_MESSAGE_BYTES, TOPIC_NAMES, TOPICS

    env = services["topics"]["environment"]
    assert sorted(env["TOPICS"].split()) == sorted(TOPIC_NAMES)
    compacted = {spec.name for spec in TOPICS if spec.config.get("cleanup.policy") == "compact"}
    assert set(env["COMPACTED"].split()) == compacted
    assert set(env["SINGLE_PARTITION"].split()) == {spec.name for spec in TOPICS if spec.partitions == 1}
    assert int(env["MAX_MESSAGE_BYTES"]) == MAX_MESSAGE_BYTES


def test_topics_script_creates_each_topic_once(services: dict, tmp_path: Path):
    """Run the one-shot's script with a stub kafka-topics.sh that records its arguments."""
    from streams.shell.topics import TOPIC_NAMES

    svc = services["topics"]
    assert svc["depends_on"]["kafka"]["condition"] == "service_healthy"
    calls = tmp_path / "calls"
    stub = tmp_path / "kafka-topics.sh"
    stub.write_text(f'#!/bin/sh\necho "$@" >> {shlex.quote(str(calls))}\n')
    stub.chmod(0o755)
    script = _interpolate(svc["command"][0]).replace("/opt/kafka/bin/kafka-topics.sh", str(stub))
    env = {key: _interpolate(value) for key, value in svc["environment"].items()}
    subprocess.run([*svc["entrypoint"], script], env=env, check=True, timeout=30)
    lines = calls.read_text().splitlines()
    assert len(lines) == len(TOPIC_NAMES)
    for line in lines:
        args = line.split()
        assert {"--create", "--if-not-exists"} <= set(args)
        topic = args[args.index("--topic") + 1]
        assert args[args.index("--partitions") + 1] == ("1" if topic == "feeds.state" else "4"), line
        assert args[args.index("--bootstrap-server") + 1] == "kafka:19092"
        topic = args[args.index("--topic") + 1]
        assert ("cleanup.policy=compact" in args) == (topic in {"stories", "claims", "feeds.state"}), line
        assert "max.message.bytes=8388608" in args
    assert sorted(line.split("--topic ")[1].split()[0] for line in lines) == sorted(TOPIC_NAMES)


def test_worker_waits_for_topics_and_has_a_healthcheck(services: dict):
    worker = services["worker"]
    assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert worker["environment"]["WIRESTREAM_WEB_HOST"] == "0.0.0.0"
    assert "WIRESTREAM_WEB_PORT" in " ".join(worker["healthcheck"]["test"])
    assert services["firehose"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"


def _dockerfile_instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def test_dockerfile_is_python_311_slim_and_its_cmd_is_a_real_command():
    instructions = _dockerfile_instructions()
    assert instructions[0][0] == "FROM"
    assert {arg.split()[0] for kind, arg in instructions if kind == "FROM"} == {"python:3.11-slim"}
    cmds = [arg for kind, arg in instructions if kind == "CMD"]
    assert len(cmds) == 1
    argv = yaml.safe_load(cmds[0])  # the JSON (exec) form
    assert argv == ["wirestream", "worker"]
    assert _cli_command(argv).name == "worker"
    assert any(kind == "USER" for kind, _ in instructions), "the image runs as root"


def test_compose_commands_are_real_commands(services: dict):
    for name in ("worker", "firehose", "poller"):
        _cli_command(services[name]["command"])


def test_poller_reads_the_mounted_feeds_file(services: dict):
    poller = services["poller"]
    feeds_path = poller["command"][-1]
    mounts = [volume.rsplit(":", 2) for volume in poller["volumes"]]
    assert [(target, mode) for _source, target, mode in mounts] == [(feeds_path, "ro")]
    assert _interpolate(mounts[0][0]) == "./feeds.txt"
    assert poller["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert poller["environment"]["WIRESTREAM_BOOTSTRAP_SERVERS"] == "kafka:19092"
    assert poller["environment"]["WIRESTREAM_WEB_HOST"] == "0.0.0.0"


def test_dockerfile_copies_only_files_that_exist_and_are_not_ignored():
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    for kind, arg in _dockerfile_instructions():
        if kind != "COPY" or arg.startswith("--from="):
            continue  # (a copy from the build stage, not from the repository)
        *sources, _dest = arg.split()
        for source in sources:
            assert (ROOT / source).exists(), f"COPY {source}: no such file in the repository"
            assert source.rstrip("/") in allowed, f"COPY {source}: excluded by .dockerignore"


def test_the_image_installs_the_wheel_its_build_stage_compiles():
    stages: list[list[tuple[str, str]]] = []
    for kind, arg in _dockerfile_instructions():
        if kind == "FROM":
            stages.append([])
        stages[-1].append((kind, arg))
    build, image = stages
    assert build[0][1].split()[-2:] == ["AS", "build"]
    runs = [arg for kind, arg in build if kind == "RUN"]
    assert any("WIRESTREAM_COMPILE=1 pip wheel" in run and "--wheel-dir /wheels" in run for run in runs)
    assert "WIRESTREAM_COMPILE" in (ROOT / "setup.py").read_text()  # the flag setup.py reads
    assert ("COPY", "--from=build /wheels /wheels") in image
    assert any(kind == "RUN" and arg.startswith("pip install /wheels/*.whl") for kind, arg in image)
    assert not any("gcc" in arg for _kind, arg in image), "the compiler stays in the build stage"
