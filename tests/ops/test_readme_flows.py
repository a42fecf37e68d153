"""The README's commands, run as a new user runs them: the installed `wirestream` script, an empty
working directory, no WIRESTREAM_* variable but the broker address. Any traceback or non-zero exit fails.

Topic names and the consumer group are made unique with the README's own flags (`--topic-prefix`,
`--app-id`), so the run shares the broker with other tests without touching their topics.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import orjson
import pytest

from streams.ops.firehose import read_articles, sample_paths
from tests.integration.harness import free_port
from tests.ops.firsthour import WIRESTREAM, assert_clean, run, user_env

pytestmark = pytest.mark.kafka

SAMPLE = sum(1 for _ in read_articles(sample_paths()))
SAMPLE_BAD = sum(1 for _ in read_articles(sample_paths()[1:]))

OWN_ARTICLES = [
    {"id": "flow-1", "source": "Harbour Gazette", "title": "Ferry timetable changes on Monday",
     "body": "The harbour office said on Friday that the morning ferry will leave twenty minutes "
             "earlier from Monday. \"We want to match the first train,\" said Ines Carvalho, the "
             "harbour master."},
    {"id": "flow-2", "source": "Valley Courier", "title": "Ferry timetable changes on Monday",
     "body": "The harbour office said on Friday that the morning ferry will leave twenty minutes "
             "earlier from Monday. \"We want to match the first train,\" said Ines Carvalho, the "
             "harbour master."},
    {"id": "flow-3", "body": ""},
]  # fmt: skip


def test_the_readme_flows_from_an_empty_directory(broker_settings, scratch_name: str, tmp_path: Path):
    bootstrap = broker_settings.bootstrap_servers
    name = scratch_name
    prefix = ["--topic-prefix", f"{name}."]
    web_port = free_port()

    def cli(*args: str, timeout: float = 120.0) -> subprocess.CompletedProcess:
        result = run(tmp_path, bootstrap, *args, timeout=timeout)
        assert_clean(result)
        return result

    status = run(tmp_path, bootstrap, "broker", "status")
    assert status.returncode == 0 and f"at {bootstrap}" in status.stdout, status.stdout + status.stderr
    assert "Traceback" not in status.stdout + status.stderr

    created = cli(*prefix, "topics", "create")
    assert f"{name}.articles.raw" in created.stdout and "created" in created.stdout

    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [str(WIRESTREAM), *prefix, "worker", "--app-id", name, "--web-port", str(web_port)],
        cwd=tmp_path, env=user_env(tmp_path, bootstrap), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        _wait_ready(worker, web_port, tmp_path / "worker.log")
        sent = cli(*prefix, "produce", "--sample")
        assert f"sent {SAMPLE:,} records to {name}.articles.raw" in sent.stderr

        shown = cli(*prefix, "tail", "--limit", "3", "--idle-timeout", "90")
        assert len([line for line in shown.stdout.splitlines() if line and not line[0].isspace()]) == 3
        _wait_processed(worker, web_port, SAMPLE, tmp_path / "worker.log")

        stats = cli(*prefix, "stats", "--app-id", name, "--interval", "0.5")
        assert f"{name}.articles.enriched" in stats.stdout
        # the worker counts a record before its story and DLQ records reach the broker: read until there
        dlq = _until(lambda: cli(*prefix, "dlq", "list"), lambda r: f"{SAMPLE_BAD:,} DLQ records" in r.stderr)
        assert f"{SAMPLE_BAD:,} DLQ records" in dlq.stderr
        stories = _until(lambda: cli(*prefix, "stories"), lambda r: len(r.stdout.splitlines()) > 2)
        assert "copies" in stories.stdout.splitlines()[0] and len(stories.stdout.splitlines()) > 2
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(30)
        finally:
            worker.kill()
            log.close()
    output = (tmp_path / "worker.log").read_text(errors="replace")
    assert worker.returncode == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert (tmp_path / "state" / "wirestream" / name).is_dir()  # the per-user state dir, made for it

    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(article) for article in OWN_ARTICLES) + b"\n")
    enriched = cli("enrich", "in.jsonl", "-o", "out.jsonl", "--dlq", "dlq.jsonl")
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [record["dedup"]["status"] for record in out] == ["original", "duplicate"]
    assert "read 3" in enriched.stderr and "dead-lettered 1" in enriched.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "dlq.jsonl",
        "in.jsonl",
        "out.jsonl",
        "state",
        "worker.log",
    ]  # fmt: skip  (no var/ or other leftovers in the user's directory)


def _until(command, done, timeout: float = 30.0) -> subprocess.CompletedProcess:
    """Run ``command`` until ``done(result)`` or ``timeout``; return the last result."""
    deadline = time.monotonic() + timeout
    result = command()
    while not done(result) and time.monotonic() < deadline:
        time.sleep(1.0)
        result = command()
    return result


def _data(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/dashboard/data.json", timeout=5) as response:
        return orjson.loads(response.read())


def _wait_ready(worker: subprocess.Popen, port: int, log: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
        try:
            if _data(port)["lag"]:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"worker not ready:\n{log.read_text(errors='replace')[-3000:]}")


def _wait_processed(worker: subprocess.Popen, port: int, count: int, log: Path, timeout: float = 120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
        totals = _data(port)["totals"]
        if totals["enriched"] + totals["dead_lettered"] >= count:
            return
        time.sleep(0.5)
    raise AssertionError(f"not all {count} records came out:\n{log.read_text(errors='replace')[-3000:]}")


def test_the_demo_from_an_empty_directory(broker_settings, scratch_name: str, tmp_path: Path):
    """`wirestream demo` on a broker that already runs: all sample records out, no client warnings."""
    name = scratch_name
    result = run(
        tmp_path, broker_settings.bootstrap_servers, "--topic-prefix", f"{name}.", "demo", "--seconds", "120",
        env={"WIRESTREAM_APP_ID": name}, timeout=240,
    )  # fmt: skip
    assert_clean(result)
    assert f"{SAMPLE} of {SAMPLE} sample records came out" in result.stderr
    assert "dashboard: http://127.0.0.1:" in result.stderr
    for noise in ("NotLeaderForPartition", "Failed fetch offsets", "WARNING", "Unable connect"):
        assert noise not in result.stdout + result.stderr, noise
