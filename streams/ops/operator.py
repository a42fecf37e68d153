"""Operator commands: ``wirestream stats``, ``wirestream dlq list|replay``, ``wirestream stories``.

They talk to Kafka directly (admin client + a group-less consumer), so they work with or without a
worker running and see the whole consumer group, not one worker's share.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import click
import orjson
from aiokafka import TopicPartition

from streams.core.deadletter import ERROR_CODES, original_key, original_value
from streams.ops import kafka
from streams.ops.firehose import clip
from streams.ops.progress import Progress
from streams.settings import Settings
from streams.shell.topics import DLQ, RAW, STORIES, TOPIC_NAMES


async def read_to_end(
    settings: Settings, topic: str, *, label: str | None = None
) -> AsyncIterator[tuple[bytes | None, bytes | None, Any]]:
    """Every record of ``topic`` from the beginning up to its end offsets at the start (then stop).

    Yields (key, value, record); shows a progress bar on stderr.
    """
    consumer = kafka.reader(settings)
    try:
        await consumer.start()
        assigned = await kafka.partitions(settings, [topic])
        if not assigned:
            raise click.ClickException(f"topic {topic!r} does not exist (wirestream topics create)")
        await kafka.assign(consumer, assigned)
        begin = await consumer.beginning_offsets(assigned)
        end = await consumer.end_offsets(assigned)
        remaining = {tp for tp in assigned if end[tp] > begin[tp]}
        await consumer.seek_to_beginning(*assigned)
        for tp in assigned:
            await consumer.position(tp)  # resolve the seek before reading
        total = sum(end[tp] - begin[tp] for tp in assigned)
        with Progress(label or f"read {topic}", total=total or None, unit="records") as progress:
            while remaining:
                batches = await consumer.getmany(*remaining, timeout_ms=1000)
                for tp, records in batches.items():
                    for record in records:
                        if record.offset >= end[tp]:
                            break
                        progress.advance()
                        yield record.key, record.value, record
                    if records and (records[-1].offset >= end[tp] - 1):
                        remaining.discard(tp)
                for tp in list(remaining):  # compacted topics: offsets may end in a gap
                    if await consumer.position(tp) >= end[tp]:
                        remaining.discard(tp)
    finally:
        await consumer.stop()


async def topic_stats(settings: Settings, interval: float) -> list[dict[str, Any]]:
    """Per topic: partitions, end offsets, the worker group's lag, and produce rate over ``interval``."""
    admin = kafka.admin(settings)
    consumer = kafka.reader(settings)
    try:
        await admin.start()
        await consumer.start()
        existing = set(await admin.list_topics())
        names = [settings.topic(name) for name in TOPIC_NAMES if settings.topic(name) in existing]
        assigned = await kafka.partitions(settings, names)
        first = await consumer.end_offsets(assigned) if assigned else {}
        started = time.monotonic()
        committed_raw = await admin.list_consumer_group_offsets(settings.app_id)
        await asyncio.sleep(max(0.0, interval - (time.monotonic() - started)))
        second = await consumer.end_offsets(assigned) if assigned else {}
        elapsed = max(time.monotonic() - started, 1e-6)
    finally:
        await consumer.stop()
        await admin.close()
    committed = {
        TopicPartition(tp.topic, tp.partition): meta.offset
        for tp, meta in committed_raw.items()
        if meta is not None and meta.offset >= 0
    }
    rows = []
    for name in names:
        tps = [tp for tp in assigned if tp.topic == name]
        consumed = any(tp in committed for tp in tps)
        lag = sum(max(0, second[tp] - committed.get(tp, 0)) for tp in tps) if consumed else None
        rows.append(
            {
                "topic": name,
                "partitions": len(tps),
                "end_offsets": sum(second[tp] for tp in tps),
                "group_lag": lag,
                "partition_lag": {tp.partition: max(0, second[tp] - committed.get(tp, 0)) for tp in tps}
                if consumed
                else None,
                "rate_per_s": round(sum(second[tp] - first[tp] for tp in tps) / elapsed, 2),
            }
        )
    return rows


# --- DLQ -------------------------------------------------------------------------------------------

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``30m``, ``2h``, ``1d`` (ago) or an RFC 3339 / ISO 8601 time (UTC if no offset)."""
    now = now or datetime.now(UTC)
    match = _DURATION.match(text.strip().lower())
    if match:
        return now - timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{text!r}: use e.g. 30m, 2h, 1d or 2026-03-02T10:00:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def dlq_matches(record: dict[str, Any], code: str | None, since: datetime | None) -> bool:
    if code and record.get("error", {}).get("code") != code:
        return False
    if since is not None:
        try:
            failed = datetime.fromisoformat(str(record.get("failed_at", "")).replace("Z", "+00:00"))
        except ValueError:
            return False
        if failed < since:
            return False
    return True


def describe_dlq(record: dict[str, Any]) -> str:
    error, origin = record["error"], record["origin"]
    preview = original_value(record)[:100].decode("utf-8", "replace").replace("\n", " ")
    return (
        f"{error['code']:<15} {error['stage']:<9} {record.get('failed_at', '-'):<25} "
        f"{origin['topic']}[{origin['partition']}]@{origin['offset']}\n"
        f"    reason: {error['reason'][:160]}\n"
        f"    value ({record.get('value_bytes', 0):,} bytes"
        f"{', truncated' if record.get('value_truncated') else ''}): {preview}"
    )


async def dlq_records(
    settings: Settings, code: str | None, since: datetime | None
) -> list[tuple[bytes | None, dict[str, Any]]]:
    found = []
    async for key, value, _record in read_to_end(settings, settings.topic(DLQ.name), label="read DLQ"):
        try:
            record = orjson.loads(value or b"null")
        except orjson.JSONDecodeError:
            continue
        if isinstance(record, dict) and "error" in record and dlq_matches(record, code, since):
            found.append((key, record))
    return found


async def replay(settings: Settings, records: list[dict[str, Any]], topic: str) -> int:
    """Send each DLQ record's original key and value to ``topic``; return how many were sent."""
    producer = kafka.producer(settings)
    try:
        await producer.start()
        futures = []
        with Progress(f"replay → {topic}", total=len(records), unit="records") as progress:
            for record in records:
                futures.append(
                    await producer.send(topic, key=original_key(record), value=original_value(record))
                )
                progress.advance()
            await producer.flush()
            for future in futures:
                await future
    finally:
        await producer.stop()
    return len(futures)


# --- stories ---------------------------------------------------------------------------------------


async def latest_stories(settings: Settings) -> list[dict[str, Any]]:
    """The last record per story id on the compacted ``stories`` topic."""
    stories: dict[bytes, dict[str, Any]] = {}
    async for key, value, _record in read_to_end(
        settings, settings.topic(STORIES.name), label="read stories"
    ):
        if key is None:
            continue
        if value is None:  # tombstone
            stories.pop(key, None)
            continue
        try:
            stories[key] = orjson.loads(value)
        except orjson.JSONDecodeError:
            continue
    return list(stories.values())


def rank_stories(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most copies first; among equals, the most recently updated first."""
    newest = sorted(stories, key=lambda s: str(s.get("updated_at") or ""), reverse=True)
    return sorted(newest, key=lambda s: -int(s.get("copies", 0)))


# --- click commands ---------------------------------------------------------------------------------


def _fit(text: Any, width: int) -> str:
    return clip("" if text is None else text, width)


@click.command()
@click.option("--interval", type=float, default=2.0, show_default=True, help="Seconds to measure rates over.")
@click.option("--app-id", help="Consumer group whose lag to show [env WIRESTREAM_APP_ID].")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def stats(settings: Settings, interval: float, app_id: str | None, as_json: bool) -> None:
    """One screen: every topic's partitions, end offsets, the worker group's lag and produce rates."""
    settings = settings.replace(app_id=app_id)
    rows = asyncio.run(topic_stats(settings, interval))
    if as_json:
        click.echo(
            orjson.dumps({"group": settings.app_id, "topics": rows}, option=orjson.OPT_NON_STR_KEYS).decode()
        )
        return
    if not rows:
        raise click.ClickException("no wirestream topics found (wirestream topics create)")
    click.echo(f"brokers {settings.bootstrap_servers}   group {settings.app_id}   rates over {interval:g}s")
    click.echo(
        f"{'topic':<40} {'parts':>5} {'end offsets':>12} {'group lag':>10} {'in/s':>9}  lag by partition"
    )
    for row in rows:
        lag = "-" if row["group_lag"] is None else f"{row['group_lag']:,}"
        by_partition = (
            " ".join(f"{p}:{n}" for p, n in row["partition_lag"].items()) if row["partition_lag"] else ""
        )
        click.echo(
            f"{_fit(row['topic'], 40):<40} {row['partitions']:>5} {row['end_offsets']:>12,} {lag:>10} "
            f"{row['rate_per_s']:>9,.1f}  {by_partition}"
        )
    click.echo("group lag '-' = the group does not consume that topic (outputs) or has not committed yet")


def check_code(code: str | None) -> None:
    """A --code that no dead letter can have is a typo: say which codes exist."""
    if code is not None and code not in ERROR_CODES:
        raise click.ClickException(f"no DLQ error code {code!r}; the codes are: {', '.join(ERROR_CODES)}")


@click.group()
def dlq() -> None:
    """Inspect and replay the dead-letter topic (articles.dlq)."""


@dlq.command("list")
@click.option("--code", help="Only this error code (e.g. malformed_json).")
@click.option("--since", help="Only records that failed since: 30m, 2h, 1d or an RFC 3339 time.")
@click.option("--limit", type=int, help="Show at most this many (the latest).")
@click.option("--json", "as_json", is_flag=True, help="The DLQ records as JSON lines.")
@click.pass_obj
def dlq_list(settings: Settings, code: str | None, since: str | None, limit: int | None, as_json: bool):
    """Readable DLQ records: code, stage, time, origin, reason and the start of the original value."""
    check_code(code)
    found = asyncio.run(dlq_records(settings, code, parse_since(since) if since else None))
    shown = found[-limit:] if limit else found
    for _key, record in shown:
        click.echo(orjson.dumps(record).decode() if as_json else describe_dlq(record))
    if not as_json:
        counts: dict[str, int] = {}
        for _key, record in found:
            counts[record["error"]["code"]] = counts.get(record["error"]["code"], 0) + 1
        summary = ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        click.echo(f"{len(found):,} DLQ records{' (' + summary + ')' if summary else ''}", err=True)


@dlq.command("replay")
@click.option("--code", help="Only this error code.")
@click.option("--since", help="Only records that failed since: 30m, 2h, 1d or an RFC 3339 time.")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--topic", default=RAW.name, show_default=True, help="Where to send (the prefix is added).")
@click.pass_obj
def dlq_replay(settings: Settings, code: str | None, since: str | None, dry_run: bool, topic: str):
    """Send the original key and value of DLQ records back to articles.raw (after a fix)."""
    check_code(code)
    found = asyncio.run(dlq_records(settings, code, parse_since(since) if since else None))
    target = settings.topic(topic)
    truncated = [record for _key, record in found if record.get("value_truncated")]
    if truncated:
        click.echo(f"note: {len(truncated)} record(s) kept only part of their value (too_large)", err=True)
    if dry_run:
        for _key, record in found:
            click.echo(describe_dlq(record))
        click.echo(f"dry run: would send {len(found):,} records to {target}", err=True)
        return
    sent = asyncio.run(replay(settings, [record for _key, record in found], target)) if found else 0
    click.echo(f"replayed {sent:,} records to {target}", err=True)


@click.command()
@click.option("--limit", type=int, default=15, show_default=True, help="How many stories.")
@click.option("--json", "as_json", is_flag=True, help="Story records as JSON lines.")
@click.pass_obj
def stories(settings: Settings, limit: int, as_json: bool) -> None:
    """Top stories from the compacted `stories` topic: copies, sources, first outlet and time."""
    ranked = rank_stories(asyncio.run(latest_stories(settings)))[:limit]
    if as_json:
        for story in ranked:
            click.echo(orjson.dumps(story).decode())
        return
    click.echo(f"{'copies':>6}  {'lang':<4} {'first seen':<20} {'first outlet':<22} title / sources")
    for story in ranked:
        first_seen = str(story.get("first_seen_at") or "-").replace("T", " ")[:19]
        click.echo(
            f"{story.get('copies', 0):>6}  {_fit(story.get('language'), 4):<4} {first_seen:<20} "
            f"{_fit(story.get('first_source'), 22):<22} {_fit(story.get('title'), 70)}"
        )
        click.echo(f"{'':>6}  {'':<4} {'':<20} {'':<22} {_fit(', '.join(story.get('sources', [])), 90)}")


def register(main: click.Group) -> None:
    """Add the operator commands to the ``wirestream`` group."""
    main.add_command(stats)
    main.add_command(dlq)
    main.add_command(stories)
