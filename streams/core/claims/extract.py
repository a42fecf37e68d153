"""Find attributed statements in an article body: direct quotes, indirect speech, source reports and
"according to" attributions, each with its speaker resolved within the article."""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass

from .cues import ENGLISH, LEXICONS, Lexicon
from .model import Claim, claim_id_for, claim_key
from .quotes import Quotation, find_quotations
from .sentences import paragraph_spans, sentence_spans
from .speakers import Mention, Registry, analyse, parse_after, parse_before

log = logging.getLogger(__name__)

MAX_CHARS = 200_000  # text beyond this is not scanned: bounded time on any input
MAX_KEY = 3  # at most this many claims are marked key
MAX_CLAIMS = 400  # candidates per article: bounds the work on pathological input
MAX_SENTENCE = 3000  # longer "sentences" (no punctuation) are not searched for indirect speech
_SPACE = re.compile(r"\s*")
_WORDS = re.compile(r"\w+")
_LEAD_PUNCT = re.compile(r"[\s,.!?;:]*(?:[—–]\s*)?")
_CLAUSE_STOP = frozenset(
    "to on in about of by for with from at as so nothing no yes goodbye hello this: him her them citing "
    "adding saying quoting after before when while".split()
)
_OPENERS = frozenset(
    "but and however meanwhile separately earlier later also so yet still now then instead but, and,".split()
)
_DASH_LINE = re.compile(r"[—–]\s*")
_DASH_CLOSE = re.compile(r",?\s+[—–]\s*|[—–](?=\w)")
_SOURCE_PHRASE = re.compile(r"[^\W\d][\w'’-]*(?:[ \t]+[^\W\d][\w'’-]*){0,7}(?=\s*[,.;])")
_QUOTE_CHARS = "\"“”„«»‹›‘’‚'"


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    cue: str
    mention: Mention | None
    at: int  # where the attribution is (order of resolution)
    group: int = 0  # quotations of one multi-paragraph/split quote
    standalone: bool = False


def extract_claims(body: str, language: str) -> list[Claim]:
    """Claims in body, in body order.  Never raises: on any internal error, returns []."""
    try:
        if not isinstance(body, str) or not body.strip():
            return []
        return _Extractor(body, _lexicon(language)).run()
    except Exception:
        log.exception("claim extraction failed; returning no claims")
        return []


def _lexicon(language: str) -> Lexicon | None:
    code = (language or "und").strip().lower()[:2] if isinstance(language, str) else "und"
    if code in ("un", ""):
        return ENGLISH
    return LEXICONS.get(code)


class _Extractor:
    def __init__(self, body: str, lex: Lexicon | None):
        self.body = body
        self.lex = lex or ENGLISH
        self.attribute = lex is not None
        self.limit = min(len(body), MAX_CHARS)
        self.paragraphs = paragraph_spans(body, self.limit)
        self.quotes = find_quotations(body, self.paragraphs)
        if self.lex.code in ("ru", "es", "fr", "de"):
            self._dash_quotes()
        self.regions = sorted((q.open, q.region_end) for q in self.quotes)
        self.region_starts = [r[0] for r in self.regions]
        self.sentences: list[tuple[int, int]] = []
        by_para: dict[int, list[tuple[int, int]]] = {}
        for q in self.quotes:
            by_para.setdefault(q.paragraph, []).append((q.open, q.region_end))
        for i, para in enumerate(self.paragraphs):
            self.sentences.extend(sentence_spans(body, para, by_para.get(i, [])))
        self.sentence_starts = [s[0] for s in self.sentences]
        self.para_starts = [p[0] for p in self.paragraphs]
        self.used_cues: set[int] = set()
        self.found: list[_Found] = []

    # -- helpers -------------------------------------------------------------------------------
    def _sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return (0, 0)
        return self.sentences[i]

    def _paragraph(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.para_starts, pos) - 1
        if i < 0:
            return (0, 0, -1)
        return (*self.paragraphs[i], i)

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i][0] <= pos < self.regions[i][1]

    def _trim(self, start: int, end: int, strip_final: bool = True) -> tuple[int, int]:
        body = self.body
        while start < end and (body[start].isspace() or body[start] in ",;:—–"):
            start += 1
        tail = " \t\r\n\f\v,;:—–" + (".!?" if strip_final else "")
        while end > start and body[end - 1] in tail:
            end -= 1
        return start, end

    # -- quotations ----------------------------------------------------------------------------
    def _dash_quotes(self) -> None:
        """Dialogue dashes: "— Мы готовы, — заявил Песков." / "—Estamos listos —dijo el ministro—."."""
        body = self.body
        group = max((q.group for q in self.quotes), default=0)
        quoted_paras = {q.paragraph for q in self.quotes}
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            if index in quoted_paras:
                continue
            m = _DASH_LINE.match(body, p_start, p_end)
            if not m:
                continue
            close = _DASH_CLOSE.search(body, m.end(), p_end)
            end = close.start() if close else p_end
            group += 1
            q = Quotation(p_start, close.end() - 1 if close else -1, m.end(), end, index, group=group)
            q.start, q.end = self._trim(q.start, q.end, strip_final=False)
            if q.end > q.start:
                self.quotes.append(q)
        self.quotes.sort(key=lambda q: q.open)

    def _quote_claims(self) -> None:
        body = self.body
        groups: dict[int, list[_Found]] = {}
        for q in self.quotes[:MAX_CLAIMS]:
            words = len(_WORDS.findall(body, q.start, min(q.end, q.start + 400)))
            intro = body[max(0, q.open - 3) : q.open].rstrip().endswith(":") or (
                q.open == self._paragraph(q.open)[0] and self._paragraph(q.open)[2] > 0
            )
            first, second = (
                (self._attribution_before, self._attribution_after)
                if intro
                else (self._attribution_after, self._attribution_before)
            )
            cue, mention, at = first(q)
            if mention is None:
                cue, mention, at = second(q)
            found = _Found(q.start, q.end, "direct_quote", cue or "", mention, at or q.open, q.group)
            p_start, _, _ = self._paragraph(q.open)
            s_start, _ = self._sentence(q.open)
            at_start = q.open in (p_start, s_start) or q.continues_previous
            if mention is None:
                if not (at_start and words >= 5) and not q.continues_previous:
                    continue
                found.standalone = True
            elif words < 2:
                continue
            groups.setdefault(q.group, []).append(found)
            self.found.append(found)
        # one speaker for all parts of a multi-paragraph quotation
        for parts in groups.values():
            lead = next((f for f in parts if f.mention is not None), None)
            if lead is None:
                continue
            for f in parts:
                if f.mention is None:
                    f.mention, f.cue, f.at, f.standalone = lead.mention, lead.cue, lead.at, False

    def _attribution_after(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        body = self.body
        _, p_end, _ = self._paragraph(q.open)
        pos = q.region_end
        if q.close < 0:
            return None, None, 0
        lead = _LEAD_PUNCT.match(body, pos, p_end)
        pos = lead.end() if lead else pos
        window_end = min(p_end, pos + 160)
        cue = self.lex.cue.search(body, pos, window_end)
        if cue is None or self._in_quote(cue.start()):
            return None, None, 0
        if cue.start() == pos or body[pos : cue.start()].strip() in ("", "—", "–"):
            mention = parse_after(body, _SPACE.match(body, cue.end()).end(), window_end, self.lex)
            if mention is None:
                mention = self._inline_pronoun(cue.group("cue"))
        else:
            mention = parse_before(body, pos, cue.start(), self.lex)
            gap = body[pos : mention.start].strip(" ,—–") if mention is not None else ""
            if mention is not None and gap:
                # "… ,” farmer Joan Pike said": a short lower-case role before the name
                if len(gap.split()) <= 2 and gap.islower() and mention.kind == "person" and not mention.role:
                    mention.role = gap
                else:
                    mention = None
        if mention is None:
            return None, None, 0
        self.used_cues.add(cue.start())
        return _cue_text(cue), mention, cue.start()

    def _inline_pronoun(self, cue: str) -> Mention | None:
        """French "a-t-il déclaré", "déclare-t-elle"."""
        for pronoun, gender in self.lex.pronouns.items():
            if cue.endswith("-" + pronoun) or f"-t-{pronoun}" in cue or f"-{pronoun} " in cue:
                return Mention(0, 0, pronoun, kind="pronoun", gender=gender)
        return None

    def _attribution_before(self, q: Quotation) -> tuple[str | None, Mention | None, int]:
        body = self.body
        p_start, _, p_index = self._paragraph(q.open)
        s_start, _ = self._sentence(q.open)
        start = max(s_start, p_start)
        if q.open == p_start and p_index > 0 and not q.continues_previous:
            _prev_start, prev_end = self.paragraphs[p_index - 1]
            if body[prev_end - 1] != ":":
                return None, None, 0
            start = self._sentence(prev_end - 1)[0]
            end = prev_end
        else:
            end = q.open
        window_start = max(start, end - 200)
        last = None
        for cue in self.lex.cue.finditer(body, window_start, end):
            if not self._in_quote(cue.start()):
                last = cue
        if last is None:
            return None, None, 0
        gap = self._skip_modifiers(last.end(), end, last.group("cue"))
        if body[gap:end].strip(" ,:—–\n") != "":
            return None, None, 0
        mention = parse_before(body, window_start, last.start(), self.lex)
        if mention is None:
            mention = parse_after(body, _SPACE.match(body, last.end()).end(), end, self.lex)
        if mention is None:
            return None, None, 0
        self.used_cues.add(last.start())
        return _cue_text(last), mention, last.start()

    def _skip_modifiers(self, pos: int, end: int, cue: str) -> int:
        body = self.body
        lex = self.lex
        pos = _SPACE.match(body, pos, end).end()
        if cue and cue.split()[-1] in lex.object_verbs:
            obj = lex.objects.match(body, pos, end)
            if obj:
                pos = _SPACE.match(body, obj.end(), end).end()
        for _ in range(6):
            m = lex.modifiers.match(body, pos, end)
            if not m or m.end() == pos:
                break
            pos = _SPACE.match(body, m.end(), end).end()
        return pos

    # -- indirect speech, reports, "according to" ----------------------------------------------
    def _cue_claims(self) -> None:
        body = self.body
        lex = self.lex
        for cue in lex.cue.finditer(body, 0, self.limit):
            if len(self.found) >= MAX_CLAIMS:
                break
            at = cue.start()
            if at in self.used_cues or self._in_quote(at):
                continue
            sentence = self._sentence(at)
            if not sentence[0] <= at < sentence[1] or sentence[1] - sentence[0] > MAX_SENTENCE:
                continue
            if lex.according_before.fullmatch(cue.group("cue")):
                self._according(cue, sentence)
            elif lex.according_after is not None and lex.according_after.fullmatch(cue.group("cue")):
                self._according_after(cue, sentence)
            elif cue.group("cue") not in ("so",):
                self._speech(cue, sentence)

    def _speech(self, cue: re.Match, sentence: tuple[int, int]) -> None:
        body = self.body
        lex = self.lex
        s_start, s_end = sentence
        cue_text = cue.group("cue")
        verb = cue_text.split()[-1]
        mention = parse_before(body, max(s_start, cue.start() - 160), cue.start(), lex)
        inverted = False
        if mention is None:
            mention = parse_after(body, _SPACE.match(body, cue.end()).end(), s_end, lex)
            inverted = mention is not None
        if mention is None:
            return
        after = mention.end if inverted else cue.end()
        content_pos = self._skip_modifiers(after, s_end, cue_text if not inverted else "")
        statement = lex.statement.search(body, after, content_pos) is not None
        comp = lex.complementizer.match(body, content_pos, s_end)
        has_that = comp is not None
        if comp:
            content_pos = comp.end()
        f_start, f_end = self._trim(content_pos, s_end)
        forward_words = _WORDS.findall(body, f_start, min(f_end, f_start + 200))
        prefix_end = mention.start if not inverted else cue.start()
        prefix = body[s_start:prefix_end].rstrip()
        kind = (
            "source_report"
            if (verb in lex.report or statement or mention.kind == "outlet")
            else "indirect_speech"
        )
        if (
            prefix.endswith(",")
            and len(_WORDS.findall(prefix)) >= 3
            and (
                len(forward_words) < 3
                or (inverted and lex.code != "de")
                or forward_words[0].lower() in _CLAUSE_STOP
            )
        ):
            r_start, r_end = self._trim(s_start, s_start + len(prefix) - 1)
            if r_end > r_start and body[r_end - 1] not in _QUOTE_CHARS and body[r_start] not in _QUOTE_CHARS:
                self._add(r_start, r_end, kind, cue_text, mention, cue.start())
            return
        if f_end <= f_start or body[f_start] in _QUOTE_CHARS or self._in_quote(f_start):
            return
        prefix_words = prefix.lower().split()
        opener_only = (
            not prefix_words
            or (prefix.endswith(",") and len(prefix_words) <= 12)
            or all(w in _OPENERS for w in prefix_words)
        )
        if not opener_only and not has_that:
            return
        if len(forward_words) < 2 or forward_words[0].lower() in _CLAUSE_STOP:
            return
        needs_that = lex.code in ("fr", "es", "ru") or (
            verb not in lex.strong and not (verb in lex.report and mention.kind == "outlet")
        )
        if lex.code == "de":
            needs_that = (
                body[content_pos - 1 : content_pos] != ","
                and not has_that
                and "," not in body[after:content_pos]
            )
        russian_comma = lex.code == "ru" and body[after:content_pos].strip().endswith(",")
        if needs_that and not has_that and not russian_comma:
            return
        self._add(f_start, f_end, kind, cue_text, mention, cue.start())

    def _according(self, cue: re.Match, sentence: tuple[int, int]) -> None:
        body = self.body
        lex = self.lex
        s_start, s_end = sentence
        source_start = _SPACE.match(body, cue.end()).end()
        mention = parse_after(body, source_start, s_end, lex)
        phrase = _SOURCE_PHRASE.match(body, source_start, s_end)
        if phrase and (
            mention is None or (mention.kind in ("generic", "role") and mention.end < phrase.end())
        ):
            mention = analyse(body, source_start, phrase.end(), lex) or mention
            if mention is not None and mention.kind in ("person", "role"):
                mention.kind = "generic"
                mention.name = mention.name or mention.phrase
        if mention is None:
            return
        cue_text = _cue_text(cue)
        prefix = body[s_start : cue.start()].strip()
        if prefix and prefix not in ("Но", "But", "And", "Pero", "Mais", "Aber"):
            r_start, r_end = self._trim(s_start, cue.start())
            if len(_WORDS.findall(body, r_start, r_end)) >= 3 and body[r_start] not in _QUOTE_CHARS:
                self._add(r_start, r_end, "according_to", cue_text, mention, cue.start())
            return
        pos = self._skip_modifiers(mention.end, s_end, "")
        f_start, f_end = self._trim(pos, s_end)
        if len(_WORDS.findall(body, f_start, min(f_end, f_start + 200))) >= 3:
            self._add(f_start, f_end, "according_to", cue_text, mention, cue.start())

    def _according_after(self, cue: re.Match, sentence: tuple[int, int]) -> None:
        """German "X zufolge": "Dem Bericht zufolge ..." / "..., der Zeitung zufolge"."""
        body = self.body
        s_start, s_end = sentence
        mention = parse_before(body, max(s_start, cue.start() - 120), cue.start(), self.lex)
        if mention is None:
            return
        before = body[s_start : mention.start].rstrip()
        if before.endswith(",") and len(_WORDS.findall(before)) >= 3:
            r_start, r_end = self._trim(s_start, s_start + len(before) - 1)
            self._add(r_start, r_end, "according_to", "zufolge", mention, cue.start())
            return
        f_start, f_end = self._trim(cue.end(), s_end)
        if len(_WORDS.findall(body, f_start, min(f_end, f_start + 200))) >= 3:
            self._add(f_start, f_end, "according_to", "zufolge", mention, cue.start())

    def _add(self, start: int, end: int, kind: str, cue: str, mention: Mention, at: int) -> None:
        if end > start:
            self.found.append(_Found(start, end, kind, " ".join(cue.split()), mention, at))

    # -- resolution and output -----------------------------------------------------------------
    def run(self) -> list[Claim]:
        self._quote_claims()
        if self.attribute:
            self._cue_claims()
        else:
            for f in self.found:
                f.mention, f.cue = None, f.cue
        found = self._drop_overlaps()
        registry = Registry(self.body, self.limit, self.lex, self.regions)
        resolved: list[tuple[_Found, str | None, str | None, list[str]]] = []
        last_speaker: tuple[str | None, str | None, list[str]] = (None, None, [])
        last_end = -1
        for f in sorted(found, key=lambda f: f.at if not f.standalone else f.start):
            if f.mention is not None and self.attribute:
                at = f.mention.start if f.mention.end > f.mention.start else f.at
                speaker = registry.resolve(f.mention, at)
            elif f.standalone and last_speaker[0] and 0 <= f.start - last_end < 600:
                speaker = last_speaker
            else:
                speaker = (None, None, [])
            if speaker[0]:
                last_speaker = speaker
            last_end = max(last_end, f.end)
            resolved.append((f, *speaker))
        claims = []
        seen: set[str] = set()
        total = max(1, self.limit)
        for f, speaker, role, speakers in sorted(resolved, key=lambda r: r[0].start):
            text = self.body[f.start : f.end]
            claim = Claim(
                id=claim_id_for(text, speaker),
                text=text,
                start=f.start,
                end=f.end,
                speaker=speaker,
                speaker_role=role,
                cue=f.cue,
                kind=f.kind,
                speakers=speakers,
            )
            key = claim_key(claim)
            if key in seen:
                continue
            seen.add(key)
            claim.salience = _salience(claim, f.start / total)
            claims.append(claim)
        for claim in sorted(claims, key=lambda c: -c.salience)[:MAX_KEY]:
            claim.key = claim.salience >= 0.5
        return claims

    def _drop_overlaps(self) -> list[_Found]:
        rank = {"direct_quote": 0, "according_to": 1, "source_report": 2, "indirect_speech": 2}
        kept: list[_Found] = []
        for f in sorted(self.found, key=lambda f: (rank[f.kind], -(f.end - f.start))):
            if any(f.start < k.end and k.start < f.end for k in kept):
                continue
            kept.append(f)
        return kept


def _cue_text(cue: re.Match) -> str:
    return " ".join(cue.group("cue").split())


def _salience(claim: Claim, position: float) -> float:
    words = len(claim.text.split())
    score = 0.25
    if claim.speaker:
        score += 0.25
    if claim.speaker_role:
        score += 0.1
    if claim.kind == "direct_quote":
        score += 0.1
    score += 0.2 * (1.0 - min(position, 1.0))
    if 6 <= words <= 60:
        score += 0.1
    return round(min(score, 1.0), 3)
