"""Progress on stderr for long-running commands: a bar on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


class Progress:
    """``with Progress("enrich", total=n) as p: for x in p.wrap(items): ...``"""

    def __init__(self, label: str, *, total: int | None = None, unit: str = "records", every: float = 1.0):
        self.label, self.total, self.unit, self.every = label, total, unit, every
        self.count = 0
        self.stream = sys.stderr
        self.started = self.last = time.monotonic()
        self.interactive = self.stream.isatty()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.count:
            self._show(final=True)

    def advance(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if now - self.last >= (0.1 if self.interactive else self.every * 10):
            self.last = now
            self._show()

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            yield item
            self.advance()

    def _show(self, final: bool = False) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.count / elapsed
        if self.total:
            filled = int(30 * min(self.count / self.total, 1.0))
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {self.count:,}/{self.total:,}"
        else:
            bar = f"{self.count:,}"
        line = f"{self.label}: {bar} {self.unit} ({rate:,.0f}/s, {elapsed:.1f}s)"
        if self.interactive:
            self.stream.write("\r" + line + ("\n" if final else ""))
        elif final or not self.interactive:
            self.stream.write(line + "\n")
        self.stream.flush()
