"""Faust's table-changelog buffer, tuned so that commits keep up with a busy judge.

A table assignment cannot await, so Faust queues its changelog record in the producer's buffer and a
background task hands the records to the producer one by one. Two of the buffer's defaults hurt here:

* it pauses every stream as soon as it holds more than 100 records (a few articles' worth);
* ``flush`` — awaited before every offset commit — returns only when the buffer is *empty*. While the
  judge keeps writing tables, the buffer rarely is, so the commit waits for as long as the load lasts:
  offsets stop moving, and a crash replays everything since the last quiet moment.

:func:`tune` raises the pause threshold and makes ``flush`` wait for the records queued *before* it was
called — exactly the ones that belong to the offsets being committed (the buffer is first in, first out).
"""

from __future__ import annotations

import asyncio
from types import MethodType
from typing import Any

#: Changelog records the buffer holds before the streams pause to drain it (Faust: 100).
CHANGELOG_BUFFER_MESSAGES = 2000
#: How often a waiting flush checks whether the buffer is stopping.
FLUSH_POLL_SECONDS = 0.5


def tune(buffer: Any) -> None:
    """Apply both changes to a ``faust.transport.producer.ProducerBuffer`` (idempotent)."""
    buffer.max_messages = CHANGELOG_BUFFER_MESSAGES
    buffer.flush = MethodType(flush_queued, buffer)


async def flush_queued(buffer: Any) -> None:
    """Wait until every record queued so far has been delivered; records queued meanwhile do not count.

    Each queued record is a Faust ``FutureMessage``, resolved once the producer has delivered it (or
    failed to). The record the background task may be handing over right now was queued earlier
    still, so it reached the producer first: the producer's own flush, which follows, covers it.
    Once the buffer is stopping its background task hands nothing over any more, so this does.
    """
    waiting = set(buffer.pending._queue)
    while waiting:
        if buffer.should_stop:
            while not buffer.pending.empty():
                await buffer._send_pending(buffer.pending.get_nowait())
        _, waiting = await asyncio.wait(waiting, timeout=FLUSH_POLL_SECONDS)
