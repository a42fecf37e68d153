"""The poll cycle: feeds → entries → pages → articles on ``articles.raw`` (failures on ``articles.dlq``).

Per entry (keyed by its canonical URL in the state):

* the feed's entry is unchanged since the last cycle → unchanged, no request;
* otherwise its page is fetched and the article extracted; the article is *new* (sent under an id from
  its canonical URL), *updated* (its text changed: sent again under the id it had) or *unchanged*;
* a page that cannot be fetched or has no article text goes to the DLQ with stage ``poll`` and a code;
  transient failures (timeouts, 429/5xx after retries, dropped connections) are tried again in later
  cycles, up to ``MAX_ATTEMPTS`` in all; the others wait until the feed changes the entry.

Everything sent is remembered in ``feeds.state`` after the article is on the broker, so a restart
sends nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import xxhash

from streams.core.deadletter import Origin, dead_letter
from streams.core.enrich import rfc3339
from streams.core.feed import FeedDocument, FeedEntry, MalformedFeed, parse_feed
from streams.core.page import NoArticleText, PageArticle, decode_page, extract_page
from streams.core.urls import article_id_for_url, canonical_url, host_of
from streams.feeds.http import FetchFailed, Page, PoliteClient
from streams.feeds.metrics import PollerMetrics
from streams.feeds.sources import FeedSource
from streams.feeds.state import EntryMemo, FeedMemo, PollState

log = logging.getLogger(__name__)

#: Tries of a page that fails with a transient error before it waits for the feed to change it.
MAX_ATTEMPTS = 3
#: An entry its feed has not listed for this long is forgotten (feeds list their latest articles only).
FORGET_AFTER_DAYS = 14.0
#: How often an unchanged entry's "last listed" time is written to the state.
SEEN_REFRESH_SECONDS = 86400.0
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass
class FeedReport:
    """One feed in one cycle: what ``--once`` prints and the cycle log adds up."""

    feed: str
    status: str = "ok"  # ok, not_modified, or the failure code
    entries: int = 0
    fetched: int = 0  # pages fetched
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    error_codes: list[str] = field(default_factory=list)


class Outbox:
    """Where the poller's records go: articles, dead letters, state. Kafka in production, lists in tests."""

    async def article(self, key: bytes, value: bytes) -> None:
        raise NotImplementedError

    async def dead_letter(self, key: bytes | None, value: bytes) -> None:
        raise NotImplementedError

    async def state(self, key: bytes, value: bytes | None) -> None:
        """A ``feeds.state`` record (None: a tombstone)."""
        raise NotImplementedError

    async def flush(self) -> None:
        """Everything handed over is on the broker."""


class Poller:
    def __init__(
        self,
        client: PoliteClient,
        state: PollState,
        outbox: Outbox,
        metrics: PollerMetrics | None = None,
        *,
        fetch_pages: bool = True,
        extract: Callable[[str, str], Awaitable[PageArticle]] | None = None,
        concurrency: int = 32,
    ) -> None:
        self.client = client
        self.state = state
        self.outbox = outbox
        self.metrics = metrics or PollerMetrics()
        if client.on_request is None:
            client.on_request = self.metrics.request
        self.fetch_pages = fetch_pages
        self.extract = extract or extract_in_thread
        self.concurrency = asyncio.Semaphore(concurrency)
        self.last_polled: dict[str, float] = {}

    def due(self, sources: list[FeedSource], interval: float, now: float | None = None) -> list[FeedSource]:
        """Feeds whose own interval (or ``interval``) has passed since their last poll."""
        now = time.monotonic() if now is None else now
        return [
            source
            for source in sources
            if now - self.last_polled.get(source.url, -1e18) >= (source.interval or interval) - 0.5
        ]

    async def poll_cycle(self, sources: list[FeedSource]) -> list[FeedReport]:
        """Poll ``sources`` concurrently (one request at a time per host) and flush the outbox."""
        started = time.monotonic()
        for source in sources:
            self.client.allow(source.url)
        ordered = interleave_hosts(sources)  # the first feeds started are on as many hosts as possible
        polled = await asyncio.gather(*(self._poll_guarded(source) for source in ordered))
        by_url = {report.feed: report for report in polled}
        reports = [by_url[source.url] for source in sources]
        await self.outbox.flush()
        elapsed = time.monotonic() - started
        self.metrics.cycle_seconds.observe(elapsed)
        log.info("%s", cycle_summary(reports, elapsed))
        return list(reports)

    async def _poll_guarded(self, source: FeedSource) -> FeedReport:
        async with self.concurrency:
            self.last_polled[source.url] = time.monotonic()
            try:
                return await self.poll_feed(source)
            except Exception as error:  # one feed's bug must not stop the others
                log.exception("polling %s failed", source.url)
                self.metrics.fetch_errors.labels("poll_failed").inc()
                return FeedReport(source.url, status="poll_failed", errors=1, error_codes=[repr(error)[:200]])

    async def poll_feed(self, source: FeedSource) -> FeedReport:
        report = FeedReport(source.url)
        try:
            await self._poll_documents(source, report)
        finally:
            outcome = {"ok": "ok", "not_modified": "not_modified"}.get(report.status, "error")
            self.metrics.feeds_polled.labels(outcome).inc()
        return report

    async def _poll_documents(self, source: FeedSource, report: FeedReport) -> None:
        """Read the feed (and an index's child sitemaps), poll their entries, then save the validators:
        a feed whose entries were not all handled (a crash, a failed delivery) is read in full again."""
        in_full = self.state.feed(source.url).retry_pending  # entries to try again: no 304 wanted
        read = await self._read_feed(source, source.url, report, in_full)
        if read is None:
            return
        document, validators = read
        documents, memos = [document], {source.url: validators}
        if document.kind == "sitemap_index":
            documents = []
            for child in document.sitemaps:
                self.client.allow(child)
                child_read = await self._read_feed(source, child, report, in_full)
                if child_read is not None and child_read[0].kind != "sitemap_index":
                    documents.append(child_read[0])
                    memos[child] = child_read[1]
        for entries_document in documents:
            for entry in entries_document.entries:
                self.client.allow(entry.url)
            for index, entry in enumerate(entries_document.entries):
                report.entries += 1
                await self.poll_entry(source, entry, index, report, entries_document.language)
        validators.retry_pending = any(
            _retry_due(memo)
            for entries_document in documents
            for entry in entries_document.entries
            if (memo := self.state.entry(source.url, entry.url)) is not None
        )
        complete = document.kind != "sitemap_index" or len(documents) == len(document.sitemaps)
        if complete:  # what is not listed now is known to be gone (a 304'd child sitemap lists nothing)
            await self._forget_unlisted(source, {e.url for d in documents for e in d.entries})
        for url, feed_memo in memos.items():
            await self.outbox.state(*self.state.remember_feed(url, feed_memo))

    async def _forget_unlisted(self, source: FeedSource, listed: set[str]) -> None:
        """Drop the entries of ``source`` that it has not listed for FORGET_AFTER_DAYS."""
        cutoff = time.time() - FORGET_AFTER_DAYS * 86400
        for url in sorted(self.state.by_feed.get(source.url, set()) - listed):
            memo = self.state.entry(source.url, url)
            if memo is not None and (memo.seen_at or memo.sent_at or 0.0) < cutoff:
                await self.outbox.state(*self.state.forget_entry(source.url, url))

    async def _read_feed(
        self, source: FeedSource, url: str, report: FeedReport, in_full: bool
    ) -> tuple[FeedDocument, FeedMemo] | None:
        """The feed document and its new validators (saved by the caller once its entries are handled),
        or None when not modified (304) or failed (dead-lettered when a failure starts)."""
        memo = self.state.feed(url)
        try:
            page = await self.client.get(
                url,
                etag=None if in_full else memo.etag,
                last_modified=None if in_full else memo.last_modified,
                accept=FEED_ACCEPT,
            )
            if page.not_modified:
                if url == source.url:
                    report.status = "not_modified"
                return None
            document = parse_feed(page.body, page.url)
        except (FetchFailed, MalformedFeed) as failure:
            report.status = failure.code if url == source.url else report.status
            report.errors += 1
            report.error_codes.append(failure.code)
            self.metrics.fetch_errors.labels(failure.code).inc()
            if memo.error != failure.code:  # a feed that stays broken is reported once, not every cycle
                await self._dead_letter(source, url, None, None, failure.code, failure.reason, 0)
                failed = FeedMemo(memo.etag, memo.last_modified, failure.code, memo.retry_pending)
                await self.outbox.state(*self.state.remember_feed(url, failed))
            return None
        return document, FeedMemo(page.etag, page.last_modified, None)

    async def poll_entry(
        self, source: FeedSource, entry: FeedEntry, index: int, report: FeedReport, language: str | None
    ) -> None:
        memo = self.state.entry(source.url, entry.url)
        entry_hash = entry.content_hash
        now = time.time()
        if memo is not None and memo.entry_hash == entry_hash and not _retry_due(memo):
            report.unchanged += 1
            self.metrics.entries.labels("unchanged").inc()
            if memo.seen_at is None or now - memo.seen_at > SEEN_REFRESH_SECONDS:
                memo.seen_at = now
                await self.outbox.state(*self.state.remember_entry(source.url, entry.url, memo))
            return
        try:
            record, article_hash = await self._article(source, entry, language, report)
        except (FetchFailed, NoArticleText) as failure:
            code = failure.code if isinstance(failure, FetchFailed) else "no_article_text"
            reason = failure.reason if isinstance(failure, FetchFailed) else f"{entry.url}: {failure}"
            transient = isinstance(failure, FetchFailed) and failure.transient
            if code == "no_article_text":
                self.metrics.extraction_failures.inc()
            else:
                self.metrics.fetch_errors.labels(code).inc()
            report.errors += 1
            report.error_codes.append(code)
            attempts = (memo.attempts if memo and memo.entry_hash == entry_hash else 0) + 1
            await self._dead_letter(source, source.url, entry, memo.id if memo else None, code, reason, index)
            failed = EntryMemo(
                id=memo.id if memo else None,
                entry_hash=entry_hash,
                article_hash=memo.article_hash if memo else None,
                failed=code if (transient and attempts < MAX_ATTEMPTS) else f"gave_up:{code}",
                attempts=attempts,
                sent_at=memo.sent_at if memo else None,
                seen_at=now,
            )
            await self.outbox.state(*self.state.remember_entry(source.url, entry.url, failed))
            return
        if memo is not None and memo.id:
            record["id"] = memo.id  # an update keeps the id it was first sent under
        previous = self.state.sent.get(record["id"])
        if previous == article_hash:
            outcome = "unchanged"
        else:
            outcome = "updated" if previous is not None else "new"
            self.state.sent[record["id"]] = article_hash  # before the await: another feed may list it too
            try:
                await self.outbox.article(record["id"].encode(), orjson.dumps(record))
            except BaseException:  # not delivered: it must still count as unsent next cycle
                if previous is None:
                    self.state.sent.pop(record["id"], None)
                else:
                    self.state.sent[record["id"]] = previous
                raise
            self.metrics.articles_sent.inc()
        setattr(report, outcome, getattr(report, outcome) + 1)
        self.metrics.entries.labels(outcome).inc()
        sent = EntryMemo(
            id=record["id"],
            entry_hash=entry_hash,
            article_hash=article_hash,
            sent_at=now if outcome != "unchanged" else (memo.sent_at if memo else None),
            seen_at=now,
        )
        await self.outbox.state(*self.state.remember_entry(source.url, entry.url, sent))

    async def _article(
        self, source: FeedSource, entry: FeedEntry, language: str | None, report: FeedReport
    ) -> tuple[dict[str, Any], str]:
        """The ``articles.raw`` record of an entry (from its page, or from the feed with --no-fetch), and
        the hash of the article: what the page says, whichever feed listed it."""
        fetched_at = rfc3339(time.time())
        if not self.fetch_pages:
            if not entry.summary.strip():
                raise NoArticleText("the feed entry carries no text (and pages are not fetched)")
            page_url, page = entry.url, PageArticle(body=entry.summary)
        else:
            fetched = await self.client.get(entry.url, accept=PAGE_ACCEPT)
            report.fetched += 1
            page = await self._extract(fetched)
            page_url = fetched.url
        canonical = page.canonical_url
        if canonical is None or host_of(canonical) != host_of(page_url):
            canonical = canonical_url(page_url)  # a canonical on another site is a syndication credit
        assert canonical is not None
        record: dict[str, Any] = {
            "id": article_id_for_url(canonical),
            "source": page.site_name or entry.source or source.name or host_of(canonical),
            "url": canonical,
            "title": entry.title or page.title,
            "body": page.body,
            "published_at": page.published_at or entry.published_at,
            "author": entry.author or page.author,
            "feed": source.url,
            "fetched_at": fetched_at,
        }
        hint = source.language or language
        if hint:
            record["language_hint"] = hint
        return record, xxhash.xxh3_64_hexdigest(orjson.dumps([page.title, page.body]))

    async def _extract(self, fetched: Page) -> PageArticle:
        media = fetched.content_type.lower()
        if media not in HTML_TYPES:
            raise FetchFailed("not_html", f"{fetched.url}: {media} is not an HTML page")
        return await self.extract(decode_page(fetched.body, fetched.charset), fetched.url)

    async def _dead_letter(
        self,
        source: FeedSource,
        url: str,
        entry: FeedEntry | None,
        article_id: str | None,
        code: str,
        reason: str,
        index: int,
    ) -> None:
        self.metrics.dead_letters.labels(code).inc()
        value = orjson.dumps(
            {"id": article_id, "url": entry.url if entry else url, "feed": source.url,
             "title": entry.title if entry else None}
        )  # fmt: skip
        key = (article_id or (entry.url if entry else url)).encode()
        record = dead_letter(
            code=code,
            reason=reason[:2000],
            stage="poll",
            origin=Origin(topic=url, partition=0, offset=index, timestamp=time.time()),
            key=key,
            value=value,
            failed_at=rfc3339(time.time()),
            article_id=article_id,
        )
        await self.outbox.dead_letter(key, orjson.dumps(record))


def interleave_hosts(sources: list[FeedSource]) -> list[FeedSource]:
    """Round-robin over hosts: feeds of one host wait for each other anyway (one request at a time)."""
    by_host: dict[str, list[FeedSource]] = {}
    for source in sources:
        by_host.setdefault(host_of(source.url), []).append(source)
    queues = list(by_host.values())
    ordered: list[FeedSource] = []
    for turn in range(max((len(queue) for queue in queues), default=0)):
        ordered.extend(queue[turn] for queue in queues if turn < len(queue))
    return ordered


def _retry_due(memo: EntryMemo) -> bool:
    """A transient failure not yet given up on is tried again in the next cycle."""
    return memo.failed is not None and not memo.failed.startswith("gave_up:") and memo.attempts < MAX_ATTEMPTS


async def extract_in_thread(html: str, url: str) -> PageArticle:
    """Extraction is CPU work: off the event loop, so request timing and timeouts stay honest."""
    return await asyncio.to_thread(extract_page, html, url)


def cycle_summary(reports: list[FeedReport], elapsed: float) -> str:
    total = lambda name: sum(getattr(report, name) for report in reports)  # noqa: E731
    not_modified = sum(report.status == "not_modified" for report in reports)
    failed = sum(report.status not in ("ok", "not_modified") for report in reports)
    return (
        f"poll cycle: {len(reports)} feeds ({not_modified} not modified, {failed} failed), "
        f"{total('entries')} entries, {total('fetched')} pages fetched: {total('new')} new, "
        f"{total('updated')} updated, {total('unchanged')} unchanged, {total('errors')} errors "
        f"in {elapsed:.1f}s"
    )


def report_table(reports: list[FeedReport]) -> str:
    """The per-feed table ``wirestream poll --once`` prints."""
    columns = ("entries", "fetched", "new", "updated", "unchanged", "errors")
    width = min(70, max([len("feed"), *(len(report.feed) for report in reports)]))
    lines = [f"{'feed':<{width}}  {'status':<18}" + "".join(f"{name:>10}" for name in columns)]
    for report in reports:
        status = report.status if report.status != "not_modified" else "304 not modified"
        lines.append(
            f"{report.feed[:width]:<{width}}  {status:<18}"
            + "".join(f"{getattr(report, name):>10}" for name in columns)
        )
    lines.append(
        f"{'total':<{width}}  {'':<18}"
        + "".join(f"{sum(getattr(r, n) for r in reports):>10}" for n in columns)
    )
    return "\n".join(lines)
