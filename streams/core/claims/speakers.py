"""Speaker phrases: parse "US Secretary of State John Kerry" into role + name, and resolve later
surname-only mentions and pronouns against the people and organisations of the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .cues import ORG_HEADS, OUTLET_HEADS, OUTLET_PHRASES, OUTLETS, Lexicon

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_AND = frozenset({"and", "&", "и", "und", "et", "y"})
_WHO = frozenset({"who", "which", "der", "die", "qui", "que", "который", "которая"})
_MAX_PHRASE = 14

FIRST_NAMES_M = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel matthew
    mark paul steven andrew kenneth george edward brian ronald anthony kevin jason jeff gary timothy
    tony gordon peter alan alastair ian simon nick nicholas jack harry oliver tom ben sam luke adam
    boris vladimir sergei sergey dmitry dmitri yuri igor alexei alexander andrei mikhail nikolai ivan
    olaf victor erik otto friedrich karl hans jürgen wolfgang thomas frank emmanuel jean pierre
    françois nicolas jacques
    pedro carlos juan josé luis javier miguel antonio manuel pablo fernando
    дмитрий владимир сергей юрий игорь алексей александр андрей михаил николай иван петр пётр""".split()
)
FIRST_NAMES_F = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
    betty sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen
    anna angela theresa hillary condoleezza tessa ruth claire kate catherine jane alice emma olivia
    sophie lucy fiona joan miriam petra linda maria marie anne isabelle ségolène annalena ursula
    christine carmen
    ana isabel lucía elena laura marta sofía valentina irina olga natalia natalya tatiana svetlana
    elena ekaterina maria yulia
    мария анна елена ольга ирина наталья татьяна светлана екатерина юлия""".split()
)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """A speaker phrase as written, and what it refers to once resolved."""

    start: int
    end: int
    phrase: str
    name: str | None = None  # proper name as written (honorifics stripped)
    role: str | None = None
    kind: str = "person"  # person | org | outlet | group | pronoun | generic | role
    gender: str | None = None  # m | f | pl | n | fpl for pronouns
    names: list[str] = field(default_factory=list)


_DOTTED = frozenset("Mr Mrs Ms Dr Sr Sra Srta Prof Sen Rep Gov Gen St Jr Lt Col Capt Sgt Rev M Mme".split())


def tokens(body: str, start: int, end: int) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(body, start, end):
        text = m.group(0)
        if len(text) > 2 and text[-1] == "." and text[:-1] not in _DOTTED and "." not in text[:-1]:
            out.append(Token(text[:-1], m.start(), m.end() - 1))
            out.append(Token(".", m.end() - 1, m.end()))
        else:
            out.append(Token(text, m.start(), m.end()))
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def is_role(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return False
    if low in lex.roles:
        return True
    if lex.role_prefixes and low.startswith(lex.role_prefixes):
        return True
    return lex.role_suffix is not None and len(low) > 3 and lex.role_suffix.search(low) is not None


def _is_modifier(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low in lex.role_modifiers:
        return True
    return (
        not _is_cap(word)
        and lex.modifier_suffix is not None
        and len(low) > 3
        and lex.modifier_suffix.search(low) is not None
    )


def _word_ok(tok: str, lex: Lexicon, following: list[str]) -> bool:
    """May tok be part of a speaker phrase, given the words already collected after it?"""
    if tok in lex.honorifics or _is_initial(tok):
        return True
    if _is_cap(tok):
        return tok not in lex.cap_stop
    low = tok.lower()
    if is_role(tok, lex) or low in lex.generic:
        return True
    if following and (
        is_role(following[0], lex) or following[0].lower() in lex.generic or _is_modifier(following[0], lex)
    ):
        if _is_modifier(tok, lex):
            return True
        if low.endswith(("'s", "’s")) and len(low) > 3:
            return True
    return False


def parse_before(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that ends right before body[end] (the cue), looking back no further
    than start.  Handles pronouns, role + name, appositives ("Kerry, the US envoy, said")."""
    toks = tokens(body, start, end)
    i = len(toks) - 1
    while i >= 0 and (toks[i].text.lower() in lex.skip_before):
        i -= 1
    if i < 0:
        return None
    word = toks[i].text
    if word in lex.pronouns:
        return Mention(toks[i].start, toks[i].end, word, kind="pronoun", gender=lex.pronouns[word])
    if word == ",":
        return _appositive(body, toks, i, lex)
    first = _collect_back(toks, i, lex)
    if first is None:
        return None
    return analyse(body, toks[first].start, toks[i].end, lex)


def _collect_back(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    words: list[str] = []
    j = i
    first = None
    while j >= 0 and len(words) < _MAX_PHRASE:
        tok = toks[j].text
        if tok in lex.determiners and words:
            first = j
            prev = toks[j - 1].text.lower() if j > 0 else ""
            if (
                prev in lex.connectors
                and j > 1
                and (_is_cap(toks[j - 2].text) or is_role(toks[j - 2].text, lex))
            ):
                words.insert(0, tok)
                j -= 1
                continue
            break
        if _word_ok(tok, lex, words):
            words.insert(0, tok)
            first = j
            j -= 1
            continue
        low = tok.lower()
        if (low in lex.connectors or low in _AND) and words and j > 0:
            before = toks[j - 1].text
            if (_is_cap(before) and before not in lex.cap_stop) or is_role(before, lex):
                words.insert(0, tok)
                j -= 1
                continue
        if words and (is_role(words[-1], lex) or words[-1].lower() in lex.generic):
            # "the water authority", "a police spokeswoman": noun modifiers after a determiner
            for back in (1, 2):
                k = j - back + 1
                if (
                    k - 1 >= 0
                    and toks[k - 1].text in lex.determiners
                    and all(toks[x].text.isalpha() and toks[x].text.islower() for x in range(k, j + 1))
                ):
                    return k - 1 if k - 1 <= i else first
        break
    if first is None:
        return None
    while first <= i and (toks[first].text.lower() in lex.connectors or toks[first].text.lower() in _AND):
        first += 1
    return first if first <= i else None


def _appositive(body: str, toks: list[Token], comma: int, lex: Lexicon) -> Mention | None:
    """NAME , APPOSITIVE , <cue>: "John Kerry, the US Secretary of State, said"."""
    j = comma - 1
    while j >= 0 and toks[j].text != "," and comma - j <= 16:
        if toks[j].text in '.;:!?"“”«»':
            return None
        j -= 1
    if j < 1 or toks[j].text != "," or j == comma - 1:
        return None
    inner = toks[j + 1 : comma]
    head = inner[0].text
    if all(_is_cap(t.text) or _is_initial(t.text) for t in inner) and len(inner) <= 4:
        # "the county's chief engineer, Mark Delaney, said"
        first = _collect_back(toks, j - 1, lex)
        if first is None:
            return None
        role_mention = analyse(body, toks[first].start, toks[j - 1].end, lex)
        if role_mention is None or (
            role_mention.kind not in ("role", "generic") and role_mention.role is None
        ):
            return None
        mention = analyse(body, inner[0].start, inner[-1].end, lex)
        if mention is None:
            return None
        mention.role = role_mention.role or role_mention.phrase
        mention.start = toks[first].start
        return mention
    who = head.lower() in _WHO
    plain = head not in lex.determiners and not is_role(head, lex) and not _is_modifier(head, lex)
    if not who and plain and not (_is_cap(head) and any(is_role(t.text, lex) for t in inner)):
        return None
    first = _collect_back(toks, j - 1, lex)
    if first is None:
        return None
    mention = analyse(body, toks[first].start, toks[j - 1].end, lex)
    if mention is None or mention.kind in ("generic", "role"):
        return None
    if not who and mention.role is None:
        role_words = [t.text for t in inner]
        while role_words and role_words[0] in lex.determiners:
            role_words.pop(0)
        mention.role = body[inner[0].start : inner[-1].end] if not role_words else " ".join(role_words)
        _gender_from(role_words, mention, lex)
    mention.end = toks[comma - 1].end
    return mention


def parse_after(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that starts at body[start] (after an inverted cue: "said Kerry")."""
    toks = tokens(body, start, min(end, start + 200))
    if not toks:
        return None
    word = toks[0].text
    if word in lex.pronouns:
        return Mention(toks[0].start, toks[0].end, word, kind="pronoun", gender=lex.pronouns[word])
    words: list[str] = []
    last = -1
    i = 0
    while i < len(toks) and len(words) < _MAX_PHRASE:
        tok = toks[i].text
        low = tok.lower()
        if tok in lex.determiners and (not words or words[-1].lower() in lex.connectors):
            words.append(tok)
            i += 1
            continue
        if (
            tok in lex.honorifics
            or _is_initial(tok)
            or (_is_cap(tok) and (tok not in lex.cap_stop or not words))
            or is_role(tok, lex)
            or low in lex.generic
            or (_is_modifier(tok, lex) and i + 1 < len(toks) and is_role(toks[i + 1].text, lex))
            or (low.endswith(("'s", "’s")) and len(low) > 3 and i + 1 < len(toks) and not _is_cap(tok))
        ):
            if _is_cap(tok) and tok in lex.cap_stop and tok not in lex.determiners and not words:
                break
            words.append(tok)
            last = i
            i += 1
            continue
        if (low in lex.connectors or low in _AND) and words and i + 1 < len(toks):
            words.append(tok)
            i += 1
            continue
        break
    if last < 0:
        return None
    mention = analyse(body, toks[0].start, toks[last].end, lex)
    if mention is None:
        return None
    k = last + 1
    if mention.kind in ("role", "org", "generic") and k + 1 < len(toks) and toks[k].text == ",":
        # "declaró el portavoz del Gobierno, Andrés Vidal."
        n = k + 1
        while n < len(toks) and (_is_cap(toks[n].text) or _is_initial(toks[n].text)) and n - k <= 4:
            n += 1
        if n > k + 1 and (n >= len(toks) or toks[n].text in ".;!?"):
            named = analyse(body, toks[k + 1].start, toks[n - 1].end, lex)
            if named is not None and named.kind == "person":
                named.role = " ".join(w for w in mention.phrase.split() if w not in lex.determiners)
                named.start = mention.start
                return named
    # "said John Kerry, the US Secretary of State."
    if mention.role is None and k + 1 < len(toks) and toks[k].text == ",":
        inner = []
        k += 1
        while k < len(toks) and toks[k].text not in ",.;:!?" and len(inner) < 12:
            inner.append(toks[k])
            k += 1
        ends = k >= len(toks) or toks[k].text in ".;!?"
        if inner and ends and any(is_role(t.text, lex) for t in inner):
            role_words = [t.text for t in inner]
            while role_words and role_words[0] in lex.determiners:
                role_words.pop(0)
            mention.role = " ".join(role_words) or None
    return mention


def analyse(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """Split a speaker phrase into role and name and guess what it is."""
    phrase = body[start:end]
    words = [t.text for t in tokens(body, start, end)]
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    words = [_ELISION.sub("", w) or w for w in words]
    had_det = False
    while words and words[0] in lex.determiners:
        words.pop(0)
        had_det = True
    if not words:
        return None
    mention = Mention(start, end, phrase)
    _gender_from(words, mention, lex)
    words = [w for w in words if w not in lex.honorifics]
    if not words:
        return None
    role_at = -1
    for k, w in enumerate(words):
        if is_role(w, lex) and not _is_cap_name_like(words, k, lex):
            role_at = k
    if role_at >= 0:
        rest = words[role_at + 1 :]
        caps = _trailing_caps(rest, lex)
        name_len = _name_length(caps)
        if len(caps) == 3 and name_len == 3 and len(rest) > 3 and not any(_is_initial(w) for w in caps):
            name_len = 2  # "Secretary of State John Kerry"
        name_words = caps[len(caps) - name_len :] if name_len else []
        role_words = words[: len(words) - len(name_words)]
        mention.role = " ".join(role_words) or None
        if name_words:
            mention.name = " ".join(name_words)
            mention.kind = "person"
        else:
            tail = [w for w in rest if w.lower() not in lex.connectors and w not in lex.determiners]
            if tail and any(_is_cap(w) or w.lower() in lex.generic for w in tail):
                # "a spokesman for the Foreign Ministry" -> speaker is the ministry
                cut = rest.index(tail[0])
                mention.name = " ".join(rest[cut:])
                mention.role = " ".join(words[: role_at + 1])
                mention.kind = _classify(mention.name.split(), had_det=True)
            elif words[-1].lower() in lex.generic:
                mention.kind = "generic"
                mention.name = " ".join(words)
                mention.role = None
            else:
                mention.kind = "role"
        return mention
    for c, w in enumerate(words[:-1]):
        if c > 0 and w.lower() in _VIA and all(not _is_cap(x) for x in words[:c]):
            # "a report by the Housing Trust", "figures from the ministry"
            rest = [x for x in words[c + 1 :] if x not in lex.determiners]
            if rest and any(_is_cap(x) for x in rest):
                return analyse_words(mention, rest, lex)
    if not any(_is_cap(w) for w in words):
        mention.kind = "generic"
        mention.name = " ".join(words)
        return mention
    for c, w in enumerate(words):
        if 0 < c < len(words) - 1 and w.lower() in FIRST_NAMES_M | FIRST_NAMES_F and _is_cap(words[c + 1]):
            # "Teacher Helen Ward", "Trainer Markus Roth"
            if any(x.lower() in _AND for x in words):
                continue
            mention.role = " ".join(words[:c])
            words = words[c:]
            break
    for c, w in enumerate(words):
        if (
            c >= 2
            and w.lower() in ("of", "at", "from")
            and _is_cap(words[0])
            and words[0].lower() in FIRST_NAMES_M | FIRST_NAMES_F
        ):
            mention.role = " ".join(words[c + 1 :])  # "Amy Cole of St. Luke's Hospital"
            words = words[:c]
            break
    mention.name = " ".join(words)
    parts = _split_and(words)
    if len(parts) > 1:
        mention.kind = "group"
        mention.names = [" ".join(p) for p in parts]
        mention.gender = "pl"
        return mention
    mention.kind = _classify(words, had_det)
    return mention


_ELISION = re.compile(r"^(?:[LlDd]['’])(?=\w)")
_VIA = frozenset({"by", "from", "for", "of", "at"})


def analyse_words(mention: Mention, words: list[str], lex: Lexicon) -> Mention:
    mention.name = " ".join(words)
    mention.kind = _classify(words, had_det=True)
    return mention


def _is_cap_name_like(words: list[str], k: int, lex: Lexicon) -> bool:
    """'General Motors', 'Major' as a surname: a capitalised role word that is the last word is a name."""
    return (
        _is_cap(words[k])
        and k == len(words) - 1
        and k > 0
        and _is_cap(words[k - 1])
        and not is_role(words[k - 1], lex)
    )


def _trailing_caps(words: list[str], lex: Lexicon) -> list[str]:
    out: list[str] = []
    for w in reversed(words):
        if (
            _is_cap(w)
            or _is_initial(w)
            or (out and w.lower() in ("de", "van", "von", "der", "bin", "al", "la", "del"))
        ):
            out.insert(0, w)
        else:
            break
    while out and not _is_cap(out[0]):
        out.pop(0)
    return out


def _name_length(caps: list[str]) -> int:
    if len(caps) <= 3:
        return len(caps)
    extra = sum(1 for w in caps[-4:-1] if _is_initial(w) or not _is_cap(w))
    return min(len(caps), 2 + extra)


def _split_and(words: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in _AND or w == ",":
            parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(not _is_cap(p[0]) for p in parts):
        return [words]
    if any(w.lower() in ORG_HEADS for p in parts for w in p):
        return [words]
    return parts


def _classify(words: list[str], had_det: bool) -> str:
    low = " ".join(words).lower()
    last = words[-1].lower() if words else ""
    if low in OUTLETS or any(p in low or p.removeprefix("the ") == low for p in OUTLET_PHRASES):
        return "outlet"
    if last in OUTLET_HEADS and len(words) > 1:
        return "outlet"
    if any(w.lower() in ORG_HEADS for w in words):
        return "org"
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "org"
    if had_det:
        return "org"
    return "person"


def _gender_from(words: list[str], mention: Mention, lex: Lexicon) -> None:
    for w in words:
        if w in lex.female_markers or w.lower() in lex.female_markers:
            mention.gender = "f"
            return
        if w in lex.male_markers or w.lower() in lex.male_markers:
            mention.gender = "m"
            return
    for w in words:
        low = w.lower()
        if low in FIRST_NAMES_F:
            mention.gender = "f"
            return
        if low in FIRST_NAMES_M:
            mention.gender = "m"
            return


def _first_name_gender(word: str) -> str | None:
    low = word.lower()
    return "f" if low in FIRST_NAMES_F else "m" if low in FIRST_NAMES_M else None


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    role: str | None = None
    gender: str | None = None


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"  # upper-case initials (Latin, Latin-1/Extended-A, Cyrillic)
_CAP_RUN = re.compile(rf"(?<![\w.])[{_UPPER}][\w'’-]*\.?(?:[ \t]+[{_UPPER}][\w'’-]*\.?)+")
_NON_SPACE = re.compile(r"\S+")


class Registry:
    """The people and organisations of one article, for surname and pronoun resolution."""

    def __init__(self, body: str, limit: int, lex: Lexicon, excluded: list[tuple[int, int]]):
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.timeline: list[tuple[int, Entity]] = []  # (position, entity) of person/org mentions
        self._excluded = excluded
        self._sorted: list[tuple[int, Entity]] = []
        self._sorted_len = -1
        self._excluded_starts = [r[0] for r in excluded]
        self._prepass(body, limit)

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_left(self._excluded_starts, pos + 1) - 1
        return i >= 0 and self._excluded[i][0] <= pos < self._excluded[i][1]

    def _prepass(self, body: str, limit: int) -> None:
        """Full names anywhere in the article: a first name, a role or an honorific, then capitals."""
        for m in _CAP_RUN.finditer(body, 0, limit):
            run = m.group(0)
            segment = [(w.group(0), m.start() + w.start()) for w in _NON_SPACE.finditer(run)]
            before = body[max(0, m.start() - 30) : m.start()].split()
            self._names_in(segment, before[-1] if before else "")

    def _names_in(self, segment: list[tuple[str, int]], prev: str) -> None:
        lex = self.lex
        words = [w for w, _ in segment]
        offsets = [at for _, at in segment]
        k = 0
        if prev and (is_role(prev, lex) or prev in lex.honorifics) and len(words) >= 2 and _is_cap(words[1]):
            gender = "f" if prev in lex.female_markers else "m" if prev in lex.male_markers else None
            gender = gender or _first_name_gender(words[0])
            entity = self._add(" ".join(w.rstrip(".") for w in words[:2]), "person", prev, gender)
            if not self._inside_quote(offsets[0]):
                self.timeline.append((offsets[0], entity))
            return
        while k < len(words) - 1:
            word = words[k].rstrip(".") if len(words[k]) > 2 else words[k]
            low = word.lower()
            gender = "f" if low in FIRST_NAMES_F else "m" if low in FIRST_NAMES_M else None
            cue = gender is not None
            role = None
            if not cue and (is_role(word, lex) or word in lex.honorifics):
                if word in lex.honorifics:
                    gender = "f" if word in lex.female_markers else "m" if word in lex.male_markers else None
                else:
                    role_words = [w for w in words[: k + 1]]
                    role = " ".join(w for w in role_words if w not in lex.cap_stop) or None
                k += 1
                cue = True
            if not cue:
                k += 1
                continue
            name = []
            j = k
            while j < len(words) and len(name) < 4:
                w = words[j]
                if not (_is_cap(w) or _is_initial(w)) or w in lex.cap_stop:
                    break
                name.append(w.rstrip(".") if len(w) > 2 else w)
                j += 1
                if (
                    len(name) >= 2
                    and not _is_initial(name[-1])
                    and (j >= len(words) or not _is_initial(words[j]))
                ) and not (j < len(words) and words[j].lower() in FIRST_NAMES_M | FIRST_NAMES_F):
                    break
            if len(name) >= 2 and not _is_initial(name[-1]) and not any(w.lower() in ORG_HEADS for w in name):
                entity = self._add(" ".join(name), "person", role, gender)
                if not self._inside_quote(offsets[k]):
                    self.timeline.append((offsets[k], entity))
            k = max(j, k + 1)

    def _add(self, name: str, kind: str, role: str | None, gender: str | None) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            entity = Entity(name, kind, role, gender)
            self.entities[name] = entity
            if kind == "person" and " " in name:
                self.by_surname.setdefault(name.split()[-1].lower(), []).append(entity)
        else:
            entity.role = entity.role or role
            entity.gender = entity.gender or gender
        return entity

    def _surname(self, word: str) -> Entity | None:
        low = word.lower()
        hits = self.by_surname.get(low)
        if hits and len(hits) == 1:
            return hits[0]
        if len(low) >= 5:  # inflected surnames: Пескова -> Песков, Merkels -> Merkel
            for surname, found in self.by_surname.items():
                close = len(found) == 1 and len(surname) >= 4 and abs(len(surname) - len(low)) <= 2
                if close and (low.startswith(surname) or surname.startswith(low)):
                    return found[0]
        return None

    def resolve(self, mention: Mention, pos: int) -> tuple[str | None, str | None, list[str]]:
        """(speaker, role, speakers) for a mention at body position pos."""
        kind = mention.kind
        if kind == "pronoun":
            entity = self._pronoun(mention.gender, pos)
            if entity is None:
                return None, None, []
            return (
                entity.name,
                entity.role,
                entity.name.split(" and ") if entity.kind == "group" else [entity.name],
            )
        if kind == "role":
            entity = self._by_role(mention.role or "", pos)
            if entity is not None:
                return entity.name, entity.role, [entity.name]
            return None, mention.role, []
        if kind == "group":
            names = [self._person(n, None, mention.gender, pos).name for n in mention.names]
            entity = self._add(" and ".join(names), "group", mention.role, "pl")
            self.timeline.append((pos, entity))
            return entity.name, mention.role, names
        if kind == "generic":
            name = mention.name or mention.phrase
            entity = self._add(name, "generic", mention.role, "pl" if name.endswith("s") else "n")
            self.timeline.append((pos, entity))
            return name, mention.role, [name]
        name = mention.name or mention.phrase
        if kind == "person":
            entity = self._person(name, mention.role, mention.gender, pos)
        else:
            entity = self._add(_strip_article(name), kind, mention.role, "n")
            self.timeline.append((pos, entity))
        return entity.name, entity.role or mention.role, [entity.name]

    def _person(self, name: str, role: str | None, gender: str | None, pos: int) -> Entity:
        words = name.split()
        if len(words) == 1:
            found = self._surname(words[0])
            if found is not None:
                found.role = found.role or role
                found.gender = found.gender or gender
                self.timeline.append((pos, found))
                return found
        entity = self._add(name, "person", role, gender)
        self.timeline.append((pos, entity))
        return entity

    def _by_role(self, role: str, pos: int) -> Entity | None:
        heads = {w.lower() for w in role.split() if is_role(w, self.lex)}
        if not heads:
            return None
        for at, entity in reversed(self.timeline):
            if at < pos and entity.role and heads & {w.lower() for w in entity.role.split()}:
                return entity
        return None

    def _latest_first(self) -> list[tuple[int, Entity]]:
        if self._sorted_len != len(self.timeline):
            self._sorted = sorted(self.timeline, key=lambda x: x[0], reverse=True)
            self._sorted_len = len(self.timeline)
        return self._sorted

    def _pronoun(self, gender: str | None, pos: int) -> Entity | None:
        if gender in ("m", "f"):
            # a person known to be of that gender wins over the latest person of unknown gender
            for at, entity in self._latest_first():
                if (
                    at < pos
                    and not self._inside_quote(at)
                    and entity.kind == "person"
                    and entity.gender == gender
                ):
                    return entity
        for at, entity in self._latest_first():
            if at >= pos or self._inside_quote(at):
                continue
            if gender in ("m", "f"):
                if entity.kind == "person" and entity.gender in (gender, None):
                    return entity
            elif gender == "pl":
                if (
                    entity.kind in ("group", "generic", "org", "outlet") and entity.gender != "n"
                ) or entity.kind in ("org", "outlet"):
                    return entity
            elif gender == "fpl":
                if (entity.kind == "person" and entity.gender in ("f", None)) or entity.kind in (
                    "group",
                    "org",
                ):
                    return entity
            elif gender == "n" and entity.kind in ("org", "outlet", "generic"):
                return entity
        return None


def _strip_article(name: str) -> str:
    for article in ("The ", "the "):
        if name.startswith(article):
            return name[len(article) :]
    return name
