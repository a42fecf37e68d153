"""The security settings against a real broker that requires them: a local broker of its own (temporary
home, free ports, never 9092/9093 nor CI's 19092/19093) with a SASL_PLAINTEXT listener (PLAIN,
SCRAM-SHA-256, SCRAM-SHA-512) and an SSL one whose certificate keytool makes for this run.

Each case runs the installed `wirestream` script as a user would, configured by WIRESTREAM_* variables;
the wrong ones must fail in one line that says what is wrong.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from streams.ops import localbroker
from streams.settings import Settings
from tests.integration.harness import free_port
from tests.ops.firsthour import WIRESTREAM, assert_clean, assert_one_line_error, run, user_env
from tests.ops.localbroker.conftest import free_ports

pytestmark = pytest.mark.kafka

USER, PASSWORD = "desk", "desk-secret-1"


@dataclass(frozen=True)
class SecureBroker:
    plaintext: str
    sasl: str
    ssl: str
    ca_pem: Path


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory) -> Iterator[SecureBroker]:
    home = tmp_path_factory.mktemp("secure-broker")
    ports = [port for port in free_ports(4) if port not in (9092, 9093, 19092, 19093)]
    assert len(ports) == 4
    client, controller, sasl, ssl = ports
    settings = Settings(
        bootstrap_servers=f"127.0.0.1:{client}", broker_controller_port=controller, broker_home=str(home)
    )
    keystore, ca_pem = localbroker.make_keystore(home / "tls", "store-pass-1")
    secure = localbroker.SecureListeners(
        sasl_port=sasl, ssl_port=ssl, users=((USER, PASSWORD),), keystore=keystore,
        keystore_password="store-pass-1",
    )  # fmt: skip
    localbroker.start(settings, timeout=120, secure=secure)
    try:
        yield SecureBroker(f"127.0.0.1:{client}", f"127.0.0.1:{sasl}", f"127.0.0.1:{ssl}", ca_pem)
    finally:
        localbroker.stop(settings)


def sasl_env(mechanism: str, password: str = PASSWORD) -> dict[str, str]:
    return {
        "WIRESTREAM_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "WIRESTREAM_SASL_MECHANISM": mechanism,
        "WIRESTREAM_SASL_USERNAME": USER,
        "WIRESTREAM_SASL_PASSWORD": password,
    }


def produce_and_read_back(cwd: Path, bootstrap: str, env: dict[str, str]) -> None:
    """topics create, produce the sample, tail the raw topic back: all through the secure listener."""
    prefix = ["--topic-prefix", f"s{uuid.uuid4().hex[:8]}."]
    assert_clean(run(cwd, bootstrap, *prefix, "topics", "create", env=env))
    sent = run(cwd, bootstrap, *prefix, "produce", "--sample", env=env)
    assert_clean(sent)
    shown = run(cwd, bootstrap, *prefix, "tail", "articles.raw", "--json", "--limit", "5", env=env)
    assert_clean(shown)
    assert len(shown.stdout.splitlines()) == 5


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_sasl_plaintext_works_end_to_end(secure_broker: SecureBroker, tmp_path: Path, mechanism: str):
    produce_and_read_back(tmp_path, secure_broker.sasl, sasl_env(mechanism))


def test_ssl_works_with_the_ca_file(secure_broker: SecureBroker, tmp_path: Path):
    env = {"WIRESTREAM_SECURITY_PROTOCOL": "SSL", "WIRESTREAM_SSL_CAFILE": str(secure_broker.ca_pem)}
    produce_and_read_back(tmp_path, secure_broker.ssl, env)


def test_a_worker_runs_through_sasl(secure_broker: SecureBroker, tmp_path: Path):
    """The worker's Faust app, not only the CLI clients, authenticates: records come out enriched."""
    env = sasl_env("SCRAM-SHA-512")
    name = f"sw{uuid.uuid4().hex[:8]}"
    prefix = ["--topic-prefix", f"{name}."]
    assert_clean(run(tmp_path, secure_broker.sasl, *prefix, "topics", "create", env=env))
    with (tmp_path / "worker.log").open("wb") as log:
        worker = subprocess.Popen(
            [str(WIRESTREAM), *prefix, "worker", "--app-id", name, "--web-port", str(free_port()),
             "--store", "memory://"],
            cwd=tmp_path, env={**user_env(tmp_path, secure_broker.sasl), **env}, stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        assert_clean(run(tmp_path, secure_broker.sasl, *prefix, "produce", "--sample", env=env))
        shown = run(tmp_path, secure_broker.sasl, *prefix, "tail", "--json", "--limit", "3",
                    "--idle-timeout", "120", env=env, timeout=180)  # fmt: skip
        assert_clean(shown)
        assert len(shown.stdout.splitlines()) == 3, (tmp_path / "worker.log").read_text()[-3000:]
    finally:
        worker.terminate()
        worker.wait(30)


def test_wrong_password_says_authentication_failed(secure_broker: SecureBroker, tmp_path: Path):
    result = run(tmp_path, secure_broker.sasl, "stats", env=sasl_env("PLAIN", password="wrong"))
    assert_one_line_error(result, f"authentication failed for user '{USER}' (mechanism PLAIN)")
    scram = run(tmp_path, secure_broker.sasl, "topics", "create", env=sasl_env("SCRAM-SHA-256", "wrong"))
    assert_one_line_error(scram, f"authentication failed for user '{USER}' (mechanism SCRAM-SHA-256)")


def test_plaintext_client_at_the_sasl_listener_is_told_it_expects_sasl(secure_broker, tmp_path: Path):
    result = run(tmp_path, secure_broker.sasl, "tail")
    assert_one_line_error(
        result, f"the listener at {secure_broker.sasl} expects SASL", "PLAIN", "SCRAM-SHA-512",
        "WIRESTREAM_SECURITY_PROTOCOL=SASL_PLAINTEXT",
    )  # fmt: skip


def test_sasl_client_at_the_plaintext_listener_is_told_it_does_not_use_sasl(secure_broker, tmp_path):
    result = run(tmp_path, secure_broker.plaintext, "stories", env=sasl_env("PLAIN"))
    assert_one_line_error(result, "does not use SASL", "WIRESTREAM_SECURITY_PROTOCOL=PLAINTEXT")


def test_ssl_without_the_ca_says_the_certificate_is_not_trusted(secure_broker, tmp_path: Path):
    result = run(tmp_path, secure_broker.ssl, "dlq", "list", env={"WIRESTREAM_SECURITY_PROTOCOL": "SSL"})
    assert_one_line_error(result, "is not trusted", "WIRESTREAM_SSL_CAFILE")


def test_plaintext_client_at_the_ssl_listener_is_told_about_tls(secure_broker, tmp_path: Path):
    result = run(tmp_path, secure_broker.ssl, "produce", "--sample")
    assert_one_line_error(result, "TLS", "WIRESTREAM_SECURITY_PROTOCOL=SSL")


def test_ssl_client_at_the_plaintext_listener_is_told_about_tls(secure_broker, tmp_path: Path):
    env = {"WIRESTREAM_SECURITY_PROTOCOL": "SSL", "WIRESTREAM_SSL_CAFILE": str(secure_broker.ca_pem)}
    result = run(tmp_path, secure_broker.plaintext, "stats", env=env)
    assert_one_line_error(result, "TLS handshake", "may not use TLS")
