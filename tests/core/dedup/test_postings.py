from streams.core.dedup.postings import AnchorPostings


def test_add_remove_with_refcounts():
    postings = AnchorPostings(max_story_df=3)
    key = (123 << 32) | 456
    assert list(postings.stories(key)) == []
    postings.add(key, 7)
    postings.add(key, 7)
    postings.add(key, 9)
    assert sorted(postings.stories(key)) == [7, 9]
    postings.remove(key, 7)
    assert sorted(postings.stories(key)) == [7, 9]
    postings.remove(key, 7)
    assert sorted(postings.stories(key)) == [9]
    postings.remove(key, 9)
    assert list(postings.stories(key)) == []
    assert postings.records == 0


def test_keys_in_one_bucket_do_not_mix():
    postings = AnchorPostings()
    a, b = (5 << 32) | 1, (5 << 32) | 2
    postings.add(a, 1)
    postings.add(b, 2)
    assert list(postings.stories(a)) == [1]
    assert list(postings.stories(b)) == [2]


def test_anchor_in_too_many_stories_is_hot_until_they_go():
    postings = AnchorPostings(max_story_df=3)
    key = 99 << 32
    for story in range(4):
        postings.add(key, story)
    assert postings.stories(key) is None and postings.is_hot(key)
    postings.remove(key, 0)
    assert sorted(postings.stories(key)) == [1, 2, 3] and not postings.is_hot(key)
    postings.add_new(key, 10, [1, 2, 3])
    assert postings.stories(key) is None
