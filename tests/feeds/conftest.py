"""Helpers of the poller's tests: an outbox that keeps records in lists, and a fast HTTP policy."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

from streams.feeds.http import HttpPolicy
from streams.feeds.poller import Outbox

#: Test timings: a short gap, a read timeout far below the newsroom's slow page, small caps.
FAST_POLICY = HttpPolicy(
    contact="mailto:desk@wirestream.invalid",
    host_gap=0.02,
    connect_timeout=2.0,
    read_timeout=0.6,
    total_timeout=10.0,
    max_bytes=1024 * 1024,
    backoff_base=0.05,
    max_retry_after=5.0,
)


@dataclass
class MemoryOutbox(Outbox):
    articles: list[dict] = field(default_factory=list)
    dead_letters: list[dict] = field(default_factory=list)
    states: list[tuple[bytes, bytes | None]] = field(default_factory=list)

    async def article(self, key: bytes, value: bytes) -> None:
        record = orjson.loads(value)
        assert key == record["id"].encode()
        self.articles.append(record)

    async def dead_letter(self, key: bytes | None, value: bytes) -> None:
        self.dead_letters.append(orjson.loads(value))

    async def state(self, key: bytes, value: bytes | None) -> None:
        self.states.append((key, value))

    def codes(self) -> list[str]:
        return sorted(record["error"]["code"] for record in self.dead_letters)
