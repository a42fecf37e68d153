"""The stateless half of enrichment: parse, language, fingerprint, claims — and the enriched record.

``prepare`` runs wherever the article arrives (any partition, any worker); the stateful dedup verdict
(:mod:`streams.core.desk`) runs on the article's dedup key; ``enriched_record`` joins the two.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from streams import __version__
from streams.core.article import Article, RejectedRecord, article_from_fields, parse_article
from streams.core.claims import Claim, extract_claims
from streams.core.dedup import Fingerprint, Verdict, fingerprint
from streams.core.language import Language, detect_language

#: An article claiming to be published further than this in the future is placed at its arrival time.
MAX_CLOCK_SKEW_SECONDS = 24 * 3600
#: A publication time before this (1990-01-01T00:00:00Z) is taken for a placeholder, not a date.
EARLIEST_EVENT_TIME = 631152000.0


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article with everything that needs no shared state; travels on ``articles.fingerprints``."""

    article: Article
    received_at: float
    language: Language
    fingerprint: Fingerprint
    claims: tuple[Claim, ...]

    @property
    def dedup_key(self) -> str:
        """Copies of a story share their language, so they meet on the same dedup partition."""
        return self.language.code

    @property
    def event_time(self) -> float:
        """Publication time when given and plausible, else arrival time (see :meth:`event_clock`)."""
        return self.event_clock()[0]

    def event_clock(self) -> tuple[float, str, str | None]:
        """(event time, "published_at" | "received_at", what was wrong with ``published_at`` or None).

        ``published_at`` is used unless it is missing, before 1990 (a placeholder such as the epoch)
        or more than a day past the arrival time (a wrong clock); one without a UTC offset is read as
        UTC and used (``no_time_zone``). Event time only ranks dedup candidates (docs/dedup.md).
        """
        published = self.article.published_timestamp
        if published is None:
            return self.received_at, "received_at", "missing"
        if published < EARLIEST_EVENT_TIME:
            return self.received_at, "received_at", "before_1990"
        if published > self.received_at + MAX_CLOCK_SKEW_SECONDS:
            return self.received_at, "received_at", "in_the_future"
        return published, "published_at", "no_time_zone" if self.article.published_without_zone else None

    def to_bytes(self) -> bytes:
        return orjson.dumps(
            {
                "article": self.article.fields,
                "received_at": self.received_at,
                "language": self.language.to_dict(),
                "fingerprint": base64.b64encode(self.fingerprint.to_bytes()).decode("ascii"),
                "claims": [claim.to_dict() for claim in self.claims],
            }
        )

    @classmethod
    def from_bytes(cls, value: bytes) -> PreparedArticle:
        document = orjson.loads(value)
        return cls(
            article=article_from_fields(document["article"]),
            received_at=document["received_at"],
            language=Language(**document["language"]),
            fingerprint=Fingerprint.from_bytes(base64.b64decode(document["fingerprint"])),
            claims=tuple(Claim.from_dict(claim) for claim in document["claims"]),
        )


#: Called with (stage name, seconds) after each stage, e.g. to feed a latency histogram.
StageObserver = Callable[[str, float], None]


class Enricher:
    """Runs the stateless stages; every failure becomes a :class:`RejectedRecord` naming its stage."""

    def __init__(
        self, *, max_record_bytes: int, language_sample_chars: int, on_stage: StageObserver | None = None
    ) -> None:
        self.max_record_bytes = max_record_bytes
        self.language_sample_chars = language_sample_chars
        self.on_stage = on_stage

    def prepare(self, value: bytes | None, received_at: float) -> PreparedArticle:
        with self.stage("parse"):
            article = parse_article(value, max_bytes=self.max_record_bytes)
        with self.stage("language"):
            language = detect_language(article.title, article.body, self.language_sample_chars)
        with self.stage("fingerprint"):
            article_fingerprint = fingerprint(article.title or "", article.body, language.code)
        with self.stage("claims"):
            claims = tuple(extract_claims(article.body, language.code))
        return PreparedArticle(article, received_at, language, article_fingerprint, claims)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time one stage; turn any exception inside it into a RejectedRecord for that stage."""
        started = time.perf_counter()
        try:
            yield
        except RejectedRecord:
            raise
        except Exception as error:
            raise RejectedRecord("stage_failed", f"{type(error).__name__}: {error}"[:2000], name) from error
        finally:
            if self.on_stage is not None:
                self.on_stage(name, time.perf_counter() - started)


def enriched_record(prepared: PreparedArticle, verdict: Verdict, processed_at: float) -> dict[str, Any]:
    """The value published on ``articles.enriched`` (schemas/articles.enriched.schema.json)."""
    record = dict(prepared.article.fields)
    event_time, source, issue = prepared.event_clock()
    dedup = verdict.to_dict()
    dedup.update(event_time=rfc3339(event_time), event_time_source=source, published_at_issue=issue)
    record.update(
        received_at=rfc3339(prepared.received_at),
        processed_at=rfc3339(processed_at),
        language=prepared.language.to_dict(),
        dedup=dedup,
        claims=[claim.to_dict() for claim in prepared.claims],
        pipeline={"version": __version__},
    )
    return record


def rfc3339(timestamp: float) -> str:
    """UTC RFC 3339 with milliseconds, e.g. ``2026-11-27T06:30:00.123Z``."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
