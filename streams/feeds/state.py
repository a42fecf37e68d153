"""What the poller remembers across restarts, kept in the compacted topic ``feeds.state``.

Two kinds of record, one key each (the latest record per key is the state):

* ``feed|<url>`` → the feed's validators (ETag, Last-Modified) and its last failure code;
* ``entry|<feed url> <canonical entry url>`` → the article id it was sent under, the hash of the feed's
  entry, the hash of the article sent, the last failure (code, attempts) if it could not be read, and
  when the feed last listed it. An entry its feed has not listed for ``FORGET_AFTER_DAYS`` is dropped
  (a tombstone), so the state stays the size of what the feeds list, not of everything ever sent.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass

import orjson
from aiokafka import TopicPartition

from streams.ops.kafka import assign_all, reader
from streams.settings import Settings

FEED_KEY = "feed|"
ENTRY_KEY = "entry|"


@dataclass(slots=True)
class FeedMemo:
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # the code of the last failure, None after a good poll
    retry_pending: bool = False  # an entry failed transiently: fetch in full next time (no 304)
    checked_at: float = 0.0


@dataclass(slots=True)
class EntryMemo:
    id: str | None = None  # the article id it was sent under (kept for updates)
    entry_hash: str | None = None
    article_hash: str | None = None  # None until an article was sent
    failed: str | None = None  # the code of the last failure of this entry version
    attempts: int = 0
    sent_at: float | None = None
    seen_at: float | None = None  # last time its feed listed it (refreshed at most daily)


class PollState:
    """The poller's memory: feeds by URL, entries by (feed, canonical URL), article hashes by article id.

    Entries are per feed (two feeds listing one page describe it differently); the article hash per id
    keeps the page from being sent twice when two feeds list it.
    """

    def __init__(self) -> None:
        self.feeds: dict[str, FeedMemo] = {}
        self.entries: dict[str, EntryMemo] = {}
        self.sent: dict[str, str] = {}  # article id → hash of the article last sent under it
        self.by_feed: dict[str, set[str]] = {}  # feed url → entry urls remembered for it
        self.id_entries: Counter[str] = Counter()  # article id → entries remembered under it

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        """Fold one ``feeds.state`` record in (a later record for a key replaces the earlier one)."""
        if key is None:
            return
        name = key.decode("utf-8", "replace")
        if name.startswith(FEED_KEY):
            if value is None:
                self.feeds.pop(name[len(FEED_KEY) :], None)
            else:
                self.feeds[name[len(FEED_KEY) :]] = FeedMemo(**_known(orjson.loads(value), FeedMemo))
        elif name.startswith(ENTRY_KEY):
            feed, _, url = name[len(ENTRY_KEY) :].partition(" ")
            if value is None:
                self.forget_entry(feed, url)
            else:
                self.remember_entry(feed, url, EntryMemo(**_known(orjson.loads(value), EntryMemo)))

    def feed(self, url: str) -> FeedMemo:
        return self.feeds.get(url) or FeedMemo()

    def remember_feed(self, url: str, memo: FeedMemo) -> tuple[bytes, bytes]:
        memo.checked_at = time.time()
        self.feeds[url] = memo
        return (FEED_KEY + url).encode(), orjson.dumps(asdict(memo))

    def entry(self, feed: str, url: str) -> EntryMemo | None:
        return self.entries.get(f"{feed} {url}")

    def remember_entry(self, feed: str, url: str, memo: EntryMemo) -> tuple[bytes, bytes]:
        key = f"{feed} {url}"
        previous = self.entries.get(key)
        if previous is not None and previous.id:
            self.id_entries[previous.id] -= 1
        self.entries[key] = memo
        self.by_feed.setdefault(feed, set()).add(url)
        if memo.id:
            self.id_entries[memo.id] += 1
            if memo.article_hash:
                self.sent[memo.id] = memo.article_hash
        return (ENTRY_KEY + key).encode(), orjson.dumps(asdict(memo))

    def forget_entry(self, feed: str, url: str) -> tuple[bytes, None]:
        """Drop an entry (its feed no longer lists it); the key's tombstone, for the compacted topic."""
        key = f"{feed} {url}"
        memo = self.entries.pop(key, None)
        self.by_feed.get(feed, set()).discard(url)
        if memo is not None and memo.id:
            self.id_entries[memo.id] -= 1
            if self.id_entries[memo.id] <= 0:  # no entry left under that id: nor its hash
                del self.id_entries[memo.id]
                self.sent.pop(memo.id, None)
        return (ENTRY_KEY + key).encode(), None


def _known(document: dict, kind: type) -> dict:
    names = kind.__dataclass_fields__  # type: ignore[attr-defined]
    return {name: value for name, value in document.items() if name in names}


async def load_state(settings: Settings, topic: str) -> PollState:
    """Read ``topic`` from its beginning to the end offsets it had when called."""
    state = PollState()
    consumer = reader(settings)
    await consumer.start()
    try:
        partitions: list[TopicPartition] = await assign_all(consumer, settings, [topic])
        if not partitions:
            raise SystemExit(f"topic {topic!r} does not exist (wirestream topics create)")
        ends = await consumer.end_offsets(partitions)
        remaining = {tp for tp in partitions if ends[tp] > 0}
        while remaining:
            batches = await consumer.getmany(*remaining, timeout_ms=1000)
            for records in batches.values():
                for record in records:
                    state.apply(record.key, record.value)
            for tp in list(remaining):
                if await consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await consumer.stop()
    return state
