"""The learned gate of the English cue scan: a logistic regression over sparse features of a candidate
claim (cue verb, the words around the cue, the shape of the subject and of the reported clause) that
accepts or rejects it.

The weights (`cue_gate.json`, a few KB) are trained on PolNeAR train by
`benchmarks/claims_polnear_gate.py`; they hold only closed-class and lower-case words and word
shapes ("Cap", "Q" for a quote mark, "D" for a digit), never a name.  Scoring is a sum of dictionary
look-ups: no numpy, no model download.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

# capitalised words that are function words, kept as words rather than shapes
_CLOSED = frozenset(
    """the a an he she it they we i you his her its their this that these those there but and or so
    yet if when while although though after before as because since until once also however in on
    at for of to with by from about""".split()
)
_FINITE = frozenset(
    """is are was were has have had will would could should can may might must do does did be been
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't don't
    doesn't didn't""".split()
)
_PUNCT = ",.;:!?()[]—–"
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_BUCKETS = ("0", "1", "2-3", "2-3") + ("4-8",) * 5 + ("9-20",) * 12


def _bucket(n: int) -> str:
    return _BUCKETS[n] if n < 21 else "21+"


def word_feature(word: str) -> str:
    """A word as a feature: lower-case and closed-class words as written (lower-cased), everything
    else by its shape — so no name ever becomes a feature."""
    if not word:
        return "_"
    first = word[0]
    if first in "\"“”‘«»'":
        return "Q"
    if first.isdigit():
        return "D"
    low = word.lower()
    if low in _DAYS:
        return "Day"
    if word.islower() and len(word) <= 14:
        return low
    if low in _CLOSED:
        return low
    if first.isupper():
        return "Cap"
    return "X"


def features(
    body: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    at: int,
    cue: str,
    mention: tuple[str, int, int],
    rule: str,
) -> list[str]:
    """The features of one candidate: claim body[start:end], cue `cue` at `at`, speaker phrase
    (kind, start, end), found by `rule` ("clause", "subject", "phrase", "to" for the relaxed rules,
    "strict" for the others).  Words are split on white space (cheap), punctuation stripped."""
    s_start, s_end = sentence
    kind, m_start, m_end = mention
    verb = cue.rsplit(None, 1)[-1].lower() if cue else "_"
    out = [f"r={rule}", f"v={verb}", f"m={kind}", f"rm={rule}|{kind}", f"rv={rule}|{verb}"]
    if " " in cue:
        out.append("aux")
    forward = start >= at
    out.append("fwd" if forward else "rev")
    subject_start = m_start if m_end > m_start and m_start < at else at
    prefix = body[max(s_start, subject_start - 200) : subject_start].split()
    out.append(f"plen={_bucket(len(prefix))}")
    if prefix:
        last = prefix[-1]
        out.append(f"plast={word_feature(last.strip(_PUNCT))}")
        if last.endswith(","):
            out.append("pcomma")
    else:
        out.append("plast=^")
    if m_start < m_end <= at:
        gap = body[m_end:at]
        out.append(f"gap={_bucket(len(gap.split()))}")
        if "," in gap:
            out.append("gapcomma")
    if forward:
        between = body[at + len(cue) : start].split()
        out.append(f"blen={_bucket(len(between))}")
        if between:
            out.append(f"b1={word_feature(between[0].strip(_PUNCT))}")
            out.append(f"blast={word_feature(between[-1].strip(_PUNCT))}")
    cw = body[start : min(end, start + 100)].split(None, 4)[:4]
    c1 = word_feature(cw[0].strip(_PUNCT)) if cw else "_"
    c2 = word_feature(cw[1].strip(_PUNCT)) if len(cw) > 1 else "_"
    out += [f"c1={c1}", f"c2={c2}", f"c12={c1}|{c2}", f"vc1={verb}|{c1}"]
    for w in cw[1:4]:
        w = w.strip(_PUNCT)
        if w in _FINITE or (w.endswith("ed") and w.islower()):
            out.append("cfinite")
            break
    out.append(f"clen={_bucket(body.count(' ', start, end) + 1)}")
    if '"' in body[start:end] or "“" in body[start:end]:
        out.append("cquote")
    out.append(f"ctail={'end' if s_end - end <= 2 else 'mid'}")
    out.append(f"atpos={_bucket(body.count(' ', s_start, at))}")
    return out


@dataclass(frozen=True)
class Weights:
    """A trained gate: feature weights, bias, the acceptance threshold (a logit) and whether it was
    trained to gate the strict rules' claims too (not only the relaxed ones)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    strict: bool = False

    def score(self, feats: list[str]) -> float:
        total = self.bias
        get = self.weights.get
        for f in feats:
            total += get(f, 0.0)
        return total

    def accept(self, feats: list[str]) -> bool:
        """Is the candidate a claim?  (Its score above the threshold chosen on PolNeAR train.)"""
        return self.score(feats) > self.threshold


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The weights in the package (`cue_gate.json`); without the file, a gate that accepts nothing."""
    try:
        raw = resources.files(__package__).joinpath("cue_gate.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return Weights({}, 0.0, math.inf)
    data: dict[str, Any] = json.loads(raw)
    return Weights(data["weights"], float(data["bias"]), float(data["threshold"]), bool(data.get("strict")))


def score(feats: list[str]) -> float:
    """The shipped weights' score of a candidate's features."""
    return shipped().score(feats)


#: One candidate the cue scan proposed: (rule, start, end, features, gated by the weights).
Candidate = tuple[str, int, int, list[str], bool]


@dataclass(frozen=True)
class Gate:
    """How the English cue scan's candidates are kept: the worker and ``wirestream enrich`` use
    :data:`SHIPPED`; training and analysis (``benchmarks/claims_polnear_gate.py``) pass their own.

    ``mode``: "learned" — the gate decides; "all" — every candidate kept; "none" — the relaxed rules
    off.  ``weights``: ``None`` for the shipped ones.  ``strict``: gate the strict rules' doubtful
    claims too (``None``: as the weights were trained).  ``record``: sees every candidate.
    """

    mode: str = "learned"
    weights: Weights | None = None
    strict: bool | None = None
    record: Callable[[Candidate], None] | None = None

    def model(self) -> Weights:
        return self.weights if self.weights is not None else shipped()


SHIPPED = Gate()
