"""Java and Maven: the tools the local broker needs, and Kafka's jars fetched once."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from streams.ops.localbroker.status import BrokerError
from streams.ops.localbroker.version import kafka_version
from streams.settings import Settings

MIN_JAVA = 17
JAVA_HINT = f"install OpenJDK {MIN_JAVA}+ (apt-get install openjdk-{MIN_JAVA}-jre-headless)"
MAVEN_HINT = "install Maven (apt-get install maven)"

Echo = Callable[[str], None]


# Tools: Java and Maven


def _java_executable() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("java")


def _java_major(version_output: str) -> int | None:
    match = re.search(r'version "([^"]+)"', version_output)
    if not match:
        return None
    parts = re.findall(r"\d+", match.group(1))
    if not parts:
        return None
    major = int(parts[0])
    if major == 1 and len(parts) > 1:  # "1.8.0_292"
        major = int(parts[1])
    return major


def check_java() -> str:
    """Path of a Java ≥ 17 executable (``$JAVA_HOME/bin/java`` or ``java`` on PATH), else BrokerError."""
    java = _java_executable()
    if java is None:
        raise BrokerError(
            f"Java not found (no `java` on PATH): the local Kafka broker needs Java; {JAVA_HINT}"
        )
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrokerError(f"`{java} -version` failed ({exc}); {JAVA_HINT}") from exc
    major = _java_major(out.stderr + out.stdout)
    if major is None:
        raise BrokerError(f"could not tell the version of {java}; {JAVA_HINT}")
    if major < MIN_JAVA:
        raise BrokerError(
            f"Kafka {kafka_version()} needs Java {MIN_JAVA}+, but {java} is Java {major}; {JAVA_HINT}"
        )
    return java


def _jars_present(libs: Path) -> bool:
    return (libs / f"kafka_2.13-{kafka_version()}.jar").is_file()


def ensure_jars(settings: Settings, echo: Echo | None = None) -> Path:
    """Resolve Kafka's jars into :func:`libs_dir` with Maven unless they are there already."""
    libs = libs_dir(settings)
    if _jars_present(libs):
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError(
            f"Maven not found (no `mvn` on PATH): it is needed once to fetch Kafka {kafka_version()}'s jars "
            f"into {libs}; {MAVEN_HINT}"
        )
    kafka_dir = libs.parent
    kafka_dir.mkdir(parents=True, exist_ok=True)
    pom = kafka_dir / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    partial = kafka_dir / "libs.partial"
    shutil.rmtree(partial, ignore_errors=True)
    if echo:
        echo(f"Fetching Kafka {kafka_version()} jars with Maven into {libs} (once)...")
    cmd = [
        mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}", "-DincludeScope=runtime",
    ]  # fmt: skip
    try:
        out = subprocess.run(cmd, cwd=kafka_dir, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired as exc:
        raise BrokerError("Maven did not finish fetching Kafka's jars within 15 minutes") from exc
    if out.returncode != 0 or not _jars_present(partial):
        shutil.rmtree(partial, ignore_errors=True)
        raise BrokerError(
            f"Maven could not fetch Kafka {kafka_version()}'s jars (exit {out.returncode}):\n"
            + tail_lines(out.stdout + out.stderr)
        )
    shutil.rmtree(libs, ignore_errors=True)
    partial.rename(libs)
    return libs


def libs_dir(settings: Settings) -> Path:
    """Folder holding Kafka's jars for this ``broker_home`` (filled by :func:`ensure_jars`)."""
    return Path(settings.broker_home).expanduser().resolve() / f"kafka-{kafka_version()}" / "libs"


def tail_lines(text: str, lines: int = 25) -> str:
    """The last ``lines`` lines of a tool's output."""
    return "\n".join(text.strip().splitlines()[-lines:])
