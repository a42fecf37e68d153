import random

import pytest

from streams.core.dedup import IndexEntry, StoryIndex, Verdict, fingerprint
from streams.testing.corpus import rewrap

from .stories import (
    FERRY,
    FERRY_TITLE,
    JA,
    JA_TITLE,
    LIBRARY,
    LIBRARY_TITLE,
    ORCHARD,
    ORCHARD_OTHER,
    ORCHARD_OTHER_TITLE,
    ORCHARD_TITLE,
    ZH,
    ZH_TITLE,
)

HOUR = 3600.0


def fp(title, body, language="en"):
    return fingerprint(title, body, language)


def reuters_copy(body, dateline="LONDON (Reuters) - "):
    """A wire story re-posted with a share bar, a byline and a new dateline."""
    return rewrap(body, dateline=dateline, byline="By Jane Roe, Staff Writer")


def first_words(body, fraction):
    words = body.split(" ")
    return " ".join(words[: int(len(words) * fraction)])


def originals():
    index = StoryIndex()
    index.judge("ferry", fp(FERRY_TITLE, FERRY), 0.0)
    index.judge("orchard", fp(ORCHARD_TITLE, ORCHARD), 10.0)
    index.judge("library", fp(LIBRARY_TITLE, LIBRARY), 20.0)
    return index


def assert_copy_of(verdict, article_id, method=None):
    assert verdict.status == "duplicate", verdict
    assert verdict.duplicate_of == article_id and verdict.story_id == article_id
    assert 0.0 < verdict.similarity <= 1.0
    if method:
        assert verdict.method == method


def test_originals_are_originals_with_their_own_story_id():
    index = StoryIndex()
    verdict, entry = index.judge("ferry", fp(FERRY_TITLE, FERRY), 0.0)
    assert verdict == Verdict("original", "ferry", None, None, None)
    assert entry.article_id == "ferry" and entry.verdict == verdict
    verdict, _ = index.judge("orchard", fp(ORCHARD_TITLE, ORCHARD), 1.0)
    assert verdict.status == "original"
    assert len(index) == 2
    assert verdict.to_dict() == {
        "status": "original",
        "story_id": "orchard",
        "duplicate_of": None,
        "similarity": None,
        "method": None,
        "reason": None,
    }


def test_rewrapped_copy_is_exact():
    index = originals()
    verdict, entry = index.judge("copy", fp("Ferries are coming back", reuters_copy(FERRY)), 30.0)
    assert_copy_of(verdict, "ferry", "exact")
    assert verdict.similarity == 1.0 and entry.story_id == "ferry"


def test_rewrapped_tass_style_copy():
    index = originals()
    verdict, _ = index.judge("copy", fp("x", reuters_copy(ORCHARD, "NEW YORK, May 13. /TASS/. ")), 30.0)
    assert_copy_of(verdict, "orchard", "exact")


@pytest.mark.parametrize("fraction", [1 / 2, 1 / 3])
def test_trimmed_copy(fraction):
    index = originals()
    verdict, _ = index.judge("copy", fp("Short", reuters_copy(first_words(FERRY, fraction))), 30.0)
    assert_copy_of(verdict, "ferry", "near")


def test_lightly_edited_copy():
    rng = random.Random(3)
    words = ORCHARD.split(" ")
    edited = [w for w in words if rng.random() > 0.04]
    for _ in range(len(words) // 25):
        edited[rng.randrange(len(edited))] = "changed"
    index = originals()
    verdict, _ = index.judge("copy", fp("Frost hits apples", reuters_copy(" ".join(edited))), 30.0)
    assert_copy_of(verdict, "orchard", "near")


def test_embedded_copy():
    before = (
        "Our reporter spent a morning on the quay talking to families who have waited years for a "
        "crossing, and to the fishermen who still carry passengers when the weather allows."
    )
    after = (
        "What do you think about the new ferry? The paper will publish a selection of letters from "
        "readers in the weekend edition, together with the timetable once it is confirmed."
    )
    index = originals()
    verdict, _ = index.judge("copy", fp("Local view", reuters_copy(f"{before}\n\n{FERRY}\n\n{after}")), 30.0)
    assert_copy_of(verdict, "ferry", "near")


def test_resend_with_small_corrections():
    corrected = FERRY.replace("nine hundred", "eight hundred").replace("January", "February")
    corrected += "\n\n(Corrects passenger numbers in second paragraph.)"
    index = originals()
    verdict, _ = index.judge("ferry-2", fp(FERRY_TITLE + " (corrected)", corrected), 30.0)
    assert_copy_of(verdict, "ferry", "near")


def test_same_topic_different_story_is_original():
    index = originals()
    verdict, _ = index.judge("other", fp(ORCHARD_OTHER_TITLE, ORCHARD_OTHER), 30.0)
    assert verdict.status == "original"


def test_shared_outlet_template_is_not_a_copy():
    head = (
        "The Riverside Courier is an independent newspaper that has served the valley since 1921. "
        "Our reporters cover local politics, schools, business, culture and sport every day."
    )
    foot = (
        "Do you have a story the Riverside Courier should know about? Contact our newsroom by "
        "telephone or visit our office on Market Street during opening hours, Monday to Saturday."
    )
    # briefs of two or three sentences; see docs/dedup.md for texts much shorter than the template
    short_news = [
        "The bakery on Mill Road closes for renovation until the end of the month. The owners said "
        "the ovens are forty years old and the new ones arrive from Italy next week.",
        "Two swans were rescued from the frozen canal by volunteers on Sunday morning. A vet checked "
        "both birds and said they would be released once the ice melts.",
        "The school choir won second prize at the regional festival in Harwick. Its conductor thanked "
        "the parents who drove the singers there through the snow.",
    ]
    index = StoryIndex()
    for n, news in enumerate(short_news):
        verdict, _ = index.judge(f"t{n}", fp("t", f"{head}\n\n{news}\n\n{foot}"), float(n))
        assert verdict.status == "original", (n, verdict)
    for n, body in enumerate((LIBRARY, ORCHARD)):
        verdict, _ = index.judge(f"long{n}", fp("t", f"{head}\n\n{body}\n\n{foot}"), 10.0 + n)
        assert verdict.status == "original", (n, verdict)


def test_chinese_and_japanese_copies():
    index = StoryIndex()
    index.judge("zh", fp(ZH_TITLE, ZH, "zh"), 0.0)
    index.judge("ja", fp(JA_TITLE, JA, "ja"), 1.0)
    paragraphs = ZH.split("\n\n")
    verdict, _ = index.judge("zh-trim", fp("新标题", "\n\n".join(paragraphs[:2]), "zh"), 2.0)
    assert_copy_of(verdict, "zh", "near")
    edited = JA.replace("四週間", "約一か月").replace("二人", "三人") + "\n\n（共同通信の記事を基に作成）"
    verdict, _ = index.judge("ja-edit", fp("別の見出し", edited, "ja"), 3.0)
    assert_copy_of(verdict, "ja", "near")
    verdict, _ = index.judge(
        "zh-other",
        fp("x", "今天的天气很好，市场上的蔬菜价格比上周下降了一些，很多居民早早出门购物。", "zh"),
        4.0,
    )
    assert verdict.status == "original"


def test_copy_of_copy_inherits_story_and_earliest_wins():
    index = originals()
    index.judge("half", fp("t", first_words(FERRY, 0.5)), 30.0)
    verdict, _ = index.judge("third", fp("t", first_words(FERRY, 1 / 3)), 40.0)
    assert_copy_of(verdict, "ferry")


def test_redelivery_returns_the_first_verdict_and_adds_nothing():
    index = originals()
    copy = fp("t", reuters_copy(first_words(FERRY, 0.5)))
    first, entry = index.judge("copy", copy, 30.0)
    assert entry is not None
    again, entry = index.judge("copy", copy, 31.0)
    assert again == first and entry is None
    original_again, entry = index.judge("ferry", fp(FERRY_TITLE, FERRY), 32.0)
    assert original_again.status == "original" and entry is None
    assert len(index) == 4


def test_same_content_under_another_id_is_exact_duplicate():
    index = originals()
    verdict, _ = index.judge("ferry-mirror", fp(FERRY_TITLE, FERRY), 30.0)
    assert_copy_of(verdict, "ferry", "exact")


def test_same_id_with_new_content_is_an_update_in_the_same_story():
    index = StoryIndex()
    index.judge("a", fp(FERRY_TITLE, FERRY), 0.0)
    index.judge("b", fp(ORCHARD_TITLE, ORCHARD), 1.0)
    verdict, entry = index.judge("b", fp("t", first_words(FERRY, 0.5)), 2.0)
    assert verdict == Verdict("update", "b")
    assert entry is not None and entry.revision == 1 and len(index) == 2


def stream():
    """A sequence of judge() calls with copies of every kind."""
    return [
        ("ferry", FERRY_TITLE, FERRY, 0.0),
        ("orchard", ORCHARD_TITLE, ORCHARD, 1 * HOUR),
        ("ferry-half", "t", reuters_copy(first_words(FERRY, 0.5)), 2 * HOUR),
        ("library", LIBRARY_TITLE, LIBRARY, 3 * HOUR),
        ("other", ORCHARD_OTHER_TITLE, ORCHARD_OTHER, 4 * HOUR),
        ("orchard-copy", "t", reuters_copy(ORCHARD), 5 * HOUR),
        ("ferry-third", "t", first_words(FERRY, 1 / 3), 6 * HOUR),
        ("library-third", "t", first_words(LIBRARY, 1 / 3), 7 * HOUR),
        ("zh", ZH_TITLE, ZH, 8 * HOUR),
        ("zh-half", "t", ZH[: len(ZH) // 2], 9 * HOUR),
    ]


def test_restore_after_restart_equals_uninterrupted():
    calls = stream()
    uninterrupted = StoryIndex()
    expected = [uninterrupted.judge(i, fp(t, b), e)[0] for i, t, b, e in calls]

    for cut in range(1, len(calls)):
        first = StoryIndex()
        persisted = [first.judge(i, fp(t, b), e)[1].to_bytes() for i, t, b, e in calls[:cut]]
        restarted = StoryIndex()
        random.Random(cut).shuffle(persisted)
        for data in persisted + persisted[:2]:  # restore is idempotent
            restarted.restore(IndexEntry.from_bytes(data))
        assert len(restarted) == cut
        got = [restarted.judge(i, fp(t, b), e)[0] for i, t, b, e in calls]
        assert got == expected, cut


def test_eviction_by_event_time():
    index = StoryIndex(window_seconds=72 * HOUR)
    for article_id, title, body, event_time in stream():
        index.judge(article_id, fp(title, body), event_time)
    assert index.evict(older_than=2 * HOUR) == ["ferry", "orchard"]
    assert len(index) == 8 and "ferry" not in index
    assert index.evict(older_than=2 * HOUR) == []
    # the story lives on in its later copies: a new copy joins it through them
    verdict, _ = index.judge("ferry-again", fp("t", reuters_copy(first_words(FERRY, 0.3))), 10 * HOUR)
    assert verdict.story_id == "ferry" and verdict.duplicate_of == "ferry"  # the story's first copy
    assert set(index.evict(older_than=1e9)) >= {"ferry-half", "zh"}
    assert len(index) == 0
    verdict, _ = index.judge("orchard-late", fp(ORCHARD_TITLE, ORCHARD), 11 * HOUR)
    assert verdict.status == "original"


def test_matches_far_apart_in_event_time_are_taken_but_nearer_ones_preferred():
    index = StoryIndex(window_seconds=HOUR, retention_seconds=100 * HOUR)
    index.judge("ferry", fp(FERRY_TITLE, FERRY), 0.0)
    verdict, _ = index.judge("far", fp("t", rewrap(FERRY)), 30 * HOUR, received_at=1.0)
    assert_copy_of(verdict, "ferry", "exact")  # a day and more apart in event time: still a copy
    # two stories with the same text, two days apart (judged apart, then restored into one index)
    _, old = StoryIndex().judge("ferry-old", fp(FERRY_TITLE, FERRY), 0.0)
    elsewhere = StoryIndex()
    elsewhere.judge("library", fp(LIBRARY_TITLE, LIBRARY), 0.0)
    _, new = elsewhere.judge("ferry-new", fp(FERRY_TITLE, FERRY), 50 * HOUR, 1.0)
    for event_time, expected in ((50.5 * HOUR, "ferry-new"), (0.5 * HOUR, "ferry-old")):
        index = StoryIndex(window_seconds=HOUR, retention_seconds=100 * HOUR)
        for entry in (new, old):
            index.restore(IndexEntry.from_bytes(entry.to_bytes()))
        verdict, _ = index.judge("half", fp("t", first_words(FERRY, 0.5)), event_time, 2.0)
        assert_copy_of(verdict, expected, "near")  # the match near in event time wins
        verdict, _ = index.judge("same", fp("t", rewrap(FERRY)), event_time, 2.0)
        assert_copy_of(verdict, expected, "exact")


def test_entry_bytes_roundtrip():
    index = originals()
    _, entry = index.judge("copy", fp("t", reuters_copy(first_words(FERRY, 0.5))), 30.0)
    data = entry.to_bytes()
    back = IndexEntry.from_bytes(data)
    assert back.to_bytes() == data
    assert back.verdict == entry.verdict and list(back.anchors) == list(entry.anchors)
    assert (back.article_id, back.story_id, back.event_time, back.seq, back.content_hash) == (
        entry.article_id,
        entry.story_id,
        entry.event_time,
        entry.seq,
        entry.content_hash,
    )
    assert len(data) < 60 + 8 * len(entry.anchors) + 40


def test_anchors_in_many_stories_are_ignored():
    boiler = (
        "Please remember that every reader can send corrections to the desk at any time of day "
        "through the form at the bottom of every page of this website."
    )
    index = StoryIndex(max_story_df=2)
    for n, body in enumerate((FERRY, ORCHARD, LIBRARY)):
        index.judge(f"s{n}", fp("t", f"{body}\n\n{boiler}"), float(n))
    # only the boilerplate in common with earlier stories, and it is now hot: original
    verdict, _ = index.judge("brief", fp("t", f"The bridge reopened on Monday.\n\n{boiler}"), 10.0)
    assert verdict.status == "original"
    # and copies still match on their own text
    verdict, _ = index.judge("copy", fp("t", first_words(ORCHARD, 0.5)), 11.0)
    assert_copy_of(verdict, "s1")


def test_same_calls_same_verdicts():
    calls = stream()
    runs = []
    for _ in range(2):
        index = StoryIndex()
        runs.append([index.judge(i, fp(t, b), e)[0] for i, t, b, e in calls])
    assert runs[0] == runs[1]
    statuses = {v.story_id for v in runs[0]}
    assert statuses == {"ferry", "orchard", "library", "other", "zh"}
