"""Safe by default: nothing from the input is evaluated or unpickled, every input has a size limit, the
local broker and the worker's web server bind to loopback, TLS/SASL settings reach aiokafka.
(The compose file's loopback-only ports are tested in tests/ops/test_compose.py.)"""

from __future__ import annotations

import ast
import ssl
from pathlib import Path

import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from streams.core.article import RejectedRecord, parse_article
from streams.ops import localbroker
from streams.settings import Settings
from streams.shell.app import create_app
from streams.shell.topics import MAX_MESSAGE_BYTES

STREAMS = Path(__file__).resolve().parents[2] / "streams"
UNSAFE_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "jsonpickle", "cloudpickle"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}


def python_files() -> list[Path]:
    return sorted(STREAMS.rglob("*.py"))


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(STREAMS)))
def test_no_module_evaluates_or_unpickles_anything(path: Path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not {alias.name.split(".")[0] for alias in node.names} & UNSAFE_MODULES, path
        elif isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] not in UNSAFE_MODULES, path
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in UNSAFE_CALLS, f"{path}:{node.lineno} calls {node.func.id}"
        elif isinstance(node, ast.Attribute) and node.attr in {"load", "unsafe_load", "full_load"}:
            base = node.value
            assert not (isinstance(base, ast.Name) and base.id in {"yaml", *UNSAFE_MODULES}), path


def test_the_faust_app_uses_raw_serializers_only():
    """Faust can decode with pickle: every topic and agent of ours must take raw bytes."""
    app = create_app(Settings(store="memory://"))
    topology = app.wirestream
    for name in ("raw", "fingerprints"):  # what the agents consume
        topic = getattr(topology, name)
        assert topic.key_serializer == "raw" and topic.value_serializer == "raw", name
    for name in ("fingerprints_name", "enriched", "unique", "dlq", "stories", "claims"):
        assert isinstance(getattr(topology, name), str), f"{name}: bytes go straight to the producer"
    for table in (topology.index_table, topology.story_table, topology.story_claims_table):
        assert table.key_serializer == "json" and table.value_serializer == "json"


def test_every_input_has_a_size_limit():
    settings = Settings()
    assert settings.max_record_bytes <= MAX_MESSAGE_BYTES
    too_big = b'{"body": "' + b"a" * settings.max_record_bytes + b'"}'
    with pytest.raises(RejectedRecord) as rejected:
        parse_article(too_big, max_bytes=settings.max_record_bytes)
    assert rejected.value.code == "too_large"
    long_id = b'{"id": "' + b"i" * 10_000 + b'", "body": "x"}'
    with pytest.raises(RejectedRecord):
        parse_article(long_id, max_bytes=settings.max_record_bytes)
    options = create_app(Settings(store="memory://")).conf
    assert options.producer_max_request_size == MAX_MESSAGE_BYTES
    assert options.consumer_max_fetch_size == MAX_MESSAGE_BYTES


def test_the_worker_web_server_binds_to_loopback_by_default():
    settings = Settings.from_env({})
    assert settings.web_host == "127.0.0.1"
    conf = create_app(settings.replace(store="memory://")).conf
    assert conf.web_bind == "127.0.0.1" and conf.web_host == "127.0.0.1"


def test_the_local_broker_listens_on_loopback_by_default(tmp_path: Path):
    settings = Settings.from_env({}, broker_home=str(tmp_path))
    assert settings.bootstrap_servers.startswith("127.0.0.1:")
    props = dict(
        line.split("=", 1)
        for line in localbroker.render_server_properties(settings).splitlines()
        if line and not line.startswith("#")
    )
    for listener in props["listeners"].split(","):
        assert "://127.0.0.1:" in listener, listener


def test_sasl_ssl_settings_reach_the_aiokafka_clients(tmp_path: Path):
    settings = Settings(
        bootstrap_servers="kafka-1.example.net:9093,kafka-2.example.net:9093",
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="wirestream",
        sasl_password="s3cret",
        store="memory://",
        data_dir=str(tmp_path),
    )
    app = create_app(settings)
    auth = credentials_to_aiokafka_auth(app.conf.broker_credentials, app.conf.ssl_context)
    assert auth["security_protocol"] == "SASL_SSL"
    assert auth["sasl_mechanism"] == "SCRAM-SHA-512"
    assert auth["sasl_plain_username"] == "wirestream" and auth["sasl_plain_password"] == "s3cret"
    assert isinstance(auth["ssl_context"], ssl.SSLContext)
    assert auth["ssl_context"].verify_mode == ssl.CERT_REQUIRED and auth["ssl_context"].check_hostname
    assert [str(url) for url in app.conf.broker] == [
        "kafka://kafka-1.example.net:9093",
        "kafka://kafka-2.example.net:9093",
    ]


def test_ssl_only_settings_reach_the_aiokafka_clients():
    app = create_app(Settings(security_protocol="SSL", store="memory://"))
    auth = credentials_to_aiokafka_auth(app.conf.broker_credentials, app.conf.ssl_context)
    assert auth["security_protocol"] == "SSL" and isinstance(auth["ssl_context"], ssl.SSLContext)


def test_plaintext_is_the_default():
    app = create_app(Settings(store="memory://"))
    auth = credentials_to_aiokafka_auth(app.conf.broker_credentials, app.conf.ssl_context)
    assert auth == {"security_protocol": "PLAINTEXT"}
