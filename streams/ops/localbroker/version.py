"""The Kafka version of the local broker, read from ``pom.xml`` beside this file (the single source)."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from importlib import resources

_POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


@functools.cache
def kafka_version() -> str:
    """``<kafka.version>`` of ``pom.xml``: read on first use, not at import."""
    root = ET.fromstring(resources.files(__package__).joinpath("pom.xml").read_bytes())
    node = root.find("m:properties/m:kafka.version", _POM_NS)
    version = (node.text or "").strip() if node is not None else ""
    if not version:
        raise RuntimeError("streams/ops/localbroker/pom.xml has no <kafka.version> property")
    return version
