"""streams/faust_fixes/recovery.py without a broker: the resume fence, the commit head, and the guarded
consumer's commit and resume decisions on a real (unstarted) Faust consumer."""

from __future__ import annotations

import asyncio
import logging

import faust
import pytest
from faust.transport.drivers.aiokafka import Consumer as FaustConsumer
from faust.types import TP
from intervaltree import IntervalTree

from streams.faust_fixes import recovery
from streams.faust_fixes.recovery import (
    GuardedConsumer,
    ResumeFence,
    commit_head,
    guard_recovery,
    head_unprocessed,
)

RAW = TP("raw", 1)
OTHER = TP("raw", 2)


# -- the fence ---------------------------------------------------------------------------------------


def test_fence_holds_stream_partitions_until_a_seek_that_started_after_the_request():
    fence = ResumeFence()
    fence.assign({RAW, OTHER})
    changelog = TP("table-changelog", 1)
    assert fence.request({RAW, changelog}) == {changelog}  # changelogs are never held
    assert fence.release() == set()  # no seek yet: Faust's recovery resumes the flow before seeking
    fence.seek_completed(fence.seek_started())
    assert fence.release() == {RAW}
    assert fence.release() == set()  # handed over once
    assert fence.request({RAW}) == {RAW}  # seeked in this assignment: nothing to wait for


def test_fence_ignores_a_seek_already_under_way_when_the_request_came():
    fence = ResumeFence()
    fence.assign({RAW})
    early = fence.seek_started()  # e.g. the fetcher's own seek, before recovery asked to resume
    fence.request({RAW})
    fence.seek_completed(early)
    assert fence.release() == set()
    fence.seek_completed(fence.seek_started())
    assert fence.release() == {RAW}


def test_a_new_assignment_or_a_revocation_forgets_what_was_held():
    fence = ResumeFence()
    fence.assign({RAW, OTHER})
    fence.request({RAW, OTHER})
    fence.revoke({OTHER})
    fence.seek_completed(fence.seek_started())
    assert fence.release() == {RAW}
    fence.request({RAW})
    fence.assign({RAW})  # rebalance: seeked again before anything resumes
    assert fence.request({RAW}) == set()


# -- the commit head ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("committed", "first_read", "head"),
    [
        (None, None, None),  # nothing known: no commit may pass anything
        (None, 0, 0),  # nothing committed (Faust keeps 0 as None): the first record read
        (10, None, 10),
        (10, 10, 10),
        (10, 4, 10),  # read before the commit
        (10, 12, 12),  # 10 and 11 are not in the log (marker, compaction, retention)
    ],
)
def test_commit_head(committed, first_read, head):
    assert commit_head(committed, first_read) == head


def test_head_unprocessed_unless_acked_or_a_gap():
    gaps = IntervalTree()
    gaps.addi(20, 22)
    assert head_unprocessed(3, {4, 5, 6}, gaps)
    assert not head_unprocessed(3, {3, 4}, gaps)
    assert not head_unprocessed(21, set(), gaps)
    assert head_unprocessed(22, set(), gaps)


# -- the guarded consumer ----------------------------------------------------------------------------


def make_consumer(guarded: bool = True):
    app = faust.App("recovery-test", broker="kafka://127.0.0.1:1", store="memory://")
    app.Table("index", partitions=4)
    if guarded:
        guard_recovery(app)
    return app.consumer


def acked(consumer, tp: TP, offsets) -> None:
    consumer._acked[tp] = list(offsets)
    consumer._acked_index[tp] = set(offsets)


def test_faust_alone_commits_past_the_missing_record_at_the_committed_offset():
    """The upstream behaviour (issue #6): offset 3 never processed, 4..11 acked, Faust commits 12."""
    consumer = make_consumer(guarded=False)
    assert type(consumer) is FaustConsumer
    consumer._committed_offset[RAW] = 3
    acked(consumer, RAW, range(4, 12))
    assert consumer._new_offset(RAW) == 12


def test_guarded_consumer_holds_the_commit_until_the_record_at_the_committed_offset_is_processed():
    consumer = make_consumer()
    assert type(consumer) is GuardedConsumer
    consumer._committed_offset[RAW] = 3
    acked(consumer, RAW, range(4, 12))
    assert consumer._new_offset(RAW) is None
    consumer._acked[RAW].append(3)
    consumer._acked_index[RAW].add(3)
    assert consumer._new_offset(RAW) == 12


def test_no_commit_before_the_seek_established_where_the_partition_starts():
    """The replacement committed 42-44 while its seek was under way (committed offset still unknown)."""
    consumer = make_consumer()
    acked(consumer, RAW, range(11, 44))
    assert consumer._new_offset(RAW) is None
    consumer._first_read[RAW] = 10  # the first record read after the seek: it has to be processed first
    assert consumer._new_offset(RAW) is None
    consumer._first_read[RAW] = 11
    assert consumer._new_offset(RAW) == 44


def test_offsets_missing_from_the_log_do_not_hold_the_commit():
    consumer = make_consumer()
    consumer._committed_offset[RAW] = 10
    consumer._first_read[RAW] = 11  # 10 is a transaction marker: the first record after the seek is 11
    acked(consumer, RAW, [11, 12])
    assert consumer._new_offset(RAW) == 13
    consumer._committed_offset[OTHER] = 20
    consumer._first_read[OTHER] = 18
    consumer._gap[OTHER].addi(20, 22)  # Faust saw 20 and 21 missing while reading
    acked(consumer, OTHER, [22, 23])
    assert consumer._new_offset(OTHER) == 24


def test_a_lasting_hold_is_logged_once(monkeypatch, caplog):
    consumer = make_consumer()
    consumer._committed_offset[RAW] = 3
    acked(consumer, RAW, range(4, 12))
    monkeypatch.setattr(recovery, "HOLD_WARNING_SECONDS", 0.0)
    with caplog.at_level(logging.WARNING, logger="streams.faust_fixes.recovery"):
        for _ in range(3):
            assert consumer._new_offset(RAW) is None
    held = [r.getMessage() for r in caplog.records if "held at offset 3" in r.getMessage()]
    assert len(held) == 1 and "raw[1]" in held[0], held


def test_stream_partitions_resume_only_after_the_seek_and_the_queue_clear():
    """Faust's on_recovery_completed order: resume_partitions, perform_seek, flow_control.resume,
    resume_flow. The stream partition becomes active at resume_flow, after the seek."""
    consumer = make_consumer()
    changelog = TP("recovery-test-index-changelog", 1)
    assert consumer._is_changelog_tp(changelog) and not consumer._is_changelog_tp(RAW)
    consumer._fence.assign({RAW})

    async def seek_to_committed():
        assert RAW not in consumer._active_partitions, "a stream partition was active during the seek"
        return {RAW: 3}

    consumer.seek_to_committed = seek_to_committed  # type: ignore[method-assign]
    consumer.assignment = lambda: {RAW, changelog}  # type: ignore[method-assign]
    consumer._read_offset[RAW] = 40  # handed out before the seek (what the fence now prevents)

    consumer.resume_partitions({RAW, changelog})
    assert consumer._active_partitions == {changelog}
    asyncio.run(consumer.perform_seek())
    assert consumer._read_offset[RAW] == 3 and consumer._committed_offset[RAW] == 3
    assert RAW not in consumer._active_partitions
    consumer.resume_flow()
    assert RAW in consumer._active_partitions
    assert RAW in consumer._awaiting_first  # the commit head is the first record read from now on


def test_back_pressure_does_not_resume_a_partition_before_its_seek():
    consumer = make_consumer()
    consumer._fence.assign({RAW, OTHER})
    consumer._fence.seek_completed({OTHER})
    consumer._buffered_partitions |= {RAW, OTHER}  # their queues were full before the rebalance
    consumer.on_buffer_drop(RAW)
    consumer.on_buffer_drop(OTHER)
    assert consumer._active_partitions == {OTHER}
    assert not consumer._buffered_partitions


def test_fetches_get_a_copy_of_the_active_partitions(monkeypatch):
    consumer = make_consumer()
    seen = []

    async def getmany(active_partitions, timeout):
        seen.append(active_partitions)
        return {}

    monkeypatch.setattr(FaustConsumer, "_getmany", lambda self, active, timeout: getmany(active, timeout))
    live = {RAW}
    asyncio.run(consumer._getmany(live, 1.0))
    live.discard(RAW)  # pausing the last partition must not turn the fetch into "all partitions"
    assert seen == [{RAW}]


def test_guard_refuses_an_unreviewed_faust_and_a_late_install():
    with pytest.raises(RuntimeError, match=r"0\.16\.0"):
        recovery.check_faust("0.16.0")
    recovery.check_faust("0.15.3")
    app = faust.App("late", broker="kafka://127.0.0.1:1", store="memory://")
    app.consumer  # noqa: B018  (created before the guard)
    with pytest.raises(RuntimeError, match="before the app's consumer"):
        guard_recovery(app)


def test_the_wirestream_app_uses_the_guarded_consumer(tmp_path):
    from streams.settings import Settings
    from streams.shell.app import create_app

    app = create_app(Settings(data_dir=str(tmp_path), store="memory://"))
    assert isinstance(app.consumer, GuardedConsumer)
