"""extract_claims never raises and runs in bounded time on hostile input."""

import time

import pytest

from streams.core.claims import extract_claims

HOSTILE = [
    "",
    " ",
    "\x00\x01\x02 said \x1b[31m",
    '"' * 5000,
    "“" * 5000,
    "'" * 5000,
    "— " * 3000,
    "said " * 5000,
    "according to " * 3000,
    "Mr. " * 5000,
    "A. " * 5000,
    ("“unclosed " * 2000),
    "\n\n".join(["“x"] * 2000),
    "He said" + ", he said" * 3000,
    "\ud800 lone surrogate said that",
]


@pytest.mark.parametrize("body", HOSTILE)
@pytest.mark.parametrize("language", ["en", "ru", "de", "fr", "es", "pt", "it", "und", "xx", ""])
def test_never_raises(body, language):
    claims = extract_claims(body, language)
    for claim in claims:
        assert body[claim.start : claim.end] == claim.text


@pytest.mark.parametrize("garbage", [None, 42, b"bytes"])
def test_non_string_input(garbage):
    assert extract_claims(garbage, "en") == []


@pytest.mark.parametrize(
    "body",
    [
        "a" * 1_000_000,
        '"' * 1_000_000,
        ("Kerry said that " * 70_000)[:1_000_000],
        ("“He said, ” " * 100_000)[:1_000_000],
        ("Mr A. B. C. D. " * 80_000)[:1_000_000],
        "".join(
            f'Coach Ab{a}{b}{c} Cd{a}{b}{c} arrived. "We will win this one," he said. Cd{a}{b}{c} said so. '
            for a in "abcdefghijklmnopqrstuvwxyz"
            for b in "abcdefghijklmnopqrstuvwxyz"
            for c in "abcdefghijklmnopqrstuvwxyz"
        )[:1_000_000],
    ],
    ids=["one-char", "quotes", "cues", "quote-cue", "initials", "many-people"],
)
def test_one_megabyte_is_fast(body):
    t0 = time.process_time()  # CPU time: catastrophic backtracking shows, a busy machine does not
    extract_claims(body, "en")
    assert time.process_time() - t0 < 5.0
