"""A record that makes an enrichment stage raise goes to the DLQ with the stage and the error, and the
records after it (same partition) are processed."""

from __future__ import annotations

import base64
from pathlib import Path

import orjson
import pytest

from streams.testing.corpus import fake_story
from tests.faults.corpus import Input
from tests.faults.harness import Worker, read_outputs, send_inputs, settle
from tests.faults.poison_worker import CLAIMS_ERROR, CLAIMS_TRAP, DEDUP_ERROR, DEDUP_TRAP

pytestmark = pytest.mark.kafka


def test_a_stage_that_raises_dead_letters_the_record_and_the_next_one_is_processed(
    pipeline_settings, workers, schemas, report
):
    settings = pipeline_settings
    inputs = []
    for i in range(30):
        if i % 10 == 3:
            article_id, body = f"claims-trap-{i}", f"{fake_story(9000 + i)} {CLAIMS_TRAP}"
        elif i % 10 == 7:
            article_id, body = f"{DEDUP_TRAP}{i}", fake_story(9000 + i)
        else:
            article_id, body = f"fine-{i}", fake_story(9000 + i)
        value = orjson.dumps({"id": article_id, "source": "Testwire", "body": body})
        inputs.append(Input(i, 0, value, article_id))  # one partition: the next record really is next
    sent = send_inputs(settings, inputs)
    worker = Worker(settings, Path(settings.data_dir), module="tests.faults.poison_worker").start()
    workers.append(worker)
    settle(settings, len(inputs), timeout=120, workers=[worker])
    worker.assert_alive()

    outputs = read_outputs(settings)
    enriched = {key.decode(): value for key, value in outputs.records["articles.enriched"]}
    dead = {dead_article_id(record): record for _, record in outputs.records["articles.dlq"]}
    assert set(enriched) == {f"fine-{i}" for i in range(30) if i % 10 not in (3, 7)}
    assert set(dead) == {f"claims-trap-{i}" for i in (3, 13, 23)} | {f"{DEDUP_TRAP}{i}" for i in (7, 17, 27)}
    for article_id, record in dead.items():
        schemas.validate("articles.dlq", record)
        if article_id.startswith("claims-trap"):
            assert record["error"]["stage"] == "claims" and record["error"]["code"] == "stage_failed"
            assert (
                CLAIMS_ERROR in record["error"]["reason"] and "ZeroDivisionError" in record["error"]["reason"]
            )
            assert record["origin"]["topic"] == settings.topic("articles.raw")
            index = int(article_id.rsplit("-", 1)[1])
            assert record["origin"]["offset"] == sent[index].offset
        else:
            assert record["error"]["stage"] == "dedup" and record["error"]["code"] == "stage_failed"
            assert DEDUP_ERROR in record["error"]["reason"] and "KeyError" in record["error"]["reason"]
            assert record["origin"]["topic"] == settings.topic("articles.fingerprints")
    report.update(sent=len(inputs), enriched=len(enriched), dead_lettered=len(dead))


def dead_article_id(record: dict) -> str:
    """The article id inside a DLQ record's original value (a raw article, or a prepared one)."""
    value = orjson.loads(base64.b64decode(record["value_b64"]))
    return value["id"] if "id" in value else value["article"]["id"]
