"""The poll cycle against the local newsroom, with an in-memory outbox (the broker test is in
tests/integration/test_poll.py)."""

from __future__ import annotations

import asyncio
from collections import Counter

from streams.core.article import parse_article
from streams.feeds.http import PoliteClient
from streams.feeds.metrics import PollerMetrics
from streams.feeds.poller import MAX_ATTEMPTS, Poller, report_table
from streams.feeds.sources import FeedSource
from streams.feeds.state import PollState
from tests.feeds.conftest import FAST_POLICY, MemoryOutbox
from tests.feeds.newsroom import BOILERPLATE, STORIES, Newsroom

#: What one cycle over the standard newsroom must give.
FIRST_CYCLE_ARTICLES = 8  # 7 stories on harbour (2 via retries) + the coast copy of the ferry story
FIRST_CYCLE_DEAD_LETTERS = [
    "malformed_feed", "no_article_text", "robots_disallowed", "timeout", "too_large", "too_many_redirects",
]  # fmt: skip


def cycles(count: int, *, state: PollState | None = None, change=None, fetch_pages: bool = True, room=None):
    """Run ``count`` cycles over the newsroom's feeds; ``change(room)`` runs between cycles."""

    async def main():
        newsroom = room or await Newsroom(slow_seconds=2.0).start()
        metrics = PollerMetrics()
        outboxes = []
        try:
            async with PoliteClient(FAST_POLICY) as client:
                poller = Poller(
                    client, state or PollState(), MemoryOutbox(), metrics, fetch_pages=fetch_pages
                )
                sources = [FeedSource(url) for url in newsroom.feeds()]
                all_reports = []
                for number in range(count):
                    if number and change is not None:
                        change(newsroom)
                    poller.outbox = MemoryOutbox()
                    all_reports.append(await poller.poll_cycle(sources))
                    outboxes.append(poller.outbox)
            return newsroom, poller, outboxes, all_reports, metrics
        finally:
            await newsroom.stop()

    return asyncio.run(main())


def test_first_cycle_sends_every_article_and_dead_letters_every_failure():
    room, _poller, (out,), (reports,), metrics = cycles(1)
    assert len(out.articles) == FIRST_CYCLE_ARTICLES
    assert out.codes() == FIRST_CYCLE_DEAD_LETTERS
    for record in out.articles:
        article = parse_article(__import__("orjson").dumps(record), max_bytes=1 << 20)  # the input contract
        assert article.id.startswith("url-")
        assert not [phrase for phrase in BOILERPLATE if phrase in record["body"]], record["url"]
        assert record["feed"] in room.feeds() and record["fetched_at"].endswith("Z")
        assert "utm_" not in record["url"]
    ferry = [r for r in out.articles if r["title"] == STORIES["ferry-budget"].title]
    assert {r["source"] for r in ferry} == {"Harbour News", "Coast News"} and len(
        {r["id"] for r in ferry}
    ) == 2
    for record in out.dead_letters:
        assert record["error"]["stage"] == "poll" and record["origin"]["topic"] in room.feeds()
    table = report_table(reports)
    assert "malformed_feed" in table and table.splitlines()[-1].split()[1:] == ["13", "9", "8", "0", "0", "6"]
    exposition = metrics.exposition().decode()
    assert 'wirestream_poll_entries_total{outcome="new"} 8.0' in exposition
    assert 'wirestream_poll_fetch_errors_total{reason="timeout"} 1.0' in exposition
    assert "wirestream_poll_extraction_failures_total 1.0" in exposition
    assert 'wirestream_poll_requests_total{status="429"} 1.0' in exposition


def test_a_second_cycle_sends_nothing_and_asks_with_validators():
    room, _poller, (_, second), (_, reports), _metrics = cycles(2)
    assert second.articles == []
    assert second.codes() == ["timeout"]  # the one transient failure is tried again; nothing else
    statuses = Counter(report.status for report in reports)
    assert statuses == {"not_modified": 4, "ok": 1, "malformed_feed": 1}  # rss.xml: a retry is pending
    assert room.harbour.hits["/news/ferry-budget"] == 1  # pages are not fetched again


def test_a_transient_failure_is_given_up_after_the_attempts():
    *_, outboxes, _reports, _metrics = cycles(MAX_ATTEMPTS + 1)
    timeouts = [out.codes().count("timeout") for out in outboxes]
    assert timeouts == [1] * MAX_ATTEMPTS + [0]


def test_a_restarted_poller_sends_nothing_twice():
    async def main():
        room = await Newsroom(slow_seconds=2.0).start()
        try:
            async with PoliteClient(FAST_POLICY) as client:
                first = Poller(client, PollState(), MemoryOutbox())
                sources = [FeedSource(url) for url in room.feeds()]
                await first.poll_cycle(sources)
            restored = PollState()
            for key, value in first.outbox.states:  # what feeds.state would hold
                restored.apply(key, value)
            async with PoliteClient(FAST_POLICY) as client:  # a new process: new client, state from the topic
                second = Poller(client, restored, MemoryOutbox())
                await second.poll_cycle(sources)
            return first.outbox, second.outbox
        finally:
            await room.stop()

    first, second = asyncio.run(main())
    assert len(first.articles) == FIRST_CYCLE_ARTICLES
    assert second.articles == []


def test_a_changed_article_is_sent_again_under_the_same_id():
    def correct_the_story(room):
        story = STORIES["wind-farm"]
        corrected = type(story)(
            story.slug, story.title, story.author, story.published_at,
            (*story.paragraphs, "Correction: an earlier version gave the wrong month for the decision."),
        )  # fmt: skip
        STORIES["wind-farm"] = corrected
        room.publish()
        room.harbour.documents["/atom.xml"] = (
            "application/atom+xml",
            room.harbour.documents["/atom.xml"][1].replace(
                b"<updated>2026-03-02T11:05", b"<updated>2026-03-02T18:05"
            ),
        )

    original = STORIES["wind-farm"]
    try:
        _room, _poller, (first, second), (_, reports), _ = cycles(2, change=correct_the_story)
    finally:
        STORIES["wind-farm"] = original
    (sent,) = [r for r in first.articles if r["title"] == original.title]
    (update,) = second.articles
    assert update["id"] == sent["id"] and update["body"].endswith("wrong month for the decision.")
    assert sum(report.updated for report in reports) == 1


def test_a_page_listed_by_two_feeds_is_sent_once():
    async def main():
        room = await Newsroom().start()
        room.harbour.documents["/sitemap-news.xml"] = (
            room.harbour.documents["/sitemap-news.xml"][0],
            (room.harbour.documents["/sitemap-news.xml"][1].replace(b"harvest-festival", b"ferry-budget")),
        )
        try:
            async with PoliteClient(FAST_POLICY) as client:
                poller = Poller(client, PollState(), MemoryOutbox())
                await poller.poll_cycle(
                    [FeedSource(room.harbour.url(p)) for p in ("/rss.xml", "/sitemap-index.xml")]
                )
                return poller.outbox
        finally:
            await room.stop()

    out = asyncio.run(main())
    assert Counter(r["url"].rsplit("/", 1)[1] for r in out.articles)["ferry-budget"] == 1


def test_no_fetch_uses_the_feeds_own_text():
    room, _poller, (out,), _reports, _ = cycles(1, fetch_pages=False)
    paths = {request.path for request in room.harbour.requests}
    assert not any(path.startswith("/news/") for path in paths)
    json_entry = [r for r in out.articles if r["title"] == STORIES["rail-strike"].title]
    assert json_entry and json_entry[0]["body"] == STORIES["rail-strike"].paragraphs[0]


def test_an_article_that_could_not_be_delivered_is_sent_next_cycle():
    class FailingOnce(MemoryOutbox):
        failed = False

        async def article(self, key: bytes, value: bytes) -> None:
            if not FailingOnce.failed:
                FailingOnce.failed = True
                raise ConnectionError("broker unreachable")
            await super().article(key, value)

    async def main():
        room = await Newsroom().start()
        try:
            async with PoliteClient(FAST_POLICY) as client:
                poller = Poller(client, PollState(), FailingOnce())
                source = [FeedSource(room.harbour.url("/atom.xml"))]
                (first,) = await poller.poll_cycle(source)
                room.harbour.documents["/atom.xml"] = ("application/atom+xml", b"")  # force a full GET
                room.publish()
                poller.outbox = MemoryOutbox()
                await poller.poll_cycle(source)
                return first, poller.outbox
        finally:
            await room.stop()

    first, second = asyncio.run(main())
    assert first.status == "poll_failed"
    assert [r["title"] for r in second.articles] == [STORIES["wind-farm"].title]


def test_entries_a_feed_stopped_listing_long_ago_are_forgotten():
    from tests.feeds.newsroom import rss

    async def main():
        room = await Newsroom().start()
        try:
            async with PoliteClient(FAST_POLICY) as client:
                state = PollState()
                poller = Poller(client, state, MemoryOutbox())
                feed = room.harbour.url("/rss.xml")
                await poller.poll_cycle([FeedSource(feed)])
                first = poller.outbox
                for memo in state.entries.values():  # as if the first cycle was three weeks ago
                    memo.seen_at = memo.sent_at = (memo.seen_at or 0) - 21 * 86400
                items = [(f"/news/{slug}", STORIES[slug].title, "Tue, 03 Mar 2026 09:00:00 GMT")
                         for slug in ("ferry-budget", "library-hours")]  # fmt: skip
                room.harbour.documents["/rss.xml"] = ("application/rss+xml", rss(room.harbour, items))
                poller.outbox = MemoryOutbox()
                await poller.poll_cycle([FeedSource(feed)])
                return feed, state, first, poller.outbox
        finally:
            await room.stop()

    feed, state, first, second = asyncio.run(main())
    assert {url.rsplit("/", 1)[1] for url in state.by_feed[feed]} == {"ferry-budget", "library-hours"}
    tombstones = [key for key, value in second.states if value is None]
    assert len(tombstones) == 9 - 2  # the feed listed 9 entries, now 2
    assert second.articles == []  # the two still listed: their pages say what was sent
    assert set(state.sent) == {memo.id for memo in state.entries.values()}  # forgotten hashes gone too
    restored = PollState()  # what the compacted topic gives a restarted poller
    for key, value in [*first.states, *second.states]:
        restored.apply(key, value)
    assert restored.entries.keys() == state.entries.keys() and restored.sent == state.sent


def test_each_feed_is_due_after_its_own_interval():
    from streams.feeds.poller import interleave_hosts

    poller = Poller(PoliteClient(FAST_POLICY), PollState(), MemoryOutbox())
    fast = FeedSource("http://a.example/rss", interval=60)
    slow = FeedSource("http://a.example/atom")  # the command's --interval
    assert poller.due([fast, slow], 300, now=1000.0) == [fast, slow]  # never polled
    poller.last_polled = {fast.url: 1000.0, slow.url: 1000.0}
    assert poller.due([fast, slow], 300, now=1030.0) == []
    assert poller.due([fast, slow], 300, now=1060.0) == [fast]
    assert poller.due([fast, slow], 300, now=1300.0) == [fast, slow]
    listed = ["http://a.example/0", "http://a.example/1", "http://b.example/0", "http://b.example/1"]
    ordered = [feed.url for feed in interleave_hosts([FeedSource(url) for url in listed])]
    assert ordered == ["http://a.example/0", "http://b.example/0", "http://a.example/1", "http://b.example/1"]
