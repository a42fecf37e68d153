"""Run the installed `wirestream` console script the way a new user does: from an empty working
directory, with no WIRESTREAM_* variable but the broker address, and read what it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: The console script pip installed next to this interpreter (what the README's commands run).
WIRESTREAM = Path(sys.executable).with_name("wirestream")


def user_env(home: Path, bootstrap: str, **extra: str) -> dict[str, str]:
    """The test runner's environment minus every WIRESTREAM_* variable, plus the broker address.

    ``XDG_STATE_HOME`` points into ``home`` so a worker's default state directory is the test's own.
    """
    env = {name: value for name, value in os.environ.items() if not name.startswith("WIRESTREAM_")}
    env.update(WIRESTREAM_BOOTSTRAP_SERVERS=bootstrap, XDG_STATE_HOME=str(home / "state"), **extra)
    return env


def run(
    cwd: Path, bootstrap: str, *args: str, env: dict[str, str] | None = None, timeout: float = 90.0
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(WIRESTREAM), *args],
        cwd=cwd,
        env={**user_env(cwd, bootstrap), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_clean(result: subprocess.CompletedProcess) -> None:
    """Exit 0, no traceback, no warning about unclosed clients."""
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "Traceback" not in output and "Unclosed" not in output, output[-3000:]


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str, status: int = 1) -> str:
    """Exit ``status``; stderr is a single ``Error: …`` line holding every fragment; no traceback."""
    output = result.stdout + result.stderr
    assert result.returncode == status, output[-3000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, output[-3000:]
    assert lines[0].startswith("Error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in output and "Unclosed" not in output
    return lines[0]
