"""Claim extraction: who said what, with attribution.

from streams.core.claims import extract_claims, Claim, claim_key
claims = extract_claims(body, "en")
"""

from .extract import extract_claims
from .model import KINDS, Claim, claim_key

__all__ = ["KINDS", "Claim", "claim_key", "extract_claims"]
