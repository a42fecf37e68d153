"""The story index: decides whether an article is the first copy of a story or a copy of an earlier one.

Decision, in order (see docs/dedup.md for the measured reasons):

1. **Redelivery** - an article id already in the index with the same content hash gets the verdict it
   got the first time (stored on its entry), and nothing is added.
2. **Exact** - an earlier live article with the same content hash (the normalised story text):
   duplicate, similarity 1.0.
3. **Near** - candidate stories share at least ``min_shared`` non-hot anchors with the article; their
   articles are verified in judging order. For an earlier article ``e`` the two fingerprints are
   compared at the coarser of their two sampling levels::

       shared = |A ∩ E|      contained = shared / |A|   (how much of the new article is in e)
                             covers    = shared / |E|   (how much of e is in the new article)

   ``e`` matches when ``shared >= min_shared`` and ``max(contained, covers) >= threshold``:
   ``contained`` catches trimmed and rewrapped copies, ``covers`` catches a wire story embedded in an
   outlet's own paragraphs. Anchors found in more than ``max_story_df`` live stories (templates,
   boilerplate) take no part.

The earliest matching article (first judged) decides: the copy joins its story, and ``duplicate_of``
is that story's first copy — a new original's ``story_id`` is its own article id, so ``duplicate_of`` is
always the ``story_id`` of the story the copy joined. Candidates must lie within ``window_seconds`` of the
article's event time (either side), so verdicts do not depend on when the caller runs :meth:`evict`.

Determinism: the verdict depends only on the entries in the index and their judging order (``seq``,
stored on every entry), so replaying the same judge() calls, or restoring the persisted entries in any
order and continuing, gives the same verdicts in any process.
"""

from __future__ import annotations

import heapq
import math
import struct
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .fingerprint import Fingerprint
from .postings import KEY_SHIFT, AnchorPostings

THRESHOLD = 0.5
COVER_THRESHOLD = 0.8
GAP_FRACTION = 0.25
MIN_GAP = 4
FEW_ANCHORS = 16
MIN_SHARED = 3
MAX_STORY_DF = 100
WINDOW_SECONDS = 72 * 3600.0

_STATUSES = ("original", "duplicate")
_METHODS = (None, "exact", "near")
_ENTRY_VERSION = 1
# version, level, status, method, anchor count, seq, event time, content hash, similarity (NaN = None),
# lengths of article_id, story_id, duplicate_of (0xFFFF = None)
_ENTRY_HEAD = struct.Struct("<BBBBIQdQdHHH")
_NONE_LEN = 0xFFFF


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # "original" | "duplicate"
    story_id: str
    duplicate_of: str | None = None
    similarity: float | None = None
    method: str | None = None  # "exact" | "near" | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "story_id": self.story_id,
            "duplicate_of": self.duplicate_of,
            "similarity": self.similarity,
            "method": self.method,
        }


@dataclass(slots=True, eq=False)
class IndexEntry:
    """One judged article as the index holds it, and as the caller persists it (keyed by article_id)."""

    article_id: str
    story_id: str
    content_hash: int
    level: int
    anchors: array[int]  # array("Q"), unique, in text order
    event_time: float
    seq: int  # judging order
    status: str
    duplicate_of: str | None
    similarity: float | None
    method: str | None
    story_slot: int = -1  # assigned by the index that holds it

    @property
    def verdict(self) -> Verdict:
        return Verdict(self.status, self.story_id, self.duplicate_of, self.similarity, self.method)

    def to_bytes(self) -> bytes:
        ids = [
            s.encode() if s is not None else None for s in (self.article_id, self.story_id, self.duplicate_of)
        ]
        head = _ENTRY_HEAD.pack(
            _ENTRY_VERSION,
            self.level,
            _STATUSES.index(self.status),
            _METHODS.index(self.method),
            len(self.anchors),
            self.seq,
            self.event_time,
            self.content_hash,
            math.nan if self.similarity is None else self.similarity,
            *(_NONE_LEN if b is None else len(b) for b in ids),
        )
        anchors = array("Q", self.anchors)
        if sys.byteorder != "little":  # pragma: no cover
            anchors.byteswap()
        return head + b"".join(b for b in ids if b) + anchors.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> IndexEntry:
        (version, level, status, method, count, seq, event_time, content_hash, similarity, *lengths) = (
            _ENTRY_HEAD.unpack_from(data, 0)
        )
        if version != _ENTRY_VERSION:
            raise ValueError(f"unknown index entry format version {version}")
        pos = _ENTRY_HEAD.size
        ids: list[str | None] = []
        for length in lengths:
            if length == _NONE_LEN:
                ids.append(None)
                continue
            ids.append(bytes(data[pos : pos + length]).decode())
            pos += length
        anchors = array("Q")
        anchors.frombytes(bytes(data[pos : pos + 8 * count]))
        if sys.byteorder != "little":  # pragma: no cover
            anchors.byteswap()
        article_id, story_id, duplicate_of = ids
        return cls(
            article_id=article_id or "",
            story_id=story_id or "",
            content_hash=content_hash,
            level=level,
            anchors=anchors,
            event_time=event_time,
            seq=seq,
            status=_STATUSES[status],
            duplicate_of=duplicate_of,
            similarity=None if math.isnan(similarity) else similarity,
            method=_METHODS[method],
        )


class _Story:
    __slots__ = ("entries", "slot", "story_id")

    def __init__(self, story_id: str, slot: int) -> None:
        self.story_id = story_id
        self.slot = slot
        self.entries: list[IndexEntry] = []  # ordered by seq


class StoryIndex:
    """Sequential judge/restore/evict over live entries. Not thread-safe; one per index partition."""

    def __init__(
        self,
        window_seconds: float = WINDOW_SECONDS,
        *,
        threshold: float = THRESHOLD,
        cover_threshold: float = COVER_THRESHOLD,
        gap_fraction: float = GAP_FRACTION,
        min_gap: int = MIN_GAP,
        min_shared: int = MIN_SHARED,
        max_story_df: int = MAX_STORY_DF,
    ) -> None:
        self.window_seconds = window_seconds
        self.threshold = threshold
        self.cover_threshold = cover_threshold
        self.gap_fraction = gap_fraction
        self.min_gap = min_gap
        self.few_anchors = FEW_ANCHORS
        self.min_shared = min_shared
        self._postings = AnchorPostings(max_story_df)
        self._by_id: dict[str, IndexEntry] = {}
        self._by_hash: dict[int, IndexEntry | list[IndexEntry]] = {}
        self._stories: dict[str, _Story] = {}
        self._story_slots: list[_Story | None] = []
        self._free_slots: list[int] = []
        self._by_time: list[tuple[float, int, str]] = []  # heap (event_time, seq, article_id)
        self._next_seq = 0

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def get(self, article_id: str) -> IndexEntry | None:
        return self._by_id.get(article_id)

    # -- the three operations ----------------------------------------------------------------------

    def judge(self, article_id: str, fp: Fingerprint, event_time: float) -> tuple[Verdict, IndexEntry | None]:
        """Judge one article against every earlier live one, add it, return (verdict, new entry)."""
        previous = self._by_id.get(article_id)
        if previous is not None:
            if previous.content_hash == fp.content_hash:
                return previous.verdict, None
            self._remove(previous)  # same id, new content: judged again as a new version
        lookups: list[Iterable[int] | None] = []
        verdict = self._exact(fp, event_time) or self._near(fp, event_time, lookups)
        if verdict is None:
            verdict = Verdict("original", article_id)
        entry = IndexEntry(
            article_id=article_id,
            story_id=verdict.story_id,
            content_hash=fp.content_hash,
            level=fp.level,
            anchors=array("Q", fp.anchors),
            event_time=float(event_time),
            seq=self._next_seq,
            status=verdict.status,
            duplicate_of=verdict.duplicate_of,
            similarity=verdict.similarity,
            method=verdict.method,
        )
        self._add(entry, lookups if len(lookups) == len(entry.anchors) else None)
        return verdict, entry

    def restore(self, entry: IndexEntry) -> None:
        """Re-add a persisted entry (after a restart or rebalance). Idempotent; any order."""
        current = self._by_id.get(entry.article_id)
        if current is not None:
            if current.seq == entry.seq and current.content_hash == entry.content_hash:
                return
            if current.seq > entry.seq:
                return  # a newer version of this article is already here
            self._remove(current)
        self._add(entry)

    def evict(self, older_than: float) -> list[str]:
        """Drop entries with event_time < older_than; returns their article ids (oldest first)."""
        evicted: list[str] = []
        heap = self._by_time
        while heap and heap[0][0] < older_than:
            _, seq, article_id = heapq.heappop(heap)
            entry = self._by_id.get(article_id)
            if entry is not None and entry.seq == seq:
                self._remove(entry)
                evicted.append(article_id)
        return evicted

    # -- deciding ----------------------------------------------------------------------------------

    def _in_window(self, entry: IndexEntry, event_time: float) -> bool:
        return abs(entry.event_time - event_time) <= self.window_seconds

    def _exact(self, fp: Fingerprint, event_time: float) -> Verdict | None:
        if not fp.content_hash:
            return None
        found = self._by_hash.get(fp.content_hash)
        if found is None:
            return None
        for entry in found if isinstance(found, list) else (found,):
            if self._in_window(entry, event_time):
                return Verdict("duplicate", entry.story_id, entry.story_id, 1.0, "exact")
        return None

    def _near(self, fp: Fingerprint, event_time: float, lookups: list[Any]) -> Verdict | None:
        """Near-tier verdict; ``lookups`` receives the postings seen per anchor (reused by _add)."""
        postings = self._postings
        live: list[int] = []
        hits: dict[int, int] = {}
        for anchor in fp.anchors:
            stories = postings.stories(anchor >> KEY_SHIFT)
            lookups.append(stories)
            if stories is None:
                continue  # hot: template or boilerplate
            live.append(anchor)
            for slot in stories:
                hits[slot] = hits.get(slot, 0) + 1
        if len(live) < self.min_shared:
            return None
        best: IndexEntry | None = None
        best_similarity = 0.0
        queries: dict[int, tuple[list[int], set[int]]] = {}
        for slot, count in hits.items():
            if count < self.min_shared:
                continue
            story = self._story_slots[slot]
            assert story is not None  # a slot with hits holds a live story
            for entry in story.entries:
                if best is not None and entry.seq >= best.seq:
                    break
                if not self._in_window(entry, event_time):
                    continue
                similarity = self._similarity(fp.level, live, queries, entry)
                if similarity is not None:
                    best, best_similarity = entry, similarity
                    break
        if best is None:
            return None
        return Verdict("duplicate", best.story_id, best.story_id, round(best_similarity, 4), "near")

    def _similarity(
        self, level: int, live: list[int], queries: dict[int, tuple[list[int], set[int]]], entry: IndexEntry
    ) -> float | None:
        """max(contained, covers) when the entry matches, else None. Anchors are in document order."""
        common = max(level, entry.level)
        mask = common - 1
        query = queries.get(common)
        if query is None:
            at_level = [a for a in live if not a & mask]
            query = queries[common] = (at_level, set(at_level))
        query_list, query_set = query
        if len(query_list) < self.min_shared:
            return None
        hot = self._postings.hot_keys
        own = [a for a in entry.anchors if not a & mask and not (hot and (a >> KEY_SHIFT) in hot)]
        own_flags = [a in query_set for a in own]
        shared = sum(own_flags)
        if shared < self.min_shared:
            return None
        contained, covers = shared / len(query_list), shared / len(own)
        if covers >= self.cover_threshold and self._no_gap(own_flags, entry.level < common):
            return max(contained, covers)
        if contained >= self.threshold:
            own_set = set(own)
            if self._no_gap([a in own_set for a in query_list], level < common):
                return max(contained, covers)
        return None

    def _no_gap(self, flags: list[bool], coarse: bool) -> bool:
        """False when a long run of unshared anchors sits between shared ones.

        That is the shape of two different stories in one outlet template: shared head and foot, the
        stories themselves in between. Edits leave only short runs; trimmed copies and added paragraphs
        leave unshared runs at the start or the end, which are allowed. ``coarse``: these anchors are a
        sparser sample than the text's own level (compared with a longer text) - when they are few, a
        single unshared anchor between shared ones is enough to reject.
        """
        limit: float
        if coarse and len(flags) < self.few_anchors:
            limit = 1
        else:
            limit = max(self.min_gap, self.gap_fraction * len(flags))
        longest = run = 0
        seen_shared = False
        for flag in flags:
            if flag:
                if seen_shared and run > longest:
                    longest = run
                seen_shared = True
                run = 0
            else:
                run += 1
        return longest < limit

    # -- bookkeeping -------------------------------------------------------------------------------

    def _add(self, entry: IndexEntry, lookups: list[Any] | None = None) -> None:
        story = self._stories.get(entry.story_id)
        if story is None:
            slot = self._free_slots.pop() if self._free_slots else len(self._story_slots)
            story = _Story(entry.story_id, slot)
            if slot == len(self._story_slots):
                self._story_slots.append(story)
            else:
                self._story_slots[slot] = story
            self._stories[entry.story_id] = story
        entry.story_id = story.story_id  # share one string object per story
        entry.story_slot = story.slot
        _insort_by_seq(story.entries, entry)
        postings = self._postings
        if lookups is None:
            for anchor in entry.anchors:
                postings.add(anchor >> KEY_SHIFT, story.slot)
        else:  # the postings of every anchor were just looked up: skip scanning the buckets again
            slot, seen = story.slot, set()
            for anchor, stories in zip(entry.anchors, lookups, strict=True):
                key = anchor >> KEY_SHIFT
                if key in seen or stories is None or slot in stories:
                    postings.add(key, slot)
                else:
                    postings.add_new(key, slot, stories)
                seen.add(key)
        if entry.content_hash:
            found = self._by_hash.get(entry.content_hash)
            if found is None:
                self._by_hash[entry.content_hash] = entry
            elif isinstance(found, list):
                _insort_by_seq(found, entry)
            else:
                pair = [found]
                _insort_by_seq(pair, entry)
                self._by_hash[entry.content_hash] = pair
        self._by_id[entry.article_id] = entry
        heapq.heappush(self._by_time, (entry.event_time, entry.seq, entry.article_id))
        if entry.seq >= self._next_seq:
            self._next_seq = entry.seq + 1

    def _remove(self, entry: IndexEntry) -> None:
        del self._by_id[entry.article_id]
        story = self._stories[entry.story_id]
        _remove_identical(story.entries, entry)
        remove = self._postings.remove
        for anchor in entry.anchors:
            remove(anchor >> KEY_SHIFT, story.slot)
        if not story.entries:
            del self._stories[story.story_id]
            self._story_slots[story.slot] = None
            self._free_slots.append(story.slot)
        if entry.content_hash:
            found = self._by_hash[entry.content_hash]
            if isinstance(found, list):
                _remove_identical(found, entry)
                if len(found) == 1:
                    self._by_hash[entry.content_hash] = found[0]
            else:
                del self._by_hash[entry.content_hash]
        # the heap item is dropped lazily by evict() (it checks the seq)


def _insort_by_seq(entries: list[IndexEntry], entry: IndexEntry) -> None:
    pos = len(entries)
    while pos and entries[pos - 1].seq > entry.seq:
        pos -= 1
    entries.insert(pos, entry)


def _remove_identical(entries: list[IndexEntry], entry: IndexEntry) -> None:
    for pos, candidate in enumerate(entries):
        if candidate is entry:
            del entries[pos]
            return
