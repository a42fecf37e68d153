"""benchmarks/claims_cost.py and compiled_core.py on articles invented here (no compiled build: that
takes a compiler and a minute; CI builds it once and runs the core tests on it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


claims_cost = _load("claims_cost")
compiled_core = _load("compiled_core")

ARTICLES = [
    {"body": "“The ferry will run again in May,” harbour master Ines Calloway said. “Not before.”"},
    {"body": "Councillors said the budget was too small, according to the town clerk.", "language": "en"},
    {"body": "   "},
]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def test_measure_counts_the_articles_with_text_and_their_claims(data: Path):
    first = claims_cost.measure(ROOT, [data], passes=1)
    assert first["articles"] == 2 and first["claims"] >= 2
    assert first["compiled"] is False  # this checkout's pure-Python core
    assert first["ms_per_2kb"] > 0
    assert claims_cost.measure(ROOT, [data], passes=1)["digest"] == first["digest"]


def test_compare_refuses_a_copy_that_does_not_load_the_compiled_core(data: Path):
    with pytest.raises(SystemExit, match="did not load the core expected"):
        claims_cost.compare([data], ROOT, rounds=1, passes=1)


def test_the_table_says_when_claims_differ(capsys):
    variant = {"ms_per_2kb": [0.8], "median": 0.8, "articles": 2, "claims": 3, "digest": "a"}
    report = {
        "data": ["x.jsonl"],
        "rounds": 1,
        "passes": 1,
        "variants": {"pure": variant, "compiled": {**variant, "ms_per_2kb": [0.5], "median": 0.5}},
        "ratio": 0.625,
        "same_claims": False,
    }
    claims_cost.print_table(report)
    out = capsys.readouterr().out
    assert "| compiled | 0.500 | 0.500 | 2 | 3 | a |" in out
    assert "compiled / pure: 0.625; same claims: NO" in out


def test_the_copy_holds_the_tracked_files():
    tracked = compiled_core.tracked_files()
    assert "setup.py" in tracked and "streams/core/claims/extract.py" in tracked
    assert not any(name.startswith(".venv/") for name in tracked)
