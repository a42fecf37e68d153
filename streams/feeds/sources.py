"""The feeds file: one URL a line (``#`` comments, blank lines ignored), or TOML with per-feed options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from streams.core.urls import canonical_url


@dataclass(frozen=True, slots=True)
class FeedSource:
    """A feed to poll: its URL, and optionally a name (used as ``source`` when the page names no site),
    its own interval in seconds and a language hint passed on with its articles."""

    url: str
    name: str | None = None
    interval: float | None = None
    language: str | None = None


class FeedsFileError(ValueError):
    """The feeds file cannot be read; the message says where."""


def read_feeds_file(path: Path) -> list[FeedSource]:
    text = path.read_text(encoding="utf-8")
    sources = parse_toml_feeds(text, str(path)) if is_toml(path, text) else parse_url_lines(text, str(path))
    if not sources:
        raise FeedsFileError(f"{path}: no feeds")
    return sources


def is_toml(path: Path, text: str) -> bool:
    """A ``.toml`` file, or one whose first line that is not a comment opens a table (``[[feed]]``)."""
    if path.suffix == ".toml":
        return True
    lines = (line.strip() for line in text.splitlines())
    return next((line for line in lines if line and not line.startswith("#")), "").startswith("[")


def parse_url_lines(text: str, where: str = "feeds") -> list[FeedSource]:
    sources, seen = [], set()
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        url = canonical_url(line)
        if url is None or line.split(":", 1)[0].lower() not in ("http", "https"):
            raise FeedsFileError(f"{where}:{number}: not an http(s) URL: {line[:200]!r}")
        if url not in seen:
            seen.add(url)
            sources.append(FeedSource(url=line))
    return sources


def parse_toml_feeds(text: str, where: str = "feeds.toml") -> list[FeedSource]:
    """``[[feed]]`` tables with ``url`` and optional ``name``, ``interval`` (seconds), ``language``."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FeedsFileError(f"{where}: {error}") from None
    tables = document.get("feed", [])
    if not isinstance(tables, list):
        raise FeedsFileError(f"{where}: use [[feed]] tables, one per feed")
    sources = []
    for number, table in enumerate(tables, start=1):
        url = table.get("url") if isinstance(table, dict) else None
        if not isinstance(url, str) or canonical_url(url) is None:
            raise FeedsFileError(f"{where}: feed #{number} needs an http(s) url")
        unknown = set(table) - {"url", "name", "interval", "language"}
        if unknown:
            raise FeedsFileError(f"{where}: feed #{number} has unknown keys {sorted(unknown)}")
        interval = table.get("interval")
        if interval is not None and (not isinstance(interval, int | float) or interval <= 0):
            raise FeedsFileError(f"{where}: feed #{number}: interval must be a positive number of seconds")
        sources.append(
            FeedSource(
                url=url.strip(),
                name=table.get("name"),
                interval=float(interval) if interval is not None else None,
                language=table.get("language"),
            )
        )
    return sources
