"""`wirestream` — the command line: worker, produce, tail, topics, enrich, broker, demo."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

import click

from streams.settings import Settings, SettingsError


class Commands(click.Group):
    """The ``wirestream`` group: expected failures end as one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        from aiokafka.errors import KafkaConnectionError

        from streams.ops.clients import diagnose
        from streams.ops.localbroker import BrokerError
        from streams.shell.topics import TopicsRefused

        try:
            return super().invoke(ctx)
        except KafkaConnectionError as error:
            settings = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
            raise click.ClickException(asyncio.run(diagnose(settings, error))) from None
        except (SettingsError, TopicsRefused, BrokerError) as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--bootstrap-servers", "-b", help="Kafka bootstrap servers [env WIRESTREAM_BOOTSTRAP_SERVERS].")
@click.option("--topic-prefix", help="Prefix for every topic name [env WIRESTREAM_TOPIC_PREFIX].")
@click.option("--partitions", type=int, help="Partitions when creating topics [env WIRESTREAM_PARTITIONS].")
@click.option("--log-level", "-l", help="debug, info, warning, error [env WIRESTREAM_LOG_LEVEL].")
@click.option(
    "--log-format", type=click.Choice(["text", "json"]), help="Worker logs [env WIRESTREAM_LOG_FORMAT]."
)
@click.version_option(package_name="wirestream")
@click.pass_context
def main(
    ctx: click.Context,
    bootstrap_servers: str | None,
    topic_prefix: str | None,
    partitions: int | None,
    log_level: str | None,
    log_format: str | None,
) -> None:
    """Kafka-native news enrichment: language, wire-story dedup and claims on a live firehose."""
    try:
        ctx.obj = Settings.from_env(
            bootstrap_servers=bootstrap_servers,
            topic_prefix=topic_prefix,
            partitions=partitions,
            log_level=log_level,
            log_format=log_format,
        )
    except SettingsError as error:
        raise click.ClickException(str(error)) from None
    if ctx.obj.log_level != "debug":
        # the Kafka client logs every failed connection attempt; the commands say what went wrong in
        # one line instead (the worker sets up its own logging; --log-level debug shows everything)
        logging.getLogger().addHandler(logging.NullHandler())
    else:
        logging.basicConfig(level=logging.DEBUG)


@main.command()
@click.option("--app-id", help="Consumer group / changelog prefix [env WIRESTREAM_APP_ID].")
@click.option("--web-port", type=int, help="Web server port [env WIRESTREAM_WEB_PORT].")
@click.option("--data-dir", help="Table state directory [env WIRESTREAM_DATA_DIR].")
@click.option("--store", help="Table store: rocksdb:// or memory:// [env WIRESTREAM_STORE].")
@click.pass_obj
def worker(
    settings: Settings, app_id: str | None, web_port: int | None, data_dir: str | None, store: str | None
):
    """Run a Faust worker: articles.raw → enriched, unique, stories, claims, dlq."""
    from streams.ops.logformat import worker_logging
    from streams.ops.preflight import check_web_port, drop_stale_table_state, lock_data_dir, prepare_data_dir
    from streams.shell.app import create_app, create_worker, freeze_startup_heap
    from streams.shell.topics import create_topics

    settings = settings.replace(app_id=app_id, web_port=web_port, data_dir=data_dir, store=store)
    logging_options = worker_logging(settings.log_format, settings.log_level)
    lock_data_dir(prepare_data_dir(settings))  # before joining the group: fail here, not in RocksDB
    check_web_port(settings)
    asyncio.run(create_topics(settings))
    for removed in asyncio.run(drop_stale_table_state(settings)):
        click.echo(f"warning: {removed}", err=True)
    app = create_app(settings)
    freeze_startup_heap()
    level = settings.log_level
    terminal = settings.log_format == "text" and sys.stderr.isatty()
    if terminal:  # a person watches: our banner instead of Faust's, its start-up chatter only at debug
        if level != "debug":
            level = "warning"
        logging_options["quiet"] = True
        click.echo(worker_banner(settings, level), err=True)
        announce_ready(app, settings)
    create_worker(app, level, **logging_options).execute_from_commandline()


def web_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "") else settings.web_host
    return f"http://{'[' + host + ']' if ':' in host else host}:{settings.web_port}"


def worker_banner(settings: Settings, level: str) -> str:
    """What a person starting a worker needs: group, topics, state, dashboard and metrics URLs."""
    from streams.shell.topics import CLAIMS, DLQ, ENRICHED, RAW, STORIES, UNIQUE
    from streams.web.metrics import claims_core

    outputs = ", ".join(settings.topic(spec.name) for spec in (ENRICHED, UNIQUE, STORIES, CLAIMS, DLQ))
    logs = (
        "logs at debug" if level == "debug" else f"logs at {level} (--log-level debug for Faust's start-up)"
    )
    return "\n".join(
        [
            f"wirestream worker: group {settings.app_id} at {settings.bootstrap_servers}",
            f"  reads      {settings.topic(RAW.name)}",
            f"  writes     {outputs}",
            f"  state      {settings.worker_data_dir} ({settings.store})",
            f"  dashboard  {web_url(settings)}/dashboard/",
            f"  metrics    {web_url(settings)}/metrics",
            f"  claims     {claims_core()} core",
            f"  {logs}; Ctrl-C stops the worker",
        ]
    )


def announce_ready(app, settings: Settings) -> None:
    """Say once, on the terminal, when the worker has joined the group and holds its partitions."""
    said = False

    async def ready(*_args, **_kwargs) -> None:
        nonlocal said
        if said:
            return
        said = True
        raw = settings.topic("articles.raw")
        assigned = sum(1 for tp in app.consumer.assignment() if tp.topic == raw)
        # Faust sends stdout and stderr to its log once it runs: write to the terminal itself
        stream = sys.__stderr__ or sys.stderr
        stream.write(f"ready: {assigned} partitions of {raw} assigned to this worker\n")
        stream.flush()

    app.on_rebalance_complete.connect(ready)


@main.group()
def topics() -> None:
    """Manage wirestream's topics."""


@topics.command("create")
@click.pass_obj
def topics_create(settings: Settings) -> None:
    """Create every topic with explicit partition counts (existing ones are left alone)."""
    from streams.shell.topics import TABLE_NAMES, TOPIC_NAMES, create_topics

    created = asyncio.run(create_topics(settings))  # every topic exists afterwards, or it raised
    for name in TOPIC_NAMES:
        full = settings.topic(name)
        click.echo(f"{full:32} {'created' if full in created else 'exists'}")
    click.echo(
        f"{len(created)} created, {len(TOPIC_NAMES) + len(TABLE_NAMES) - len(created)} existed "
        f"(changelogs of group {settings.app_id} included) at {settings.bootstrap_servers}",
        err=True,
    )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--sample", is_flag=True, help="Also send the built-in sample firehose (and its bad records).")
@click.option("--rate", type=float, help="Articles per second (default: as fast as possible).")
@click.option("--topic", default="articles.raw", show_default=True, help="Topic (the prefix is added).")
@click.pass_obj
def produce(
    settings: Settings, paths: tuple[Path, ...], sample: bool, rate: float | None, topic: str
) -> None:
    """Send articles to articles.raw: JSONL files (one per line), .txt files (one each), directories."""
    from streams.ops.firehose import produce_articles, sample_paths

    sources = [*paths, *(sample_paths() if sample else [])]
    if not sources:
        raise click.UsageError("give at least one PATH or --sample")
    sent = asyncio.run(produce_articles(settings, sources, topic=settings.topic(topic), rate=rate))
    click.echo(f"sent {sent:,} records to {settings.topic(topic)}", err=True)


@main.command()
@click.argument("topic", default="articles.enriched")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line, for machines.")
@click.option("--from-beginning/--from-end", default=True, show_default=True)
@click.option("--limit", type=int, help="Stop after this many records.")
@click.option("--idle-timeout", type=float, help="Stop after this many seconds without a record.")
@click.pass_obj
def tail(
    settings: Settings,
    topic: str,
    as_json: bool,
    from_beginning: bool,
    limit: int | None,
    idle_timeout: float | None,
) -> None:
    """Print records from TOPIC (default articles.enriched); readable by default."""
    from streams.ops.firehose import tail_topic

    full = settings.topic(topic)

    def following() -> None:
        if limit is None and idle_timeout is None:
            click.echo(f"following {full} at {settings.bootstrap_servers} (Ctrl-C to stop)", err=True)

    try:
        asyncio.run(
            tail_topic(
                settings,
                full,
                as_json=as_json,
                from_beginning=from_beginning,
                limit=limit,
                idle_timeout=idle_timeout,
                following=following,
            )
        )
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@click.argument("source", type=click.File("rb"))
@click.option(
    "-o",
    "--output",
    type=click.File("wb", lazy=False),
    default="-",
    show_default=True,
    help="Enriched JSONL.",
)
@click.option(
    "--dlq", type=click.File("wb", lazy=False), help="Dead-letter JSONL (default: a summary on stderr only)."
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for the stateless stages (language, fingerprint, claims); dedup stays in input order.",
)
@click.pass_obj
def enrich(settings: Settings, source, output, dlq, jobs: int) -> None:
    """Enrich SOURCE (JSONL, `-` for stdin) in input order, exactly as the worker would. No broker needed."""
    import os
    import stat

    from streams.ops.batch import enrich_stream
    from streams.ops.progress import Progress

    try:
        info = os.fstat(source.fileno())
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
    except (AttributeError, OSError, ValueError):  # not a real file (e.g. a test's stream)
        size = None
    with Progress("enrich", unit="lines", total_bytes=size) as progress:
        counts = enrich_stream(
            progress.wrap_lines(source),
            output,
            dlq,
            settings,
            source_name=getattr(source, "name", "-"),
            jobs=jobs,
        )
    blank = progress.count - counts.read
    click.echo(
        f"read {counts.read:,}  enriched {counts.enriched:,}  dead-lettered {counts.dead_lettered:,}"
        + (f"  ({blank:,} blank line{'s' if blank != 1 else ''} skipped)" if blank else ""),
        err=True,
    )
    if counts.dead_lettered and dlq is None:
        by_code = ", ".join(
            f"{code} {n:,}" for code, n in sorted(counts.codes.items(), key=lambda kv: -kv[1])
        )
        click.echo(f"dead letters: {by_code}; keep them with --dlq FILE", err=True)
        for line, code, reason in counts.examples:
            click.echo(f"  line {line}: {code}: {reason[:160]}", err=True)


@main.command()
@click.argument("feeds", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--once", is_flag=True, help="Poll every feed once, print a table per feed, and exit.")
@click.option("--interval", type=float, help="Seconds between polls [env WIRESTREAM_POLL_INTERVAL].")
@click.option("--no-fetch", is_flag=True, help="Use the feed entries' own text; fetch no article pages.")
@click.pass_obj
def poll(settings: Settings, feeds: Path, once: bool, interval: float | None, no_fetch: bool) -> None:
    """Poll FEEDS (one URL a line, or .toml) → articles.raw; state in feeds.state, failures in the DLQ."""
    import logging

    from streams.feeds.poller import report_table
    from streams.feeds.run import feeds_from, run_poller
    from streams.feeds.sources import FeedsFileError
    from streams.shell.topics import create_topics

    try:
        sources = feeds_from(feeds)
    except FeedsFileError as error:
        raise click.UsageError(str(error)) from None
    if interval is not None and interval <= 0:
        raise click.UsageError("--interval must be a positive number of seconds")
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    asyncio.run(create_topics(settings))
    run = run_poller(settings, sources, once=once, interval=interval, fetch_pages=not no_fetch)
    reports = asyncio.run(run)
    if once:
        from streams.feeds.poller import cycle_summary

        click.echo(report_table(reports))
        click.echo(cycle_summary(reports, 0.0).rsplit(" in ", 1)[0], err=True)


@main.command()
@click.option("--seconds", type=float, default=60.0, show_default=True, help="Give up after this long.")
@click.option("--keep-running", is_flag=True, help="Leave the broker and worker running afterwards.")
@click.pass_obj
def demo(settings: Settings, seconds: float, keep_running: bool) -> None:
    """Start the local broker and a worker, play the sample firehose, show the enriched output."""
    from streams.ops.demo import run_demo

    sys.exit(run_demo(settings, timeout=seconds, keep_running=keep_running))


def _register_broker() -> None:
    from streams.ops.localbroker.cli import broker

    main.add_command(broker)


_register_broker()


def _register_operator() -> None:
    from streams.ops.operator import register

    register(main)


_register_operator()

if __name__ == "__main__":
    main()
