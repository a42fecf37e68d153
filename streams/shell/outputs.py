"""Where the agents' records go: straight to Faust's producer, and a failed delivery stops the worker."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol, cast

import faust

log = logging.getLogger(__name__)


class Outputs(Protocol):
    """What the agents publish to (the producer in a worker; lists in :mod:`streams.testing`)."""

    async def publish(self, topic: str, key: bytes | None, value: bytes) -> None: ...


class ProducerOutputs:
    """Queue each record on the app's producer, skipping Faust's per-message channel machinery.

    Faust flushes the producer before it commits the source offsets, so a record queued while its
    source event is being processed is on the broker before that event counts as done. A delivery that
    still fails after the producer's retries stops the worker instead of committing past it.
    """

    def __init__(self, app: faust.App) -> None:
        self.app = app
        self.crashing: asyncio.Future[None] | None = None  # set when a delivery failed

    async def publish(self, topic: str, key: bytes | None, value: bytes) -> None:
        delivery = await self.app.producer.send(topic, key, value, None, None, None)
        cast("asyncio.Future[Any]", delivery).add_done_callback(self.on_delivery)  # typed as Awaitable

    def on_delivery(self, delivery: asyncio.Future[Any]) -> None:
        if delivery.cancelled():
            return
        error = delivery.exception()
        if error is None:
            return
        log.error("could not deliver a record, stopping the worker: %r", error)
        self.crashing = asyncio.ensure_future(self.app.crash(error))
