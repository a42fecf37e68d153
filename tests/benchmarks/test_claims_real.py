"""benchmarks/claims_real.py: scoring, corpus checks, and the offsets-only label file.

No test reads the BBC corpus: the articles here are invented, and the label file is checked for form
only (it must hold offsets and names, never text).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "evaluation" / "claims-real" / "labels.jsonl"
KINDS = {"direct_quote", "indirect_speech", "source_report", "according_to"}
TAGS = {
    "follow_on", "multi_para", "split", "cataphora", "pronoun", "nominal", "partial_quote", "adding",
    "coordinated", "mid_sentence", "relative_who", "unusual_verb", "colon_no_verb", "group",
    "finding", "cognition", "np_object", "free_indirect", "passive", "nested", "fragment",
}  # fmt: skip


def _load():
    if str(ROOT / "benchmarks") not in sys.path:  # claims_real imports its sibling claims_quality
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("claims_real", ROOT / "benchmarks" / "claims_real.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


claims_real = _load()

BODY_1 = (
    "Harbour master Ines Calloway said the pier would reopen in June. "
    '"We have waited long enough," she said.\n\n'
    "The council believes repair costs will fall next year."
)
BODY_2 = "Heavy rain closed the coast road on Sunday. Drivers were told to use the bypass."


def _span(body: str, text: str) -> dict:
    start = body.index(text)
    return {"start": start, "end": start + len(text)}


def _write(tmp_path: Path, bodies: dict[str, str], gold: dict[str, list[dict]]) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": k, "category": "test", "body": v}) + "\n" for k, v in bodies.items())
    )
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "".join(
            json.dumps({"id": k, "line": n, "category": "test", "sha256": claims_real.body_sha256(v),
                        "attributions": gold.get(k, [])}) + "\n"
            for n, (k, v) in enumerate(bodies.items())
        )
    )  # fmt: skip
    return corpus, labels


GOLD_1 = [
    {**_span(BODY_1, "the pier would reopen in June"), "speaker": "Ines Calloway", "kind": "indirect_speech",
     "tags": []},
    {**_span(BODY_1, "We have waited long enough"), "speaker": "Ines Calloway", "kind": "direct_quote",
     "tags": ["pronoun"]},
    {**_span(BODY_1, "repair costs will fall next year"), "speaker": "council", "kind": "indirect_speech",
     "tags": ["cognition"]},
]  # fmt: skip


class _Claim:
    def __init__(self, body: str, text: str, speaker: str | None, kind: str = "indirect_speech") -> None:
        self.start = body.index(text)
        self.end = self.start + len(text)
        self.text, self.speaker, self.kind = text, speaker, kind

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
                "kind": self.kind, "cue": "said"}  # fmt: skip


def _fake_extractor(outputs: dict[str, list]):
    def extract(body: str, language: str) -> list:
        return outputs.get(body, [])

    return extract


def test_scoring_core_all_and_dont_care(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, labels = _write(tmp_path, {"a-1": BODY_1, "a-2": BODY_2}, {"a-1": GOLD_1})
    outputs = {
        BODY_1: [
            _Claim(BODY_1, "the pier would reopen in June", "Ines Calloway"),
            _Claim(BODY_1, "We have waited long enough,", "Harbour master", "direct_quote"),  # wrong speaker
            _Claim(BODY_1, "repair costs will fall", "council"),  # marginal gold: don't care in core
        ],
        BODY_2: [_Claim(BODY_2, "to use the bypass", None)],  # spurious
    }
    monkeypatch.setattr(claims_real, "extract_claims", _fake_extractor(outputs))
    result = claims_real.evaluate(claims_real.load_labels(labels), claims_real.load_corpus(corpus))
    core, everything = result["table"]["core"], result["table"]["all"]
    assert (core["gold"], core["predicted"], core["matched"], core["speaker_ok"]) == (2, 3, 2, 1)
    assert core["precision"] == round(2 / 3, 3) and core["recall"] == 1.0 and core["speaker_accuracy"] == 0.5
    assert (everything["gold"], everything["predicted"], everything["matched"]) == (3, 4, 3)
    assert core["span_exact"] == 2  # a trailing comma is within the slack
    assert [s["id"] for s in result["spurious"]] == ["a-2"]
    assert [w["predicted_speaker"] for w in result["wrong_speaker"]] == ["Harbour master"]
    assert result["misses"] == []
    assert result["tags"]["cognition"] == {
        "gold": 1, "matched": 1, "recall": 1.0, "speaker_accuracy": 1.0, "marginal": True,
    }  # fmt: skip


def test_marginal_gold_missed_is_not_a_core_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, labels = _write(tmp_path, {"a-1": BODY_1}, {"a-1": GOLD_1})
    outputs = {BODY_1: [_Claim(BODY_1, "the pier would reopen in June", "Ines Calloway")]}
    monkeypatch.setattr(claims_real, "extract_claims", _fake_extractor(outputs))
    result = claims_real.evaluate(claims_real.load_labels(labels), claims_real.load_corpus(corpus))
    assert result["table"]["core"]["recall"] == 0.5
    assert result["table"]["all"]["recall"] == round(1 / 3, 3)
    assert [m["marginal"] for m in result["misses"]] == [False, True]


def test_json_has_offsets_but_no_text(tmp_path: Path) -> None:
    corpus, labels = _write(tmp_path, {"a-1": BODY_1, "a-2": BODY_2}, {"a-1": GOLD_1})
    out = tmp_path / "out.json"
    code = claims_real.main(["--corpus", str(corpus), "--labels", str(labels), "--json", str(out)])
    assert code == 0
    dumped = out.read_text()
    result = json.loads(dumped)
    assert result["articles"] == 2 and result["table"]["core"]["gold"] == 2
    for sentence in re.split(r"(?<=[.\"])\s+", BODY_1 + " " + BODY_2):
        words = sentence.strip('"').split()
        for i in range(len(words) - 3):  # no four consecutive words of the text
            assert " ".join(words[i : i + 4]) not in dumped


def test_missing_corpus_exits_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = claims_real.main(["--corpus", str(tmp_path / "absent.jsonl"), "--labels", str(LABELS)])
    assert code == 2
    assert "corpus not found" in capsys.readouterr().err


def test_changed_body_is_skipped(tmp_path: Path) -> None:
    corpus, labels = _write(tmp_path, {"a-1": BODY_1, "a-2": BODY_2}, {"a-1": GOLD_1})
    corpus.write_text(corpus.read_text().replace("reopen in June", "reopen in July"))
    code = claims_real.main(["--corpus", str(corpus), "--labels", str(labels)])
    assert code == 3
    result = claims_real.evaluate(claims_real.load_labels(labels), claims_real.load_corpus(corpus))
    assert result["articles"] == 1
    assert result["skipped"] == [{"id": "a-1", "reason": "body sha256 differs"}]


def test_threshold_failure_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, labels = _write(tmp_path, {"a-1": BODY_1}, {"a-1": GOLD_1})
    monkeypatch.setattr(claims_real, "extract_claims", _fake_extractor({}))
    assert claims_real.main(["--corpus", str(corpus), "--labels", str(labels), "--min-recall", "0.8"]) == 1


def test_label_file_holds_offsets_and_names_only() -> None:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 40
    ids, total = set(), 0
    for line in lines:
        record = json.loads(line)
        assert set(record) == {"id", "line", "category", "sha256", "attributions"}
        assert record["id"] not in ids
        ids.add(record["id"])
        assert isinstance(record["line"], int) and record["line"] >= 0
        assert re.fullmatch(r"[0-9a-f]{64}", record["sha256"])
        for item in record["attributions"]:
            assert set(item) == {"start", "end", "speaker", "kind", "tags"}
            assert isinstance(item["start"], int) and 0 <= item["start"] < item["end"]
            assert item["kind"] in KINDS
            assert set(item["tags"]) <= TAGS
            speaker = item["speaker"]
            assert speaker is None or (isinstance(speaker, str) and 0 < len(speaker) <= 120)
            total += 1
    assert total >= 200


def test_body_hash_is_sha256_of_utf8() -> None:
    assert claims_real.body_sha256("é") == hashlib.sha256("é".encode()).hexdigest()
