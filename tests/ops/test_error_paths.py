"""Every error a new user meets ends in one line and exit status 1: no traceback, no false success."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from streams.shell.topics import TABLE_NAMES, TOPICS
from tests.integration.harness import free_port
from tests.ops.firsthour import WIRESTREAM, assert_one_line_error, run, user_env

KAFKA_COMMANDS = [
    ["topics", "create"], ["stats"], ["stories"], ["dlq", "list"], ["dlq", "replay"], ["tail"],
    ["produce", "--sample"], ["worker"],
]  # fmt: skip


@pytest.mark.parametrize("command", KAFKA_COMMANDS, ids=" ".join)
def test_broker_down_is_one_line(tmp_path: Path, command: list[str]):
    address = f"127.0.0.1:{free_port()}"  # nothing listens there
    if command == ["worker"]:  # a free web port: the port check comes before the broker's
        command = [*command, "--web-port", str(free_port())]
    result = run(tmp_path, address, *command)
    assert_one_line_error(
        result, f"Kafka broker not reachable at {address} (connection refused)", "wirestream broker start"
    )


@pytest.mark.parametrize(
    ("env", "args", "expected"),
    [
        ({"WIRESTREAM_DEDUP_WINDOW_HOURS": "0"}, ["stats"], "dedup_window_hours=0.0 (from env"),
        ({"WIRESTREAM_LANGUAGE_SAMPLE_CHARS": "0"}, ["enrich", "-"], "language_sample_chars=0 (from env"),
        ({"WIRESTREAM_MAX_RECORD_BYTES": "-5"}, ["enrich", "-"], "max_record_bytes=-5 (from env"),
        ({"WIRESTREAM_LOG_LEVEL": "loud"}, ["worker"], "log_level='loud' (from env WIRESTREAM_LOG_LEVEL)"),
        ({}, ["worker", "--web-port", "99999"], "web_port=99999 (from flag --web-port)"),
        ({"WIRESTREAM_SECURITY_PROTOCOL": "FOO"}, ["tail"], "SASL_PLAINTEXT, SASL_SSL"),
        ({"WIRESTREAM_PARTITIONS": "-3"}, ["topics", "create"], "partitions=-3 (from env"),
        ({}, ["--partitions", "0", "topics", "create"], "partitions=0 (from flag --partitions)"),
        ({"WIRESTREAM_REPLICATION_FACTOR": "0"}, ["topics", "create"], "replication_factor=0 (from env"),
    ],
)
def test_bad_setting_is_one_line_for_every_command(tmp_path: Path, env, args, expected):
    result = run(tmp_path, "127.0.0.1:9092", *args, env=env)
    assert_one_line_error(result, "invalid setting", expected)


def test_unwritable_data_dir_is_one_line(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run(tmp_path, f"127.0.0.1:{free_port()}", "worker", "--data-dir", str(blocker / "state"))
    where = f"worker data directory {blocker / 'state'} (flag --data-dir)"
    assert_one_line_error(result, where, "not writable")


def test_worker_data_dir_is_made_with_its_parents(tmp_path: Path):
    """From an empty directory the worker gets past its state directory (and stops at the dead broker)."""
    result = run(tmp_path, f"127.0.0.1:{free_port()}", "worker", "--web-port", str(free_port()))
    assert_one_line_error(result, "Kafka broker not reachable")
    assert (tmp_path / "state" / "wirestream" / "wirestream").is_dir()
    assert not (tmp_path / "var").exists()


@pytest.mark.kafka
class TestWithTheBroker:
    """Error paths that need the real broker (the session broker of the integration tests)."""

    @pytest.fixture(autouse=True)
    def _broker(self, broker_settings):
        self.bootstrap = broker_settings.bootstrap_servers

    def test_refused_topics_fail_with_the_brokers_reason(self, tmp_path: Path):
        prefix = f"r{tmp_path.name[-8:]}."
        result = run(
            tmp_path, self.bootstrap, "--topic-prefix", prefix, "topics", "create",
            env={"WIRESTREAM_REPLICATION_FACTOR": "3", "WIRESTREAM_APP_ID": prefix[:-1]},
        )  # fmt: skip
        assert_one_line_error(
            result, f"the broker refused to create {len(TOPICS) + len(TABLE_NAMES)} topic(s)",
            "replication factor of 3",
            "replication_factor=3 (env WIRESTREAM_REPLICATION_FACTOR)",
        )  # fmt: skip
        assert "created" not in result.stdout

    @pytest.mark.parametrize(
        "args",
        [
            ["produce", "--topic", "nosuch.topic", "--sample"],
            ["tail", "nosuch.topic"],
            ["--topic-prefix", "staging-nosuch.", "tail"],
            ["--topic-prefix", "staging-nosuch.", "stories"],
            ["--topic-prefix", "staging-nosuch.", "dlq", "list"],
        ],
        ids=" ".join,
    )
    def test_missing_topic_is_one_line(self, tmp_path: Path, args: list[str]):
        result = run(tmp_path, self.bootstrap, *args, timeout=30)
        assert_one_line_error(result, "does not exist (wirestream topics create)")

    def test_second_worker_on_the_same_data_dir_or_port_is_refused_before_joining(
        self, tmp_path: Path, scratch_name: str
    ):
        prefix = scratch_name
        port = free_port()
        args = ["--topic-prefix", f"{prefix}.", "worker", "--app-id", prefix, "--store", "memory://"]
        first = subprocess.Popen(
            [str(WIRESTREAM), *args, "--web-port", str(port)], cwd=tmp_path,
            env=user_env(tmp_path, self.bootstrap), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            lock = tmp_path / "state" / "wirestream" / prefix / "worker.lock"
            _wait_for(lambda: lock.is_file() and lock.read_text().strip() == str(first.pid))
            same_dir = run(tmp_path, self.bootstrap, *args, "--web-port", str(free_port()))
            assert_one_line_error(same_dir, f"another worker (pid {first.pid}) uses the data directory")
            _wait_for(lambda: not _port_free(port))
            same_port = run(
                tmp_path, self.bootstrap, *args, "--web-port", str(port), "--data-dir", str(tmp_path / "w2")
            )
            assert_one_line_error(same_port, f"web port {port} on 127.0.0.1 (flag --web-port) is in use")
            assert "--web-port " in same_port.stderr
            assert first.poll() is None, "the running worker must be left alone"
        finally:
            first.terminate()
            first.wait(30)


def _port_free(port: int) -> bool:
    from streams.ops.preflight import port_free

    return port_free("127.0.0.1", port)


def _wait_for(condition, timeout: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_dlq_list_with_an_unknown_code_lists_the_codes(tmp_path: Path):
    result = run(tmp_path, f"127.0.0.1:{free_port()}", "dlq", "list", "--code", "nosuchcode")
    assert_one_line_error(result, "no DLQ error code 'nosuchcode'", "malformed_json", "stage_failed")


@pytest.mark.kafka
def test_broker_status_never_claims_a_broker_at_an_address_where_none_listens(broker_settings, tmp_path):
    elsewhere = f"127.0.0.1:{free_port()}"
    env = {"WIRESTREAM_BROKER_HOME": str(Path(broker_settings.broker_home).expanduser())}
    result = run(tmp_path, elsewhere, "broker", "status", env=env)
    assert result.returncode == 3, result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    assert f"running at {elsewhere}" not in first
    assert f"not at {elsewhere}" in first or "not running" in first, first
    here = run(tmp_path, broker_settings.bootstrap_servers, "broker", "status", env=env)
    assert here.returncode == 0 and f"at {broker_settings.bootstrap_servers}" in here.stdout, here.stdout
