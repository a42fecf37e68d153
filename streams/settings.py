"""One settings object for the whole service: defaults, then ``WIRESTREAM_*`` env vars, then CLI flags."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ENV_PREFIX = "WIRESTREAM_"


def _default_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wirestream"


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
        default=72.0, metadata={"doc": "How long (event time) an article stays in the dedup index."}
    )
    language_sample_chars: int = field(
        default=2000, metadata={"doc": "Characters of title + body given to the language detector."}
    )
    store: str = field(
        default="rocksdb://", metadata={"doc": "Faust table store (`rocksdb://` or `memory://`)."}
    )
    data_dir: str = field(default="var/worker", metadata={"doc": "Worker state directory (RocksDB tables)."})
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
        metadata={"doc": "Local broker: data directory, jars and logs (`wirestream broker`)."},
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

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``WIRESTREAM_<NAME>`` variables, then explicit overrides (CLI flags)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _coerce(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def topic(self, name: str) -> str:
        """Full topic name with the configured prefix."""
        return f"{self.topic_prefix}{name}"

    @property
    def dedup_window_seconds(self) -> float:
        return self.dedup_window_hours * 3600.0

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


def _coerce(f: dataclasses.Field, raw: str) -> Any:
    kind = (
        f.type if isinstance(f.type, type) else {"int": int, "float": float, "str": str}.get(str(f.type), str)
    )
    try:
        return kind(raw)
    except ValueError as exc:
        raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {kind.__name__}") from exc


def settings_table() -> list[tuple[str, str, str, str]]:
    """(setting, env var, default, description) rows for the README."""
    rows = []
    for f in fields(Settings):
        default = f.default if f.default is not dataclasses.MISSING else "~/.cache/wirestream/broker"
        rows.append((f.name, ENV_PREFIX + f.name.upper(), str(default), f.metadata.get("doc", "")))
    return rows
