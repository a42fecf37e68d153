"""The index keeps nothing per article that the cyclic GC tracks (issue 15: full-collection pauses)."""

import gc

from streams.core.dedup import StoryIndex, fingerprint
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
