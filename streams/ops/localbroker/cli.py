"""``wirestream broker start | stop | status``: the local single-node Kafka broker."""

from __future__ import annotations

import json
import time

import click

from streams.ops import localbroker
from streams.settings import Settings


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    if settings is None:
        try:
            settings = Settings.from_env()
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    overrides = ctx.meta.get("wirestream.broker.overrides", {})
    return settings.replace(**overrides)


@click.group(
    name="broker",
    help=f"A local single-node Kafka {localbroker.KAFKA_VERSION} (KRaft) without Docker.\n\n"
    "Needs Java 17+; the first start fetches Kafka's jars with Maven (once, about 30 s). "
    "Settings come from WIRESTREAM_* variables; the options below override them.",
)
@click.option(
    "--broker-home",
    type=click.Path(file_okay=False),
    help="Data, jars and log folder (WIRESTREAM_BROKER_HOME; default ~/.cache/wirestream/broker).",
)
@click.option(
    "--bootstrap-servers",
    metavar="HOST:PORT",
    help="Client address, loopback only (WIRESTREAM_BOOTSTRAP_SERVERS; default 127.0.0.1:9092).",
)
@click.option(
    "--controller-port",
    type=int,
    help="KRaft controller port (WIRESTREAM_BROKER_CONTROLLER_PORT; default 9093).",
)
@click.pass_context
def broker(
    ctx: click.Context, broker_home: str | None, bootstrap_servers: str | None, controller_port: int | None
) -> None:
    ctx.meta["wirestream.broker.overrides"] = {
        "broker_home": broker_home,
        "bootstrap_servers": bootstrap_servers,
        "broker_controller_port": controller_port,
    }


def _err(message: str) -> None:
    click.echo(message, err=True)


@broker.command()
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait until ready.")
@click.pass_context
def start(ctx: click.Context, timeout: float) -> None:
    """Start in the background; wait until it answers (no-op if running)."""
    settings = _settings(ctx)
    began = time.monotonic()
    try:
        st = localbroker.start(settings, timeout=timeout, echo=_err)
    except localbroker.BrokerError as exc:
        raise click.ClickException(str(exc)) from exc
    if st.already_running:
        click.echo(f"Kafka {st.version} is already running at {st.address} (pid {st.pid}); nothing to do.")
    else:
        click.echo(
            f"Kafka {st.version} started at {st.address} (pid {st.pid}) in {time.monotonic() - began:.1f} s."
        )
    click.echo(f"  data dir: {st.data_dir}\n  log:      {st.log_file}")


@broker.command()
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds before SIGKILL.")
@click.pass_context
def stop(ctx: click.Context, timeout: float) -> None:
    """Stop (SIGTERM, SIGKILL after --timeout); not running is fine."""
    settings = _settings(ctx)
    try:
        before = localbroker.status(settings)
        localbroker.stop(settings, timeout=timeout)
    except localbroker.BrokerError as exc:
        raise click.ClickException(str(exc)) from exc
    if before.running:
        click.echo(f"Stopped Kafka (pid {before.pid}).")
    else:
        click.echo(f"Kafka is not running from {before.broker_home}; nothing to stop.")


@broker.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show whether it runs: pid, address, version, data dir.

    Exit status: 0 when a Kafka broker answers at the address (this one, or another already running
    there), 3 when none does (as `systemctl status` does for a stopped service).
    """
    try:
        st = localbroker.status(_settings(ctx))
    except localbroker.BrokerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(st.to_dict(), indent=2) if as_json else st.describe())
    ctx.exit(0 if st.answers or (st.running and not st.running_address) else 3)


main = broker


if __name__ == "__main__":
    broker()
