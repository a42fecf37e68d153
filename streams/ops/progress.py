"""Progress on stderr for long-running commands: a bar on a terminal, periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


class Progress:
    """``with Progress("enrich", total=n) as p: for x in p.wrap(items): ...``

    With ``total_bytes`` (the size of the input) and :meth:`wrap_lines`, the bar and the ETA follow
    the bytes read, so a file's progress shows without counting its lines first.
    """

    def __init__(
        self,
        label: str,
        *,
        total: int | None = None,
        unit: str = "records",
        every: float = 1.0,
        total_bytes: int | None = None,
    ):
        self.label, self.total, self.unit, self.every = label, total, unit, every
        self.total_bytes = total_bytes or None
        self.count = 0
        self.bytes = 0
        self.stream = sys.stderr
        self.started = self.last = time.monotonic()
        self.interactive = self.stream.isatty()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.count:
            self._show(final=True)

    def advance(self, n: int = 1, nbytes: int = 0) -> None:
        self.count += n
        self.bytes += nbytes
        now = time.monotonic()
        if now - self.last >= (0.1 if self.interactive else self.every * 10):
            self.last = now
            self._show()

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            yield item
            self.advance()

    def wrap_lines(self, lines: Iterable[bytes]) -> Iterator[bytes]:
        """Like :meth:`wrap`, counting the bytes of each line too (for ``total_bytes``)."""
        for line in lines:
            yield line
            self.advance(1, len(line))

    def _show(self, final: bool = False) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.count / elapsed
        done = None
        if self.total:
            done = self.count / self.total
            bar = f"[{_bar(done)}] {self.count:,}/{self.total:,}"
        elif self.total_bytes:
            done = self.bytes / self.total_bytes
            bar = f"[{_bar(done)}] {100 * min(done, 1.0):3.0f}% {self.count:,}"
        else:
            bar = f"{self.count:,}"
        eta = ""
        if done and not final and done < 1.0:
            eta = f", ETA {_duration(elapsed * (1 - done) / done)}"
        line = f"{self.label}: {bar} {self.unit} ({rate:,.0f}/s, {_duration(elapsed)}{eta})"
        if self.interactive:
            self.stream.write("\r" + line + ("\n" if final else ""))
        elif final or not self.interactive:
            self.stream.write(line + "\n")
        self.stream.flush()


def _bar(done: float, width: int = 30) -> str:
    filled = int(width * min(max(done, 0.0), 1.0))
    return "#" * filled + "." * (width - filled)


def _duration(seconds: float) -> str:
    """``42.0s``, ``3m05s``, ``2h07m``."""
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(int(seconds), 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
