"""Kafka clients for people: send articles to the firehose topic, and read any topic back readably."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from streams.ops import kafka
from streams.ops.clients import missing_topics, no_such_topic
from streams.ops.progress import Progress
from streams.settings import Settings


def sample_paths() -> list[Path]:
    """The sample firehose shipped with the package, then its deliberately bad records."""
    folder = resources.files("streams.ops.sample")
    return [Path(str(folder / "firehose.jsonl")), Path(str(folder / "firehose-bad.jsonl"))]


def read_articles(paths: Iterable[Path]) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs: one per non-blank JSONL line, one per .txt file; directories are walked."""
    for path in paths:
        if path.is_dir():
            yield from read_articles(sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".txt")))
        elif path.suffix == ".txt":
            yield None, text_article(path)
        else:
            with path.open("rb") as lines:
                for line in lines:
                    value = line.rstrip(b"\r\n")
                    if value.strip():
                        yield article_key(value), value


def text_article(path: Path) -> bytes:
    """A .txt file as a JSON article: first non-empty line the title, the rest the body, and the file's
    name and ``file://`` URL as ``source`` and ``url`` (so the article says where it came from).

    Bytes that are not UTF-8 or hold no body are sent as they are: the worker dead-letters them with the
    reason, as it would any such record.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    lines = text.strip().splitlines()
    if len(lines) < 2 or not "\n".join(lines[1:]).strip():
        return raw
    return orjson.dumps(
        {
            "source": path.name,
            "url": path.resolve().as_uri(),
            "title": lines[0].strip(),
            "body": "\n".join(lines[1:]).strip(),
        }
    )


def article_key(value: bytes) -> bytes | None:
    """The record's own id as its key, when it is a JSON object with a string id."""
    try:
        document = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    article_id = document.get("id") if isinstance(document, dict) else None
    return article_id.encode() if isinstance(article_id, str) and article_id else None


async def produce_articles(
    settings: Settings, paths: Iterable[Path], *, topic: str, rate: float | None = None
) -> int:
    producer = kafka.producer(settings)
    sent = 0
    try:
        await producer.start()
        missing = await missing_topics(producer.client, [topic])
        if missing:
            raise no_such_topic(topic)
        started = time.monotonic()
        with Progress(f"produce → {topic}", unit="records") as progress:
            pending = []
            for key, value in read_articles(paths):
                pending.append(await producer.send(topic, value=value, key=key))
                sent += 1
                progress.advance()
                if rate:
                    delay = started + sent / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
            await producer.flush()
            for future in pending:
                await future  # raise if any record was not delivered
    finally:
        await producer.stop()
    return sent


async def tail_topic(
    settings: Settings,
    topic: str,
    *,
    as_json: bool = False,
    from_beginning: bool = True,
    limit: int | None = None,
    idle_timeout: float | None = None,
    following: Callable[[], None] | None = None,
) -> int:
    """Print records of ``topic`` until ``limit`` or ``idle_timeout``; return how many were shown.

    ``following`` is called once the topic's partitions are assigned (to say that it is following).
    """
    consumer = kafka.reader(settings)
    shown = 0
    try:
        await consumer.start()
        if not await kafka.assign_all(consumer, settings, [topic], at_end=not from_beginning):
            raise no_such_topic(topic)
        if following is not None:
            following()
        last_record = time.monotonic()
        while limit is None or shown < limit:
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    print(
                        record.value.decode("utf-8", "replace") if as_json else describe(topic, record.value)
                    )
                    shown += 1
                    last_record = time.monotonic()
                    if limit is not None and shown >= limit:
                        return shown
            if idle_timeout is not None and time.monotonic() - last_record > idle_timeout:
                break
    finally:
        await consumer.stop()
    return shown


def clip(text: Any, width: int) -> str:
    """``text`` in at most ``width`` characters, cut at a word boundary with "…" (never mid-word)."""
    text = " ".join(str(text or "").split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-—") + "…"


#: How a claim of each kind reads: only a direct quote is shown in quotation marks (it is verbatim).
_CLAIM_LEAD = {"indirect_speech": "reported: ", "source_report": "reported: "}


def describe_claim(claim: dict[str, Any], width: int = 90) -> str:
    """One claim: a verbatim quote in quotation marks, anything else as reported, then who and how."""
    text = clip(claim.get("text"), width)
    kind = claim.get("kind")
    speaker = claim.get("speaker")
    cue = f" ({claim['cue']})" if claim.get("cue") else ""
    if kind == "direct_quote":
        line = f"“{text}”"
    elif kind == "according_to" and speaker:
        return f"according to {speaker}: {text}"
    else:
        line = _CLAIM_LEAD.get(str(kind), "") + text
    return f"{line} — {speaker}{cue}" if speaker else f"{line} (unattributed)"


def describe(topic: str, value: bytes | None) -> str:
    """One readable block per record, by the kind of record."""
    try:
        record: Any = orjson.loads(value or b"null")
    except orjson.JSONDecodeError:
        return clip((value or b"").decode("utf-8", "replace"), 300)
    if not isinstance(record, dict):
        return clip(record, 300)
    if "error" in record and "origin" in record:
        error, origin = record["error"], record["origin"]
        return (
            f"DLQ  {error['code']:<14} [{error['stage']}] {clip(error['reason'], 120)}"
            f"  ({origin['topic']}[{origin['partition']}]@{origin['offset']})"
        )
    if "dedup" in record and "language" in record:
        dedup, language = record["dedup"], record["language"]
        head = (
            f"{language['code']:<3} {dedup['status']:<9} {clip(record.get('source') or '-', 18):<18} "
            f"{clip(record.get('title'), 70)}\n      story {dedup['story_id']}"
        )
        if dedup.get("duplicate_of"):
            head += f", copy of {dedup['duplicate_of']} ({dedup['method']}, {dedup['similarity']:.2f})"
        for claim in record.get("claims", [])[:3]:
            head += f"\n      {describe_claim(claim)}"
        return head
    if "copies" in record and "first_article_id" in record and "claim_key" not in record:
        return (
            f"story {record['story_id']} copies={record['copies']} first={record['first_source']} "
            f"sources={', '.join(record['sources'][:6])}"
        )
    if "claim_key" in record:
        return f"claim {describe_claim(record)} ×{record['copies']}"
    return clip(orjson.dumps(record).decode(), 300)
