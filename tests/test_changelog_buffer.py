"""The tuned changelog buffer: a commit's flush waits for what was queued before it, and no longer."""

from __future__ import annotations

import asyncio

from faust.transport.producer import ProducerBuffer

from streams.changelog_buffer import CHANGELOG_BUFFER_MESSAGES, flush_queued, tune


class Buffer:
    """The parts of Faust's ProducerBuffer that a flush touches; ``deliver`` plays the producer."""

    def __init__(self) -> None:
        self.pending: asyncio.Queue = asyncio.Queue()
        self.should_stop = False
        self.handed_over: list[asyncio.Future] = []

    def put(self) -> asyncio.Future:
        record = asyncio.get_running_loop().create_future()
        self.pending.put_nowait(record)
        return record

    async def _send_pending(self, record: asyncio.Future) -> None:
        self.handed_over.append(record)
        record.set_result(None)


def test_flush_returns_once_earlier_records_are_delivered_while_new_ones_keep_coming():
    async def scenario():
        buffer = Buffer()
        earlier = [buffer.put() for _ in range(3)]

        async def busy_judge_and_producer():  # keeps the buffer from ever being empty
            while True:
                buffer.put()
                record = buffer.pending.get_nowait()
                record.set_result(None)
                await asyncio.sleep(0.001)

        traffic = asyncio.create_task(busy_judge_and_producer())
        await asyncio.wait_for(flush_queued(buffer), timeout=5)
        traffic.cancel()
        assert all(record.done() for record in earlier)
        assert buffer.pending.qsize() > 0, "the buffer was never empty: an empty-buffer flush would hang"

    asyncio.run(scenario())


def test_a_stopping_buffer_hands_its_records_over_itself():
    async def scenario():
        buffer = Buffer()
        queued = [buffer.put() for _ in range(4)]
        buffer.should_stop = True  # the background task that hands records over has ended
        await asyncio.wait_for(flush_queued(buffer), timeout=5)
        assert buffer.handed_over == queued

    asyncio.run(scenario())


def test_tune_fits_fausts_buffer():
    async def scenario():
        buffer = ProducerBuffer()
        tune(buffer)
        assert buffer.max_messages == CHANGELOG_BUFFER_MESSAGES
        await asyncio.wait_for(buffer.flush(), timeout=5)  # nothing queued: returns at once

    asyncio.run(scenario())
