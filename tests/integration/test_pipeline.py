"""The pipeline on the real broker: accounting, schemas, restart, CLI round trip."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter

import orjson

from streams.core.article import parse_article
from streams.testing.corpus import article, fake_story
from tests.integration.harness import WorkerProcess, collect, send

BAD_RECORDS = [
    (b"{not json at all", "malformed_json"),
    (b"\xff\xfe\xfa binary", "not_utf8"),
    (orjson.dumps({"title": "no body"}), "missing_body"),
    (orjson.dumps({"body": "   "}), "empty_body"),
    (orjson.dumps({"body": 12345}), "wrong_type"),
    (orjson.dumps({"body": "ok", "published_at": "last Tuesday"}), "bad_timestamp"),
    (b"[1, 2, 3]", "not_an_object"),
    (b"", "empty_record"),
]


def mixed_records(count: int, settings) -> tuple[list, dict[int, str]]:
    """``count`` records, about one in five invalid; returns the records and index → expected DLQ code."""
    rng = random.Random(7)
    records, bad = [], {}
    for i in range(count):
        roll = rng.random()
        if roll < 0.2:
            value, code = BAD_RECORDS[i % len(BAD_RECORDS)]
            bad[i] = code
        elif roll < 0.21:
            value, bad[i] = b'{"body": "' + b"x" * (settings.max_record_bytes + 10) + b'"}', "too_large"
        elif roll < 0.3:
            value = f"Headline number {i}\n{fake_story(i)}".encode()  # plain text, derived id
        else:
            value = article(f"mixed-{i}", fake_story(i), source="Testwire", title=f"Story {i}")
        records.append((None, value, i % settings.partitions))
    return records, bad


def test_every_input_offset_yields_one_enriched_or_dead_letter(pipeline_settings, workers, schemas):
    settings = pipeline_settings
    records, bad = mixed_records(1000, settings)
    workers.append(WorkerProcess(settings, tmp_dir(settings)).start())
    sent = send(settings, records)

    outputs = collect(
        settings, lambda o: len(o.values("articles.enriched")) + len(o.values("articles.dlq")) >= 1000
    )
    workers[0].assert_alive()

    enriched_ids = Counter(record["id"] for record in outputs.values("articles.enriched"))
    dlq_origins = Counter(
        (record["origin"]["partition"], record["origin"]["offset"])
        for record in outputs.values("articles.dlq")
    )
    expected_ids = Counter(
        parse_article(s.value, max_bytes=settings.max_record_bytes).id
        for i, s in enumerate(sent)
        if i not in bad
    )
    assert enriched_ids == expected_ids  # every valid input exactly once
    assert dlq_origins == Counter(
        (sent[i].partition, sent[i].offset) for i in bad
    )  # every invalid exactly once
    codes = {
        (r["origin"]["partition"], r["origin"]["offset"]): r["error"]["code"]
        for r in outputs.values("articles.dlq")
    }
    assert {i: codes[(sent[i].partition, sent[i].offset)] for i in bad} == bad
    assert sum(enriched_ids.values()) + sum(dlq_origins.values()) == 1000

    for topic, records_on_topic in outputs.records.items():
        for _, value in records_on_topic:
            schemas.validate(topic, value)
    assert (
        outputs.values("stories")
        and outputs.values("articles.unique")
        and outputs.values("articles.fingerprints")
    )


def test_restart_resumes_from_committed_offsets(pipeline_settings, workers):
    settings = pipeline_settings
    first = [(None, article(f"r1-{i}", fake_story(1000 + i)), None) for i in range(40)]
    second = [(None, article(f"r2-{i}", fake_story(2000 + i)), None) for i in range(40)]
    worker = WorkerProcess(settings, tmp_dir(settings)).start()
    workers.append(worker)
    send(settings, first)
    collect(
        settings,
        lambda o: len(o.values("articles.enriched")) >= 40,
        topics=("articles.enriched",),
        workers=(worker,),
    )
    worker.stop()

    send(settings, second)
    workers.append(WorkerProcess(settings, tmp_dir(settings)).start())
    outputs = collect(
        settings, lambda o: len(o.values("articles.enriched")) >= 80, topics=("articles.enriched",)
    )
    ids = Counter(record["id"] for record in outputs.values("articles.enriched"))
    assert set(ids) == {f"r1-{i}" for i in range(40)} | {f"r2-{i}" for i in range(40)}
    assert max(ids.values()) == 1, "a graceful restart must not re-process committed articles"


def test_cli_produce_worker_tail_round_trip(pipeline_settings, workers, tmp_path):
    settings = pipeline_settings
    source = tmp_path / "firehose.jsonl"
    source.write_bytes(b"\n".join(article(f"cli-{i}", fake_story(3000 + i), source="CLI") for i in range(12)))
    workers.append(WorkerProcess(settings, tmp_dir(settings)).start())
    common = [
        sys.executable,
        "-m",
        "streams.ops.cli",
        "-b",
        settings.bootstrap_servers,
        "--topic-prefix",
        settings.topic_prefix,
    ]
    produced = subprocess.run([*common, "produce", str(source)], capture_output=True, text=True, timeout=60)
    assert produced.returncode == 0, produced.stderr
    assert "sent 12 records" in produced.stderr
    tailed = subprocess.run(
        [*common, "tail", "articles.enriched", "--json", "--limit", "12", "--idle-timeout", "90"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert tailed.returncode == 0, tailed.stderr
    records = [orjson.loads(line) for line in tailed.stdout.splitlines()]
    assert sorted(r["id"] for r in records) == sorted(f"cli-{i}" for i in range(12))
    assert all(r["language"]["code"] == "en" for r in records)
    readable = subprocess.run(
        [*common, "tail", "articles.enriched", "--limit", "1", "--idle-timeout", "30"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "original" in readable.stdout


def tmp_dir(settings):
    from pathlib import Path

    return Path(settings.data_dir)
