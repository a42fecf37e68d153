"""The claim record and its stable identity."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import xxhash

KINDS = ("direct_quote", "indirect_speech", "source_report", "according_to")
#: how the speaker holds the content: said it, said it is not so, or asked it
STANCES = ("asserted", "denied", "questioned")

_QUOTE_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‹": "'",
        "›": "'",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "—": "-",
        "–": "-",
    }
)
_NON_WORD = re.compile(r"[^\w']+")
# the same folding for ASCII text as one byte table: letters to lower case, word characters and "'"
# kept, everything else a space (a third of the time of the regex, on the hot path of every claim)
_ASCII_FOLD = (
    bytes(ord(c.lower()) if c.isalnum() or c in "_'" else ord(" ") for c in map(chr, range(128))) + b" " * 128
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr)\s+")


def normalise_text(text: str) -> str:
    """Fold case, quotes, dashes and punctuation so that lightly edited copies compare equal."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD)
        if not text.isascii():
            return _NON_WORD.sub(" ", text.casefold()).strip()
    return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")


def normalise_speaker(speaker: str | None) -> str:
    if not speaker:
        return ""
    return _LEADING_ARTICLE.sub("", normalise_text(speaker))


@dataclass(slots=True)
class Claim:
    """One attributed statement found in an article body.

    ``text`` is ``body[start:end]``: the content of the statement, without quote marks or the
    attribution ("X said").  Offsets are code points.  A quotation split by its attribution
    ('"A," she said. "B"') is one claim over the whole quotation: ``parts`` then lists the quoted
    pieces' (start, end) offsets, and ``text`` (still ``body[start:end]``) holds the attribution
    between them.  ``stance``: "asserted", "denied" (denied, rejected …) or "questioned" (asked …).
    """

    id: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_role: str | None
    cue: str
    kind: str
    salience: float = 0.0
    key: bool = False
    speakers: list[str] = field(default_factory=list)
    stance: str = "asserted"
    parts: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # by hand: dataclasses.asdict deep-copies every value and cost ~0.1 ms a claim on the hot path
        record = {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "kind": self.kind,
            "salience": self.salience,
            "key": self.key,
            "speakers": list(self.speakers),
            "stance": self.stance,
        }
        if self.parts:
            record["parts"] = [[a, b] for a, b in self.parts]
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Claim:
        """Inverse of to_dict; unknown keys are ignored, `speakers` may be absent."""
        speaker = record.get("speaker")
        return cls(
            id=record["id"],
            text=record["text"],
            start=record["start"],
            end=record["end"],
            speaker=speaker,
            speaker_role=record.get("speaker_role"),
            cue=record.get("cue", ""),
            kind=record["kind"],
            salience=record.get("salience", 0.0),
            key=record.get("key", False),
            speakers=list(record.get("speakers") or ([speaker] if speaker else [])),
            stance=record.get("stance", "asserted"),
            parts=[(a, b) for a, b in record.get("parts") or ()],
        )


def claim_key(claim: Claim) -> str:
    """Normalised text + speaker: the same claim in two copies of a story has the same key."""
    return key_for(claim.text, claim.speaker)


#: key_for's recent answers: extraction computes each claim's key and the desk asks again for the same
#: (text, speaker) when it files the claim (same process in the worker and in `wirestream enrich`).
_RECENT_KEYS: dict[tuple[str, str | None], str] = {}
_RECENT_KEYS_MAX = 4096


def key_for(text: str, speaker: str | None) -> str:
    """Normalised text and speaker joined by ``|`` (a pure function; recent answers are remembered)."""
    found = _RECENT_KEYS.get((text, speaker))
    if found is None:
        found = f"{normalise_text(text)}|{normalise_speaker(speaker)}"
        if len(_RECENT_KEYS) >= _RECENT_KEYS_MAX:
            _RECENT_KEYS.clear()
        _RECENT_KEYS[text, speaker] = found
    return found


def id_for_key(key: str) -> str:
    return xxhash.xxh3_64_hexdigest(key.encode("utf-8"))


def claim_id_for(text: str, speaker: str | None) -> str:
    return id_for_key(key_for(text, speaker))
