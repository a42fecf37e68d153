"""Every override of Faust/aiokafka internals, each naming the upstream behaviour it works around.

Nothing else in wirestream touches a private Faust or aiokafka name (tests/faust_fixes/test_boundary.py
checks it). The shell calls :func:`install` once per app, before the app's consumer or producer exists;
it checks the Faust version once and plugs the fixes in through Faust's own extension points — the
transport's ``Consumer`` and ``Producer`` classes — instead of patching live objects:

========================  =====================================================================
fix                       upstream
========================  =====================================================================
recovery.py               faust-streaming #596, #606, PR #707: resume before the seek, and a commit
                          that steps over an unprocessed record (issue #6 here)
changelog_buffer.py       faust-streaming #173: the producer buffer drains one record per loop turn
                          and its flush waits for an empty buffer
fetch_wait.py             fetch_max_wait_ms hard-coded to 1.5 s in Faust's aiokafka driver
:class:`QuietWorker`      the start-up spinner sets the root logger to DEBUG (faust/worker.py)
:func:`committed_offsets` the consumer's committed offsets, read for the dashboard's lag
========================  =====================================================================

Used by ``streams.shell`` only; imports nothing from wirestream.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import faust

from streams.faust_fixes.changelog_buffer import Outbox, OutboxProducer
from streams.faust_fixes.fetch_wait import ShortFetchWaitThread
from streams.faust_fixes.recovery import GuardedConsumer, check_faust

__all__ = ["QuietWorker", "WorkerConsumer", "changelog_outbox", "check_faust", "committed_offsets", "install"]


class WorkerConsumer(GuardedConsumer):
    """The worker's consumer: the recovery guard, on a thread with the short fetch wait."""

    def _new_consumer_thread(self) -> ShortFetchWaitThread:
        return ShortFetchWaitThread(self, loop=self.loop, beacon=self.beacon)


class QuietWorker(faust.Worker):
    """``faust.Worker`` without the start-up spinner.

    At log level WARNING or above the spinner sets the *root* logger to DEBUG (to spin on every record),
    so every ``log.debug`` call in Faust, mode and aiokafka formats a record: ~7 % CPU at ``-l warning``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spinner = None


def install(app: faust.App) -> faust.App:
    """Plug every fix into ``app`` (before its consumer and producer are created)."""
    check_faust()
    if app._consumer is not None or app._producer is not None:
        raise RuntimeError("faust_fixes.install must run before the app's consumer and producer exist")
    transport = app.transport
    if not issubclass(WorkerConsumer, transport.Consumer) or not issubclass(
        OutboxProducer, transport.Producer
    ):
        raise RuntimeError(f"faust_fixes need the aiokafka transport, not {type(transport).__name__}")
    transport.Consumer = WorkerConsumer  # type: ignore[misc]
    transport.Producer = OutboxProducer  # type: ignore[misc]
    return app


def changelog_outbox(app: faust.App) -> Outbox:
    """The outbox of ``app``'s producer: hand it over after each article that wrote to a table."""
    producer = app.producer
    if not isinstance(producer, OutboxProducer):
        raise RuntimeError("the app's producer has no changelog outbox: call faust_fixes.install first")
    return producer.outbox


def committed_offsets(consumer: Any) -> Mapping[Any, int | None]:
    """The committed offset of each partition as Faust last read or committed it (empty if unknown)."""
    return getattr(consumer, "_committed_offset", {})
