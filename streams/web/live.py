"""The dashboard's data: an in-memory rolling aggregate of what this worker has processed.

Fed by :class:`streams.web.metrics.PipelineMetrics` from the agents' call sites (consumed, judged, dead
letter) and by a lag sampler; :meth:`LiveAggregate.snapshot` gives the JSON the page polls. Everything
is bounded: per-second buckets for the last ``window_seconds``, a capped set of recent stories, a
short list of recent key claims. With several workers, each one shows its own share of the traffic.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from typing import Any

#: Default length of the throughput and lag history.
WINDOW_SECONDS = 300
#: Stories kept in memory (the least recently updated are dropped first).
MAX_STORIES = 500
#: Recent key claims kept for the page.
MAX_CLAIMS = 30


class RollingCounter:
    """Counts per whole second over the last ``window`` seconds (a ring of buckets)."""

    def __init__(self, window: int = WINDOW_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self.window = window
        self.clock = clock
        self.buckets: deque[tuple[int, int]] = deque()  # (second, count), oldest first
        self.total = 0

    def add(self, n: int = 1) -> None:
        second = int(self.clock())
        self.total += n
        if self.buckets and self.buckets[-1][0] == second:
            self.buckets[-1] = (second, self.buckets[-1][1] + n)
        else:
            self.buckets.append((second, n))
        self._trim(second)

    def _trim(self, now: int) -> None:
        while self.buckets and self.buckets[0][0] <= now - self.window:
            self.buckets.popleft()

    def series(self, step: int = 5) -> list[int]:
        """Counts per ``step`` seconds over the window, oldest first (zeros included)."""
        now = int(self.clock())
        self._trim(now)
        slots = self.window // step
        counts = [0] * slots
        for second, count in self.buckets:
            slot = slots - 1 - (now - second) // step
            if 0 <= slot < slots:
                counts[slot] += count
        return counts

    def rate(self, seconds: int = 10) -> float:
        """Average per second over the last ``seconds`` full seconds and the current one."""
        now = int(self.clock())
        recent = sum(count for second, count in self.buckets if second > now - seconds)
        return recent / seconds


class LiveAggregate:
    """What the dashboard shows; cheap to feed (called once per record by the agents)."""

    def __init__(self, window: int = WINDOW_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self.window = window
        self.clock = clock
        self.started = clock()
        self.consumed = RollingCounter(window, clock)
        self.enriched = RollingCounter(window, clock)
        self.dead = RollingCounter(window, clock)
        self.statuses: Counter[str] = Counter()
        self.languages: Counter[str] = Counter()
        self.dlq_reasons: Counter[tuple[str, str]] = Counter()
        self.unchecked_reasons: Counter[str] = Counter()
        self.claims_found = 0
        self.stories: dict[str, dict[str, Any]] = {}  # insertion order = least recently updated first
        self.key_claims: deque[dict[str, Any]] = deque(maxlen=MAX_CLAIMS)
        self.lag: dict[tuple[str, int], int] = {}
        self.lag_history: deque[tuple[float, dict[str, int]]] = deque()

    # --- fed by the agents -------------------------------------------------------------------------

    def on_consumed(self) -> None:
        self.consumed.add()

    def on_dead_letter(self, code: str, stage: str) -> None:
        self.dead.add()
        self.dlq_reasons[(code, stage)] += 1

    def on_judged(self, prepared: Any, judgement: Any) -> None:
        """One enriched article: ``prepared`` is a PreparedArticle, ``judgement`` a desk Judgement."""
        now = self.clock()
        self.enriched.add()
        self.statuses[judgement.verdict.status] += 1
        if judgement.verdict.reason is not None:
            self.unchecked_reasons[judgement.verdict.reason] += 1
        self.languages[prepared.language.code] += 1
        self.claims_found += len(prepared.claims)
        story = judgement.story
        story_id = story["story_id"]
        self.stories.pop(story_id, None)
        self.stories[story_id] = {
            "story_id": story_id,
            "title": story.get("title") or "",
            "language": story.get("language"),
            "copies": story.get("copies", 1),
            "sources": list(story.get("sources", []))[:12],
            "first_source": story.get("first_source"),
            "first_seen_at": story.get("first_seen_at"),
            "updated": now,
        }
        while len(self.stories) > MAX_STORIES:
            self.stories.pop(next(iter(self.stories)))
        article = prepared.article
        for claim in prepared.claims:
            if claim.key and claim.speaker:
                self.key_claims.appendleft(
                    {
                        "text": claim.text,
                        "speaker": claim.speaker,
                        "speaker_role": claim.speaker_role,
                        "cue": claim.cue,
                        "source": article.source,
                        "title": article.title,
                        "story_id": story_id,
                        "language": prepared.language.code,
                        "at": now,
                    }
                )

    def on_lag(self, lags: Iterable[tuple[str, int, int]]) -> None:
        """A lag sample: (topic, partition, lag) for every partition this worker is assigned."""
        now = self.clock()
        self.lag = {(topic, partition): lag for topic, partition, lag in lags}
        self.lag_history.append((now, {f"{t}[{p}]": lag for (t, p), lag in self.lag.items()}))
        while self.lag_history and self.lag_history[0][0] < now - self.window:
            self.lag_history.popleft()

    # --- read by the page ----------------------------------------------------------------------------

    def top_stories(self, limit: int = 10, recent_seconds: float | None = None) -> list[dict[str, Any]]:
        """Stories updated in the last ``recent_seconds`` (default: the window), most copies first."""
        horizon = self.clock() - (self.window if recent_seconds is None else recent_seconds)
        recent = [story for story in self.stories.values() if story["updated"] >= horizon]
        recent.sort(key=lambda story: (-story["copies"], -story["updated"]))
        return recent[:limit]

    def snapshot(self, *, worker: str = "", step: int = 5) -> dict[str, Any]:
        """Everything the page shows, JSON-ready."""
        now = self.clock()
        partitions = sorted(self.lag)
        lag_series = {
            f"{topic}[{partition}]": [
                sample.get(f"{topic}[{partition}]", 0) for _, sample in self.lag_history
            ]
            for topic, partition in partitions
        }
        return {
            "worker": worker,
            "now": now,
            "uptime_seconds": round(now - self.started, 1),
            "window_seconds": self.window,
            "step_seconds": step,
            "totals": {
                "consumed": self.consumed.total,
                "enriched": self.enriched.total,
                "dead_lettered": self.dead.total,
                "originals": self.statuses.get("original", 0),
                "duplicates": self.statuses.get("duplicate", 0),
                "updates": self.statuses.get("update", 0),
                "unchecked": self.statuses.get("unchecked", 0),
                "claims": self.claims_found,
                "stories": len(self.stories),
            },
            "rates": {
                "consumed_per_s": round(self.consumed.rate(), 2),
                "enriched_per_s": round(self.enriched.rate(), 2),
                "dead_lettered_per_s": round(self.dead.rate(), 2),
            },
            "throughput": {
                "consumed": self.consumed.series(step),
                "enriched": self.enriched.series(step),
                "dead_lettered": self.dead.series(step),
            },
            "lag": [
                {
                    "topic": topic,
                    "partition": partition,
                    "lag": self.lag[(topic, partition)],
                    "history": lag_series[f"{topic}[{partition}]"],
                }
                for topic, partition in partitions
            ],
            "languages": [{"code": code, "count": n} for code, n in self.languages.most_common()],
            "stories": [{**story, "updated": round(story["updated"], 3)} for story in self.top_stories()],
            "claims": [{**claim, "at": round(claim["at"], 3)} for claim in list(self.key_claims)[:12]],
            "unchecked": [
                {"reason": reason, "count": n} for reason, n in self.unchecked_reasons.most_common()
            ],
            "dlq": [
                {"code": code, "stage": stage, "count": n}
                for (code, stage), n in self.dlq_reasons.most_common()
            ],
        }
