"""Kafka clients for the commands: started safely, and a failure told in one line a user can act on.

aiokafka answers a stopped broker, a wrong password, a PLAINTEXT client at a SASL listener and a TLS
mismatch alike (``Unable to bootstrap from [...]``). :func:`diagnose` asks the first reachable
bootstrap server itself, step by step (TCP, TLS, ApiVersions, SASL handshake and authentication), and
says which step failed and which setting to change.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Iterable
from typing import Any

import click
from aiokafka.conn import create_conn
from aiokafka.errors import (
    IllegalSaslStateError,
    KafkaConnectionError,
    KafkaError,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)
from aiokafka.protocol.admin import SaslHandShakeRequest
from aiokafka.protocol.metadata import MetadataRequest

from streams.settings import Settings

PROBE_TIMEOUT = 5.0
LOCAL_HINT = "for the local one: wirestream broker start"


class KafkaUnavailable(click.ClickException):
    """Kafka could not be used; the message says why in one line (exit status 1)."""


async def start_client(client: Any, settings: Settings) -> None:
    """Start an aiokafka client; on failure close it (no "Unclosed" warning), raise KafkaUnavailable."""
    try:
        await client.start()
    except (TimeoutError, KafkaError, OSError) as error:
        close = getattr(client, "stop", None) or client.close
        with contextlib.suppress(Exception):
            await close()
        raise KafkaUnavailable(await diagnose(settings, error)) from None


def _servers(settings: Settings) -> list[tuple[str, int]]:
    servers = []
    for entry in settings.bootstrap_servers.split(","):
        host, _, port = entry.strip().rpartition(":")
        servers.append((host.strip("[]"), int(port)))
    return servers


def _all_local(servers: list[tuple[str, int]]) -> bool:
    return all(host in ("127.0.0.1", "localhost", "::1") for host, _port in servers)


async def _reachable(host: str, port: int) -> OSError | None:
    try:
        _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), PROBE_TIMEOUT)
    except (TimeoutError, OSError) as error:
        return error if isinstance(error, OSError) else OSError(f"no answer within {PROBE_TIMEOUT:g} s")
    writer.close()
    with contextlib.suppress(Exception):
        await writer.wait_closed()
    return None


def _setting(settings: Settings, name: str) -> str:
    """``security_protocol SASL_PLAINTEXT (env WIRESTREAM_SECURITY_PROTOCOL)`` for messages."""
    return f"{name} {getattr(settings, name) or '(empty)'} ({settings.source(name)})"


async def diagnose(settings: Settings, error: BaseException | None = None) -> str:
    """One line: why the Kafka client could not start with these settings, and what to do."""
    servers = _servers(settings)
    refused = [(server, await _reachable(*server)) for server in servers]
    alive = [server for server, problem in refused if problem is None]
    if not alive:
        problem = refused[0][1]
        why = "connection refused" if isinstance(problem, ConnectionRefusedError) else str(problem)
        hint = f"; {LOCAL_HINT}" if _all_local(servers) else ""
        return f"Kafka broker not reachable at {settings.bootstrap_servers} ({why}){hint}"
    host, port = alive[0]
    where = f"{host}:{port}"
    config = settings.kafka_client_config()
    try:
        conn = await asyncio.wait_for(
            create_conn(host, port, request_timeout_ms=int(PROBE_TIMEOUT * 1000), **config), PROBE_TIMEOUT * 2
        )
    except SaslAuthenticationFailed as failed:
        return (
            f"authentication failed for user {settings.sasl_username!r} "
            f"(mechanism {settings.sasl_mechanism}) at {where}: {failed}; "
            "check WIRESTREAM_SASL_USERNAME / WIRESTREAM_SASL_PASSWORD"
        )
    except UnsupportedSaslMechanismError as unsupported:
        mechanism = settings.sasl_mechanism
        return f"the listener at {where} does not accept SASL mechanism {mechanism}: {unsupported}"
    except IllegalSaslStateError:
        return (
            f"the listener at {where} does not use SASL, but {_setting(settings, 'security_protocol')} does: "
            "set WIRESTREAM_SECURITY_PROTOCOL=PLAINTEXT (or SSL for a TLS listener)"
        )
    except ssl.SSLError as failed:
        reason = failed.reason or str(failed)
        if isinstance(failed, ssl.SSLCertVerificationError):
            return (
                f"TLS: the certificate of {where} is not trusted ({failed.verify_message}): "
                "set WIRESTREAM_SSL_CAFILE to the CA that signed it"
            )
        return (
            f"TLS handshake with {where} failed ({reason}): is that a TLS listener? "
            f"({_setting(settings, 'security_protocol')})"
        )
    except (TimeoutError, OSError, KafkaError) as failed:
        if "SSL" not in settings.security_protocol:
            return (
                f"{where} does not answer as a plain Kafka listener ({type(failed).__name__}); "
                f"if it is a TLS listener, set WIRESTREAM_SECURITY_PROTOCOL=SSL or SASL_SSL "
                f"({_setting(settings, 'security_protocol')})"
            )
        return (
            f"TLS handshake with {where} failed ({type(failed).__name__}): the listener may not use TLS; "
            f"set WIRESTREAM_SECURITY_PROTOCOL=PLAINTEXT or SASL_PLAINTEXT "
            f"({_setting(settings, 'security_protocol')})"
        )
    try:
        if not settings.security_protocol.startswith("SASL_"):
            handshake = await conn.send(SaslHandShakeRequest("PLAIN"))
            if handshake.error_code != IllegalSaslStateError.errno:
                mechanisms = ", ".join(handshake.enabled_mechanisms) or "none"
                protocol = "SASL_SSL" if settings.security_protocol == "SSL" else "SASL_PLAINTEXT"
                return (
                    f"the listener at {where} expects SASL (mechanisms {mechanisms}), but "
                    f"{_setting(settings, 'security_protocol')}: set WIRESTREAM_SECURITY_PROTOCOL={protocol} "
                    "and WIRESTREAM_SASL_MECHANISM, WIRESTREAM_SASL_USERNAME, WIRESTREAM_SASL_PASSWORD"
                )
        await conn.send(MetadataRequest([]))
    except (TimeoutError, OSError, KafkaError) as failed:
        return f"Kafka at {where} accepted the connection but failed a request: {failed!r}"
    finally:
        conn.close()
    detail = f": {error}" if error is not None else ""
    return f"Kafka at {where} answers, but the client could not start{detail}"


async def missing_topics(client: Any, topics: Iterable[str]) -> list[str]:
    """Which of ``topics`` the cluster does not have (``client``: an aiokafka AIOKafkaClient)."""
    cluster = await client.fetch_all_metadata()
    existing = cluster.topics()
    return [topic for topic in topics if topic not in existing]


def no_such_topic(topic: str) -> click.ClickException:
    return click.ClickException(f"topic {topic!r} does not exist (wirestream topics create)")


async def require_topics(client: Any, topics: Iterable[str]) -> None:
    """Raise a one-line error for the first of ``topics`` the cluster does not have."""
    missing = await missing_topics(client, topics)
    if missing:
        raise no_such_topic(missing[0])


def is_unreachable(error: BaseException) -> bool:
    return isinstance(error, KafkaConnectionError)
