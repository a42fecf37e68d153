"""The story desk: verdicts, story state, merged claims, redelivery, reload and eviction."""

from __future__ import annotations

import orjson

from streams.core.desk import StoryDesk
from streams.core.enrich import Enricher, PreparedArticle
from streams.testing.corpus import rewrap

WIRE = (
    "The regional water authority said on Tuesday that it would close the old Millbrook reservoir "
    "for at least two years while engineers rebuild the cracked northern dam wall. "
    "“We cannot take any risk with a structure of this age,” said chief engineer Marta Lindqvist. "
    "Lindqvist said the repairs would cost about 40 million crowns and that nearby farms would be "
    "supplied from the new eastern pipeline during the work. Residents will be invited to a public "
    "meeting in the town hall next week, where the authority will present the timetable and answer "
    "questions about water prices, which it expects to stay unchanged until the end of next year."
)
OTHER = (
    "A travelling circus arrived in the harbour town of Eskefjord on Sunday after a delay of three "
    "days caused by snow on the mountain pass. “The animals are fine and the tents are already up,” "
    "said ringmaster Paulo Ferreira, who added that the first show would go ahead on Wednesday evening "
    "as planned. The town council has offered free tickets to pupils of the two local schools."
)
ENRICHER = Enricher(max_record_bytes=1_048_576, language_sample_chars=2000)


def prepared(article_id: str, body: str, source: str, published_at: str = "2026-03-02T10:00:00Z"):
    value = orjson.dumps(
        {
            "id": article_id,
            "body": body,
            "source": source,
            "title": f"Title {article_id}",
            "published_at": published_at,
        }
    )
    return ENRICHER.prepare(value, received_at=1772445600.0)


def new_desk(state: dict | None = None, window: float = 72 * 3600) -> StoryDesk:
    state = state if state is not None else {"index_entries": {}, "stories": {}, "claims": {}}
    return StoryDesk(window_seconds=window, **state)


def test_copy_gets_the_originals_story_and_the_story_counts_sources():
    desk = new_desk()
    first = desk.judge(prepared("a", WIRE, "Wire Service"))
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    other = desk.judge(prepared("c", OTHER, "Harbour Herald"))
    assert first.verdict.status == "original"
    assert copy.verdict.status == "duplicate"
    assert copy.verdict.duplicate_of == "a"
    assert copy.verdict.story_id == first.verdict.story_id
    assert other.verdict.status == "original"
    assert copy.story["copies"] == 2
    assert copy.story["sources"] == ["Wire Service", "Coastline Press"]
    assert copy.story["first_article_id"] == "a"


def test_redelivery_gets_the_same_verdict_and_changes_nothing():
    desk = new_desk()
    desk.judge(prepared("a", WIRE, "Wire Service"))
    first = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    again = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    original_again = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert again.redelivered and again.verdict == first.verdict
    assert original_again.verdict.status == "original" and original_again.verdict.duplicate_of is None
    assert again.story["copies"] == 2


def test_reloaded_desk_continues_with_the_same_verdicts():
    state = {"index_entries": {}, "stories": {}, "claims": {}}
    uninterrupted = new_desk()
    restarted = new_desk(state)
    for desk in (uninterrupted, restarted):
        desk.judge(prepared("a", WIRE, "Wire Service"))
        desk.judge(prepared("c", OTHER, "Harbour Herald"))
    restarted = new_desk(state)  # a new process: only the persisted mappings survive
    expected = uninterrupted.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    actual = restarted.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    assert actual.verdict == expected.verdict
    assert actual.story == expected.story


def test_claims_are_merged_across_copies_of_a_story():
    desk = new_desk()
    first = desk.judge(prepared("a", WIRE, "Wire Service"))
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    assert first.claims, "the wire text has a quote"
    merged = dict(copy.claims)
    quote = next(c for c in merged.values() if c["text"].startswith("We cannot take any risk"))
    assert quote["copies"] == 2
    assert quote["sources"] == ["Wire Service", "Coastline Press"]
    assert quote["speaker"] == "Marta Lindqvist"
    assert len(desk.claims) == len(first.claims)


def test_window_evicts_old_articles_and_their_stories():
    desk = new_desk(window=3600)
    desk.judge(prepared("a", WIRE, "Wire Service", "2026-03-02T10:00:00Z"))
    late = desk.judge(prepared("c", OTHER, "Harbour Herald", "2026-03-02T13:00:00Z"))
    assert "a" not in desk.index_entries
    assert late.verdict.status == "original"
    assert all(story["first_article_id"] != "a" for story in desk.stories.values())
    again = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press", "2026-03-02T13:30:00Z"))
    assert again.verdict.status == "original", "a copy of an evicted story starts a new story"


def test_prepared_article_survives_the_hop_between_agents():
    article = prepared("a", WIRE, "Wire Service")
    assert PreparedArticle.from_bytes(article.to_bytes()) == article


def test_a_copy_of_a_copy_points_at_the_storys_first_copy():
    desk = new_desk()
    desk.judge(prepared("a", WIRE, "Wire Service"))
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    again = desk.judge(prepared("c", rewrap(WIRE), "Valley Times"))  # identical to b once unwrapped
    assert again.verdict.duplicate_of == "a"
    assert again.story["copies"] == 3


class CountingStore(dict):
    """A dict that counts assignments: each one is a changelog record in the worker."""

    writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


def test_each_article_writes_its_story_once_and_the_record_lists_its_claims():
    stories = CountingStore()
    desk = new_desk({"index_entries": {}, "stories": stories, "claims": {}})
    first = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert stories.writes == 1
    assert len(first.claims) >= 2
    assert first.story["claim_keys"] == [key for key, _ in first.claims]
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    assert stories.writes == 2
    assert copy.story["copies"] == 2
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))  # redelivery: nothing new to write
    assert stories.writes == 2
