"""The claims core that runs is the one expected: pure Python in a checkout, the mypyc-compiled
modules in the copy CI builds with benchmarks/compiled_core.py (it sets WIRESTREAM_EXPECT_COMPILED=1
there and runs the core tests again).  A compiled module left in a checkout would shadow every edit
of its source; this fails then too."""

from __future__ import annotations

import importlib
import os
import pkgutil

import streams.core.claims as claims_package


def test_the_expected_claims_core_is_loaded():
    expected = os.environ.get("WIRESTREAM_EXPECT_COMPILED") == "1"
    assert claims_package.COMPILED is expected
    names = [info.name for info in pkgutil.iter_modules(claims_package.__path__)]
    assert "extract" in names and "mentions" in names
    for name in names:
        module = importlib.import_module(f"{claims_package.__name__}.{name}")
        compiled = not (module.__file__ or "").endswith(".py")
        assert compiled == expected, f"{module.__name__} from {module.__file__}"
