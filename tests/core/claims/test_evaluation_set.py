"""The labelled set: every label's offsets match its text, and quality stays above the CI bar."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evaluation" / "claims" / "articles.jsonl"


def records():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_offsets_match_text():
    rows = records()
    assert len(rows) >= 40
    for row in rows:
        for claim in row["claims"]:
            assert row["body"][claim["start"] : claim["end"]] == claim["text"], row["id"]
            assert claim["kind"] in {"direct_quote", "indirect_speech", "source_report", "according_to"}


def test_languages_covered():
    assert {r["language"] for r in records()} >= {"en", "ru", "de", "fr", "es"}


def test_quality_thresholds():
    spec = importlib.util.spec_from_file_location("claims_quality", ROOT / "benchmarks" / "claims_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--min-precision", "0.85", "--min-recall", "0.80", "--min-speaker", "0.85"]) == 0
