import orjson
import pytest
from click.testing import CliRunner

from streams.ops.cli import main

COMMANDS = [
    [], ["worker"], ["produce"], ["tail"], ["enrich"], ["demo"], ["topics"], ["topics", "create"],
    ["broker"], ["broker", "start"], ["broker", "stop"], ["broker", "status"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "main")
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_enrich_command_reads_jsonl_and_writes_enriched_and_dlq(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        orjson.dumps(
            {"id": "x", "body": "Le conseil municipal a voté mardi un nouveau budget pour les écoles."}
        )
        + b"\nnot json {\n"
    )
    out, dlq = tmp_path / "out.jsonl", tmp_path / "dlq.jsonl"
    result = CliRunner().invoke(main, ["enrich", str(source), "-o", str(out), "--dlq", str(dlq)])
    assert result.exit_code == 0, result.output
    assert "enriched 1" in result.output and "dead-lettered 1" in result.output
    assert orjson.loads(out.read_bytes())["language"]["code"] == "fr"
    assert orjson.loads(dlq.read_bytes())["error"]["code"] == "empty_body"


def test_bad_env_setting_is_one_line_and_exit_1(monkeypatch):
    monkeypatch.setenv("WIRESTREAM_PARTITIONS", "lots")
    result = CliRunner().invoke(main, ["topics", "create"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: invalid setting partitions='lots' (from env WIRESTREAM_PARTITIONS): use a whole number\n"
    )
