"""A copy of this checkout whose claims core is the compiled one the worker image ships.

    .venv/bin/python benchmarks/compiled_core.py DEST

Copies the checkout's tracked files (as they are in the working tree) to DEST, builds the wheel there
as the Dockerfile does (``WIRESTREAM_COMPILE=1 pip wheel --no-deps .``: mypyc, then the C compiler)
and unpacks its extension modules next to their sources: in DEST, ``import streams``
loads the compiled claims modules (Python prefers an extension module to a .py of the same name).
CI runs the core tests in DEST (``WIRESTREAM_EXPECT_COMPILED=1``); ``claims_cost.py`` times it
against the pure-Python checkout.  Needs a C compiler and the package index (the build's
requirements); takes one to two minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_wheel(source: Path, out_dir: Path) -> Path:
    """The compiled wheel of the project in source, built into out_dir."""
    env = {**os.environ, "WIRESTREAM_COMPILE": "1"}
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out_dir), "."]
    subprocess.run(command, cwd=source, env=env, check=True)
    shutil.rmtree(source / "build", ignore_errors=True)  # mypyc's C sources and objects
    (wheel,) = out_dir.glob("wirestream-*.whl")
    return wheel


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True, text=True)
    return [name for name in listed.stdout.split("\0") if name and (ROOT / name).is_file()]


def checkout_with_compiled_core(dest: Path) -> Path:
    """DEST: the tracked files of this checkout, with the compiled claims modules beside their
    sources.  Returns DEST."""
    if dest.exists() and any(dest.iterdir()):
        raise SystemExit(f"{dest} is not empty")
    for name in tracked_files():
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_wheel(dest, Path(tmp))
        with zipfile.ZipFile(wheel) as archive:
            extensions = [n for n in archive.namelist() if n.endswith(".so") or n.endswith(".pyd")]
            if not extensions:
                raise SystemExit(f"{wheel.name} holds no compiled modules")
            archive.extractall(dest, members=extensions)
    return dest


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print(checkout_with_compiled_core(Path(args[0]).resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
