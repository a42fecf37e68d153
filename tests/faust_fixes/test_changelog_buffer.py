"""The changelog outbox: table writes reach the producer in order; a flush never waits on the load."""

from __future__ import annotations

import asyncio

import pytest
from faust.transport.producer import ProducerBuffer

from streams.faust_fixes.changelog_buffer import Outbox, install


class Channel:
    """Stands in for a changelog topic: records what the producer was given, optionally failing once."""

    def __init__(self, fail_first: bool = False) -> None:
        self.published: list[str] = []
        self.fail_next = fail_first

    async def publish_message(self, record, wait=False):
        await asyncio.sleep(0)  # the producer may yield: a second drainer must not overtake
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("producer not ready")
        self.published.append(record.message.name)


class Record:
    def __init__(self, channel: Channel, name: str) -> None:
        self.message = type("Message", (), {"channel": channel, "name": name})()


def test_records_reach_the_producer_in_write_order_even_with_two_drainers():
    async def scenario():
        channel, outbox = Channel(), Outbox()
        for i in range(50):
            outbox.put(Record(channel, f"story-1 v{i}"))
        await asyncio.gather(outbox.hand_over(), outbox.hand_over())  # judge and a commit's flush
        assert channel.published == [f"story-1 v{i}" for i in range(50)]
        assert len(outbox) == 0

    asyncio.run(scenario())


def test_a_failed_hand_over_keeps_the_record_for_the_next_flush():
    async def scenario():
        channel, outbox = Channel(fail_first=True), Outbox()
        outbox.put(Record(channel, "a"))
        outbox.put(Record(channel, "b"))
        with pytest.raises(RuntimeError):
            await outbox.hand_over()
        assert len(outbox) == 2
        await outbox.hand_over()
        assert channel.published == ["a", "b"]

    asyncio.run(scenario())


def test_installed_on_fausts_buffer_table_writes_skip_its_queue_and_flush_hands_them_over():
    async def scenario():
        buffer = ProducerBuffer()
        outbox = install(buffer)
        assert install(buffer) is outbox
        channel = Channel()
        buffer.put(Record(channel, "index entry"))
        assert buffer.pending.qsize() == 0, "Faust's queue stays empty: it never pauses the streams"
        await asyncio.wait_for(buffer.flush(), timeout=5)
        assert channel.published == ["index entry"]

    asyncio.run(scenario())
