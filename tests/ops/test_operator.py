"""Operator command helpers and the JSON log format, without Kafka (the commands: tests/web/)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import click
import orjson
import pytest
from click.testing import CliRunner

from streams.ops.cli import main
from streams.ops.logformat import JsonFormatter, worker_logging
from streams.ops.operator import dlq_matches, parse_since, rank_stories

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_parse_since():
    assert parse_since("30m", NOW) == datetime(2026, 3, 2, 11, 30, tzinfo=UTC)
    assert parse_since("1d", NOW) == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert parse_since("2026-03-02T10:00:00Z", NOW) == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert parse_since("2026-03-02T10:00:00", NOW) == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    with pytest.raises(click.BadParameter):
        parse_since("last week", NOW)


def test_dlq_matches():
    record = {"error": {"code": "malformed_json"}, "failed_at": "2026-03-02T11:45:00.000Z"}
    assert dlq_matches(record, None, None)
    assert dlq_matches(record, "malformed_json", parse_since("30m", NOW))
    assert not dlq_matches(record, "empty_body", None)
    assert not dlq_matches(record, None, parse_since("10m", NOW))


def test_rank_stories():
    stories = [
        {"story_id": "a", "copies": 1, "updated_at": "2026-03-02T10:00:00Z"},
        {"story_id": "b", "copies": 3, "updated_at": "2026-03-02T09:00:00Z"},
        {"story_id": "c", "copies": 1, "updated_at": "2026-03-02T11:00:00Z"},
    ]
    assert [s["story_id"] for s in rank_stories(stories)] == ["b", "c", "a"]


def test_json_log_lines():
    record = logging.LogRecord("streams.shell.app", logging.WARNING, __file__, 1, "lag %d", (3,), None)
    record.partition = 2
    line = orjson.loads(JsonFormatter().format(record))
    assert line["level"] == "warning" and line["message"] == "lag 3" and line["partition"] == 2
    assert line["time"].endswith("Z") and line["logger"] == "streams.shell.app"
    assert worker_logging("text") == {}
    assert worker_logging("json")["quiet"] is True
    with pytest.raises(ValueError):
        worker_logging("xml")


def test_commands_are_registered():
    runner = CliRunner()
    for args in (
        ["stats", "--help"],
        ["dlq", "list", "--help"],
        ["dlq", "replay", "--help"],
        ["stories", "--help"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    assert "--log-format" in runner.invoke(main, ["--help"]).output
    assert runner.invoke(main, ["--log-format", "xml", "stats"]).exit_code == 2
