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
        from streams.shell.topics import TopicsRefused

        try:
            return super().invoke(ctx)
        except KafkaConnectionError as error:
            settings = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
            raise click.ClickException(asyncio.run(diagnose(settings, error))) from None
        except (SettingsError, TopicsRefused) as error:
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
    from streams.ops.preflight import check_web_port, lock_data_dir, prepare_data_dir
    from streams.shell.app import create_app, create_worker, freeze_startup_heap
    from streams.shell.topics import create_topics

    settings = settings.replace(app_id=app_id, web_port=web_port, data_dir=data_dir, store=store)
    logging_options = worker_logging(settings.log_format, settings.log_level)
    lock_data_dir(prepare_data_dir(settings))  # before joining the group: fail here, not in RocksDB
    check_web_port(settings)
    asyncio.run(create_topics(settings))
    app = create_app(settings)
    freeze_startup_heap()
    create_worker(app, settings, **logging_options).execute_from_commandline()


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
@click.option("-o", "--output", type=click.File("wb"), default="-", show_default=True, help="Enriched JSONL.")
@click.option("--dlq", type=click.File("wb"), help="Dead-letter JSONL (default: stderr summary only).")
@click.pass_obj
def enrich(settings: Settings, source, output, dlq) -> None:
    """Enrich SOURCE (JSONL, `-` for stdin) in input order, exactly as the worker would. No broker needed."""
    from streams.ops.batch import enrich_stream
    from streams.ops.progress import Progress

    with Progress("enrich", unit="articles") as progress:
        counts = enrich_stream(
            progress.wrap(source), output, dlq, settings, source_name=getattr(source, "name", "-")
        )
    click.echo(
        f"read {counts.read:,}  enriched {counts.enriched:,}  dead-lettered {counts.dead_lettered:,}",
        err=True,
    )


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
