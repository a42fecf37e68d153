"""The one processing step, shared by the worker's agents and ``wirestream enrich``.

prepare (parse, language, fingerprint, claims) → the hop record → judge (dedup verdict, story and claim
state) → the enriched record; or, at any point, a :class:`Failure` that becomes one dead letter. The
worker runs the two halves in two agents with ``articles.fingerprints`` between them; ``wirestream
enrich`` runs :func:`prepare` (in one or N processes) and then :func:`judge` over the same hop bytes, so
both meet the same errors and give the same dead letters (code, reason, stage).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from streams.core.article import RejectedRecord
from streams.core.deadletter import Origin, dead_letter
from streams.core.desk import Judgement, StoryDesk
from streams.core.enrich import Enricher, PreparedArticle, enriched_record, rfc3339

#: Longest exception text kept in a dead letter's reason.
MAX_REASON_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a record could not be enriched: a code, a readable reason and the stage that failed."""

    code: str
    reason: str
    stage: str

    @classmethod
    def of(cls, error: Exception, stage: str) -> Failure:
        """A rejection keeps its own code and stage; any other error is ``stage_failed`` in ``stage``."""
        if isinstance(error, RejectedRecord):
            return cls(error.code, error.reason, error.stage)
        return cls("stage_failed", repr(error)[:MAX_REASON_CHARS], stage)

    def dead_letter(
        self, origin: Origin, key: bytes | None, value: bytes | None, failed_at: float
    ) -> dict[str, Any]:
        """The dead-letter record (schemas/articles.dlq.schema.json) for the original key and value."""
        return dead_letter(
            code=self.code,
            reason=self.reason,
            stage=self.stage,
            origin=origin,
            key=key,
            value=value,
            failed_at=rfc3339(failed_at),
        )


@dataclass(frozen=True, slots=True)
class Hop:
    """A prepared article on its way to the judge: keyed by its dedup key (``articles.fingerprints``)."""

    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class Judged:
    """An article judged: the prepared article, the desk's judgement and the enriched record."""

    prepared: PreparedArticle
    judgement: Judgement
    record: dict[str, Any]


def prepare(enricher: Enricher, value: bytes | None, received_at: float) -> Hop | Failure:
    """The stateless half: the hop record for the judge, or why the input cannot be enriched."""
    try:
        prepared = enricher.prepare(value, received_at=received_at)
        return Hop(prepared.dedup_key.encode(), prepared.to_bytes())  # e.g. JSON too deep to re-encode
    except Exception as error:
        return Failure.of(error, "ingest")


def judge(
    enricher: Enricher, desk: StoryDesk, hop: bytes, clock: Callable[[], float] = time.time
) -> Judged | Failure:
    """The stateful half: the verdict against ``desk`` and the enriched record, or why not."""
    try:
        prepared = PreparedArticle.from_bytes(hop)
        with enricher.stage("dedup"):
            judgement = desk.judge(prepared)
        return Judged(prepared, judgement, enriched_record(prepared, judgement.verdict, clock()))
    except Exception as error:
        return Failure.of(error, "dedup")
