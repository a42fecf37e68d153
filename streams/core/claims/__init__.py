"""Claim extraction: who said what, with attribution.

from streams.core.claims import extract_claims, Claim, claim_key
claims = extract_claims(body, "en")
"""

from . import extract as _extract
from .extract import extract_claims
from .model import KINDS, Claim, claim_key

#: The claims modules running are the mypyc-compiled ones (the worker image; see setup.py).
COMPILED: bool = not (_extract.__file__ or "").endswith(".py")

__all__ = ["COMPILED", "KINDS", "Claim", "claim_key", "extract_claims"]
