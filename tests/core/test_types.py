"""The pure core passes mypy's strict checks (config in pyproject.toml; CI runs mypy on the whole package)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_core_type_checks_strictly():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "-p", "streams.core"],
        cwd=ROOT, capture_output=True, text=True, timeout=280,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
