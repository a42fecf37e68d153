"""Helpers shared by the claims tests: extract, and check every offset on the way."""

from __future__ import annotations

from streams.core.claims import Claim, extract_claims


def claims_of(body: str, language: str = "en") -> list[Claim]:
    """All claims of ``body``; fails if any claim's offsets do not give back its text."""
    found = extract_claims(body, language)
    for claim in found:
        assert body[claim.start : claim.end] == claim.text
    return found


def only(body: str, language: str = "en") -> Claim:
    """The one claim of ``body``; fails if there is not exactly one."""
    found = claims_of(body, language)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]
