"""`wirestream enrich --jobs N`: the stateless stages in N processes, the same output as one job."""

import io
import re

import orjson
import pytest

from streams.ops.batch import enrich_stream
from streams.ops.parallel import CHUNK_LINES, prepared_lines
from streams.ops.progress import Progress
from streams.settings import Settings
from streams.testing.corpus import article, fake_story, rewrap, trim_half

PROCESSED_AT = re.compile(rb'"processed_at":"[^"]*"')


def firehose(count: int) -> list[bytes]:
    """Generated originals, their cross-posts and a few lines that must be dead-lettered."""
    lines = []
    for i in range(count):
        if i % 7 == 3:
            lines.append(b"{not json")
        elif i % 11 == 5:
            lines.append(b"   ")
        elif i % 4 == 1 and i > 4:
            original = fake_story(i - 1)
            lines.append(article(f"copy-{i}", rewrap(trim_half(original)), source="Local"))
        else:
            lines.append(article(f"story-{i}", fake_story(i), source="Wire"))
    return [line + b"\n" for line in lines]


def run(lines: list[bytes], jobs: int) -> tuple[bytes, bytes]:
    out, dlq = io.BytesIO(), io.BytesIO()
    enrich_stream(
        lines, out, dlq, Settings.from_env({}), source_name="in.jsonl", jobs=jobs, clock=lambda: 1.8e9
    )
    return out.getvalue(), dlq.getvalue()


def test_two_jobs_write_the_same_bytes_as_one_except_processed_at():
    lines = firehose(3 * CHUNK_LINES + 17)  # several chunks, the last one short
    one, one_dlq = run(lines, jobs=1)
    two, two_dlq = run(lines, jobs=2)
    assert PROCESSED_AT.sub(b"", two) == PROCESSED_AT.sub(b"", one)
    records = [orjson.loads(line) for line in one.splitlines()]
    assert len(records) > 2 * CHUNK_LINES
    assert sum(r["dedup"]["status"] == "duplicate" for r in records) > 10  # the judge saw the copies
    failed = [(d["origin"]["offset"], d["error"]["code"]) for d in map(orjson.loads, one_dlq.splitlines())]
    assert failed == [
        (d["origin"]["offset"], d["error"]["code"]) for d in map(orjson.loads, two_dlq.splitlines())
    ]
    assert failed and all(code == "malformed_json" for _, code in failed)


def test_lines_come_back_numbered_in_input_order():
    lines = firehose(2 * CHUNK_LINES)
    numbers = [line.number for line in prepared_lines(lines, Settings.from_env({}), jobs=3)]
    expected = [n for n, line in enumerate(lines, start=1) if line.strip()]
    assert numbers == expected


def test_jobs_must_be_positive():
    with pytest.raises(ValueError):
        list(prepared_lines([b"{}"], Settings.from_env({}), jobs=0))


def test_progress_shows_rate_and_eta_by_bytes():
    progress = Progress("enrich", unit="articles", total_bytes=1000)
    progress.stream, progress.interactive = io.StringIO(), True
    progress.started -= 10  # ten seconds in
    for _ in progress.wrap_lines([b"x" * 250]):
        pass
    progress._show()
    shown = progress.stream.getvalue()
    assert "25%" in shown and "articles" in shown and "/s" in shown
    assert "ETA 30.0s" in shown


def test_enrich_command_takes_jobs(tmp_path):
    from click.testing import CliRunner

    from streams.ops.cli import main

    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(firehose(40)))
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = CliRunner().invoke(main, ["enrich", str(source), "-o", str(out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
        outputs.append([(r["id"], r["dedup"]["status"], r["dedup"]["duplicate_of"]) for r in records])
    assert outputs[0] == outputs[1] and len(outputs[0]) > 30
