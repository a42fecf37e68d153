"""The story index: decides whether an article is the first copy of a story or a copy of an earlier one.

Decision, in order (see docs/dedup.md for the measured reasons and the meaning of the window):

1. **Redelivery** - an article id already in the index with the same content hash (its current or an
   earlier version) gets the verdict that version got, and nothing is added.
2. **Update** - the id is in the index with a different content hash: ``update``, in the same story;
   the new version replaces the old one's fingerprint. Never judged against its own story again.
3. **Unchecked** - nothing is left to compare after normalisation (``no_story_text``), or the article
   arrived before the retention horizon (``arrived_late``, see below) and matched nothing.
4. **Exact** - a live article with the same content hash (the normalised story text): duplicate,
   similarity 1.0.
5. **Near** - candidate stories share at least ``min_shared`` non-hot anchors with the article; their
   articles are verified in judging order. For an earlier article ``e`` the two fingerprints are
   compared at the coarser of their two sampling levels::

       shared = |A ∩ E|      contained = shared / |A|   (how much of the new article is in e)
                             covers    = shared / |E|   (how much of e is in the new article)

   ``e`` matches when ``shared >= min_shared`` and ``max(contained, covers) >= threshold``:
   ``contained`` catches trimmed and rewrapped copies, ``covers`` catches a wire story embedded in an
   outlet's own paragraphs. Anchors found in more than ``max_story_df`` live stories (templates,
   boilerplate) take no part.

**Two clocks.** Retention is counted in *arrival* time (``received_at``, stamped at ingest): an entry
stays until the newest arrival in this index is ``retention_seconds`` past its own, whatever dates the
articles carry, so late and out-of-order copies meet. *Event time* (publication) only ranks candidates:
matches within ``window_seconds`` of the article's event time are preferred; a match further away in
event time (a backfill, an outlet's wrong clock) is taken when there is none nearer. Among the
preferred matches the earliest judged decides: the copy joins its story, and ``duplicate_of`` is that
story's first copy (a new original's ``story_id`` is its own id). An article whose own story lives on
only in its copies (its entry was evicted) is never a duplicate of itself: it is ``original`` again.

Determinism: the verdict depends only on the entries in the index, their judging order (``seq``, stored
on every entry) and the newest arrival among them, so replaying the same judge() calls, or restoring the
persisted entries in any order and continuing, gives the same verdicts in any process.
"""

from __future__ import annotations

import bisect
import heapq
import math
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

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
#: Earlier versions of an updated article whose verdicts are remembered (for their redelivery).
MAX_VERSIONS = 16

#: Why an article was not checked (``status: "unchecked"``).
NO_STORY_TEXT = "no_story_text"  # nothing left to compare once bylines and boilerplate are gone
ARRIVED_LATE = "arrived_late"  # arrived before the retention horizon: its contemporaries are gone

_STATUSES = ("original", "duplicate", "update", "unchecked")
_METHODS = (None, "exact", "near")
_ENTRY_VERSION = 2
# version, level, status, method, anchor count, seq, revision, event time, received at, content hash,
# similarity (NaN = None), versions, lengths of article_id, story_id, duplicate_of, reason (0xFFFF = None)
_ENTRY_HEAD = struct.Struct("<BBBBIQIddQdHHHHH")
_ENTRY_HEAD_V1 = struct.Struct("<BBBBIQdQdHHH")  # read only: no arrival time, revision or versions
# an earlier version: content hash, status, method, similarity, lengths of duplicate_of and reason
_VERSION_HEAD = struct.Struct("<QBBdHH")
_NONE_LEN = 0xFFFF


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str  # "original" | "duplicate" | "update" | "unchecked"
    story_id: str
    duplicate_of: str | None = None
    similarity: float | None = None
    method: str | None = None  # "exact" | "near" | None
    reason: str | None = None  # why an "unchecked" article was not checked

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "story_id": self.story_id,
            "duplicate_of": self.duplicate_of,
            "similarity": self.similarity,
            "method": self.method,
            "reason": self.reason,
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
    seq: int  # judging order (kept by updates, so a story's first copy stays first)
    status: str
    duplicate_of: str | None
    similarity: float | None
    method: str | None
    received_at: float = math.nan  # arrival (ingest) time: what retention counts; NaN = event_time
    revision: int = 0  # 0 for the first version, +1 per update
    versions: tuple[tuple[int, Verdict], ...] = ()  # earlier versions: (content hash, verdict)
    reason: str | None = None
    story_slot: int = -1  # assigned by the index that holds it

    def __post_init__(self) -> None:
        if math.isnan(self.received_at):
            self.received_at = self.event_time

    @property
    def verdict(self) -> Verdict:
        return Verdict(
            self.status, self.story_id, self.duplicate_of, self.similarity, self.method, self.reason
        )

    def verdict_for(self, content_hash: int) -> Verdict | None:
        """The verdict this article got for the version with ``content_hash``, if it is one of its own."""
        if content_hash == self.content_hash:
            return self.verdict
        for known, verdict in reversed(self.versions):
            if known == content_hash:
                return verdict
        return None

    def to_bytes(self) -> bytes:
        ids = [_utf8(s) for s in (self.article_id, self.story_id, self.duplicate_of, self.reason)]
        head = _ENTRY_HEAD.pack(
            _ENTRY_VERSION,
            self.level,
            _STATUSES.index(self.status),
            _METHODS.index(self.method),
            len(self.anchors),
            self.seq,
            self.revision,
            self.event_time,
            self.received_at,
            self.content_hash,
            _nan(self.similarity),
            len(self.versions),
            *(_NONE_LEN if b is None else len(b) for b in ids),
        )
        anchors = array("Q", self.anchors)
        if sys.byteorder != "little":  # pragma: no cover
            anchors.byteswap()
        parts = [head, *(b for b in ids if b), anchors.tobytes()]
        for content_hash, verdict in self.versions:
            extra = [_utf8(verdict.duplicate_of), _utf8(verdict.reason)]
            parts.append(
                _VERSION_HEAD.pack(
                    content_hash,
                    _STATUSES.index(verdict.status),
                    _METHODS.index(verdict.method),
                    _nan(verdict.similarity),
                    *(_NONE_LEN if b is None else len(b) for b in extra),
                )
            )
            parts.extend(b for b in extra if b)
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> IndexEntry:
        version = data[0] if data else None
        if version == 1:
            (_, level, status, method, count, seq, event_time, content_hash, similarity, *lengths) = (
                _ENTRY_HEAD_V1.unpack_from(data, 0)
            )
            revision, received_at, n_versions, pos = 0, event_time, 0, _ENTRY_HEAD_V1.size
            lengths.append(_NONE_LEN)
        elif version == _ENTRY_VERSION:
            (_, level, status, method, count, seq, revision, event_time, received_at, content_hash) = (
                _ENTRY_HEAD.unpack_from(data, 0)[:10]
            )
            similarity, n_versions, *lengths = _ENTRY_HEAD.unpack_from(data, 0)[10:]
            pos = _ENTRY_HEAD.size
        else:
            raise ValueError(f"unknown index entry format version {version}")
        ids, pos = _read_strings(data, pos, lengths)
        anchors = array("Q")
        anchors.frombytes(bytes(data[pos : pos + 8 * count]))
        pos += 8 * count
        if sys.byteorder != "little":  # pragma: no cover
            anchors.byteswap()
        article_id, story_id, duplicate_of, reason = ids
        versions = []
        for _ in range(n_versions):
            known, v_status, v_method, v_similarity, *v_lengths = _VERSION_HEAD.unpack_from(data, pos)
            (v_duplicate_of, v_reason), pos = _read_strings(data, pos + _VERSION_HEAD.size, v_lengths)
            verdict = Verdict(
                _STATUSES[v_status],
                story_id or "",
                v_duplicate_of,
                _none(v_similarity),
                _METHODS[v_method],
                v_reason,
            )
            versions.append((known, verdict))
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
            similarity=_none(similarity),
            method=_METHODS[method],
            received_at=received_at,
            revision=revision,
            versions=tuple(versions),
            reason=reason,
        )


def _utf8(text: str | None) -> bytes | None:
    return None if text is None else text.encode()


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _none(value: float) -> float | None:
    return None if math.isnan(value) else value


def _read_strings(data: bytes, pos: int, lengths: list[int]) -> tuple[list[str | None], int]:
    out: list[str | None] = []
    for length in lengths:
        if length == _NONE_LEN:
            out.append(None)
            continue
        out.append(bytes(data[pos : pos + length]).decode())
        pos += length
    return out, pos


class Judged(NamedTuple):
    """What :meth:`StoryIndex.judge_article` decided and stored."""

    verdict: Verdict
    entry: IndexEntry | None  # to persist (keyed by article id); None when nothing was added
    redelivered: bool = False  # the article (this version of it) was judged before


# -- the layout of live entries ----------------------------------------------------------------------
#
# The index holds no object per article that the cyclic GC tracks: each live entry is its persisted
# bytes (:meth:`IndexEntry.to_bytes`), and every per-article map holds only strings, ints and bytes,
# which CPython never tracks, so the maps themselves stay untracked too; arrival order is kept the
# same way (:class:`_ArrivalQueue`). A full collection then costs about the same with a million
# indexed articles as with none. (An IndexEntry, its anchor array and a list per story were ~3 tracked
# objects an article: ~1.2 s of CPU a full collection at 1M.) A story's or a content hash's articles
# are packed bytes of (seq, article id) in seq order: see :func:`_members`.

_HEAD_SIZE = _ENTRY_HEAD.size
_MEMBER = struct.Struct("<QH")  # seq, length of the UTF-8 article id that follows
_NATIVE_LITTLE = sys.byteorder == "little"


class _Row:
    """What the near tier reads from an entry's bytes: one struct unpack, anchors as a view."""

    __slots__ = ("anchors", "event_time", "level", "seq")

    def __init__(self, data: bytes) -> None:
        head = _ENTRY_HEAD.unpack_from(data, 0)
        self.level, self.seq, self.event_time = head[1], head[5], head[7]
        pos = _HEAD_SIZE + sum(length for length in head[12:16] if length != _NONE_LEN)
        view = memoryview(data)[pos : pos + 8 * head[4]]
        if _NATIVE_LITTLE:
            self.anchors: Iterable[int] = view.cast("Q")
        else:  # pragma: no cover
            anchors = array("Q", view.tobytes())
            anchors.byteswap()
            self.anchors = anchors


def _story_of(data: bytes) -> str:
    """The story id stored in an entry's bytes."""
    head = _ENTRY_HEAD.unpack_from(data, 0)
    pos = _HEAD_SIZE + (0 if head[12] == _NONE_LEN else head[12])
    return bytes(data[pos : pos + head[13]]).decode()


def _members(packed: bytes) -> list[tuple[int, str]]:
    """(seq, article id) pairs, in seq order, from :func:`_pack`."""
    out: list[tuple[int, str]] = []
    pos, size = 0, len(packed)
    while pos < size:
        seq, length = _MEMBER.unpack_from(packed, pos)
        pos += _MEMBER.size
        out.append((seq, packed[pos : pos + length].decode()))
        pos += length
    return out


def _pack(members: list[tuple[int, str]]) -> bytes:
    parts = []
    for seq, article_id in members:
        encoded = article_id.encode()
        parts.append(_MEMBER.pack(seq, len(encoded)))
        parts.append(encoded)
    return b"".join(parts)


def _with_member(packed: bytes | None, seq: int, article_id: str) -> bytes:
    """``packed`` with (seq, article id) added in seq order (after any with the same seq)."""
    members = _members(packed) if packed else []
    pos = len(members)
    while pos and members[pos - 1][0] > seq:
        pos -= 1
    members.insert(pos, (seq, article_id))
    return _pack(members)


def _without_member(packed: bytes, article_id: str) -> bytes:
    return _pack([member for member in _members(packed) if member[1] != article_id])


_ARRIVAL = struct.Struct("<dQIH")  # received_at, seq, revision, length of the UTF-8 article id
#: Arrival records are grouped by this many seconds of arrival time (one packed bytes value per group).
ARRIVAL_GROUP_SECONDS = 10.0


class _ArrivalQueue:
    """Arrival records, taken out oldest first; a priority queue without an object per record.

    Records are appended, packed, to the bytes of their ``ARRIVAL_GROUP_SECONDS`` group; only the
    oldest group is unpacked (and sorted) when eviction reaches it. A heap of one record per entry
    would be a list of a million tuples at 1 M entries, walked by every full collection.
    """

    __slots__ = ("_front", "_front_group", "_groups", "_keys", "_taken")

    def __init__(self) -> None:
        self._groups: dict[int, bytearray] = {}  # group -> packed records, in the order they came
        self._keys: list[int] = []  # heap of the groups in _groups
        self._front: list[tuple[float, int, int, str]] = []  # the oldest group, sorted, being taken
        self._taken = 0  # how many of _front were taken
        self._front_group: int | None = None

    def push(self, received_at: float, seq: int, revision: int, article_id: str) -> None:
        record = (received_at, seq, revision, article_id)
        group = math.floor(received_at / ARRIVAL_GROUP_SECONDS)
        if self._front_group is not None and group <= self._front_group:
            bisect.insort(self._front, record, lo=self._taken)  # as old as what is being taken
            return
        encoded = article_id.encode()
        packed = _ARRIVAL.pack(received_at, seq, revision, len(encoded)) + encoded
        held = self._groups.get(group)
        if held is None:
            heapq.heappush(self._keys, group)
            self._groups[group] = bytearray(packed)
        else:
            held += packed  # a bytearray grows in place (and is no more tracked than bytes)

    def pop_before(self, older_than: float) -> Iterator[tuple[float, int, int, str]]:
        """Take out every record with ``received_at < older_than``, oldest first."""
        while True:
            if self._taken == len(self._front):
                self._front, self._taken = [], 0
                if not self._keys or self._keys[0] * ARRIVAL_GROUP_SECONDS >= older_than:
                    self._front_group = None
                    return
                group = heapq.heappop(self._keys)
                self._front = sorted(_unpack_arrivals(self._groups.pop(group)))
                self._front_group = group
            record = self._front[self._taken]
            if record[0] >= older_than:
                return
            self._taken += 1
            yield record


def _unpack_arrivals(packed: bytes | bytearray) -> list[tuple[float, int, int, str]]:
    out = []
    pos, size = 0, len(packed)
    while pos < size:
        received_at, seq, revision, length = _ARRIVAL.unpack_from(packed, pos)
        pos += _ARRIVAL.size
        out.append((received_at, seq, revision, packed[pos : pos + length].decode()))
        pos += length
    return out


class StoryIndex:
    """Sequential judge/restore/evict over live entries. Not thread-safe; one per index partition.

    ``window_seconds``: event-time distance within which matches are preferred. ``retention_seconds``
    (default: the same): how long an entry stays after its arrival, counted from the newest arrival.
    """

    def __init__(
        self,
        window_seconds: float = WINDOW_SECONDS,
        *,
        retention_seconds: float | None = None,
        threshold: float = THRESHOLD,
        cover_threshold: float = COVER_THRESHOLD,
        gap_fraction: float = GAP_FRACTION,
        min_gap: int = MIN_GAP,
        min_shared: int = MIN_SHARED,
        max_story_df: int = MAX_STORY_DF,
    ) -> None:
        self.window_seconds = window_seconds
        self.retention_seconds = window_seconds if retention_seconds is None else retention_seconds
        self.threshold = threshold
        self.cover_threshold = cover_threshold
        self.gap_fraction = gap_fraction
        self.min_gap = min_gap
        self.few_anchors = FEW_ANCHORS
        self.min_shared = min_shared
        self._postings = AnchorPostings(max_story_df)
        self._by_id: dict[str, bytes] = {}  # article id -> its entry's bytes
        self._by_hash: dict[int, bytes] = {}  # content hash -> members (packed), in seq order
        self._story_slot: dict[str, int] = {}  # story id -> slot (the postings name stories by slot)
        self._story_ids: dict[int, str] = {}  # slot -> story id
        self._story_members: dict[int, bytes] = {}  # slot -> its live articles (packed), in seq order
        self._free_slots = array("I")  # slots of stories that died, for reuse
        self._next_slot = 0
        self._arrivals = _ArrivalQueue()  # (received_at, seq, revision, id) of every entry added
        self._next_seq = 0
        self.newest_arrival = -math.inf  # the largest received_at of any entry added or restored

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    def get(self, article_id: str) -> IndexEntry | None:
        data = self._by_id.get(article_id)
        if data is None:
            return None
        entry = self._entry(data)
        entry.story_slot = self._story_slot[entry.story_id]
        return entry

    @property
    def horizon(self) -> float:
        """Arrival time before which entries are (or will at the next :meth:`expire` be) gone."""
        return self.newest_arrival - self.retention_seconds

    # -- the operations ----------------------------------------------------------------------------

    def judge(
        self, article_id: str, fp: Fingerprint, event_time: float, received_at: float | None = None
    ) -> tuple[Verdict, IndexEntry | None]:
        """Judge one article against the live ones, add it, return (verdict, new entry or None)."""
        judged = self.judge_article(article_id, fp, event_time, received_at)
        return judged.verdict, judged.entry

    def judge_article(
        self, article_id: str, fp: Fingerprint, event_time: float, received_at: float | None = None
    ) -> Judged:
        """Like :meth:`judge`, and says whether this was a redelivery. ``received_at`` defaults to
        ``event_time``."""
        received_at = float(event_time if received_at is None else received_at)
        stored = self._by_id.get(article_id)
        if stored is not None:
            previous = self._entry(stored)
            known = previous.verdict_for(fp.content_hash)
            if known is not None:
                return Judged(known, None, True)
            return Judged(
                Verdict("update", previous.story_id), self._update(previous, fp, event_time, received_at)
            )
        if not fp.content_hash:
            return Judged(Verdict("unchecked", article_id, reason=NO_STORY_TEXT), None)
        lookups: list[Iterable[int] | None] = []
        verdict = self._exact(fp, event_time) or self._near(fp, event_time, lookups)
        if verdict is not None and verdict.story_id == article_id:
            verdict = Verdict("original", article_id)  # its story lives on in its copies: never its own copy
        if received_at < self.horizon:  # too late to be kept: its contemporaries may be gone already
            return Judged(verdict or Verdict("unchecked", article_id, reason=ARRIVED_LATE), None)
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
            received_at=received_at,
        )
        self._add(entry, lookups if len(lookups) == len(entry.anchors) else None)
        return Judged(verdict, entry)

    def stored(self, article_id: str) -> bytes:
        """The bytes held for a live article: ``IndexEntry.to_bytes()`` of the entry it was given."""
        return self._by_id[article_id]

    def restore(self, entry: IndexEntry) -> None:
        """Re-add a persisted entry (after a restart or rebalance). Idempotent; any order."""
        stored = self._by_id.get(entry.article_id)
        if stored is not None:
            current = self._entry(stored)
            if (current.seq, current.revision) >= (entry.seq, entry.revision):
                return  # the same or a newer version of this article is already here
            self._remove(current)
        self._add(entry)

    def evict(self, older_than: float) -> list[str]:
        """Drop entries that arrived before ``older_than``; returns their article ids (oldest first)."""
        evicted: list[str] = []
        for _, seq, revision, article_id in self._arrivals.pop_before(older_than):
            stored = self._by_id.get(article_id)
            if stored is None:
                continue
            entry = self._entry(stored)
            if entry.seq == seq and entry.revision == revision:
                self._remove(entry)
                evicted.append(article_id)
        return evicted

    def expire(self) -> list[str]:
        """Drop what arrived more than ``retention_seconds`` before the newest arrival."""
        return self.evict(self.horizon)

    # -- deciding ----------------------------------------------------------------------------------

    def _update(
        self, previous: IndexEntry, fp: Fingerprint, event_time: float, received_at: float
    ) -> IndexEntry:
        """A new version of a live article: same story, same place in it, the new text from now on."""
        entry = IndexEntry(
            article_id=previous.article_id,
            story_id=previous.story_id,
            content_hash=fp.content_hash,
            level=fp.level,
            anchors=array("Q", fp.anchors),
            event_time=float(event_time),
            seq=previous.seq,
            status="update",
            duplicate_of=None,
            similarity=None,
            method=None,
            received_at=max(previous.received_at, received_at),
            revision=previous.revision + 1,
            versions=(*previous.versions, (previous.content_hash, previous.verdict))[-MAX_VERSIONS:],
        )
        self._remove(previous)
        self._add(entry)
        return entry

    def _in_window(self, entry: IndexEntry | _Row, event_time: float) -> bool:
        return bool(abs(entry.event_time - event_time) <= self.window_seconds)

    def _exact(self, fp: Fingerprint, event_time: float) -> Verdict | None:
        if not fp.content_hash:
            return None
        found = self._by_hash.get(fp.content_hash)
        if found is None:
            return None
        rows = [self._by_id[article_id] for _, article_id in _members(found)]  # in seq order
        best = next((r for r in rows if self._in_window(_Row(r), event_time)), rows[0])
        story_id = _story_of(best)
        return Verdict("duplicate", story_id, story_id, 1.0, "exact")

    def _near(self, fp: Fingerprint, event_time: float, lookups: list[Any]) -> Verdict | None:
        """Near-tier verdict; ``lookups`` receives the postings seen per anchor (reused by _add).

        The earliest judged match within the event-time window wins; without one, the earliest
        judged match outside it.
        """
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
        near: tuple[_Row, float, int] | None = None  # (row, similarity, story slot)
        far: tuple[_Row, float, int] | None = None
        queries: dict[int, tuple[list[int], set[int]]] = {}
        for slot, count in hits.items():
            if count < self.min_shared:
                continue
            for seq, article_id in _members(self._story_members[slot]):
                if near is not None and seq >= near[0].seq:
                    break
                entry = _Row(self._by_id[article_id])
                in_window = self._in_window(entry, event_time)
                if not in_window and far is not None and entry.seq >= far[0].seq:
                    continue
                similarity = self._similarity(fp.level, live, queries, entry)
                if similarity is None:
                    continue
                if in_window:
                    near = (entry, similarity, slot)
                    break
                far = (entry, similarity, slot)
        best = near or far
        if best is None:
            return None
        _, similarity, slot = best
        story_id = self._story_ids[slot]
        return Verdict("duplicate", story_id, story_id, round(similarity, 4), "near")

    def _similarity(
        self, level: int, live: list[int], queries: dict[int, tuple[list[int], set[int]]], entry: _Row
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

    @staticmethod
    def _entry(data: bytes) -> IndexEntry:
        return IndexEntry.from_bytes(data)

    def _add(self, entry: IndexEntry, lookups: list[Any] | None = None) -> None:
        slot = self._story_slot.get(entry.story_id)
        if slot is None:
            if self._free_slots:
                slot = self._free_slots.pop()
            else:
                slot, self._next_slot = self._next_slot, self._next_slot + 1
            self._story_ids[slot] = entry.story_id
            self._story_slot[entry.story_id] = slot
        entry.story_id = self._story_ids[slot]  # share one string object per story
        entry.story_slot = slot
        self._story_members[slot] = _with_member(self._story_members.get(slot), entry.seq, entry.article_id)
        postings = self._postings
        if lookups is None:
            for anchor in entry.anchors:
                postings.add(anchor >> KEY_SHIFT, slot)
        else:  # the postings of every anchor were just looked up: skip scanning the buckets again
            seen = set()
            for anchor, stories in zip(entry.anchors, lookups, strict=True):
                key = anchor >> KEY_SHIFT
                if key in seen or stories is None or slot in stories:
                    postings.add(key, slot)
                else:
                    postings.add_new(key, slot, stories)
                seen.add(key)
        if entry.content_hash:
            found = self._by_hash.get(entry.content_hash)
            self._by_hash[entry.content_hash] = _with_member(found, entry.seq, entry.article_id)
        self._by_id[entry.article_id] = entry.to_bytes()
        self._arrivals.push(entry.received_at, entry.seq, entry.revision, entry.article_id)
        if entry.received_at > self.newest_arrival:
            self.newest_arrival = entry.received_at
        if entry.seq >= self._next_seq:
            self._next_seq = entry.seq + 1

    def _remove(self, entry: IndexEntry) -> None:
        del self._by_id[entry.article_id]
        slot = self._story_slot[entry.story_id]
        remove = self._postings.remove
        for anchor in entry.anchors:
            remove(anchor >> KEY_SHIFT, slot)
        rest = _without_member(self._story_members[slot], entry.article_id)
        if rest:
            self._story_members[slot] = rest
        else:
            del self._story_slot[entry.story_id], self._story_ids[slot], self._story_members[slot]
            self._free_slots.append(slot)
        if entry.content_hash:
            rest = _without_member(self._by_hash[entry.content_hash], entry.article_id)
            if rest:
                self._by_hash[entry.content_hash] = rest
            else:
                del self._by_hash[entry.content_hash]
        # its arrival record is dropped lazily by evict() (it checks seq and revision)
