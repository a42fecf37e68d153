"""benchmarks/claims_polnear.py: the scorer's definitions and the table, on articles invented here
(no test reads PolNeAR; the benchmark exits 2 without it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("claims_polnear", ROOT / "benchmarks" / "claims_polnear.py")
claims_polnear = importlib.util.module_from_spec(spec)
spec.loader.exec_module(claims_polnear)

BODY = (
    "“The ferry will run again in May,” harbour master Ines Calloway said. “Not before.”\n\n"
    "Councillors think the budget is too small. The mayor denied that the port would close."
)


def _gold(body: str, content: str, source: str | None, cue: str, speech: bool = True) -> dict:
    start = body.index(content)
    src = [body.index(source), body.index(source) + len(source)] if source else None
    return {
        "content": [start, start + len(content)],
        "source": src,
        "source_text": source,
        "cue": cue,
        "speech": speech,
    }


def _article(split: str) -> dict:
    return {
        "id": f"invented-{split}",
        "split": split,
        "outlet": "none",
        "body": BODY,
        "attributions": [
            _gold(BODY, "“The ferry will run again in May,” harbour master Ines Calloway said. “Not before.”",
                  "harbour master Ines Calloway", "said"),
            _gold(BODY, "the budget is too small", "Councillors", "think", speech=False),
            _gold(BODY, "that the port would close", "The mayor", "denied"),
        ],
    }  # fmt: skip


def test_scoring_follows_the_shared_definitions():
    article = _article("dev")
    claims = {article["id"]: [c.to_dict() for c in claims_polnear.extract_claims(BODY, "en")]}
    figures, misses, wrong = claims_polnear.score([article], claims)
    assert figures["gold_speech"] == 2 and figures["gold"] == 3
    assert figures["recall_speech"] == 1.0  # the split quotation is one claim over all of it
    assert figures["recall_all"] == round(2 / 3, 4)  # "think" is a belief: not found, not speech
    assert figures["precision"] == 1.0 and figures["speaker_acc"] == 1.0
    assert misses == [] and wrong == []


def test_a_claim_half_outside_the_gold_is_not_correct():
    article = _article("dev")
    start = BODY.index("Councillors")
    claims = {article["id"]: [{"start": start, "end": len(BODY), "speaker": None}]}
    figures, _, _ = claims_polnear.score([article], claims)
    assert figures["precision"] == 0.0


def test_table_and_json(tmp_path, capsys):
    data = tmp_path / "set.jsonl"
    data.write_text("".join(json.dumps(_article(s)) + "\n" for s in ("train", "dev")), encoding="utf-8")
    out = tmp_path / "out.json"
    assert claims_polnear.main(["--data", str(data), "--no-speed", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "| train | 1 |" in table and "| dev | 1 |" in table
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["splits"]["dev"]["recall_speech"] == 1.0


def test_missing_data_exits_2(tmp_path):
    assert claims_polnear.main(["--data", str(tmp_path / "absent.jsonl"), "--no-speed"]) == 2
