"""The index keeps nothing per article that the cyclic GC tracks (issue 15: full-collection pauses)."""

import gc
import heapq
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.dedup import StoryIndex, fingerprint
from streams.core.dedup.index import _ArrivalQueue
from streams.testing.corpus import fake_story, rewrap, trim_half

START = 1_800_000_000.0


def fill(index: StoryIndex, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        body = fake_story(i) if i % 3 else rewrap(trim_half(fake_story(i - 1)))  # every third a copy
        index.judge(f"article-{i}", fingerprint("", body, "en"), START + 60 * i)


def test_a_full_index_adds_no_tracked_objects():
    index = StoryIndex()
    fill(index, 30)  # warm: the index's own containers exist
    gc.collect()
    before = len(gc.get_objects())
    fill(index, 600, start=30)
    gc.collect()
    assert len(index) == 630
    assert len(index._story_slot) < 630  # the copies joined stories
    assert len(gc.get_objects()) - before < 20  # 630 articles: a few objects at most, not ~3 each


def test_eviction_and_restore_keep_the_maps_untracked():
    index = StoryIndex(window_seconds=3600)
    fill(index, 200)
    index.evict(START + 60 * 150)
    restored = StoryIndex(window_seconds=3600)
    for article_id in [f"article-{i}" for i in range(150, 200)]:
        entry = index.get(article_id)
        assert entry is not None
        restored.restore(entry)
    gc.collect()
    for each in (index, restored):
        maps = (each._by_id, each._by_hash, each._story_slot, each._story_ids, each._story_members)
        assert not any(gc.is_tracked(m) for m in maps)
        assert len(each) == 50


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("push"), st.floats(0, 100, allow_nan=False), st.integers(0, 50)),
            st.tuples(st.just("pop"), st.floats(0, 110, allow_nan=False), st.just(0)),
        ),
        max_size=80,
    )
)
def test_arrival_queue_takes_records_out_like_a_heap(operations):
    """Grouped and packed, it gives the same records in the same order as one heap of tuples."""
    queue, heap = _ArrivalQueue(), []
    for number, (operation, at, seq) in enumerate(operations):
        if operation == "push":
            record = (at, seq, number % 3, f"id-{number}")
            queue.push(*record)
            heapq.heappush(heap, record)
        else:
            expected = []
            while heap and heap[0][0] < at:
                expected.append(heapq.heappop(heap))
            assert list(queue.pop_before(at)) == expected
    assert list(queue.pop_before(math.inf)) == sorted(heap)
