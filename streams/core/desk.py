"""The story desk: the stateful half of enrichment — dedup verdicts, story state and merged claims.

The desk keeps its durable state in three mappings it is given: plain dicts in batch mode, Faust tables
(with changelogs) in the worker. The inverted dedup index is derived from ``index_entries`` and rebuilt
with :meth:`StoryDesk.reload` after a restart or rebalance. Every change is written back by assignment,
so a Faust table sends it to its changelog. Merged claims are kept per story (``story_claims``: story
id → claim key → record), so an article costs at most three writes — index entry, story, its story's
claims — however many claims it has.

What a verdict does to the story state: an ``original`` opens a story, a ``duplicate`` joins one (one
more copy), an ``update`` (same article id, new text) stays in its story and adds the new text's claims
without counting a copy, a redelivery changes nothing. An ``unchecked`` article gets a story of its own
that is published but not kept (nothing evicts it otherwise).
"""

from __future__ import annotations

import base64
import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

from streams.core.claims import claim_key
from streams.core.dedup import IndexEntry, Judged, StoryIndex, Verdict
from streams.core.enrich import PreparedArticle, rfc3339

log = logging.getLogger(__name__)

#: Lists of sources and article ids kept on a story or claim record are capped (counts are not).
MAX_LISTED = 500
UNKNOWN_SOURCE = "unknown"
#: ``dedup.reason`` of an article the index failed on (the error is logged): published, not lost.
INDEX_ERROR = "index_error"


@dataclass(slots=True)
class Judgement:
    """What judging one article produced: its verdict and the story and claim records to publish."""

    verdict: Verdict
    story: dict[str, Any]
    claims: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    redelivered: bool = False


class StoryDesk:
    """Judges prepared articles in order, per dedup key, against the articles that arrived within
    ``window_seconds`` of the newest arrival on that key (event time only ranks candidates)."""

    def __init__(
        self,
        *,
        window_seconds: float,
        index_entries: MutableMapping[str, str],
        stories: MutableMapping[str, dict[str, Any]],
        story_claims: MutableMapping[str, dict[str, dict[str, Any]]],
    ) -> None:
        self.window_seconds = window_seconds
        self.index_entries = index_entries
        self.stories = stories
        self.story_claims = story_claims
        self.indexes: dict[str, StoryIndex] = {}
        self.reload()

    @classmethod
    def in_memory(cls, window_seconds: float) -> StoryDesk:
        """A desk over plain dicts: the batch command's, and the one tests and benchmarks judge with."""
        return cls(window_seconds=window_seconds, index_entries={}, stories={}, story_claims={})

    def reload(self) -> None:
        """Rebuild the in-memory indexes from ``index_entries`` (after a restart or rebalance)."""
        self.indexes.clear()
        for stored in self.index_entries.values():
            key, entry = unpack_entry(stored)
            self._index(key).restore(entry)

    def judge(self, prepared: PreparedArticle) -> Judgement:
        key = prepared.dedup_key
        index = self._index(key)
        article = prepared.article
        try:
            judged = index.judge_article(
                article.id, prepared.fingerprint, prepared.event_time, prepared.received_at
            )
        except Exception:  # a fault in the index must not cost the article: it comes out unchecked
            log.exception("dedup index failed on article %r; published as unchecked", article.id)
            judged = Judged(Verdict("unchecked", article.id, reason=INDEX_ERROR), None)
        verdict, entry = judged.verdict, judged.entry
        if entry is not None:
            # the index encoded the entry when it added it: persist those bytes, don't encode again
            self.index_entries[article.id] = _pack_stored(key, index.stored(entry.article_id))
        claim_keys = [f"{verdict.story_id}:{claim_key(claim)}" for claim in prepared.claims]
        if verdict.status == "unchecked":
            story: dict[str, Any] = self._new_story(prepared, verdict)
            self._count_copy(story, prepared)
            story["claim_keys"] = list(dict.fromkeys(claim_keys))
            claims = [
                (key, self._claim_record(prepared, verdict, claim, key, None))
                for claim, key in zip(prepared.claims, claim_keys, strict=True)
            ]
        else:
            stored = self.stories.get(verdict.story_id)
            new_copy = not judged.redelivered and verdict.status != "update"
            story = self._file_copy(
                prepared, verdict, stored, claim_keys, new_copy=new_copy, changed=not judged.redelivered
            )
            claims = self._merge_claims(prepared, verdict, claim_keys, new_story=stored is None)
        self._expire(key)
        return Judgement(verdict, story, claims, redelivered=judged.redelivered)

    def _index(self, key: str) -> StoryIndex:
        index = self.indexes.get(key)
        if index is None:
            index = self.indexes[key] = StoryIndex(window_seconds=self.window_seconds)
        return index

    def _file_copy(
        self,
        prepared: PreparedArticle,
        verdict: Verdict,
        stored: dict[str, Any] | None,
        claim_keys: list[str],
        *,
        new_copy: bool,
        changed: bool,
    ) -> dict[str, Any]:
        """Add the copy and its claim keys to its story; one write per article, none for a redelivery."""
        if stored is not None and not changed and set(claim_keys) <= set(stored["claim_keys"]):
            return stored
        story = self._new_story(prepared, verdict) if stored is None else dict(stored)
        if new_copy or stored is None:
            self._count_copy(story, prepared)
        if changed or stored is None:
            story["updated_at"] = rfc3339(prepared.event_time)
        known = set(story["claim_keys"])
        missing = [key for key in dict.fromkeys(claim_keys) if key not in known]
        if missing:
            story["claim_keys"] = [*story["claim_keys"], *missing]
        self.stories[verdict.story_id] = story
        return story

    @staticmethod
    def _new_story(prepared: PreparedArticle, verdict: Verdict) -> dict[str, Any]:
        article = prepared.article
        return {
            "story_id": verdict.story_id,
            "first_article_id": verdict.story_id,  # a story is named after its first copy
            "first_source": article.source or UNKNOWN_SOURCE,
            "first_seen_at": rfc3339(prepared.event_time),
            "language": prepared.language.code,
            "title": article.title,
            "copies": 0,
            "sources": [],
            "article_ids": [],
            "claim_keys": [],
            "updated_at": rfc3339(prepared.event_time),
        }

    @staticmethod
    def _count_copy(story: dict[str, Any], prepared: PreparedArticle) -> None:
        article = prepared.article
        if article.id in story["article_ids"]:
            return
        source = article.source or UNKNOWN_SOURCE
        story["copies"] += 1
        story["article_ids"] = _capped(story["article_ids"], article.id)
        if source not in story["sources"]:
            story["sources"] = _capped(story["sources"], source)

    def _merge_claims(
        self, prepared: PreparedArticle, verdict: Verdict, claim_keys: list[str], *, new_story: bool
    ) -> list[tuple[str, dict[str, Any]]]:
        """This article's claims merged into its story's; one write of the story's claims, none when
        nothing changed (a redelivery)."""
        stored = None if new_story else self.story_claims.get(verdict.story_id)  # a new story has none
        merged = dict(stored) if stored else {}
        records = []
        changed = False
        for claim, key in zip(prepared.claims, claim_keys, strict=True):
            before = merged.get(key)
            record = self._claim_record(prepared, verdict, claim, key, before)
            changed = changed or record is not before
            merged[key] = record
            records.append((key, record))
        if changed:
            self.story_claims[verdict.story_id] = merged
        return records

    @staticmethod
    def _claim_record(
        prepared: PreparedArticle, verdict: Verdict, claim: Any, key: str, merged: dict[str, Any] | None
    ) -> dict[str, Any]:
        """The claim record with this article counted in (a new one when ``merged`` is None; ``merged``
        itself when the article is counted already)."""
        article = prepared.article
        if merged is None:
            merged = {
                "claim_key": key,
                "story_id": verdict.story_id,
                "first_article_id": article.id,
                "language": prepared.language.code,
                "text": claim.text,
                "speaker": claim.speaker,
                "speaker_role": claim.speaker_role,
                "cue": claim.cue,
                "kind": claim.kind,
                "stance": claim.stance,
                "salience": claim.salience,
                "key": claim.key,
                "copies": 0,
                "sources": [],
                "article_ids": [],
            }
        elif article.id in merged["article_ids"]:
            return merged
        else:
            merged = dict(merged)
        merged["copies"] += 1
        merged["article_ids"] = _capped(merged["article_ids"], article.id)
        source = article.source or UNKNOWN_SOURCE
        if source not in merged["sources"]:
            merged["sources"] = _capped(merged["sources"], source)
        return merged

    def _expire(self, key: str) -> None:
        """Drop what arrived more than the window before the newest arrival on this key (deterministic:
        driven by the arrival stamps of the articles judged, not by the clock)."""
        for article_id in self.indexes[key].expire():
            stored = self.index_entries.pop(article_id, None)
            if stored is None:
                continue
            story = self.stories.get(unpack_entry(stored)[1].story_id)
            if story is not None and story["first_article_id"] == article_id:
                self.story_claims.pop(story["story_id"], None)
                self.stories.pop(story["story_id"], None)


def pack_entry(key: str, entry: IndexEntry) -> str:
    """``<dedup key> <base64 entry>``: a string, so any JSON table store can hold it."""
    return _pack_stored(key, entry.to_bytes())


def _pack_stored(key: str, data: bytes) -> str:
    return f"{key} {base64.b64encode(data).decode('ascii')}"


def unpack_entry(stored: str) -> tuple[str, IndexEntry]:
    key, _, payload = stored.partition(" ")
    return key, IndexEntry.from_bytes(base64.b64decode(payload))


def _capped(values: list[str], value: str) -> list[str]:
    return [*values, value] if len(values) < MAX_LISTED else values
