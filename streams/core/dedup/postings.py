"""Inverted index anchor -> stories, compact enough for millions of articles in one process.

A dict of Python ints costs ~100 bytes per anchor (key object, value object, table slot); with ~45
anchors per article that is ~4.5 GB per million articles. Here postings live in 2**18 ``bytearray``
buckets of fixed 12-byte records ``(key: u32, story: u32, refcount: u32)``, chosen by the top bits of
the anchor; finding a key is a ``bytearray.find`` (C speed) over a few kilobytes. The record key is the
next 32 bits of the anchor, so an anchor is identified by its top 50 bits: collisions are rare and only
ever add a candidate that verification then rejects.

Postings are per **story**, not per article: copies of one story share one record per anchor (with a
reference count), so a story picked up by hundreds of outlets costs one record, and the document
frequency of an anchor counts distinct stories. An anchor seen in more than ``max_story_df`` live
stories is template or boilerplate: it is "hot", gives no candidates and is left out of containment.
Hot anchors move out of the buckets into a dict of story -> refcount, so they never bloat a bucket.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

KEY_SHIFT = 14  # anchors sampled 1 in 8 have their low 3 bits zero: use the high bits as key
_BUCKET_BITS = 18
_KEY_MASK = 0xFFFFFFFF
_RECORD = struct.Struct("<III")
_RECSIZE = _RECORD.size
_U32 = struct.Struct("<I")


def anchor_key(anchor: int) -> int:
    """The 50-bit key an anchor is indexed under (also the key of the hot set)."""
    return anchor >> KEY_SHIFT


class AnchorPostings:
    """anchor key -> {story slot: refcount}, with story document frequency and a hot-anchor cut-off."""

    __slots__ = ("_buckets", "_hot", "hot_keys", "max_story_df", "records")

    def __init__(self, max_story_df: int = 100) -> None:
        self.max_story_df = max_story_df
        # bucket id -> records; a dict of bytearrays is never tracked by the cyclic GC (a list of 2**18
        # slots would be walked by every full collection)
        self._buckets: dict[int, bytearray] = {}
        self._hot: dict[int, dict[int, int]] = {}
        self.hot_keys: set[int] = set()  # keys whose story df > max_story_df right now
        self.records = 0  # bucket records held (for memory accounting)

    # -- lookup ------------------------------------------------------------------------------------

    def stories(self, key: int) -> Iterable[int] | None:
        """Story slots holding this anchor key, or None when the anchor is hot (too many stories)."""
        hot = self._hot.get(key)
        if hot is not None:
            return None if len(hot) > self.max_story_df else list(hot)
        buf = self._buckets.get(key >> 32)
        if buf is None:
            return ()
        needle = _U32.pack(key & _KEY_MASK)
        found = []
        pos = buf.find(needle)
        while pos >= 0:
            if pos % _RECSIZE:
                pos = buf.find(needle, pos + 1)
                continue
            found.append(_U32.unpack_from(buf, pos + 4)[0])
            pos = buf.find(needle, pos + _RECSIZE)
        return found

    def is_hot(self, key: int) -> bool:
        return key in self.hot_keys

    # -- updates -----------------------------------------------------------------------------------

    def add(self, key: int, story: int) -> None:
        hot = self._hot.get(key)
        if hot is not None:
            hot[story] = hot.get(story, 0) + 1
            if len(hot) > self.max_story_df:
                self.hot_keys.add(key)
            return
        bucket_id = key >> 32
        buf = self._buckets.get(bucket_id)
        if buf is None:
            buf = self._buckets[bucket_id] = bytearray()
        positions = self._positions(buf, key & _KEY_MASK)
        for pos in positions:
            if _U32.unpack_from(buf, pos + 4)[0] == story:
                _U32.pack_into(buf, pos + 8, _U32.unpack_from(buf, pos + 8)[0] + 1)
                return
        if len(positions) + 1 > self.max_story_df:
            self._make_hot(key, buf, positions, story)
            return
        buf += _RECORD.pack(key & _KEY_MASK, story, 1)
        self.records += 1

    def add_new(self, key: int, story: int, stories: Iterable[int] | None) -> None:
        """:meth:`add` for a story that :meth:`stories` just showed does not hold this key yet.

        ``stories`` is what :meth:`stories` returned for the key, nothing having changed since; it saves
        scanning the bucket again.
        """
        if stories is None or key in self._hot or len(stories) >= self.max_story_df:  # type: ignore[arg-type]
            self.add(key, story)
            return
        bucket_id = key >> 32
        buf = self._buckets.get(bucket_id)
        if buf is None:
            self._buckets[bucket_id] = bytearray(_RECORD.pack(key & _KEY_MASK, story, 1))
        else:
            buf += _RECORD.pack(key & _KEY_MASK, story, 1)
        self.records += 1

    def remove(self, key: int, story: int) -> None:
        hot = self._hot.get(key)
        if hot is not None:
            count = hot.get(story, 0)
            if count > 1:
                hot[story] = count - 1
            elif count == 1:
                del hot[story]
                if len(hot) <= self.max_story_df:
                    self.hot_keys.discard(key)
                if not hot:
                    del self._hot[key]
            return
        bucket_id = key >> 32
        buf = self._buckets.get(bucket_id)
        if buf is None:
            return
        for pos in self._positions(buf, key & _KEY_MASK):
            if _U32.unpack_from(buf, pos + 4)[0] != story:
                continue
            count = _U32.unpack_from(buf, pos + 8)[0]
            if count > 1:
                _U32.pack_into(buf, pos + 8, count - 1)
            else:
                del buf[pos : pos + _RECSIZE]
                self.records -= 1
                if not buf:
                    del self._buckets[bucket_id]
            return

    # -- internals ---------------------------------------------------------------------------------

    @staticmethod
    def _positions(buf: bytearray, key32: int) -> list[int]:
        needle = _U32.pack(key32)
        found = []
        pos = buf.find(needle)
        while pos >= 0:
            if pos % _RECSIZE:
                pos = buf.find(needle, pos + 1)
                continue
            found.append(pos)
            pos = buf.find(needle, pos + _RECSIZE)
        return found

    def _make_hot(self, key: int, buf: bytearray, positions: list[int], story: int) -> None:
        hot = {}
        for pos in reversed(positions):
            _, slot, count = _RECORD.unpack_from(buf, pos)
            hot[slot] = count
            del buf[pos : pos + _RECSIZE]
            self.records -= 1
        if not buf:
            del self._buckets[key >> 32]
        hot[story] = hot.get(story, 0) + 1
        self._hot[key] = hot
        if len(hot) > self.max_story_df:
            self.hot_keys.add(key)

    def hot_records(self) -> int:
        return sum(len(h) for h in self._hot.values())
