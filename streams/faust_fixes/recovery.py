"""Make Faust's resume-after-rebalance and its offset commits safe: no record is skipped (issue #6).

What goes wrong in faust-streaming 0.15.3 when a worker is assigned partitions that have records
waiting (a replacement joining after a crash, with the firehose still flowing):

1. ``Recovery.on_recovery_completed`` (faust/tables/recovery.py) *resumes* the stream partitions, then
   awaits ``Consumer.perform_seek`` (a round trip per partition to read the committed offsets), then calls
   ``app.flow_control.resume()``, which clears every agent's input queue. aiokafka has been prefetching
   those partitions all along, so during the seek the fetcher hands records to the agents and the ones
   still queued are wiped un-acked. aiokafka seeks one partition at a time as it reads its committed
   offset, so records fetched after a partition's own seek are wiped and never read again; a batch
   still being handed out after the seek moves Faust's ``_read_offset`` ahead of the committed offset,
   so the records fetched again are dropped as "DROPPED MESSAGE ROFF" (``Consumer._drain_messages``,
   faust/transport/consumer.py).
2. The fetcher passes the *live* set of active partitions to aiokafka's ``fetched_records``; when the
   last active partition is paused while a fetch waits, aiokafka sees an empty set, which means "all
   partitions", and returns records of paused partitions too. Faust does not hand them out but aiokafka
   has consumed them; aiokafka's ``seek_to_committed`` does not move a partition that has no committed
   offset, so those records are never read again.
3. ``Consumer._new_offset`` lets a commit step over a missing record at the committed offset: its guard
   is ``min(acked) - committed > 1`` (off by one, since the committed offset is the *next* record), and
   it is skipped altogether while the committed offset is unknown (None, or 0). Upstream:
   faust-streaming #596 and #606 (open), PR #707 (open).

Observed here (``tests/faults/test_join_while_flowing.py``, before this module): the replacement
committed raw offsets 42-44 while its seek was in flight, the record at the committed offset (10)
had been wiped from the ingest queue, and it was never processed.

The guard, installed with :func:`guard_recovery` (one call in ``streams.shell.app.create_app``) as the
consumer class of the app's transport:

* **Resume only after the seek.** Faust's request to resume a stream partition is held until a seek to
  the committed offsets that *started after the request* has completed, and the partition is resumed
  when Faust resumes the flow, i.e. after the agents' queues were cleared; back-pressure cannot resume
  it earlier either. Nothing is handed out before the seek, so nothing is wiped or read ahead of it
  (:class:`ResumeFence`).
* **Fetch what was active when the fetch started.** Each fetch gets a copy of the active partitions, so
  aiokafka never returns records of a partition that was paused when the fetch began.
* **Never commit past an unprocessed record.** A commit must pass through the *head* of the partition:
  the committed offset, or, right after a seek, the first offset read after it if that is higher (the
  offsets in between do not exist: compaction, a transaction marker, retention). If the head has not
  been acknowledged (nor recorded by Faust as a gap), the commit is held. A hold that lasts is logged;
  the record is read again at the next rebalance or restart (at-least-once, never a silent skip).

The module overrides private methods of faust-streaming 0.15's aiokafka ``Consumer``: it checks the
version and the methods it relies on at install time and refuses anything else.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Collection, Iterable
from typing import Any

import faust
from faust.transport.consumer import ensure_TPset
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

log = logging.getLogger(__name__)

#: The faust-streaming versions this module was written and tested against.
SUPPORTED_FAUST = "0.15."
#: Consumer internals overridden or read here (faust/transport/consumer.py, 0.15.3).
OVERRIDDEN = (
    "on_partitions_assigned",
    "on_partitions_revoked",
    "resume_partitions",
    "resume_flow",
    "on_buffer_drop",
    "perform_seek",
    "getmany",
    "_getmany",
    "_new_offset",
    "_is_changelog_tp",
)
#: A commit held this long at the same offset is logged as a warning.
HOLD_WARNING_SECONDS = 10.0


class ResumeFence:
    """Which stream partitions may be resumed: those seeked to their committed offsets since assigned.

    Pure bookkeeping (no Faust): ``request`` returns what may resume now and holds the rest; a seek
    releases what was held when it *started* (a seek already under way may have read the committed
    offsets before the request); ``release`` hands over what is ready once the flow resumes.
    """

    def __init__(self) -> None:
        self.unseeked: set[TP] = set()
        self.held: set[TP] = set()

    def assign(self, stream_tps: Iterable[TP]) -> None:
        """A new assignment: none of its stream partitions has been seeked yet."""
        self.unseeked = set(stream_tps)
        self.held = set()

    def revoke(self, tps: Iterable[TP]) -> None:
        gone = set(tps)
        self.unseeked -= gone
        self.held -= gone

    def request(self, tps: Iterable[TP]) -> set[TP]:
        """Faust asks to resume ``tps``: returns those that may resume now, holds the others."""
        wanted = set(tps)
        hold = wanted & self.unseeked
        self.held |= hold
        return wanted - hold

    def seek_started(self) -> frozenset[TP]:
        return frozenset(self.held)

    def seek_completed(self, started: Collection[TP]) -> None:
        self.unseeked -= set(started)

    def release(self) -> set[TP]:
        """Held partitions whose seek has completed; they are no longer held."""
        ready = self.held - self.unseeked
        self.held -= ready
        return ready


def commit_head(committed: int | None, first_read: int | None) -> int | None:
    """The offset a commit must pass through next, or None if not known yet.

    ``committed`` is the committed offset (the next record to process; Faust keeps 0 as None);
    ``first_read`` is the first offset handed out since the partition was last seeked. If it is above
    the committed offset, the offsets in between are not in the log.
    """
    if committed is None:
        return first_read
    if first_read is not None and first_read > committed:
        return first_read
    return committed


def head_unprocessed(head: int, acked: Collection[int], gaps: Any) -> bool:
    """True if the record at ``head`` was neither acknowledged nor recorded as a gap in the log.

    ``gaps`` is Faust's ``IntervalTree`` of offsets missing from the log (anything with ``overlaps``).
    """
    return head not in acked and not gaps.overlaps(head)


class GuardedConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer with the resume fence and the commit guard (see the module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._fence = ResumeFence()
        self._first_read: dict[TP, int] = {}  # first offset handed out since the last seek
        self._awaiting_first: set[TP] = set()
        self._holds: dict[TP, tuple[int, float, bool]] = {}  # head, since, warned
        super().__init__(*args, **kwargs)

    def _stream_tps(self, tps: Iterable[Any]) -> set[TP]:
        return {tp for tp in ensure_TPset(tps) if not self._is_changelog_tp(tp)}

    # -- resume only after the seek ------------------------------------------------------------------

    async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
        stream_tps = self._stream_tps(assigned)
        self._fence.assign(stream_tps)
        self._buffered_partitions -= stream_tps  # back-pressure state of queues cleared at revocation
        self._first_read.clear()
        self._awaiting_first.clear()
        self._holds.clear()
        await super().on_partitions_assigned(assigned, generation_id)

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        await super().on_partitions_revoked(revoked)
        gone = ensure_TPset(revoked)
        self._fence.revoke(gone)
        self._awaiting_first -= gone
        for tp in gone:
            self._first_read.pop(tp, None)
            self._holds.pop(tp, None)

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        super().resume_partitions(self._fence.request(ensure_TPset(tps)))

    async def perform_seek(self) -> None:
        started = self._fence.seek_started()
        await super().perform_seek()
        self._fence.seek_completed(started)
        seeked = self._stream_tps(self.assignment())
        for tp in seeked:
            self._first_read.pop(tp, None)
        self._awaiting_first |= seeked

    def on_buffer_drop(self, tp: TP) -> None:
        if tp in self._fence.unseeked:  # back-pressure must not resume a partition before its seek
            self._buffered_partitions.discard(tp)
            return
        super().on_buffer_drop(tp)

    def resume_flow(self) -> None:
        super().resume_flow()
        ready = self._fence.release()  # Faust clears the agents' queues just before resuming the flow
        if ready:
            super().resume_partitions(ready)

    # -- fetch what was active when the fetch started ------------------------------------------------

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> Any:
        snapshot = None if active_partitions is None else set(active_partitions)
        return await super()._getmany(snapshot, timeout)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        async for tp, message in super().getmany(timeout):
            if tp in self._awaiting_first:
                committed = self._committed_offset[tp]
                if committed is None or message.offset >= committed:
                    self._first_read[tp] = message.offset
                    self._awaiting_first.discard(tp)
            yield tp, message

    # -- never commit past an unprocessed record -----------------------------------------------------

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        if acked:
            head = commit_head(self._committed_offset[tp], self._first_read.get(tp))
            if head is None or (
                head_unprocessed(head, self._acked_index[tp], self._gap[tp]) and head not in acked
            ):
                self._hold(tp, head, max(acked))
                return None
        self._holds.pop(tp, None)
        return super()._new_offset(tp)

    def _hold(self, tp: TP, head: int | None, highest: int) -> None:
        key = -1 if head is None else head
        now = time.monotonic()
        held_at, since, warned = self._holds.get(tp, (key, now, False))
        if held_at != key:
            since, warned = now, False
        if not warned and now - since >= HOLD_WARNING_SECONDS:
            warned = True
            log.warning(
                "commit of %s[%d] held at offset %s for %.0fs: that record was not processed "
                "(processed up to %d); it will be read again at the next rebalance or restart",
                tp.topic, tp.partition, "unknown" if head is None else head, now - since, highest,
            )  # fmt: skip
        self._holds[tp] = (key, since, warned)


def check_faust(version: str = faust.__version__) -> None:
    """Refuse a Faust this module was not written against (it overrides private consumer methods)."""
    if not version.startswith(SUPPORTED_FAUST):
        raise RuntimeError(
            f"streams/faust_fixes/recovery.py overrides faust-streaming {SUPPORTED_FAUST}x consumer "
            "internals; "
            f"found {version}: check faust/transport/consumer.py and faust/tables/recovery.py again"
        )
    missing = [name for name in OVERRIDDEN if not callable(getattr(faust_aiokafka.Consumer, name, None))]
    if missing:
        raise RuntimeError(f"faust-streaming {version}: Consumer lacks {missing}")


def guard_recovery(app: faust.App) -> faust.App:
    """Make ``app`` use :class:`GuardedConsumer` (before its consumer is created)."""
    check_faust()
    if app._consumer is not None:
        raise RuntimeError("guard_recovery must run before the app's consumer is created")
    transport = app.transport
    if not issubclass(GuardedConsumer, transport.Consumer):
        raise RuntimeError(f"guard_recovery needs the aiokafka transport, not {type(transport).__name__}")
    transport.Consumer = GuardedConsumer  # type: ignore[misc]
    return app
