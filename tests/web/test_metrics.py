"""PipelineMetrics and the dashboard's live aggregate, without Kafka."""

from __future__ import annotations

import orjson
from prometheus_client.parser import text_string_to_metric_families

from streams import __version__
from streams.core.claims import COMPILED
from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher
from streams.ops.firehose import read_articles, sample_paths
from streams.web.live import LiveAggregate, RollingCounter
from streams.web.metrics import PipelineMetrics


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def run_sample(metrics: PipelineMetrics) -> None:
    """Feed the metrics exactly as the agents do, from the sample firehose."""
    enricher = Enricher(max_record_bytes=1 << 20, language_sample_chars=2000, on_stage=metrics.observe_stage)
    desk = StoryDesk.in_memory(72 * 3600)
    for _key, value in read_articles(sample_paths()):
        metrics.consumed()
        try:
            prepared = enricher.prepare(value, received_at=1_000_000.0)
        except Exception as rejected:
            metrics.dead_letter(
                getattr(rejected, "code", "stage_failed"), getattr(rejected, "stage", "ingest")
            )
            continue
        metrics.judged(prepared, desk.judge(prepared))


def test_rolling_counter_series_and_rate():
    clock = Clock()
    counter = RollingCounter(window=60, clock=clock)
    counter.add(3)
    clock.now += 4
    counter.add(2)
    assert counter.series(step=5)[-1] == 5 or counter.series(step=5)[-2:] == [3, 2]
    assert sum(counter.series(step=5)) == 5 and len(counter.series(step=5)) == 12
    assert counter.rate(10) == 0.5
    clock.now += 120
    assert sum(counter.series(step=5)) == 0 and counter.total == 5


def test_live_aggregate_from_the_sample():
    clock = Clock()
    metrics = PipelineMetrics(live=LiveAggregate(clock=clock))
    run_sample(metrics)
    metrics.lag([("articles.raw", 0, 7), ("articles.raw", 1, 0)])
    clock.now += 2
    metrics.lag([("articles.raw", 0, 3), ("articles.raw", 1, 0)])
    snapshot = metrics.live.snapshot(worker="test")
    orjson.dumps(snapshot)  # JSON-ready
    totals = snapshot["totals"]
    assert totals["consumed"] == 44 and totals["enriched"] == 40 and totals["dead_lettered"] == 4
    assert totals["originals"] + totals["duplicates"] == 40 and totals["duplicates"] > 0
    assert snapshot["rates"]["consumed_per_s"] == 4.4
    assert sum(snapshot["throughput"]["consumed"]) == 44
    stories = snapshot["stories"]
    assert stories[0]["copies"] >= stories[-1]["copies"] and stories[0]["copies"] >= 2
    assert {"title", "sources", "first_source", "first_seen_at"} <= set(stories[0])
    assert snapshot["claims"] and all(claim["speaker"] for claim in snapshot["claims"])
    assert snapshot["languages"][0]["code"] == "en"
    assert {row["code"] for row in snapshot["dlq"]} == {
        "malformed_json",
        "empty_body",
        "wrong_type",
        "missing_body",
    }
    assert snapshot["lag"][0] == {"topic": "articles.raw", "partition": 0, "lag": 3, "history": [7, 3]}


def test_stories_age_out_of_the_top_list():
    clock = Clock()
    metrics = PipelineMetrics(live=LiveAggregate(window=60, clock=clock))
    run_sample(metrics)
    assert metrics.live.top_stories()
    clock.now += 61
    assert metrics.live.top_stories() == []


def test_exposition_parses_as_prometheus_text():
    metrics = PipelineMetrics()
    run_sample(metrics)
    metrics.lag([("articles.raw", 0, 5)])
    families = {f.name: f for f in text_string_to_metric_families(metrics.exposition().decode())}
    assert {
        "wirestream_stage_seconds",
        "wirestream_articles_in",
        "wirestream_articles_out",
        "wirestream_dead_letters",
        "wirestream_articles_by_language",
        "wirestream_claims_per_article",
        "wirestream_consumer_lag",
    } <= set(families)
    lag = families["wirestream_consumer_lag"].samples
    assert [(s.labels, s.value) for s in lag] == [({"topic": "articles.raw", "partition": "0"}, 5.0)]
    metrics.lag([])  # a revoked partition disappears
    families = {f.name: f for f in text_string_to_metric_families(metrics.exposition().decode())}
    assert families["wirestream_consumer_lag"].samples == []


def test_build_info_names_the_version_and_the_claims_core():
    families = {f.name: f for f in text_string_to_metric_families(PipelineMetrics().exposition().decode())}
    (sample,) = families["wirestream_build_info"].samples
    assert sample.name == "wirestream_build_info" and sample.value == 1.0
    assert sample.labels == {"version": __version__, "claims_core": "compiled" if COMPILED else "pure"}


def test_unchecked_articles_and_updates_are_counted():
    metrics = PipelineMetrics()
    enricher = Enricher(max_record_bytes=1 << 20, language_sample_chars=2000)
    desk = StoryDesk.in_memory(3600)
    body = "The ferry council approved the new harbour timetable on Monday after a long debate."

    def judge(fields: dict, received_at: float) -> None:
        prepared = enricher.prepare(orjson.dumps(fields), received_at=received_at)
        metrics.judged(prepared, desk.judge(prepared))

    judge({"id": "a", "body": body}, 10_000.0)
    judge({"id": "a", "body": body + " The first boat sails in May."}, 10_001.0)  # an update
    judge({"id": "old", "body": "A quite different story about a library opening late."}, 1_000.0)  # late
    judge({"id": "blank", "body": "* * *"}, 10_002.0)  # no story text
    families = {f.name: f for f in text_string_to_metric_families(metrics.exposition().decode())}
    unchecked = {s.labels["reason"]: s.value for s in families["wirestream_dedup_unchecked"].samples}
    assert unchecked == {"arrived_late": 1.0, "no_story_text": 1.0}
    out = {s.labels["status"]: s.value for s in families["wirestream_articles_out"].samples}
    assert out == {"original": 1.0, "update": 1.0, "unchecked": 2.0}
    snapshot = metrics.live.snapshot()
    assert (snapshot["totals"]["unchecked"], snapshot["totals"]["updates"]) == (2, 1)
    assert snapshot["unchecked"] == [
        {"reason": "arrived_late", "count": 1},
        {"reason": "no_story_text", "count": 1},
    ]


def test_table_store_sample_replaces_the_last_and_process_memory_is_exposed():
    metrics = PipelineMetrics()
    metrics.table_stores([("index", 0, "memtables", 4096), ("index", 1, "block_cache", 128)])
    metrics.table_stores([("stories", 0, "memtables", 2048)])  # partitions moved away: dropped
    families = {f.name: f for f in text_string_to_metric_families(metrics.exposition().decode())}
    samples = [(s.labels, s.value) for s in families["wirestream_table_store_bytes"].samples]
    assert samples == [({"table": "stories", "partition": "0", "kind": "memtables"}, 2048.0)]
    assert families["process_resident_memory_bytes"].samples[0].value > 0
