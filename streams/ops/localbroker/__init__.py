"""A local single-node Apache Kafka (KRaft, combined broker + controller) without Docker.

Kafka's own jars are resolved once with Maven (``pom.xml`` beside this file, copied into
``<broker_home>/kafka-<version>/libs``); the server runs as a detached JVM whose pid is kept in
``<broker_home>/broker.pid`` and whose output goes to ``<broker_home>/broker.log``. Host and port come
from ``settings.bootstrap_servers`` (first entry, loopback only), the KRaft controller port from
``settings.broker_controller_port``, and everything on disk lives under ``settings.broker_home``.

Public API: :func:`start`, :func:`stop`, :func:`status` (each returns a :class:`BrokerStatus`),
:func:`ensure_jars`, :func:`render_server_properties`, :data:`KAFKA_VERSION`; every expected failure
(no Java, no Maven, port taken, broker died) raises :class:`BrokerError` with a message for humans.

One module a job: ``version`` (Kafka's version from ``pom.xml``), ``status`` (the status record and
the error), ``tools`` (Java, Maven, the jars), ``layout`` (a home's files and ``server.properties``),
``security`` (SASL and TLS listeners), ``probe`` (does a broker answer), ``lifecycle`` (start, stop,
status).
"""

from __future__ import annotations

from streams.ops.localbroker.layout import render_server_properties
from streams.ops.localbroker.lifecycle import start, status, stop
from streams.ops.localbroker.probe import api_versions_ok
from streams.ops.localbroker.security import SecureListeners, make_keystore
from streams.ops.localbroker.status import BrokerError, BrokerStatus
from streams.ops.localbroker.tools import MIN_JAVA, check_java, ensure_jars, libs_dir
from streams.ops.localbroker.version import kafka_version

__all__ = [
    "KAFKA_VERSION",
    "MIN_JAVA",
    "BrokerError",
    "BrokerStatus",
    "SecureListeners",
    "api_versions_ok",
    "check_java",
    "ensure_jars",
    "kafka_version",
    "libs_dir",
    "make_keystore",
    "render_server_properties",
    "start",
    "status",
    "stop",
]


def __getattr__(name: str) -> str:
    """``KAFKA_VERSION``, read from ``pom.xml`` when first asked for (not at import)."""
    if name == "KAFKA_VERSION":
        return kafka_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
