"""One settings object for the whole service: defaults, then ``WIRESTREAM_*`` env vars, then CLI flags.

Every value is checked here, once, whichever command builds the settings: an invalid one raises
:class:`SettingsError`, whose one-line message names the setting, where the value came from (env var,
flag or default) and what is accepted.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ENV_PREFIX = "WIRESTREAM_"

#: Largest record the topics accept (``max.message.bytes``); ``max_record_bytes`` cannot exceed it.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
LOG_LEVELS = ("debug", "info", "warning", "error")
LOG_FORMATS = ("text", "json")
STORES = ("rocksdb://", "memory://")
_TOPIC_CHARS = re.compile(r"^[A-Za-z0-9._-]*$")
_DATA_DIR_DEFAULT = "$XDG_STATE_HOME/wirestream/<app_id>"


class SettingsError(ValueError):
    """A setting with a value wirestream refuses; the message is one line meant for the user."""


def _default_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wirestream"


def state_home() -> Path:
    """``$XDG_STATE_HOME``, or ``~/.local/state`` when it is unset (XDG base directory spec)."""
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")


@dataclass(frozen=True)
class Settings:
    """Every setting of wirestream; the README's settings table is generated from these docs."""

    bootstrap_servers: str = field(
        default="127.0.0.1:9092", metadata={"doc": "Kafka bootstrap servers, comma-separated."}
    )
    topic_prefix: str = field(default="", metadata={"doc": "Prefix for every topic name, e.g. `staging.`."})
    partitions: int = field(default=4, metadata={"doc": "Partition count used when creating topics."})
    replication_factor: int = field(
        default=1, metadata={"doc": "Replication factor used when creating topics."}
    )
    app_id: str = field(
        default="wirestream", metadata={"doc": "Faust app id: consumer group and changelog prefix."}
    )
    max_record_bytes: int = field(
        default=1_048_576, metadata={"doc": "Largest input value accepted; larger goes to the DLQ."}
    )
    dedup_window_hours: float = field(
        default=72.0,
        metadata={"doc": "How long after arrival an article stays in the dedup index, whatever its date."},
    )
    language_sample_chars: int = field(
        default=2000, metadata={"doc": "Characters of title + body given to the language detector."}
    )
    store: str = field(
        default="rocksdb://", metadata={"doc": "Faust table store (`rocksdb://` or `memory://`)."}
    )
    data_dir: str = field(
        default="",
        metadata={
            "doc": "Worker state directory (RocksDB tables); created with its parents. "
            "`$XDG_STATE_HOME` defaults to `~/.local/state`.",
            "default_doc": _DATA_DIR_DEFAULT,
        },
    )
    web_host: str = field(default="127.0.0.1", metadata={"doc": "Worker web server bind address."})
    web_port: int = field(default=6066, metadata={"doc": "Worker web server port."})
    log_level: str = field(default="info", metadata={"doc": "Log level: debug, info, warning, error."})
    log_format: str = field(
        default="text",
        metadata={"doc": "Worker log format: `text` (readable) or `json` (one object a line)."},
    )
    security_protocol: str = field(
        default="PLAINTEXT",
        metadata={"doc": "Kafka security protocol: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL."},
    )
    sasl_mechanism: str = field(
        default="", metadata={"doc": "SASL mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)."}
    )
    sasl_username: str = field(default="", metadata={"doc": "SASL user name."})
    sasl_password: str = field(default="", metadata={"doc": "SASL password."})
    ssl_cafile: str = field(default="", metadata={"doc": "CA bundle for SSL/SASL_SSL."})
    broker_home: str = field(
        default_factory=lambda: str(_default_home() / "broker"),
        metadata={
            "doc": "Local broker: data directory, jars and logs (`wirestream broker`).",
            "default_doc": "~/.cache/wirestream/broker",
        },
    )
    broker_controller_port: int = field(
        default=9093, metadata={"doc": "Local broker: KRaft controller port."}
    )
    poll_contact: str = field(
        default="",
        metadata={"doc": "`wirestream poll`: contact (URL or mailto:) put in the User-Agent for publishers."},
    )
    poll_interval: float = field(
        default=300.0,
        metadata={"doc": "`wirestream poll`: seconds between polls of a feed (TOML: per feed)."},
    )
    poll_host_gap: float = field(
        default=1.0,
        metadata={"doc": "`wirestream poll`: least seconds between requests to one host (or robots.txt's)."},
    )
    poll_read_timeout: float = field(
        default=30.0, metadata={"doc": "`wirestream poll`: seconds a response may stay silent (connect: 10)."}
    )
    poll_max_bytes: int = field(
        default=5 * 1024 * 1024, metadata={"doc": "`wirestream poll`: largest feed or page read, in bytes."}
    )
    poll_web_port: int = field(
        default=6067, metadata={"doc": "`wirestream poll`: port of the poller's `/metrics` (0: none)."}
    )
    sources: Mapping[str, str] = field(
        default_factory=dict, compare=False, repr=False, metadata={"internal": True}
    )
    """Where each non-default value came from (``env WIRESTREAM_X`` or ``flag --x``), for messages."""

    def __post_init__(self) -> None:
        problems = [problem for problem in (self._check(f.name) for f in public_fields()) if problem]
        if problems:
            raise SettingsError("; ".join(problems))

    def _check(self, name: str) -> str | None:
        value = getattr(self, name)
        accepted = _CHECKS[name](value, self) if name in _CHECKS else None
        if accepted is None:
            return None
        source = self.sources.get(name, "default")
        return f"invalid setting {name}={value!r} (from {source}): {accepted}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``WIRESTREAM_<NAME>`` variables, then explicit overrides (CLI flags)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        sources: dict[str, str] = {}
        for f in public_fields():
            variable = ENV_PREFIX + f.name.upper()
            raw = env.get(variable)
            if raw is not None and raw != "":
                values[f.name] = _coerce(f, raw)
                sources[f.name] = f"env {variable}"
        given = {k: _normalize(k, v) for k, v in overrides.items() if v is not None}
        values.update(given)
        sources.update({name: f"flag {flag_name(name)}" for name in given})
        return cls(**values, sources=sources)

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (None = keep); changed values are reported as coming from flags."""
        given = {k: _normalize(k, v) for k, v in changes.items() if v is not None}
        sources = {**self.sources, **{name: f"flag {flag_name(name)}" for name in given}}
        return dataclasses.replace(self, **given, sources=sources)

    def source(self, name: str) -> str:
        """Where the value of ``name`` came from: ``env WIRESTREAM_X``, ``flag --x`` or ``default``."""
        return self.sources.get(name, "default")

    def topic(self, name: str) -> str:
        """Full topic name with the configured prefix."""
        return f"{self.topic_prefix}{name}"

    @property
    def dedup_window_seconds(self) -> float:
        return self.dedup_window_hours * 3600.0

    @property
    def worker_data_dir(self) -> Path:
        """The worker's state directory: ``data_dir``, or ``$XDG_STATE_HOME/wirestream/<app_id>``."""
        if self.data_dir:
            return Path(self.data_dir).expanduser()
        return state_home() / "wirestream" / self.app_id

    @property
    def broker_port(self) -> int:
        """Port of the first bootstrap server (the local broker listens there)."""
        return int(self.bootstrap_servers.split(",")[0].rsplit(":", 1)[1])

    @property
    def broker_host(self) -> str:
        return self.bootstrap_servers.split(",")[0].rsplit(":", 1)[0]

    def kafka_client_config(self) -> dict[str, Any]:
        """Security settings in aiokafka's keyword form (used by Faust and the CLI clients alike)."""
        config: dict[str, Any] = {"security_protocol": self.security_protocol}
        if self.sasl_mechanism:
            config.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        if self.security_protocol.endswith("SSL"):
            import ssl

            config["ssl_context"] = ssl.create_default_context(cafile=self.ssl_cafile or None)
        return config


def public_fields() -> tuple[dataclasses.Field, ...]:
    """The settings a user can set (every field but the bookkeeping of where values came from)."""
    return tuple(f for f in fields(Settings) if not f.metadata.get("internal"))


def flag_name(name: str) -> str:
    """The command-line flag of a setting (``web_port`` → ``--web-port``)."""
    return "--" + name.replace("_", "-")


# --- the accepted values: each check returns None when fine, else what is accepted -------------------


def _int_range(low: int, high: int) -> Callable[[Any, Settings], str | None]:
    def check(value: Any, _settings: Settings) -> str | None:
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return None if ok else f"use a whole number from {low:,} to {high:,}"

    return check


def _one_of(choices: tuple[str, ...], *, empty: bool = False) -> Callable[[Any, Settings], str | None]:
    def check(value: Any, _settings: Settings) -> str | None:
        if value in choices or (empty and value == ""):
            return None
        return "use one of " + ", ".join(choices) + (" (or leave it empty)" if empty else "")

    return check


def _host_ports(value: Any, _settings: Settings) -> str | None:
    entries = [entry.strip() for entry in str(value).split(",")]
    for entry in entries:
        host, _, port = entry.rpartition(":")
        if not host.strip("[]") or not port.isdigit() or not 1 <= int(port) <= 65535:
            return "use HOST:PORT[,HOST:PORT...] with ports from 1 to 65,535, e.g. 127.0.0.1:9092"
    return None


def _topic_prefix(value: Any, _settings: Settings) -> str | None:
    if _TOPIC_CHARS.match(str(value)) and len(str(value)) <= 200:
        return None
    return "use at most 200 of the characters Kafka allows in topic names: letters, digits, '.', '_', '-'"


def _app_id(value: Any, _settings: Settings) -> str | None:
    if value and _TOPIC_CHARS.match(str(value)) and len(str(value)) <= 200:
        return None
    return "use 1 to 200 letters, digits, '.', '_' or '-' (it names the consumer group and changelog topics)"


def _window(value: Any, _settings: Settings) -> str | None:
    ok = isinstance(value, int | float) and 0 < value <= 8760
    return None if ok else "use a number of hours above 0 and at most 8,760 (a year)"


def _store(value: Any, _settings: Settings) -> str | None:
    return None if str(value).startswith(STORES) else "use rocksdb:// or memory://"


def _not_empty(value: Any, _settings: Settings) -> str | None:
    return None if str(value).strip() else "give a non-empty value"


def _sasl_mechanism(value: Any, settings: Settings) -> str | None:
    sasl = settings.security_protocol.startswith("SASL_")
    if sasl and value not in SASL_MECHANISMS:
        return f"security_protocol {settings.security_protocol} needs one of " + ", ".join(SASL_MECHANISMS)
    if not sasl and value:
        return "a SASL mechanism needs security_protocol SASL_PLAINTEXT or SASL_SSL"
    return None


def _sasl_credential(what: str) -> Callable[[Any, Settings], str | None]:
    def check(value: Any, settings: Settings) -> str | None:
        if settings.sasl_mechanism and not value:
            return f"SASL mechanism {settings.sasl_mechanism} needs a {what}"
        return None

    return check


def _seconds(value: Any, low: float, high: float) -> str | None:
    ok = isinstance(value, int | float) and low <= value <= high
    return None if ok else f"use a number of seconds from {low:g} to {high:,g}"


def _cafile(value: Any, _settings: Settings) -> str | None:
    if not value or Path(value).expanduser().is_file():
        return None
    return "no such file: give the path of a PEM CA bundle (or leave it empty for the system's)"


_CHECKS: dict[str, Callable[[Any, Settings], str | None]] = {
    "bootstrap_servers": _host_ports,
    "topic_prefix": _topic_prefix,
    "partitions": _int_range(1, 10_000),
    "replication_factor": _int_range(1, 100),
    "app_id": _app_id,
    "max_record_bytes": _int_range(1024, MAX_MESSAGE_BYTES),
    "dedup_window_hours": _window,
    "language_sample_chars": _int_range(50, 1_000_000),
    "store": _store,
    "web_host": _not_empty,
    "web_port": _int_range(1, 65535),
    "log_level": _one_of(LOG_LEVELS),
    "log_format": _one_of(LOG_FORMATS),
    "security_protocol": _one_of(SECURITY_PROTOCOLS),
    "sasl_mechanism": _sasl_mechanism,
    "sasl_username": _sasl_credential("user name"),
    "sasl_password": _sasl_credential("password"),
    "ssl_cafile": _cafile,
    "broker_home": _not_empty,
    "broker_controller_port": _int_range(1, 65535),
    "poll_interval": lambda value, _s: _seconds(value, 1.0, 7 * 86400.0),
    "poll_host_gap": lambda value, _s: _seconds(value, 0.0, 3600.0),
    "poll_read_timeout": lambda value, _s: _seconds(value, 0.1, 600.0),
    "poll_max_bytes": _int_range(64 * 1024, 1 << 30),
    "poll_web_port": _int_range(0, 65535),
}


def _normalize(name: str, value: Any) -> Any:
    """Spellings that mean the same: ``INFO`` is ``info``, ``sasl_ssl`` is ``SASL_SSL``."""
    if isinstance(value, str) and name in ("log_level", "log_format"):
        return value.strip().lower()
    if isinstance(value, str) and name in ("security_protocol", "sasl_mechanism"):
        return value.strip().upper()
    return value


def _coerce(f: dataclasses.Field, raw: str) -> Any:
    kind = (
        f.type if isinstance(f.type, type) else {"int": int, "float": float, "str": str}.get(str(f.type), str)
    )
    if kind is str:
        return _normalize(f.name, raw)
    try:
        return kind(raw.strip())
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(
            f"invalid setting {f.name}={raw!r} (from env {ENV_PREFIX}{f.name.upper()}): use {what}"
        ) from None


def settings_table() -> list[tuple[str, str, str, str]]:
    """(setting, env var, default, description) rows for the README."""
    rows = []
    for f in public_fields():
        default = f.metadata.get("default_doc", f.default)
        rows.append((f.name, ENV_PREFIX + f.name.upper(), str(default), f.metadata.get("doc", "")))
    return rows
