import json
import os
import subprocess
import sys
from pathlib import Path

from streams.core.dedup import Fingerprint, fingerprint
from streams.core.dedup.fingerprint import MIN_ANCHORS

from .stories import FERRY, FERRY_TITLE, ZH, ZH_TITLE

ROOT = Path(__file__).resolve().parents[3]


def test_wrapping_does_not_change_the_fingerprint():
    wrapped = "By Sam Ink\n\nLONDON (Reuters) - " + FERRY + "\n\nShare this article"
    plain = fingerprint(FERRY_TITLE, FERRY, "en")
    other = fingerprint("Ferries are back", wrapped, "en")
    assert other.content_hash == plain.content_hash
    assert other.anchors == plain.anchors


def test_anchors_unique_and_sampled_by_level():
    fp = fingerprint(FERRY_TITLE, FERRY, "en")
    assert len(set(fp.anchors)) == len(fp.anchors) >= MIN_ANCHORS
    assert all(a % fp.level == 0 for a in fp.anchors)


def test_short_text_keeps_every_shingle():
    fp = fingerprint("t", "Markets were closed on Monday for the spring holiday.", "en")
    assert fp.level == 1
    assert len(fp.anchors) == fp.token_count - 4


def test_empty_text_has_no_content():
    fp = fingerprint("", " ... ", "en")
    assert fp.content_hash == 0 and fp.anchors == ()


def test_cjk_fingerprint_uses_characters():
    fp = fingerprint(ZH_TITLE, ZH, "zh")
    assert fp.token_count > 150
    assert len(fp.anchors) >= MIN_ANCHORS


def test_serialisation_roundtrips():
    fp = fingerprint(ZH_TITLE, ZH, "zh")
    assert Fingerprint.from_bytes(fp.to_bytes()) == fp
    assert Fingerprint.from_dict(json.loads(json.dumps(fp.to_dict()))) == fp


def test_same_fingerprint_in_another_process():
    code = (
        "import json, sys\n"
        "from streams.core.dedup import fingerprint\n"
        "title, body = json.load(sys.stdin)\n"
        "print(fingerprint(title, body, 'en').to_bytes().hex())\n"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps([FERRY_TITLE, FERRY]),
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout.strip()
        assert out == fingerprint(FERRY_TITLE, FERRY, "en").to_bytes().hex()
