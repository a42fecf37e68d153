"""streams.ops.localbroker.cli: the `broker` click group."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from streams.ops.localbroker import KAFKA_VERSION
from streams.ops.localbroker.cli import broker
from streams.settings import Settings


def _opts(settings: Settings) -> list[str]:
    return [
        "--broker-home", settings.broker_home,
        "--bootstrap-servers", settings.bootstrap_servers,
        "--controller-port", str(settings.broker_controller_port),
    ]  # fmt: skip


def test_help_lists_the_commands():
    result = CliRunner().invoke(broker, ["--help"])
    assert result.exit_code == 0
    for command in ("start", "stop", "status"):
        assert command in result.output
    assert KAFKA_VERSION in result.output


def test_status_when_not_running_exits_3(tmp_settings: Settings):
    result = CliRunner().invoke(broker, [*_opts(tmp_settings), "status"])
    assert result.exit_code == 3
    assert "not running" in result.output and tmp_settings.bootstrap_servers in result.output


def test_status_json(tmp_settings: Settings):
    result = CliRunner().invoke(broker, [*_opts(tmp_settings), "status", "--json"])
    data = json.loads(result.output)
    assert data["running"] is False and data["pid"] is None
    assert data["version"] == KAFKA_VERSION
    assert data["data_dir"] == str(Path(tmp_settings.broker_home).resolve() / "data")


def test_stop_when_not_running_is_fine(tmp_settings: Settings):
    result = CliRunner().invoke(broker, [*_opts(tmp_settings), "stop"])
    assert result.exit_code == 0 and "nothing to stop" in result.output


def test_settings_come_from_the_environment(tmp_path: Path):
    env = {
        "WIRESTREAM_BROKER_HOME": str(tmp_path / "home"),
        "WIRESTREAM_BOOTSTRAP_SERVERS": "127.0.0.1:19999",
        "WIRESTREAM_BROKER_CONTROLLER_PORT": "19998",
    }
    result = CliRunner().invoke(broker, ["status", "--json"], env=env)
    data = json.loads(result.output)
    assert data["address"] == "127.0.0.1:19999" and data["controller_address"] == "127.0.0.1:19998"
    assert data["broker_home"] == str((tmp_path / "home").resolve())


def test_options_override_settings_in_the_context(tmp_settings: Settings):
    result = CliRunner().invoke(
        broker, ["--bootstrap-servers", "127.0.0.1:19997", "status", "--json"], obj=tmp_settings
    )
    data = json.loads(result.output)
    assert data["address"] == "127.0.0.1:19997"
    assert data["broker_home"] == str(Path(tmp_settings.broker_home).resolve())


def test_bad_settings_are_a_clean_error(tmp_path: Path):
    result = CliRunner().invoke(broker, ["status"], env={"WIRESTREAM_BOOTSTRAP_SERVERS": "kafka:19092"})
    assert result.exit_code == 1 and "loopback" in result.output and "Traceback" not in result.output
