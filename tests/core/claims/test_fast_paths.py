"""The shortcuts taken for speed give what the plain definitions they replace give.

Each test draws random strings (fixed seed) from an alphabet rich in the characters the shortcut
depends on, and compares against the straightforward computation.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from streams.core.claims.cues import ENGLISH, LEXICONS
from streams.core.claims.extract import _Extractor, _first_three_words, _has_words
from streams.core.claims.model import normalise_text
from streams.core.claims.quotes import _MARKS, _mark_positions
from streams.core.claims.speakers import (
    Entity,
    Registry,
    _parse_before,
    _tokens_to_stop,
    parse_before,
    tokens,
)

_PIECES = [
    *"ab Zé_1.,;:!?'’\"“”-—\n\t\xa0",
    *(" said ", " says ", " has also said", " according to ", "According to ", " Mr ", " Mr. ", " Dr. "),
    *(" U.S. ", " he ", " and ", " who ", " police ", " spokesman ", " Tony Blair ", " Blair", " Ali Ali "),
    *("Smith.", "  "),
]


def _texts(seed: int, count: int = 3000, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_word_counts():
    words = re.compile(r"\w+")
    rng = random.Random(1)
    for text in _texts(1):
        start, end = rng.randint(0, len(text)), rng.randint(0, len(text) + 2)
        found = words.findall(text, start, end)
        assert _first_three_words(text, start, end) == found[:3]
        for n in (2, 3, 5):
            assert _has_words(text, n, start, end) == (len(found) >= n)


def test_normalise_text_matches_the_regex_definition():
    fold = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‹": "'", "›": "'"})
    fold.update(str.maketrans({"‘": "'", "’": "'", "‚": "'", "—": "-", "–": "-"}))

    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKC", text).translate(fold)
        return re.sub(r"[^\w']+", " ", text.casefold()).strip()

    for text in _texts(2) + [chr(c) for c in range(0x3000)]:
        assert normalise_text(text) == plain(text)


def test_mark_positions_are_the_regex_matches():
    rng = random.Random(8)
    for text in [*_texts(8), "don't 'x' a'", "'start", "end'"]:
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _mark_positions(text, start, end) == [m.start() for m in _MARKS.finditer(text, start, end)]


def test_tokens_to_stop_is_a_prefix_of_tokens():
    for text in _texts(3):
        full = tokens(text, 0, len(text))
        cut = next((i + 1 for i, t in enumerate(full) if t.text in ".;!?"), len(full))
        assert _tokens_to_stop(text, 0, len(text)) == full[:cut]


def test_parse_before_shortcuts_match_the_full_parse():
    rng = random.Random(4)
    for lex in LEXICONS.values():
        for text in _texts(4, count=1500):
            end = rng.randint(0, len(text))
            start = rng.randint(0, end)
            full = _parse_before(text, tokens(text, start, end), lex)[0]
            assert parse_before(text, start, end, lex) == full


def test_surname_alone_somewhere_is_a_count_comparison():
    rng = random.Random(5)
    for body in _texts(5):
        registry = Registry(body, len(body), ENGLISH, [])
        for surname, name in (("Blair", "Tony Blair"), ("Ali", "Ali Ali"), ("a", "Z a"), ("1", "1 1")):
            end = rng.choice([None, rng.randint(0, len(body))])
            expected = body.count(surname, 0, end) > body.count(name, 0, end)
            assert registry._alone_somewhere(surname, name, end) == expected


@pytest.mark.parametrize("lex", list(LEXICONS.values()), ids=lambda lex: lex.code)
def test_cue_scan_finds_what_the_cue_pattern_finds(lex):
    rng = random.Random(6)
    for body in [*_texts(6, count=1500), "said it", "According to police, ...", "—said"]:
        extractor = _Extractor(body, lex)
        body = extractor.body  # the text the rules read (quotation marks made uniform)
        start = rng.randint(0, len(body))
        end = rng.randint(start, len(body))
        found = [(c.start, c.end, c.text) for c in extractor._scan_cues(start, end)]
        assert found == [(m.start(), m.end(), m["cue"]) for m in lex.cue.finditer(body, start, end)]


def test_timeline_latest_first_is_a_stable_sort():
    rng = random.Random(7)
    registry = Registry("", 0, ENGLISH, [])
    people = [Entity(name, "person") for name in ("Ann Lee", "Tom Vell", "Ada Brisk")]
    for _ in range(300):
        for _ in range(rng.choice([1, 1, 2, 12])):
            mention = (rng.randint(0, 20), rng.choice(people), len(registry.timeline))
            registry.timeline.append(mention)
        expected = sorted(registry.timeline, key=lambda m: m[0], reverse=True)
        assert registry._latest_first() == expected
