"""Fingerprint of an article for wire-story dedup: an exact content hash plus sampled shingle "anchors".

* ``content_hash``: xxh3-64 of the story's normalised tokens (see :mod:`.normalize`); equal for copies
  that differ only in wrapping, punctuation, case or Unicode form.
* ``anchors``: the xxh3-64 hashes of the story's token 5-shingles (word 5-grams; character 5-grams in
  CJK/Thai-like scripts) whose hash is divisible by ``level`` (8, 4, 2 or 1). Long stories keep 1 in 8;
  shorter ones keep a denser sample so that at least :data:`MIN_ANCHORS` survive (1 = every shingle).
  Because the samples are nested (a hash divisible by 8 is divisible by 4), two fingerprints sampled at
  different levels are compared on the coarser level, exactly.

Everything is built from xxhash with fixed seeds, never Python's ``hash()``: the same article gives the
same fingerprint in any process, on any machine.
"""

from __future__ import annotations

import struct
import sys
from array import array
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import xxhash

from .normalize import story_tokens

SHINGLE_TOKENS = 5
LEVELS = (8, 4, 2, 1)
MIN_ANCHORS = 32
FORMAT_VERSION = 1

_HEADER = struct.Struct("<BBHQI")  # version, level, language length, content hash, anchor count
_hash = xxhash.xxh3_64_intdigest


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs to know about an article; small, picklable, serialisable."""

    language: str
    content_hash: int
    level: int
    anchors: tuple[int, ...]  # unique, in the order they occur in the text
    token_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "content_hash": self.content_hash,
            "level": self.level,
            "anchors": list(self.anchors),
            "token_count": self.token_count,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(
            language=data["language"],
            content_hash=int(data["content_hash"]),
            level=int(data["level"]),
            anchors=tuple(int(a) for a in data["anchors"]),
            token_count=int(data.get("token_count", 0)),
        )

    def to_bytes(self) -> bytes:
        language = self.language.encode()
        head = _HEADER.pack(FORMAT_VERSION, self.level, len(language), self.content_hash, len(self.anchors))
        tail = array("Q", self.anchors)
        if tail.itemsize != 8:  # pragma: no cover - every supported platform has 8-byte "Q"
            raise RuntimeError("array('Q') is not 64-bit here")
        return head + language + struct.pack("<I", self.token_count) + _little_endian(tail)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        version, level, lang_len, content_hash, count = _HEADER.unpack_from(data, 0)
        if version != FORMAT_VERSION:
            raise ValueError(f"unknown fingerprint format version {version}")
        pos = _HEADER.size
        language = bytes(data[pos : pos + lang_len]).decode()
        pos += lang_len
        (token_count,) = struct.unpack_from("<I", data, pos)
        pos += 4
        anchors = _from_little_endian(data[pos : pos + 8 * count])
        return cls(language, content_hash, level, tuple(anchors), token_count)


def _little_endian(values: array[int]) -> bytes:
    if sys.byteorder != "little":  # pragma: no cover
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _from_little_endian(data: bytes) -> array[int]:
    values = array("Q")
    values.frombytes(bytes(data))
    if sys.byteorder != "little":  # pragma: no cover
        values.byteswap()
    return values


def shingle_hashes(words: list[bytes]) -> list[int]:
    """xxh3-64 of every run of :data:`SHINGLE_TOKENS` tokens joined by a space (one run when fewer)."""
    if not words:
        return []
    joined = b" ".join(words)
    if len(words) < SHINGLE_TOKENS:
        return [_hash(joined)]
    ends = list(accumulate(len(word) + 1 for word in words))  # one past the space after each token
    starts = [0, *ends[:-1]]
    span = SHINGLE_TOKENS - 1
    return [_hash(joined[start : end - 1]) for start, end in zip(starts, ends[span:], strict=False)]


def sample_anchors(hashes: list[int]) -> tuple[int, tuple[int, ...]]:
    """The sparsest level keeping at least :data:`MIN_ANCHORS` distinct anchors, and those anchors
    (each once, in the order they first occur in the text)."""
    for level in LEVELS[:-1]:
        mask = level - 1
        anchors = dict.fromkeys(h for h in hashes if not h & mask)
        if len(anchors) >= MIN_ANCHORS:
            return level, tuple(anchors)
    return 1, tuple(dict.fromkeys(hashes))


def fingerprint(title: str, body: str, language: str) -> Fingerprint:
    """Fingerprint an article. Pure and deterministic across processes.

    ``language`` is carried along (the index is meant to be partitioned by it) and does not change the
    hashes: the same text gives the same anchors whatever language was detected.
    """
    words = story_tokens(title or "", body or "")
    if not words:
        return Fingerprint(language or "und", 0, 1, (), 0)
    content_hash = _hash(b" ".join(words)) or 1  # 0 means "no content"
    level, anchors = sample_anchors(shingle_hashes(words))
    return Fingerprint(language or "und", content_hash, level, anchors, len(words))
