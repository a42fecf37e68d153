"""Updates (#13 item 6) around a kill -9: the same ids re-sent with changed bodies, and re-sent as they
were. Every version gets one verdict — the one `wirestream enrich` gives it — however often the crash
makes the worker judge it; an update is `update` in its story, and nothing is a duplicate of itself."""

from __future__ import annotations

import os
import random
from collections import defaultdict
from pathlib import Path

import orjson
import pytest

from streams.ops.batch import enrich_lines
from tests.faults.corpus import Input, corpus
from tests.faults.harness import Worker, read_outputs, send_inputs, settle, wait_for_output

ARTICLES = int(os.environ.get("WIRESTREAM_FAULTS_UPDATE_ARTICLES", "3000"))

pytestmark = pytest.mark.kafka


def with_updates(inputs: list[Input], seed: int = 13) -> list[Input]:
    """After the corpus: ~15 % of its articles again with a changed body, ~5 % again unchanged, each on
    its first version's raw partition (so after it), shuffled among themselves."""
    rng = random.Random(seed)
    extra = []
    for item in inputs:
        if item.article_id is None:
            continue
        roll = rng.random()
        if roll < 0.15:
            fields = orjson.loads(item.value)
            fields["body"] += f" Updated: the council will meet again on day {rng.randint(1, 28)} to vote."
            extra.append(Input(0, item.partition, orjson.dumps(fields), item.article_id))
        elif roll < 0.20:
            extra.append(Input(0, item.partition, item.value, item.article_id))
    rng.shuffle(extra)
    return inputs + [Input(len(inputs) + n, e.partition, e.value, e.article_id) for n, e in enumerate(extra)]


def version_key(record: dict) -> tuple[str, str]:
    return record["id"], record["body"]


def verdict(record: dict) -> dict:
    return {k: v for k, v in record["dedup"].items() if k != "event_time"}  # event time = arrival here


@pytest.mark.timeout(600)
def test_updates_and_resends_around_a_kill_9_get_the_batch_verdicts(pipeline_settings, workers, report):
    settings = pipeline_settings
    inputs = with_updates(corpus(ARTICLES, partitions=settings.partitions, prefix="u", sentences=2, seed=13))
    send_inputs(settings, inputs)
    expected = {
        version_key(record): verdict(record)
        for ok, record in enrich_lines((item.value for item in inputs if item.value.strip()), settings)
        if ok
    }
    statuses = defaultdict(int)
    for value in expected.values():
        statuses[value["status"]] += 1
    assert statuses["update"] >= ARTICLES // 10 and statuses["duplicate"] > 0

    state = Path(settings.data_dir)
    worker = Worker(settings, state).start()
    workers.append(worker)
    killed_at = wait_for_output(settings, int(len(inputs) * 0.5), timeout=300, workers=[worker])
    worker.kill9()
    restarted = Worker(settings, state).start()  # same state dir: RocksDB as the crash left it
    workers.append(restarted)
    settle(settings, len(inputs), timeout=400, workers=[restarted])

    seen: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for _, record in read_outputs(settings).records["articles.enriched"]:
        seen[version_key(record)].append(verdict(record))
    missing = [key for key in expected if key not in seen]
    differing = [key for key, got in seen.items() if any(v != expected.get(key) for v in got)]
    itself = [key for key, got in seen.items() if any(v["duplicate_of"] == key[0] for v in got)]
    report.update(
        records=len(inputs),
        versions=len(expected),
        updates=statuses["update"],
        killed_after=killed_at,
        judged_again=sum(len(v) - 1 for v in seen.values()),
        missing=len(missing),
        differing=len(differing),
        duplicates_of_themselves=len(itself),
    )
    assert not missing, missing[:5]
    assert not differing, [(key[0], seen[key], expected.get(key)) for key in differing[:3]]
    assert not itself, itself[:5]
    assert "Traceback" not in restarted.log(), restarted.log()[-3000:]
