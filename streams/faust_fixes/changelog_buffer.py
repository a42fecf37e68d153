"""Table changelog records, handed to the producer by the judge itself, in order, right after each article.

Upstream: faust-streaming #173 (open: "producer buffer full" under table writes).

A table assignment cannot await, so Faust queues its changelog record in the producer's buffer, and a
background task hands the records over one at a time. Under a busy judge that goes wrong twice:

* the buffer pauses every stream once it holds more than ``max_messages`` and then drains itself one
  record per event-loop turn — latency spikes of a second at half load;
* its ``flush``, awaited before every offset commit, returns only when the buffer is *empty* — which,
  with the judge writing continuously, it never is: offsets stopped moving for as long as the load
  lasted, and a ``kill -9`` replayed 7,656 of 10,000 articles.

:class:`OutboxProducer` (through :func:`install`) gives the buffer an :class:`Outbox` instead: table
writes land in it, the judge hands them over with :meth:`Outbox.hand_over` after each article (so the
buffer never grows), and a commit's flush hands over whatever is left first. One drainer at a time,
first in first out: a key's changelog records reach the producer in the order they were written, which
is what a restore replays.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from faust.transport.drivers.aiokafka import Producer as AIOKafkaProducer


class Outbox:
    """Changelog records (Faust ``FutureMessage``) waiting to be handed to the producer."""

    def __init__(self) -> None:
        self.queued: deque[Any] = deque()
        self.lock = asyncio.Lock()

    def put(self, record: Any) -> None:
        """Called by Faust for every table write (``ProducerBuffer.put``'s place)."""
        self.queued.append(record)

    def __len__(self) -> int:
        return len(self.queued)

    async def hand_over(self) -> None:
        """Give every queued record to the producer, oldest first; the producer batches and sends them."""
        async with self.lock:
            while self.queued:
                record = self.queued.popleft()
                try:
                    await record.message.channel.publish_message(record, wait=False)
                except BaseException:
                    self.queued.appendleft(record)  # still owed: the next flush tries again
                    raise


def install(buffer: Any) -> Outbox:
    """Route a ``faust.transport.producer.ProducerBuffer``'s records through an outbox (idempotent).

    The producer's flush (before each commit) first awaits ``buffer.flush``, then the Kafka producer's
    own flush: handing the outbox over in ``buffer.flush`` puts every record written for the offsets
    being committed on the broker before they are committed.
    """
    outbox = getattr(buffer, "outbox", None)
    if outbox is None:
        outbox = buffer.outbox = Outbox()
        buffer.put = outbox.put
        buffer.flush = outbox.hand_over
    return outbox


class OutboxProducer(AIOKafkaProducer):
    """Faust's aiokafka producer whose buffer routes table changelog records through an :class:`Outbox`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.app.conf.producer_threaded:
            raise RuntimeError("the changelog outbox does not support producer_threaded")
        self.outbox = install(self.buffer)
