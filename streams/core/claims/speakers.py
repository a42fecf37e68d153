"""Speakers: where a claim's speaker is decided.

* `mentions.py` — the speaker phrase next to a cue, split into role, name and kind
  (`parse_before`, `parse_after`, `parse_nominal_before`, `analyse`);
* `coreference.py` — the article's people and organisations, and `Registry.resolve`, which turns a
  phrase (a surname, "the minister", "the newspaper", "she") into the speaker of the claim;
* `names.py` — first names and gendered words.

This module re-exports their public names for the extractor and the tests.
"""

from .coreference import _CLASS_CACHE, Entity, Registry
from .mentions import (
    _ROLE_CACHE,
    Mention,
    Token,
    _parse_before,
    _tokens_to_stop,
    analyse,
    is_role,
    parse_after,
    parse_before,
    parse_nominal_before,
    tokens,
)
from .names import FIRST_NAMES_F, FIRST_NAMES_M

__all__ = [
    "FIRST_NAMES_F",
    "FIRST_NAMES_M",
    "_CLASS_CACHE",
    "_ROLE_CACHE",
    "Entity",
    "Mention",
    "Registry",
    "Token",
    "_parse_before",
    "_tokens_to_stop",
    "analyse",
    "is_role",
    "parse_after",
    "parse_before",
    "parse_nominal_before",
    "tokens",
]
