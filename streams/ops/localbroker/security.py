"""Secure listeners (SASL and TLS), for trying and testing the security settings against a real broker."""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from streams.ops.localbroker.probe import hostport
from streams.ops.localbroker.status import BrokerError
from streams.ops.localbroker.tools import JAVA_HINT, check_java, tail_lines

# Secure listeners (SASL and TLS), for trying and testing the security settings against a real broker


@dataclass(frozen=True)
class SecureListeners:
    """Listeners opened next to the PLAINTEXT one: SASL_PLAINTEXT and/or SSL, on loopback.

    The SASL listener accepts PLAIN and SCRAM-SHA-256/512 for every user in ``users``; SCRAM
    credentials are stored when the storage is formatted, so they apply to a new ``broker_home``.
    The SSL listener serves the key in ``keystore`` (PKCS12), e.g. one from :func:`make_keystore`.
    """

    sasl_port: int | None = None
    ssl_port: int | None = None
    users: tuple[tuple[str, str], ...] = ()
    keystore: Path | None = None
    keystore_password: str = ""

    def ports(self) -> list[tuple[int, str]]:
        return [(port, what) for port, what in ((self.sasl_port, "SASL"), (self.ssl_port, "SSL")) if port]


def make_keystore(
    folder: Path, password: str, *, host: str = "127.0.0.1", days: int = 2
) -> tuple[Path, Path]:
    """A self-signed key for ``host`` made with Java's keytool: (PKCS12 keystore, its certificate as PEM).

    The PEM file is what a client trusts (``WIRESTREAM_SSL_CAFILE``).
    """
    java = Path(check_java())
    keytool = java.with_name("keytool")
    if not keytool.is_file():
        found = shutil.which("keytool")
        if found is None:
            raise BrokerError(f"keytool not found next to {java} nor on PATH; {JAVA_HINT}")
        keytool = Path(found)
    folder.mkdir(parents=True, exist_ok=True)
    keystore, pem = folder / "broker.p12", folder / "broker-ca.pem"
    keystore.unlink(missing_ok=True)
    san = f"ip:{host}" if _is_ip(host) else f"dns:{host}"
    for args in (
        ["-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", str(days),
         "-dname", f"CN={host}", "-ext", f"SAN={san},dns:localhost", "-storetype", "PKCS12",
         "-keystore", str(keystore), "-storepass", password, "-keypass", password],
        ["-exportcert", "-rfc", "-alias", "broker", "-keystore", str(keystore), "-storepass", password,
         "-file", str(pem)],
    ):  # fmt: skip
        out = subprocess.run([str(keytool), *args], capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise BrokerError(
                f"keytool {args[0]} failed (exit {out.returncode}):\n" + tail_lines(out.stdout + out.stderr)
            )
    return keystore, pem


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _jaas_value(text: str) -> str:
    if any(ch in text for ch in '"\\\n'):
        raise BrokerError(
            f"user names and passwords of the local broker may not hold quotes or backslashes: {text!r}"
        )
    return text


def _secure_properties(
    secure: SecureListeners, listen_host: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(listeners, advertised listeners, protocol map entries, other lines) for the secure listeners."""
    listeners, advertised, protocols, lines = [], [], [], []
    if secure.sasl_port:
        where = hostport(listen_host, secure.sasl_port)
        listeners.append(f"SASL_PLAINTEXT://{where}")
        advertised.append(f"SASL_PLAINTEXT://{where}")
        protocols.append("SASL_PLAINTEXT:SASL_PLAINTEXT")
        users = " ".join(
            f'user_{_jaas_value(name)}="{_jaas_value(password)}"' for name, password in secure.users
        )
        lines += [
            "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
            "listener.name.sasl_plaintext.plain.sasl.jaas.config="
            f"org.apache.kafka.common.security.plain.PlainLoginModule required {users};",
        ]
        lines += [
            f"listener.name.sasl_plaintext.{mechanism}.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            for mechanism in ("scram-sha-256", "scram-sha-512")
        ]
    if secure.ssl_port:
        if secure.keystore is None:
            raise BrokerError("an SSL listener needs a keystore (make one with make_keystore)")
        where = hostport(listen_host, secure.ssl_port)
        listeners.append(f"SSL://{where}")
        advertised.append(f"SSL://{where}")
        protocols.append("SSL:SSL")
        keystore = str(secure.keystore).replace("\\", "\\\\")
        lines += [
            "ssl.keystore.type=PKCS12",
            f"ssl.keystore.location={keystore}",
            f"ssl.keystore.password={secure.keystore_password}",
            f"ssl.key.password={secure.keystore_password}",
            "ssl.client.auth=none",
        ]
    return listeners, advertised, protocols, lines


def _scram_arguments(secure: SecureListeners | None) -> list[str]:
    if secure is None or not secure.sasl_port:
        return []
    return [
        argument
        for name, password in secure.users
        for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512")
        for argument in ("--add-scram", f"{mechanism}=[name={name},password={password}]")
    ]
