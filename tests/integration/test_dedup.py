"""Dedup on the real broker: scale-out, restart from the changelog, redelivery, batch == stream."""

from __future__ import annotations

import orjson

from streams.ops.batch import enrich_lines
from streams.testing.corpus import article, fake_story, rewrap, trim_half
from tests.integration.harness import WorkerProcess, collect, send, wait_until_ready

STORIES = 12
OUTLETS = ("Coastline Press", "Valley Times", "Northern Ledger")


def originals(seed: int = 500) -> list[tuple[str, bytes]]:
    return [
        (f"wire-{s}", article(f"wire-{s}", fake_story(seed + s, sentences=8), source="Wirestream News"))
        for s in range(STORIES)
    ]


def copies(seed: int = 500) -> list[tuple[str, bytes]]:
    made = []
    for s in range(STORIES):
        body = fake_story(seed + s, sentences=8)
        variants = (rewrap(body, OUTLETS[0]), trim_half(body), rewrap(trim_half(body), OUTLETS[2]))
        for c, (outlet, text) in enumerate(zip(OUTLETS, variants, strict=True)):
            made.append(
                (f"copy-{s}-{c}", article(f"copy-{s}-{c}", text, source=outlet, title=f"{outlet} {s}"))
            )
    return made


def on_partitions(records: list[tuple[str, bytes]], shift: int, partitions: int) -> list:
    """Spread records over partitions so that copies of one story land on different partitions."""
    return [(None, value, (i + shift) % partitions) for i, (_, value) in enumerate(records)]


def enriched_count(n: int):
    return lambda outputs: len(outputs.values("articles.enriched")) >= n


def verdicts(records: list[dict]) -> dict[str, tuple]:
    return {
        r["id"]: (r["dedup"]["status"], r["dedup"]["story_id"], r["dedup"]["duplicate_of"]) for r in records
    }


def batch_verdicts(values: list[bytes], settings) -> dict[str, tuple]:
    return verdicts([record for ok, record in enrich_lines(values, settings) if ok])


def test_two_workers_on_four_partitions_give_the_verdicts_of_one_batch_run(pipeline_settings, workers):
    settings = pipeline_settings
    workers.extend(WorkerProcess(settings, _state(settings), f"worker-{n}").start() for n in range(2))
    wait_until_ready(*workers)
    first, second = originals(), copies()
    send(settings, on_partitions(first, 0, settings.partitions))
    collect(settings, enriched_count(len(first)), topics=("articles.enriched",), workers=tuple(workers))
    send(settings, on_partitions(second, 1, settings.partitions))
    outputs = collect(settings, enriched_count(len(first) + len(second)), workers=tuple(workers))

    stream = verdicts(outputs.values("articles.enriched"))
    assert len(stream) == len(first) + len(second)
    for s in range(STORIES):
        story_id = stream[f"wire-{s}"][1]
        assert stream[f"wire-{s}"] == ("original", story_id, None)
        for c in range(len(OUTLETS)):
            assert stream[f"copy-{s}-{c}"] == ("duplicate", story_id, f"wire-{s}")
    assert stream == batch_verdicts([value for _, value in first + second], settings)

    stories = outputs.by_key("stories")
    assert len(stories) == STORIES
    assert {story["copies"] for story in stories.values()} == {1 + len(OUTLETS)}
    unique_ids = {record["id"] for record in outputs.values("articles.unique")}
    assert unique_ids == {f"wire-{s}" for s in range(STORIES)}


def test_a_new_worker_restores_the_index_from_the_changelog(pipeline_settings, workers):
    settings = pipeline_settings
    first = WorkerProcess(settings, _state(settings), "before").start()
    workers.append(first)
    send(settings, on_partitions(originals(900), 0, settings.partitions))
    collect(settings, enriched_count(STORIES), topics=("articles.enriched",), workers=(first,))
    first.kill()  # no graceful shutdown; the replacement starts with an empty state directory

    replacement = WorkerProcess(settings, _state(settings), "after").start()
    workers.append(replacement)
    wait_until_ready(replacement)  # this test is about the changelog; crashes mid-run are in tests/faults
    send(settings, on_partitions(copies(900), 1, settings.partitions))
    outputs = collect(settings, enriched_count(STORIES * (1 + len(OUTLETS))), workers=(replacement,))
    stream = verdicts(outputs.values("articles.enriched"))
    for s in range(STORIES):
        for c in range(len(OUTLETS)):
            assert stream[f"copy-{s}-{c}"][2] == f"wire-{s}", (
                "copies must match originals judged before the crash"
            )
        assert stream[f"wire-{s}"][0] == "original"
    assert "dedup index rebuilt" in replacement.log()


def test_redelivered_article_gets_the_same_verdict_never_a_copy_of_itself(pipeline_settings, workers):
    settings = pipeline_settings
    workers.append(WorkerProcess(settings, _state(settings)).start())
    (article_id, value), *_ = originals(1300)
    copy_value = article(
        "late-copy", rewrap(orjson.loads(value)["body"], "Valley Times"), source="Valley Times"
    )
    send(settings, [(None, value, 0)])  # the original first: copies racing it on other partitions
    collect(settings, enriched_count(1), topics=("articles.enriched",), workers=tuple(workers))
    send(settings, [(None, value, 1), (None, copy_value, 2), (None, value, 3)])
    outputs = collect(settings, enriched_count(4), workers=tuple(workers))
    records = outputs.values("articles.enriched")
    again = [verdicts([r])[article_id] for r in records if r["id"] == article_id]
    assert len(again) == 3 and len(set(again)) == 1
    assert again[0][0] == "original" and again[0][2] is None
    assert verdicts(records)["late-copy"][2] == article_id
    story = outputs.by_key("stories")[again[0][1]]
    assert story["copies"] == 2, "redelivery must not count as a new copy"


def _state(settings):
    from pathlib import Path

    return Path(settings.data_dir)
