"""Constructions that look like attributions and are not: found by reading the claims the PolNeAR
round added on news it was not tuned on (the sentences here are the project's own)."""

from __future__ import annotations

import pytest

from streams.core.claims import extract_claims

NOT_CLAIMS = {
    "calls after a verb is a noun": (
        'The council leader, who took office in May, has rejected calls to "slow down" on the harbour '
        "plan. Residents were unhappy."
    ),
    "reports after deny is a noun": (
        "Ms Varga challenged the mayor to deny reports that he had promised the contract to a friend. "
        "The mayor declined."
    ),
    "so-called names something": (
        'The complaint was filed against so-called "Jane Roe" accounts, which are known only by '
        "numbers. Nobody answered."
    ),
    "a quotation after a form of be describes": (
        'Pellegrini, who was fined for a gesture, has been "reminded of his duties to the sport" by '
        "the league. He left."
    ),
    "a condition is no claim": (
        "New rules are needed so parties can act alike if the regulator believes the law allows them "
        "to call voters at home. Few agree."
    ),
    "a name alone states nothing": (
        "The board criticised several colleagues. Mr Dorrin said Mr Halvey. The row went on."
    ),
}


@pytest.mark.parametrize("body", NOT_CLAIMS.values(), ids=NOT_CLAIMS.keys())
def test_no_claim(body: str) -> None:
    assert extract_claims(body, "en") == []


STILL_CLAIMS = {
    "calls as a verb": ('Mayor Ines Rook calls the harbour plan "a gift to the developers."', "Ines Rook"),
    "reports as a verb of an outlet": (
        "The Harbour Gazette reports that the tender was cancelled on Friday.",
        "Harbour Gazette",
    ),
    "a quotation after be inside a cue's clause": (
        'Ines Rook remarked that she was "a little surprised" by the size of the crowd.',
        "Ines Rook",
    ),
    "if inside the content": (
        "Ines Rook said the tender would be cancelled if the council refused to pay.",
        "Ines Rook",
    ),
}


@pytest.mark.parametrize(("body", "speaker"), STILL_CLAIMS.values(), ids=STILL_CLAIMS.keys())
def test_still_a_claim(body: str, speaker: str) -> None:
    claims = extract_claims(body, "en")
    assert [c.speaker for c in claims] == [speaker]


def test_that_said_is_a_discourse_marker():
    assert extract_claims("That said, the harbour's fleet tends to be older than the rest.", "en") == []
