"""The package's layers, checked from the source (docs/architecture.md, "Layers").

* Nothing outside ``streams/faust_fixes/`` touches a private Faust or aiokafka name: no ``obj._name``
  on anything but ``self``/``cls``, no import of a private name or of Faust's transport internals, and
  none of the Faust internals the fixes replace (``.spinner``, ``.buffer``, ``transport.Consumer``).
* Imports run downwards only: ops → shell → core; faust_fixes is used by the shell only; web knows the
  shell through a protocol; core imports no Kafka, no Faust, no asyncio.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

STREAMS = Path(__file__).resolve().parents[1] / "streams"
MODULES = sorted(p for p in STREAMS.rglob("*.py") if "__pycache__" not in p.parts)

#: Faust/aiokafka internals that are public-looking names (the fixes own them).
FAUST_INTERNALS = {"spinner", "buffer", "Consumer", "Producer"}
#: Faust/aiokafka modules whose contents are implementation, not API.
INTERNAL_MODULES = (
    "faust.transport", "faust.tables.recovery", "aiokafka.consumer.fetcher", "aiokafka.client",
)  # fmt: skip

#: Which wirestream packages each layer may import (besides ``streams`` itself for ``__version__``).
ALLOWED = {
    "__init__": set(),
    "core": {"streams.core"},
    "settings": set(),
    "faust_fixes": {"streams.faust_fixes"},
    "web": {"streams.web", "streams.core"},
    "shell": {"streams.shell", "streams.core", "streams.settings", "streams.faust_fixes", "streams.web"},
    "testing": {"streams.testing", "streams.shell", "streams.core", "streams.settings", "streams.web"},
    # the feed poller: its own process; Kafka clients and topic names from the layers below it
    "feeds": {
        "streams.feeds",
        "streams.core",
        "streams.settings",
        "streams.shell.topics",
        "streams.ops.kafka",
    },
    "ops": {
        "streams.ops",
        "streams.feeds",
        "streams.shell",
        "streams.core",
        "streams.settings",
        "streams.web",
    },
}
#: Third-party packages the pure core must not import.
NOT_IN_CORE = {"faust", "aiokafka", "mode", "asyncio", "kafka", "click", "prometheus_client"}


def rel(path: Path) -> str:
    return str(path.relative_to(STREAMS))


def layer(path: Path) -> str:
    parts = path.relative_to(STREAMS).parts
    return parts[0] if len(parts) > 1 else path.stem


def imported_modules(tree: ast.AST) -> list[tuple[str, list[str]]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def private_touches(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = node.attr
            owner_is_self = isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}
            private = name.startswith("_") and not (name.startswith("__") and name.endswith("__"))
            if (private and not owner_is_self) or name in FAUST_INTERNALS:
                found.append(f"{rel(path)}:{node.lineno}: .{name}")
    for module, names in imported_modules(tree):
        if module.startswith(("faust", "aiokafka", "mode")):
            if module.startswith(INTERNAL_MODULES) or any(part.startswith("_") for part in module.split(".")):
                found.append(f"{rel(path)}: imports {module}")
            found += [f"{rel(path)}: imports {module}.{n}" for n in names if n.startswith("_")]
    return sorted(found)


@pytest.mark.parametrize("path", [p for p in MODULES if layer(p) != "faust_fixes"], ids=rel)
def test_no_private_faust_or_aiokafka_name_outside_faust_fixes(path):
    assert private_touches(path) == []


def test_the_check_sees_a_private_touch(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from faust.transport.consumer import ensure_TPset\n"
        "async def f(consumer, runner):\n"
        "    await consumer._client.force_metadata_update()\n"
        "    runner.spinner = None\n"
        "    self._mine = 1\n"
    )
    original = STREAMS
    try:
        globals()["STREAMS"] = tmp_path
        found = private_touches(sample)
    finally:
        globals()["STREAMS"] = original
    assert found == [
        "sample.py: imports faust.transport.consumer",
        "sample.py:3: ._client",
        "sample.py:4: .spinner",
    ]


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_imports_run_downwards(path):
    own = layer(path)
    allowed = ALLOWED.get(own)
    assert allowed is not None, f"{rel(path)}: a new top-level module needs a place in ALLOWED"
    tree = ast.parse(path.read_text(), str(path))
    for module, names in imported_modules(tree):
        top = module.split(".")[0]
        if own == "core":
            assert top not in NOT_IN_CORE, f"{rel(path)}: the pure core imports {module}"
        if top != "streams" or module == "streams":
            continue
        wanted = [module] if module != "streams" else [f"streams.{n}" for n in names]
        for target in wanted:
            assert any(target == a or target.startswith(a + ".") for a in allowed), (
                f"{rel(path)} ({own}) imports {target}: allowed {sorted(allowed)}"
            )
