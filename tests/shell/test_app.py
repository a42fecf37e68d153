"""The Faust shell's own logic: how records are handed to the producer and what a failed delivery does."""

from __future__ import annotations

import asyncio

from streams.settings import Settings
from streams.shell.app import create_app


class RecordingProducer:
    def __init__(self) -> None:
        self.sent: list[tuple] = []
        self.deliveries: list[asyncio.Future] = []

    async def send(self, topic, key, value, partition, timestamp, headers):
        self.sent.append((topic, key, value, partition, timestamp, headers))
        delivery = asyncio.get_running_loop().create_future()
        self.deliveries.append(delivery)
        return delivery


def topology_with(producer: RecordingProducer):
    app = create_app(Settings(store="memory://", topic_prefix="ws."))
    app.producer = producer
    crashes: list[BaseException] = []

    async def crash(reason: BaseException) -> None:
        crashes.append(reason)

    app.crash = crash
    return app.wirestream, crashes


def test_publish_queues_the_record_on_the_prefixed_topic_without_waiting_for_delivery():
    async def scenario():
        producer = RecordingProducer()
        topology, crashes = topology_with(producer)
        await topology.outputs.publish(topology.enriched, b"article-1", b"{}")
        assert producer.sent == [("ws.articles.enriched", b"article-1", b"{}", None, None, None)]
        producer.deliveries[0].set_result(object())
        await asyncio.sleep(0)
        assert crashes == []

    asyncio.run(scenario())


def test_a_failed_delivery_stops_the_worker_rather_than_committing_past_it():
    async def scenario():
        producer = RecordingProducer()
        topology, crashes = topology_with(producer)
        await topology.outputs.publish(topology.claims, b"claim", b"{}")
        error = RuntimeError("broker refused the batch")
        producer.deliveries[0].set_exception(error)
        for _ in range(3):
            await asyncio.sleep(0)
        assert crashes == [error]

    asyncio.run(scenario())


def test_the_worker_moves_its_start_up_heap_out_of_the_gcs_scans():
    import gc

    from streams.core import language
    from streams.shell.app import freeze_startup_heap

    try:
        freeze_startup_heap()
        assert gc.get_freeze_count() > 10_000  # the modules, Faust's and aiokafka's objects among them
        assert len(gc.get_objects(generation=2)) < 1_000
    finally:
        gc.unfreeze()
    profiles = language._profiles  # loaded before the freeze; rows of floats the GC does not track
    assert profiles is not None
    rows = next(iter(profiles.by_script.values())).word_lang_prob_map.values()
    assert not any(gc.is_tracked(row) for row in rows)


def test_a_partitions_batch_holds_many_enriched_records_before_a_send_waits():
    # aiokafka lets one produce request per broker fly; a full batch makes the next send wait for it
    app = create_app(Settings(store="memory://"))
    enriched_record_bytes = 6_000  # an enriched ~2 KB article with its claims
    assert app.conf.producer_max_batch_size >= 32 * enriched_record_bytes
