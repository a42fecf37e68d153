"""The story desk: verdicts, story state, merged claims, redelivery, reload and eviction."""

from __future__ import annotations

import orjson

from streams.core.dedup import StoryIndex, Verdict
from streams.core.desk import StoryDesk, pack_entry, unpack_entry
from streams.core.enrich import Enricher, PreparedArticle, enriched_record
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


NOW = 1772445600.0  # 2026-03-02T10:00:00Z
HOUR = 3600.0
DAY = 24 * HOUR


def prepared(
    article_id: str,
    body: str,
    source: str,
    published_at: str | None = "2026-03-02T10:00:00Z",
    received_at: float = NOW,
):
    value = orjson.dumps(
        {
            "id": article_id,
            "body": body,
            "source": source,
            "title": f"Title {article_id}",
            "published_at": published_at,
        }
    )
    return ENRICHER.prepare(value, received_at=received_at)


def new_desk(state: dict | None = None, window: float = 72 * 3600) -> StoryDesk:
    state = state if state is not None else {"index_entries": {}, "stories": {}, "story_claims": {}}
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
    state = {"index_entries": {}, "stories": {}, "story_claims": {}}
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
    assert len(desk.story_claims[first.verdict.story_id]) == len(first.claims)


def test_window_evicts_by_arrival_old_articles_and_their_stories():
    desk = new_desk(window=3600)
    desk.judge(prepared("a", WIRE, "Wire Service", received_at=NOW))
    later = desk.judge(prepared("c", OTHER, "Harbour Herald", received_at=NOW + 3 * HOUR))
    assert "a" not in desk.index_entries
    assert later.verdict.status == "original"
    assert all(story["first_article_id"] != "a" for story in desk.stories.values())
    assert "a" not in desk.story_claims, "a story's claims leave with it"
    again = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press", received_at=NOW + 3.5 * HOUR))
    assert again.verdict.status == "original", "a copy arriving after its story left starts a new one"


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


def test_each_article_writes_its_storys_claims_once_however_many_it_has():
    story_claims = CountingStore()
    desk = new_desk({"index_entries": {}, "stories": {}, "story_claims": story_claims})
    first = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert len(first.claims) >= 2 and story_claims.writes == 1
    assert sorted(story_claims[first.verdict.story_id]) == sorted(key for key, _ in first.claims)
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    assert story_claims.writes == 2
    assert all(record["copies"] == 2 for _, record in copy.claims)
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))  # redelivery: nothing new to write
    assert story_claims.writes == 2


def test_each_article_writes_its_story_once_and_the_record_lists_its_claims():
    stories = CountingStore()
    desk = new_desk({"index_entries": {}, "stories": stories, "story_claims": {}})
    first = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert stories.writes == 1
    assert len(first.claims) >= 2
    assert first.story["claim_keys"] == [key for key, _ in first.claims]
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    assert stories.writes == 2
    assert copy.story["copies"] == 2
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))  # redelivery: nothing new to write
    assert stories.writes == 2


# -- late and out-of-order articles (#16) and updates (#13 item 6) ------------------------------------


def test_an_old_pair_after_a_current_article_is_still_matched():
    """The issue's reproduction: a December article, then a March wire story and its re-post."""
    desk = new_desk()
    desk.judge(prepared("current", OTHER, "Harbour Herald", "2026-12-04T08:00:00Z", NOW + 277 * DAY))
    first = desk.judge(prepared("a", WIRE, "Wire Service", "2026-03-02T10:00:00Z", NOW + 277 * DAY + 1))
    copy = desk.judge(prepared("b", rewrap(WIRE), "Coastline", "2026-03-02T11:00:00Z", NOW + 277 * DAY + 2))
    assert first.verdict.status == "original"
    assert copy.verdict.status == "duplicate" and copy.verdict.duplicate_of == "a"


def test_copies_in_reverse_date_order_are_one_story():
    desk = new_desk()
    later = desk.judge(prepared("b", rewrap(WIRE), "Coastline", "2026-03-04T10:00:00Z", NOW))
    earlier = desk.judge(prepared("a", WIRE, "Wire Service", "2026-03-02T10:00:00Z", NOW + 1))
    assert later.verdict.status == "original"
    assert earlier.verdict.status == "duplicate" and earlier.verdict.story_id == later.verdict.story_id
    assert earlier.story["copies"] == 2


def test_an_outlet_with_its_clock_six_days_off_still_matches():
    desk = new_desk()
    desk.judge(prepared("a", WIRE, "Wire Service", "2026-03-02T10:00:00Z", NOW))
    skewed = desk.judge(prepared("b", rewrap(WIRE), "Slow Clock", "2026-02-24T10:00:00Z", NOW + 60))
    assert skewed.verdict.duplicate_of == "a"


def test_an_article_arriving_before_the_retention_horizon_is_unchecked_not_original(schemas):
    desk = new_desk(window=3600)
    desk.judge(prepared("c", OTHER, "Harbour Herald", received_at=NOW + 5 * HOUR))
    late = desk.judge(prepared("a", WIRE, "Wire Service", received_at=NOW))
    assert late.verdict == Verdict("unchecked", "a", reason="arrived_late")
    assert "a" not in desk.index_entries and "a" not in desk.stories, "nothing is kept for it"
    assert late.story["copies"] == 1 and late.story["story_id"] == "a"
    schemas.validate("stories", late.story)
    for _, claim in late.claims:
        schemas.validate("claims", claim)
    record = enriched_record(prepared("a", WIRE, "Wire Service", received_at=NOW), late.verdict, NOW)
    schemas.validate("articles.enriched", record)
    late_copy = desk.judge(prepared("d", rewrap(OTHER), "Valley Times", received_at=NOW))
    assert late_copy.verdict.duplicate_of == "c", "a late article that finds its story is a duplicate"


def test_an_article_with_no_story_text_is_unchecked():
    desk = new_desk()
    value = orjson.dumps({"id": "e", "body": "* * * — * * *", "source": "Blog"})  # no words, no title
    judged = desk.judge(ENRICHER.prepare(value, received_at=NOW))
    assert judged.verdict == Verdict("unchecked", "e", reason="no_story_text")
    assert not desk.index_entries


def test_an_index_failure_publishes_the_article_unchecked(monkeypatch):
    desk = new_desk()

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(StoryIndex, "judge_article", broken)
    judged = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert judged.verdict == Verdict("unchecked", "a", reason="index_error")


def test_an_update_stays_in_its_story_and_adds_its_claims(schemas):
    desk = new_desk()
    desk.judge(prepared("a", WIRE, "Wire Service"))
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press"))
    update_body = WIRE + " “The pipeline is ready for the summer,” said engineer Olav Brenna."
    update = desk.judge(prepared("a", update_body, "Wire Service", received_at=NOW + 60))
    assert update.verdict == Verdict("update", "a") and not update.redelivered
    schemas.validate("stories", update.story)
    updated = prepared("a", update_body, "Wire Service", received_at=NOW + 60)
    schemas.validate("articles.enriched", enriched_record(updated, update.verdict, NOW + 61))
    assert update.story["copies"] == 2, "an update is not another copy"
    quotes = [c["text"] for _, c in update.claims]
    assert any(q.startswith("The pipeline is ready") for q in quotes)
    assert set(update.story["claim_keys"]) == {key for key, _ in update.claims}
    brenna = next(c for _, c in update.claims if c["speaker"] == "Olav Brenna")
    assert brenna["copies"] == 1 and brenna["article_ids"] == ["a"]
    # redelivery of either version: the verdict that version got; never a duplicate of itself
    assert desk.judge(prepared("a", update_body, "Wire Service")).verdict == Verdict("update", "a")
    first_again = desk.judge(prepared("a", WIRE, "Wire Service"))
    assert first_again.redelivered and first_again.verdict == Verdict("original", "a")
    copy_update = desk.judge(prepared("b", rewrap(update_body), "Coastline Press", received_at=NOW + 90))
    assert copy_update.verdict == Verdict("update", "a")


def test_updates_and_redeliveries_survive_a_restart():
    state = {"index_entries": {}, "stories": {}, "story_claims": {}}
    desk = new_desk(state)
    desk.judge(prepared("a", WIRE, "Wire Service"))
    desk.judge(prepared("a", WIRE + " A sentence was added.", "Wire Service", received_at=NOW + 1))
    restarted = new_desk(state)
    assert restarted.judge(prepared("a", WIRE, "Wire Service")).verdict.status == "original"
    assert restarted.judge(prepared("a", WIRE + " A sentence was added.", "Wire Service")).verdict == (
        Verdict("update", "a")
    )


def test_a_first_copy_judged_again_after_its_entry_left_is_never_its_own_duplicate():
    desk = new_desk(window=3600)
    desk.judge(prepared("a", WIRE, "Wire Service", received_at=NOW))
    desk.judge(prepared("b", rewrap(WIRE), "Coastline Press", received_at=NOW + 0.9 * HOUR))
    desk.judge(prepared("c", OTHER, "Harbour Herald", received_at=NOW + 1.5 * HOUR))  # "a" leaves
    assert "a" not in desk.index_entries and "b" in desk.index_entries
    again = desk.judge(prepared("a", WIRE, "Wire Service", received_at=NOW + 1.6 * HOUR))
    assert again.verdict == Verdict("original", "a")


def test_persisted_entry_is_the_entry_the_index_holds():
    """The desk persists the bytes the index encoded when it added the entry (not a second encoding):
    they must decode to the same entry, for an original, a copy and an update."""
    desk = new_desk()
    for article_id, body in (("a", WIRE), ("b", rewrap(WIRE)), ("a", WIRE + " A late line was added.")):
        judgement = desk.judge(prepared(article_id, body, "Wire Service"))
        index = desk.indexes[judgement.story["language"]]
        key, entry = unpack_entry(desk.index_entries[article_id])
        assert key == judgement.story["language"]
        assert desk.index_entries[article_id] == pack_entry(key, entry)
        assert entry.to_bytes() == index.stored(article_id)
        assert entry.story_id == judgement.verdict.story_id
    assert entry.revision == 1  # the last one was an update of "a"
