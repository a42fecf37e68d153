"""Build hook.  With ``WIRESTREAM_COMPILE=1`` the claims core (streams/core/claims) is compiled to C
with mypyc — the same code and the same claims, about a third less CPU per article; the worker
image is built this way.  Without it (the default, and always for ``pip install -e .``) the install
is pure Python.  Everything else is declared in pyproject.toml."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup

COMPILED_PACKAGE = Path("streams/core/claims")


def compiled_core() -> list[Extension]:
    if os.environ.get("WIRESTREAM_COMPILE") != "1":
        return []
    if "editable_wheel" in sys.argv:
        # compiled modules beside the sources would shadow every later edit of them
        raise SystemExit("WIRESTREAM_COMPILE=1 is for a wheel or a plain install, not `pip install -e`")
    from mypyc.build import mypycify

    modules = sorted(str(p) for p in COMPILED_PACKAGE.glob("*.py") if p.name != "__init__.py")
    # the project's [tool.mypy] names the whole package to check; mypyc is given the modules instead
    options = ["--config-file=", "--ignore-missing-imports"]  # (third-party modules need not be installed)
    return mypycify([*options, *modules], opt_level="3", group_name="streams_claims")


setup(ext_modules=compiled_core())
