"""Speaker phrases as written: find the phrase next to a cue ("US Secretary of State John Kerry
said", "said Kerry, the US envoy", "Many in the crowd said") and split it into role, name and kind
(person, organisation, outlet, group, generic, role, pronoun).  No look-up across the article: that
is coreference.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import ENGLISH, ORG_HEADS, OUTLET_HEADS, OUTLET_PHRASES, OUTLETS, RANKS, Lexicon
from .names import _FIRST_NAMES, FIRST_NAMES_F, FIRST_NAMES_M

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_AND = frozenset({"and", "&", "и", "und", "et", "y"})
_DASHES = frozenset("-–—")
_ASIDE_STOP = frozenset('.;:!?"“”«»')
_WHO = frozenset({"who", "whose", "whom", "which", "der", "die", "qui", "que", "который", "которая"})
_MAX_PHRASE = 14
_FIRST_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ASIDES = frozenset("however though meanwhile too also though instead nevertheless therefore".split())
# English time phrases between a subject and its verb: "Trump on Tuesday said", "Priebus later
# Thursday told", "The department less than two weeks ago said", "Fact-checkers soon noted"
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DAY_LEAD = frozenset("on late early last this next later earlier".split())
_DAY_TAIL = frozenset("night morning afternoon evening".split())
_AGO = frozenset(
    """ago weeks week days day months month years year hours hour minutes a an few several two three
    four five six seven eight nine ten less more than about nearly just only some""".split()
)
_PERIOD_LEAD = frozenset("last this earlier later".split())
_PERIODS = frozenset("week month year weekend".split())
_SPANS = frozenset("minute hour day week month year".split())  # "a month later", "two days earlier"
_TIME_WORDS = frozenset("soon ago today yesterday tonight week month year weekend later earlier".split())


class Token:
    """A word or punctuation mark and its span in the body.  A plain class, not a dataclass: compiled
    (setup.py), its constructor is native code; a dataclass's generated one stays interpreted."""

    __slots__ = ("end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (
            other.text,
            other.start,
            other.end,
        )

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


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


# abbreviations that keep their full stop as a token: the English titles and ranks ("Sen.", "Lt."),
# and others written before names
_DOTTED = frozenset(h[:-1] for h in ENGLISH.honorifics if h.endswith(".")) | frozenset(
    "Sr Sra Srta St Jr Rev M Mme".split()
)


def tokens(body: str, start: int, end: int) -> list[Token]:
    out = [Token(m[0], m.start(), m.end()) for m in _TOKEN.finditer(body, start, end)]
    if body.find(".", start, end) < 0:
        return out
    fixed = []
    for tok in out:
        text = tok.text
        if text[-1] == "." and len(text) > 2 and text[:-1] not in _DOTTED and "." not in text[:-1]:
            fixed.append(Token(text[:-1], tok.start, tok.end - 1))
            fixed.append(Token(".", tok.end - 1, tok.end))
        else:
            fixed.append(tok)
    return fixed


_STOPS = frozenset(".;!?")
_SUBJECT_TAIL = frozenset("speaking talking spoke talked".split())
_DESCRIBED_NAME = re.compile(
    r"([a-z][a-z-]{2,})(?:[ \t]+([a-z][a-z-]{2,}|[A-Z][a-z]+[ \t]+[a-z][a-z-]{2,}))?[ \t]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})"
    r"(?=[.,;]|[ \t]+of[ \t]+[A-Z]|$)"
)  # "said retired surgeon Ann Lee.", "said undecided Republican voter Ann Lee of Dover,"
_NOT_ROLE_WORDS = frozenset(
    """the and for with from about into that this those these than then there their they them was
    were are has had have will would could should not also only just but after before during since
    until while when where which who whom what said says told asked added more most many much some
    such very even still yet again already later earlier today yesterday tonight""".split()
)
_PREPOSITIONS = frozenset("in at of from for on to with by into near across".split())
_PARTY_WORDS = frozenset("Republican Democrat Independent Conservative Labour Liberal Socialist".split())
_PHRASE_OPENERS = frozenset(",;:(—–\"“”'‘’«»")


def _tokens_to_stop(body: str, start: int, end: int) -> list[Token]:
    """tokens(body, start, end) up to the first ".", ";", "!" or "?" token: parse_after reads no
    further (a speaker phrase and its apposition end there), and the window may run on for
    sentences."""
    out = []
    for m in _TOKEN.finditer(body, start, end):
        text = m[0]
        if text[-1] == "." and len(text) > 2 and text[:-1] not in _DOTTED and "." not in text[:-1]:
            out.append(Token(text[:-1], m.start(), m.end() - 1))
            out.append(Token(".", m.end() - 1, m.end()))
            return out
        out.append(Token(text, m.start(), m.end()))
        if text in _STOPS:
            return out
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _plural_noun(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith("ss")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


_AGE = re.compile(r"\d{1,3}-year-old$")


_ROLE_CACHE: dict[str, dict[str, bool]] = {}


def is_role(word: str, lex: Lexicon) -> bool:
    cache = _ROLE_CACHE.get(lex.code)
    if cache is None:
        cache = _ROLE_CACHE[lex.code] = {}
    known = cache.get(word)
    if known is None:
        known = _is_role(word, lex)
        if len(cache) < 50_000:
            cache[word] = known
    return known


def _is_role(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return False
    if low in lex.roles:
        return True
    if low[:1].isdigit() and _AGE.match(low):
        return True  # "the 21-year-old told ..."
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
    # "former Idaho governor Jed Harlan", "former Obama adviser David Axelrod"
    return (
        len(following) > 2 and _is_cap(following[0]) and is_role(following[1], lex) and _is_modifier(tok, lex)
    )


def parse_before(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that ends right before body[end] (the cue), looking back no further
    than start.  Handles pronouns, role + name, appositives ("Kerry, the US envoy, said")."""
    space = body.rfind(" ", start, end - 1)
    if space >= 0:
        word = body[space + 1 : end].rstrip()
        pronoun = _pronoun_of(word, lex)
        if pronoun is not None:  # "…, he said": the commonest case, no tokenising needed
            at = space + 1
            return Mention(at, at + len(pronoun), pronoun, kind="pronoun", gender=lex.pronouns[pronoun])
        if (
            word.isalpha()
            and word.islower()
            and not _may_end_speaker(word, lex)
            and not (lex.code == "en" and word in _TIME_WORDS)
            and word != "both"
        ):
            return None  # "… and said", "… who said": no speaker ends here, nothing to tokenise
    return _parse_before(body, tokens(body, start, end), lex)[0]


def _skip_time_and_label(toks: list[Token], i: int, lex: Lexicon) -> int:
    """Skip back over what English news puts between a subject and its verb: a time phrase ("on
    Tuesday", "later Thursday", "two weeks ago", "last week", "soon") and a party label or acronym in
    brackets ("Sen. Mara Quill (R-Ore.) said", "the Office for National Statistics (ONS) said")."""
    for _ in range(3):
        start = i
        text = toks[i].text
        if text == ")" and i >= 2:
            k = i - 1
            while k > 0 and i - k <= 6 and toks[k].text != "(":
                k -= 1
            if toks[k].text == "(" and k > 0 and i - k > 1:
                i = k - 1
        elif text == "soon":
            i -= 1
        elif text in _DAY_TAIL and i > 0 and toks[i - 1].text in _DAYS:
            i -= 1
            continue
        elif text in _DAYS:
            i -= 1
            if i > 0 and toks[i].text.lower() in _DAY_LEAD:
                i -= 1
        elif text == "ago":
            k = _back_over_amount(toks, i, 5)
            if i - k >= 2:
                i = k
        elif text in _PERIODS and i > 1 and toks[i - 1].text in _PERIOD_LEAD:
            i -= 2
        elif (
            text.rstrip("s") in _SPANS and i > 1 and (toks[i - 1].text in _AGO or toks[i - 1].text.isdigit())
        ):
            k = _back_over_amount(toks, i, 3)  # "When Fiorina a month later announced …" ("later" skipped)
            if toks[k].text in _PREPOSITIONS:
                return i  # ("The employee of nearly four years": the span belongs to the noun phrase)
            i = k
        while i >= 0 and toks[i].text.lower() in lex.skip_before:
            i -= 1
        if i == start or i < 1:
            return i
    return i


def _both_after_subject(toks: list[Token], i: int) -> bool:
    """Is toks[i] a "both" that follows a subject ("They both said"), not one that opens it ("And both
    vowed", "Both said")?"""
    return (
        toks[i].text == "both"
        and i > 0
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.lower() not in ("and", "but", "or", "so", "yet", "while", "as", "when")
    )


def _back_over_amount(toks: list[Token], i: int, longest: int) -> int:
    """The index of the token before the amount that ends at toks[i - 1] ("a few", "two", "30"),
    read back over at most ``longest`` tokens."""
    k = i - 1
    while k > 0 and i - k <= longest and (toks[k].text in _AGO or toks[k].text.isdigit()):
        k -= 1
    return k


def _may_end_speaker(word: str, lex: Lexicon) -> bool:
    """Can a lower-case word be the last of a speaker phrase ("police", "spokesman"), or be
    skipped on the way back to one ("also")?  If not, _parse_before finds no speaker."""
    return word in lex.skip_before or word in lex.generic or word in lex.honorifics or is_role(word, lex)


def _parse_before(body: str, toks: list[Token], lex: Lexicon) -> tuple[Mention | None, bool]:
    """(mention, final): final is False when a longer look-back could change the answer."""
    i = len(toks) - 1
    if i >= 3 and toks[i].text == "," and toks[i - 2].text == "," and toks[i - 1].text.lower() in _ASIDES:
        i -= 3  # "Supporters, however, say ..."
    if i >= 3 and toks[i].text in _DASHES:
        # "Marla Quince - who founded the charity - said": the speaker is before the aside
        k = i - 2
        while k > 0 and i - k <= 24 and toks[k].text not in _DASHES and toks[k].text not in _ASIDE_STOP:
            k -= 1
        if k < 1 or toks[k].text not in _DASHES or not toks[k - 1].text[-1:].isalnum():
            return None, i - k > 24
        return _parse_before(body, toks[:k], lex)[0], False
    while i >= 0 and (toks[i].text.lower() in lex.skip_before or _both_after_subject(toks, i)):
        i -= 1  # ("They both said", "Trump and Sanders have both argued": "both" after a subject)
    if lex.code == "en" and i > 0:
        i = _skip_time_and_label(toks, i, lex)
    if i < 0:
        return None, False
    word = toks[i].text
    pronoun = _pronoun_of(word, lex)
    if pronoun is not None:
        at = toks[i].start
        return Mention(at, at + len(pronoun), pronoun, kind="pronoun", gender=lex.pronouns[pronoun]), True
    if word == ",":
        found = _appositive(body, toks, i, lex)
        if found is None and lex.code == "en":
            found = _after_place(body, toks, i, lex)
        return found, False
    first = _collect_back(toks, i, lex)
    if first is None:
        return None, i > 2
    first = _affiliated_name(toks, first, lex)
    if first > 1 and toks[first - 1].text in ("to", "with") and toks[first - 2].text.lower() in _SUBJECT_TAIL:
        return None, False  # "… speaking to Fox News said": the addressee, not the speaker
    mention = analyse(body, toks[first].start, toks[i].end, lex, toks[first : i + 1])
    if (
        mention is not None
        and 0 < first <= 4
        and (mention.kind == "role" or (mention.kind == "person" and mention.role))
    ):
        _widen_role(body, toks, first, mention, lex)
    return mention, False


def _widen_role(body: str, toks: list[Token], first: int, mention: Mention, lex: Lexicon) -> None:
    """'"…," fire service spokesman Yannis Artopios said', '"…," one campaign source said', '"…," the
    Senate minority leader said': words that reach back from the role to where the phrase can begin
    (the quotation, a comma) belong to the role (lower-case words, capitalised ones, one opening
    determiner or number)."""
    k = first
    while k > 0 and first - k < 3:
        text = toks[k - 1].text
        if not text.isalpha() or text in lex.skip_before or text.lower() in _NP_BREAK:
            break
        if text in lex.determiners or text.lower() in _NOMINAL_OPENERS:
            k -= 1
            break
        if not (text.islower() or (_is_cap(text) and text not in lex.cap_stop)):
            break
        k -= 1
    if k == first or not (k == 0 or toks[k - 1].text in _PHRASE_OPENERS):
        return
    lead = toks[k].text
    widened = body[toks[k + 1 if lead in lex.determiners else k].start : toks[first].start]
    mention.role = (widened + (mention.role or "")).strip() or None
    mention.start = toks[k].start
    mention.phrase = body[mention.start : mention.end]


def _affiliated_name(toks: list[Token], first: int, lex: Lexicon) -> int:
    """Tomas Brezina at consultancy Halberd Partners said": extend the phrase found ("Halberd
    Partners") back over "NAME at/of <one or two lower-case words>" when a name precedes."""
    j = first - 1
    lower = 0
    while j >= 0 and lower < 2 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].text in ("at", "of", "from", "for", "with"):
            break
        lower += 1
        j -= 1
    if j < 1 or toks[j].text not in ("at", "of", "from", "for", "with") or not lower:
        return first
    k = j - 1
    caps = 0
    while k >= 0 and caps < 3 and _is_cap(toks[k].text) and toks[k].text not in lex.cap_stop:
        caps += 1
        k -= 1
    if caps < 2:
        return first
    return k + 1


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
            # "the water authority", "a police spokeswoman", "a Clinton campaign spokesman": noun
            # modifiers after a determiner
            for back in (1, 2, 3):
                k = j - back + 1
                if (
                    k - 1 >= 0
                    and toks[k - 1].text in lex.determiners
                    and all(
                        toks[x].text.isalpha()
                        and (
                            toks[x].text.islower()
                            or (_is_cap(toks[x].text) and toks[x].text not in lex.cap_stop)
                        )
                        for x in range(k, j + 1)
                    )
                ):
                    return k - 1 if k - 1 <= i else first
        break
    if first is None:
        return None
    while first <= i and (toks[first].text in lex.connectors or toks[first].text.lower() in _AND):
        first += 1
    return first if first <= i else None


def _after_place(body: str, toks: list[Token], comma: int, lex: Lexicon) -> Mention | None:
    """ "Cory Jaynes, 22, of Flint, Mich., said", "X, a retired nurse in Allentown, Pa., said": a state
    or country after the place of an appositive ends it; the appositive before it is read."""
    k = comma - 1
    if k > 0 and toks[k].text == ".":
        k -= 1
    caps = 0
    while k > 0 and caps < 2 and _is_cap(toks[k].text) and toks[k].text not in lex.cap_stop:
        k -= 1
        caps += 1
    if not caps or k < 3 or toks[k].text != "," or not _is_cap(toks[k - 1].text):
        return None
    mention = _appositive(body, toks, k, lex)
    if mention is not None:
        if mention.role:
            mention.role = body[body.find(mention.role, toks[0].start) : toks[comma - 1].end] or mention.role
        mention.end = toks[comma - 1].end
    return mention


def _appositive(body: str, toks: list[Token], comma: int, lex: Lexicon) -> Mention | None:
    """NAME , APPOSITIVE , <cue>: "John Kerry, the US Secretary of State, said"."""
    j = comma - 1
    while j >= 0 and toks[j].text != "," and comma - j <= 16:
        if toks[j].text in '.;:!?"“”«»':
            return None
        j -= 1
    if j < 1 or toks[j].text != "," or j == comma - 1:
        return None
    if toks[j - 1].text == ")":
        # "Rob Portland (R-Ohio), another vulnerable incumbent, said": the label is skipped
        k = j - 2
        while k > 0 and j - k <= 7 and toks[k].text != "(":
            k -= 1
        if k > 0 and toks[k].text == "(":
            toks = toks[:k] + toks[j:]
            comma -= j - k
            j = k
    inner = toks[j + 1 : comma]
    head = inner[0].text
    if len(inner) == 1 and head.isdigit() and len(head) <= 3:
        # "Kerry Ansell, 41, said": an age between the name and the verb
        first = _collect_back(toks, j - 1, lex)
        if first is None:
            return None
        mention = analyse(body, toks[first].start, toks[j - 1].end, lex, toks[first:j])
        if mention is None or mention.kind not in ("person", "role"):
            return None
        mention.end = toks[comma - 1].end
        return mention
    if all(_is_cap(t.text) or _is_initial(t.text) for t in inner) and len(inner) <= 4:
        # "the county's chief engineer, Mark Delaney, said"
        first = _collect_back(toks, j - 1, lex)
        if first is None:
            return None
        role_mention = analyse(body, toks[first].start, toks[j - 1].end, lex, toks[first:j])
        if role_mention is None or (
            role_mention.kind not in ("role", "generic") and role_mention.role is None
        ):
            return None
        if (
            first > 2
            and toks[first - 1].text == ","
            and toks[j - 1].text.lower() in _BODY_HEADS
            and inner[0].text.lower() not in _FIRST_NAMES
        ):
            # "Gia Vian, the editor of the Vatican's newspaper, L'Osservatore, said": the capitals
            # name the newspaper, and the person the description belongs to comes before it
            return _described_before(body, toks, first - 1, comma, lex)
        mention = analyse(body, inner[0].start, inner[-1].end, lex, inner)
        if mention is None:
            return None
        if role_mention.kind == "org" and role_mention.role:
            # "El presidente de la Generalitat, Pere Aragonès, dijo": the office with its body
            role_words = role_mention.phrase.split()
            while role_words and role_words[0] in lex.determiners:
                role_words.pop(0)
            mention.role = " ".join(role_words)
        else:
            mention.role = role_mention.role or role_mention.phrase
        mention.start = toks[first].start
        return mention
    if j >= 3 and toks[j - 2].text == "," and toks[j - 1].text.isdigit() and len(toks[j - 1].text) <= 3:
        j -= 2  # "Lena Ortiz, 20, a history student, said": the age before the description
    who = head.lower() in _WHO
    plain = head not in lex.determiners and not is_role(head, lex) and not _is_modifier(head, lex)
    if (
        not who
        and plain
        and not (any(is_role(t.text, lex) for t in inner) and (_is_cap(head) or head.islower()))
        # "Mara Bell, Republican of Idaho, told", "Mr. Mahon, of Ridge Capital, said"
        and not (lex.code == "en" and head in _PARTY_WORDS)
        and not (
            lex.code == "en" and head in ("of", "at", "from") and len(inner) > 1 and _is_cap(inner[1].text)
        )
    ):
        return None
    first = _collect_back(toks, j - 1, lex)
    if first is None or (
        first > 1
        and toks[first - 1].text in _PREPOSITIONS
        and not (_is_cap(toks[first - 2].text) or is_role(toks[first - 2].text, lex))
    ):
        # "…, facing a challenge in Iowa, a swing state, said": Iowa is no subject (but "US Senator
        # from Idaho James Risch, a member of …, told" is one)
        return None
    mention = analyse(body, toks[first].start, toks[j - 1].end, lex, toks[first:j])
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


#: Heads of a description that names a body, not a person ("the party's newspaper, X").
_BODY_HEADS = frozenset(
    "newspaper paper daily channel network broadcaster magazine website station agency company firm "
    "group party union organisation organization institute foundation bank ministry department".split()
)


def _described_before(
    body: str, toks: list[Token], comma: int, end_comma: int, lex: Lexicon
) -> Mention | None:
    """NAME , DESCRIPTION , <cue> where the description (toks[comma + 1 : end_comma]) may hold commas of
    its own: the person named before it, with the description as role."""
    first = _collect_back(toks, comma - 1, lex)
    if first is None or toks[first].text in lex.determiners:
        return None
    mention = analyse(body, toks[first].start, toks[comma - 1].end, lex, toks[first:comma])
    if mention is None or mention.kind != "person" or not mention.name:
        return None
    words = toks[comma + 1 : end_comma]
    if words and words[0].text in lex.determiners:
        words = words[1:]
    if mention.role is None and words:
        mention.role = body[words[0].start : words[-1].end]
    mention.end = toks[end_comma - 1].end
    return mention


_LOWER_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


def _role_follows(body: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Is a lower-case word at pos..(end of word) followed, within two lower-case words, by a role
    noun and then a capitalised name?  "said operations director Helena Marsh", "said chief
    engineer Marta Lindqvist": the words before the role belong to it."""
    for _ in range(2):
        m = _LOWER_WORD.match(body, pos, end)
        if m is None:
            return False
        word = m.group(1)
        if not word.islower():
            return False
        pos = m.end()
        if is_role(word, lex) and not word.endswith("s"):
            nxt = _LOWER_WORD.match(body, pos, end)
            return nxt is not None and nxt.group(1)[:1].isupper()
    return False


_KNOWN_AS = re.compile(
    r"(?:the|a|an)\s+(?P<desc>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}?)\s+(?:known|identified)\s+(?:only\s+)?as\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?=[\s,.;]|$)"
)


def _title_ahead(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Do up to three modifiers or capitalised words at toks[i] lead to a title or role?"""
    for k in range(i, min(len(toks), i + 4)):
        tok = toks[k].text
        if k > i and (tok in lex.honorifics or is_role(tok, lex)):
            return True
        if not (_is_modifier(tok, lex) or _is_cap(tok)) or tok in lex.honorifics:
            return False
    return False


_RELATIVE_OPENERS = frozenset("who qui que quien quienes который которая которые der die".split())


def _relative_follows(toks: list[Token], n: int) -> bool:
    """Does ", who …" follow toks[n - 1] ("…, Claire Dumas, qui a précisé …")?"""
    return toks[n].text == "," and n + 1 < len(toks) and toks[n + 1].text.lower() in _RELATIVE_OPENERS


def _ends_with_role(words: list[str], lex: Lexicon) -> bool:
    """Do words end with a role noun, maybe followed by connectors and articles ("presidente de la")?"""
    k = len(words) - 1
    while k > 0 and (words[k].lower() in lex.connectors or words[k] in lex.determiners):
        k -= 1
    return k >= 0 and is_role(words[k], lex)


_DESCRIPTION_THEN_NAME = re.compile(
    r"(?:a|an|another|one|the)\s+(?P<desc>[\w'’-]+(?:\s+[\w'’-]+){0,3}?),\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?=\s*[.,;]|\s*$)"
)


def parse_after(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that starts at body[start] (after an inverted cue: "said Kerry")."""
    mention = _parse_after(body, start, end, lex)
    if mention is None and lex.code == "en":
        described = _DESCRIPTION_THEN_NAME.match(body, start, end)
        if described is not None:
            # "said another Twitter user, Johanna Bayer.": a description, then the name in apposition
            named = analyse(body, described.start("name"), described.end("name"), lex)
            if named is not None and named.kind == "person":
                named.role = named.role or described.group("desc")
                named.start, named.phrase = start, body[start : named.end]
                return named
    return mention


def _parse_after(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    if lex.code == "en":
        known = _KNOWN_AS.match(body, start, end)
        if known is not None:
            # "said the base chief known as Bob": the name, with the description as its role
            name = known.group("name")
            return Mention(start, known.end(), body[start : known.end()], name=name, role=known.group("desc"))
    first = _FIRST_WORD.match(body, start, end)
    if first is not None:
        word = first.group(0)
        low = word.lower()
        if (
            word[0].islower()
            and word not in lex.pronouns
            and word not in lex.determiners
            and low not in lex.generic
            and low not in lex.role_modifiers
            and not is_role(word, lex)
            and not _is_modifier(word, lex)
            and not low.endswith(("'s", "’s"))
            and not _role_follows(body, first.end(), end, lex)
            and not (lex.code == "en" and low in _NOMINAL_OPENERS)
            and not (low == "retired" and _RANK_AHEAD.match(body, first.end(), end))
        ):
            if lex.code == "en" and low not in _NOT_ROLE_WORDS:
                described = _DESCRIBED_NAME.match(body, start, end)
                if described is not None and described.group(2) not in _NOT_ROLE_WORDS:
                    # "said retired neurosurgeon Ben Carson.": lower-case words, then a full name
                    # that ends the clause
                    at = described.start("name")
                    named = analyse(body, at, described.end("name"), lex)
                    if named is not None and named.kind == "person" and named.role is None:
                        named.role = body[start:at].strip()
                        named.start = start
                        named.phrase = body[start : named.end]
                        return named
            return None  # "said the talks ...", "said it ...": no speaker follows; skip tokenising
    toks = _tokens_to_stop(body, start, min(end, start + 200))
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
            or (
                (_is_modifier(tok, lex) or (low == "retired" and lex.code == "en"))
                and i + 1 < len(toks)
                and (
                    is_role(toks[i + 1].text, lex)
                    # "said former Obama adviser David Axelrod"
                    or (i + 2 < len(toks) and _is_cap(toks[i + 1].text) and is_role(toks[i + 2].text, lex))
                    or toks[i + 1].text in lex.honorifics  # "said former Gov. Tom Baker"
                    # "said former state Gov. Jim Hodges", "said former South Carolina Gov. …"
                    or _title_ahead(toks, i + 1, lex)
                    or toks[i + 1].text in _PARTY_WORDS  # "said ranking Democrat Ann Cole"
                )
            )
            or (tok.isalpha() and tok.islower() and _role_follows(body, toks[i].end, end, lex))
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
        if lex.code in ("ru", "de", "fr", "es") and tok.islower() and _ends_with_role(words, lex):
            # "заявил глава госкорпорации Юрий Борисов", "dijo el presidente de la confederación,
            # Andrés Calvo": the role's affiliation, then the name
            k = i
            while k < len(toks) and k - i < 3 and toks[k].text.isalpha() and toks[k].text.islower():
                k += 1
            if k + 1 < len(toks) and _is_cap(toks[k].text) and _is_cap(toks[k + 1].text):
                words.extend(t.text for t in toks[i:k])
                i = k
                continue
            if k > i and k + 1 < len(toks) and toks[k].text == "," and _is_cap(toks[k + 1].text):
                # "a déclaré sa secrétaire générale, Nadia Benali": the role ends, the name follows
                words.extend(t.text for t in toks[i:k])
                last = k - 1
        break
    if last < 0:
        return _nominal_after(body, toks, lex) if lex.code == "en" else None
    if (
        lex.code == "en"
        and toks[0].text.lower() in _INDEFINITE
        and last >= 1
        and all(_is_cap(t.text) for t in toks[1 : last + 1])
        and last + 1 < len(toks)
        and toks[last + 1].text.isalpha()
        and toks[last + 1].text.islower()
        and _names_people(toks[last + 1].text, lex)
    ):
        # "said a Clinton supporter", "said an Iowa Democratic official": a description whose
        # capitalised words modify its head, not a person of that name
        description = _nominal_after(body, toks, lex)
        if description is not None:
            return description
    mention = analyse(body, toks[0].start, toks[last].end, lex, toks[: last + 1])
    if mention is None:
        return None
    k = last + 1
    if mention.kind in ("role", "org", "generic") and k + 1 < len(toks) and toks[k].text == ",":
        # "declaró el portavoz del Gobierno, Andrés Vidal."
        n = k + 1
        while n < len(toks) and (_is_cap(toks[n].text) or _is_initial(toks[n].text)) and n - k <= 4:
            n += 1
        if n > k + 1 and (n >= len(toks) or toks[n].text in ".;!?" or _relative_follows(toks, n)):
            named = analyse(body, toks[k + 1].start, toks[n - 1].end, lex, toks[k + 1 : n])
            if named is not None and named.kind == "person":
                role_words = mention.phrase.split()
                while role_words and role_words[0] in lex.determiners:
                    role_words.pop(0)  # "el presidente de la Generalitat" -> "presidente de la Generalitat"
                named.role = " ".join(role_words)
                named.start = mention.start
                return named
    # "said John Kerry, the US Secretary of State."
    if mention.role is None and k + 1 < len(toks) and toks[k].text == ",":
        inner: list[Token] = []
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


# -- English nominal speakers after an inverted cue: '"…," said a longtime party data expert' ---------
_NOMINAL_OPENERS = frozenset("one another two three four five several some many both".split())
_NOMINAL_STOP = frozenset(
    """, . ; : ! ? who whom whose which that in on at after during when while as from to with familiar
    close than""".split()
)
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ive|ate)s?$")
_PERSON_NOUNS = frozenset(
    """man men woman women boy boys girl girls person people child children mother father son daughter
    wife husband friend friends neighbour neighbor neighbours neighbors voice""".split()
)


#: "said retired Army Lt. Gen. Mick Bednarek": a rank, perhaps after its service, then the name.
_RANK_AHEAD = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:" + "|".join(r[:-1] for r in sorted(RANKS)) + r")\.\s"
)
_PARTICIPLE_TAIL = re.compile(r"[a-z]{3,}ed$")
_CLAUSE_PUNCT = frozenset(",.;:!?")


def _names_people(head: str, lex: Lexicon) -> bool:
    """Can a description with this head noun speak (a role, a group, a person noun)?"""
    low = head.lower()
    return (
        is_role(head, lex)
        or low in lex.generic
        or (low.endswith("s") and is_role(low[:-1], lex))
        or (_is_cap(head) and low.endswith(("an", "ans", "crat", "crats")))  # Republican, Democrats
        or low in _PERSON_NOUNS
        or (head.islower() and len(low) > 4 and _PERSON_SUFFIX.search(low) is not None)
    )


def _nominal_after(body: str, toks: list[Token], lex: Lexicon) -> Mention | None:
    """A description after an inverted cue ("said a longtime party data expert who …", "said one of
    those advisers, who …", "said another leading advocate, Lena Marsh of …", "said the younger Mr.
    Pell"): read to the first clause or sentence boundary; the head must name a person or group."""
    if not toks:
        return None
    first = toks[0].text
    if first not in lex.determiners and first.lower() not in _NOMINAL_OPENERS:
        return None
    n = 1
    if n + 1 < len(toks) and toks[n].text == "of" and first.lower() in _NOMINAL_OPENERS:
        n = 2
        if toks[n].text in lex.determiners or toks[n].text.lower() in ("those", "these"):
            n += 1
    while n < len(toks) and n < 9:
        text = toks[n].text
        if text.lower() in _NOMINAL_STOP or not _NP_WORD.match(text):
            break
        if text in lex.honorifics and n + 1 < len(toks) and _is_cap(toks[n + 1].text):
            # "said the younger Mr. Pell": the person, named after the description
            named = parse_after(body, toks[n].start, toks[-1].end, lex)
            if named is not None and named.kind == "person":
                named.role = named.role or " ".join(t.text for t in toks[1:n]) or None
            return named
        n += 1
    if n < 2 or n >= len(toks) + 1:
        return None
    stop = toks[n].text if n < len(toks) else "."
    if stop.lower() not in _NOMINAL_STOP:
        return None  # "said the talks would resume": no description ends here
    heads = [toks[n - 1].text]
    if n >= 3 and _PARTICIPLE_TAIL.match(toks[n - 1].text) and _names_people(toks[n - 2].text, lex):
        # "said one Republican involved in the planning, who …": the head, then a participle phrase
        # that runs to the clause's end
        heads.append(toks[n - 2].text)
        k = n
        while (
            k < len(toks)
            and k - n < 6
            and toks[k].text not in _CLAUSE_PUNCT
            and toks[k].text.lower() != "who"
        ):
            k += 1
        if k == len(toks) or toks[k].text in _CLAUSE_PUNCT or toks[k].text.lower() == "who":
            n, stop = k, (toks[k].text if k < len(toks) else ".")
    of = next((k for k in range(1, n - 1) if toks[k].text == "of" and k > 1), None)
    if of is not None:
        heads.append(toks[of - 1].text)  # "said one owner of a shop that …": the owner
    if not any(_names_people(head, lex) for head in heads):
        return None
    phrase_end = toks[n - 1].end
    if stop == "," and n + 1 < len(toks):
        # "said another leading advocate, Lena Marsh of the law firm …": the name after the comma
        k = n + 1
        while k < len(toks) and (_is_cap(toks[k].text) or _is_initial(toks[k].text)) and k - n <= 4:
            k += 1
        if k > n + 2 and (k >= len(toks) or toks[k].text in (".", ";", "of", "at", ",")):
            named = analyse(body, toks[n + 1].start, toks[k - 1].end, lex, toks[n + 1 : k])
            if named is not None and named.kind == "person":
                named.role = named.role or " ".join(t.text for t in toks[1:n])
                named.start = toks[0].start
                return named
    words = toks[:n]
    mention = Mention(toks[0].start, phrase_end, body[toks[0].start : phrase_end])
    mention.kind = "generic"
    mention.name = _LEADING_DETERMINER.sub("", mention.phrase)
    _gender_from([t.text for t in words], mention, lex)
    return mention


def analyse(body: str, start: int, end: int, lex: Lexicon, toks: list[Token] | None = None) -> Mention | None:
    """Split a speaker phrase into role and name and guess what it is (toks: its tokens, if known)."""
    phrase = body[start:end]
    words = [t.text for t in (toks if toks is not None else tokens(body, start, end))]
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    written = words[:]  # as written: "direction de l'aéroport" keeps its elided article
    if "'" in phrase or "’" in phrase:
        words = [_ELISION.sub("", w) or w for w in words]
    had_det = False
    while words and words[0] in lex.determiners:
        words.pop(0)
        had_det = True
    written = words[:1] + written[len(written) - len(words) + 1 :]  # "l'entreprise" is "entreprise"
    if not words:
        return None
    mention = Mention(start, end, phrase)
    _gender_from(words, mention, lex)
    rank = -1 if RANKS.isdisjoint(words) else max(h for h, w in enumerate(words) if w in RANKS)
    if 0 <= rank < len(words) - 1 and all(_is_cap(w) for w in words[rank + 1 :]):
        # "retired Army Lt. Gen. Mick Bednarek": the rank and what comes before it are the role
        at = (
            phrase.rfind(" " + words[rank + 1] + " ") + 1
            if len(words) - rank > 2
            else phrase.rfind(words[-1])
        )
        inner = analyse(body, start + at, end, lex) if at > 0 else None
        if inner is not None and inner.kind == "person":
            inner.start, inner.phrase = start, phrase
            inner.role = " ".join(words[: rank + 1])
            return inner
    for h in range(1, len(words) - 1):
        if words[h] in lex.honorifics:
            # "Lib Dem Sir Ivor Pask": capitalised words before an honorific are an affiliation
            at = phrase.find(" " + words[h] + " ")
            if (
                at > 0
                and all(_is_cap(w) and not is_role(w, lex) for w in words[:h])
                and all(_is_cap(w) for w in words[h + 1 :])
            ):
                inner = analyse(body, start + at + 1, end, lex)
                if inner is not None and inner.kind == "person":
                    inner.start, inner.phrase = start, phrase
                    inner.role = inner.role or " ".join(words[:h])
                    return inner
            break
    n_words = len(words)
    words = [w for w in words if w not in lex.honorifics]
    honorific = n_words != len(words)
    if not words:
        return None
    role_at = -1
    for k, w in enumerate(words):
        if k == 0 and len(words) == 2 and _is_cap(w) and words[1].lower() in ORG_HEADS:
            break  # "General Motors", "General Electric": a company, not a rank and a surname
        if is_role(w, lex) and not _is_cap_name_like(words, k, lex):
            if honorific and k == len(words) - 1 and _is_cap(w):
                continue  # "Mr King", "Dr Major": a surname
            role_at = k
    if role_at >= 0:
        rest = words[role_at + 1 :]
        of = rest.index("of") if "of" in rest else -1
        if (
            2 <= of <= 3
            and rest[0].lower() in _FIRST_NAMES
            and all(_is_cap(w) for w in rest[:of])
            and rest[of + 1 :]
            and all(_is_cap(w) for w in rest[of + 1 :])
        ):
            # "Foreign Minister Anna Berg of Norlandia": the person, and the office with its country
            mention.name = " ".join(rest[:of])
            mention.role = " ".join(words[: role_at + 1] + rest[of:])
            mention.kind = "person"
            return mention
        caps = _trailing_caps(rest, lex)
        name_len = _name_length(caps)
        if len(caps) == 3 and name_len == 3 and len(rest) > 3 and not any(_is_initial(w) for w in caps):
            name_len = 2  # "Secretary of State John Kerry"
        name_words = caps[len(caps) - name_len :] if name_len else []
        before_name = words[len(words) - len(name_words) - 1] if name_words else ""
        if name_words and (before_name in lex.connectors or before_name in lex.determiners):
            name_words = []  # "el portavoz del Gobierno", "a spokesman for the Ministry": no person
        role_words = words[: len(words) - len(name_words)]
        mention.role = " ".join(role_words) or None
        if name_words:
            mention.name = " ".join(name_words)
            mention.kind = "person"
        else:
            tail = [w for w in rest if w.lower() not in lex.connectors and w not in lex.determiners]
            minister_of = (
                lex.code in ("fr", "es")
                and words[role_at].lower().startswith(("ministr", "ministe"))
                and len(tail) == 1
                and rest[:1]
                and rest[0].lower() in lex.connectors | {"des"}
            )
            if minister_of:
                # "Le ministre des Transports": an office (the minister of transport), not an organisation
                mention.kind = "role"
                mention.role = " ".join(words)
                mention.name = None
            elif (
                tail
                and any(_is_cap(w) or w.lower() in lex.generic for w in tail)
                and not any(w[:1].isdigit() for w in tail)  # ("the nominee for the Nov. 8 election")
            ):
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
            if rest and rest[-1].lower() in lex.generic and len(rest) <= 3:
                # "figures from the board": the board speaks
                mention.kind = "generic"
                mention.name = " ".join(rest)
                mention.phrase = " ".join(words[c + 1 :])
                return mention
    if len(words) > 2 and words[0].lower() in lex.generic and words[1].lower() in lex.connectors:
        # "Residents of Millbrook Lane", "Workers at the plant": a group, named by its head
        mention.kind = "generic"
        mention.name = " ".join(words)
        return mention
    if not any(_is_cap(w) for w in words):
        mention.kind = "generic"
        mention.name = " ".join(written if len(written) == len(words) else words)
        return mention
    for c, w in enumerate(words[:-1]):
        if c < len(words) - 2 and w.endswith(("'s", "’s")) and all(_is_cap(x) for x in words[c + 1 :]):
            # "Entertainment Weekly's Dave Karger", "Sony's chief Jo Bell": the affiliation is the role
            mention.role = " ".join(words[: c + 1])
            words = words[c + 1 :]
            break
    lead = len(words) - 1
    while lead > 0 and _is_cap(words[lead - 1]):
        lead -= 1
    if (
        0 < lead < len(words)
        and _is_cap(words[lead])
        and words[lead - 1].isalpha()
        and words[lead - 1].islower()
        and words[lead - 1] not in lex.connectors
        and words[lead - 1].lower() not in _AND
        and not any(w in ("at", "of", "from", "for", "with") for w in words[:lead])
    ):
        # "technology firms Earthlink and Webroot": the lower-case words describe the names
        mention.role = " ".join(words[:lead])
        words = words[lead:]
    for c, w in enumerate(words):
        if (
            0 < c < len(words) - 1
            and w.lower() in _FIRST_NAMES
            and _is_cap(words[c + 1])
            and words[0].lower() not in _FIRST_NAMES
        ):
            # "Teacher Helen Ward", "Trainer Markus Roth"
            if any(x.lower() in _AND for x in words):
                continue
            mention.role = " ".join(words[:c])
            words = words[c:]
            break
    for c, w in enumerate(words):
        if (
            c >= 2
            and w.lower() in ("of", "at", "from", "for")
            and all(_is_cap(x) for x in words[:c])
            and c <= 3
            and (
                words[0].lower() in _FIRST_NAMES
                or any(not _is_cap(x) or x.lower() in ORG_HEADS for x in words[c + 1 :])
            )
            and not any(x.lower() in ORG_HEADS for x in words[:c])
        ):
            mention.role = " ".join(words[c + 1 :])  # "Amy Cole of St. Luke's Hospital"
            words = words[:c]
            break
    if lex.code == "en" and len(words) >= 3 and words[0] in _PARTY_WORDS and all(map(_is_cap, words[1:])):
        # "ranking Democrat Ann Cole", "Republican Tom Hale": the party belongs to the role
        mention.role = " ".join(w for w in (mention.role, words[0]) if w)
        words = words[1:]
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
        and not words[k].isupper()  # "CEO", "MP" stay roles
        and k > 0
        and _is_cap(words[k - 1])
        and not is_role(words[k - 1], lex)
        and not words[k - 1].endswith(("'s", "’s"))  # "Acme's Chairman"
        and (
            k == len(words) - 1
            # "Barbara Boxer of California": after a first name, a surname, whatever follows
            or (words[k - 1].lower() in _FIRST_NAMES and words[k + 1] in ("of", ","))
        )
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


_OUTLET_PHRASE = re.compile("|".join(re.escape(p) for p in OUTLET_PHRASES))
_OUTLET_BARE = frozenset(p.removeprefix("the ") for p in OUTLET_PHRASES)


def _classify(words: list[str], had_det: bool) -> str:
    low = " ".join(words).lower()
    last = words[-1].lower() if words else ""
    if low in OUTLETS or low in _OUTLET_BARE or _OUTLET_PHRASE.search(low):
        return "outlet"
    if len(words) > 1 and (
        last in OUTLET_HEADS or words[0].lower() in ("radio", "tv", "television", "channel")
    ):
        return "outlet"  # "the Harbour Gazette", "Radio Fjord"
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


def _nominal(phrase: str) -> str:
    """'The spokesman' -> 'the spokesman': a role without a name, as written."""
    phrase = " ".join(phrase.split())
    first, _, rest = phrase.partition(" ")
    if rest and first in ("The", "A", "An"):
        return f"{first.lower()} {rest}"
    return phrase


def _strip_article(name: str) -> str:
    for article in ("The ", "the "):
        if name.startswith(article):
            return name[len(article) :]
    return name


# -- English nominal subjects: "Many in the crowd said", "Trump's campaign said" ----------------------
# A subject noun phrase the role/name parser does not know is still the attribution: a description,
# a group, an organisation.  Read back from the cue to the start of its clause; every word must be
# one a noun phrase can hold (no verb, no clause word), and the phrase must open like a subject.
_NP_OPENERS = frozenset(
    """the a an many some most other others both all several few those these this that only another
    each every one two three four five six seven eight nine ten dozens hundreds thousands millions
    his her their its our my your no more fewer half nearly almost about at least roughly just over
    under around only multiple numerous various""".split()
)
_NP_BREAK = frozenset(
    """is are was were be been being am has have had do does did will would can could should may might
    must not never cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't
    met made took gave won came went got sold bought paid ran saw stood brought wrote spoke began sent
    to that which who whom whose when where while if because than though although
    since until unless whether so then there it he she they we i you him them us me what why how
    said says say told tells asked during after before but and or nor as with by into onto over
    under about against between through""".split()
)
_CLAUSE_OPENERS = frozenset(
    """but and so still yet now meanwhile however instead also then later earlier separately indeed
    moreover today yesterday even""".split()
)
_LY_NOUNS = frozenset("family ally rally italy emily kelly sally molly holly assembly".split())
# plural heads that make a lower-case noun phrase a group of people ("security specialists say",
# "law enforcement officials say", "registered voters said")
GROUP_HEADS = frozenset(
    """organizations organisations specialists opponents executives voters leaders supporters advocates
    activists lawmakers
    legislators senators aides allies advisers advisors strategists insiders historians scholars
    academics pollsters respondents parents teachers students farmers owners managers consumers
    customers citizens people immigrants agents donors delegates colleagues friends neighbors
    neighbours relatives victims survivors families nurses engineers bankers investors participants
    attendees commentators proponents backers defenders skeptics sceptics operatives veterans
    conservatives liberals progressives republicans democrats officials experts analysts critics
    economists researchers scientists investigators residents workers employees members sources
    prosecutors lawyers doctors observers campaigners protesters witnesses diplomats authorities""".split()
)
# a subordinate clause with its own subject opens after these ("while some friends say …")
_SUBORDINATORS = frozenset(
    "after before when while until because since although though once whereas as".split()
)
_RELATIVES = frozenset("which whom".split())
_QUANTIFIERS = frozenset(
    "many some most several few both all numerous".split()
)  # ("that" is as often "told X that …")
# a pronoun and "has"/"have"/"had" run together before a cue: "He's said", "They’ve argued"
_CONTRACTED_PRONOUN = re.compile(r"(He|She|It|They|We|I|he|she|it|they|we)['’](?:s|ve|d)")


def _pronoun_of(word: str, lex: Lexicon) -> str | None:
    """The pronoun ``word`` is, also run together with "has"/"have" in English ("He's" → "He")."""
    if word in lex.pronouns:
        return word
    contracted = _CONTRACTED_PRONOUN.fullmatch(word) if lex.code == "en" else None
    return contracted[1] if contracted is not None else None


_INDEFINITE = frozenset("a an one another".split())
# a noun phrase may end in an object pronoun: "a source close to him", "most of them"
_PRONOUN_OBJECTS = frozenset("him her them us".split())
_NEAR = frozenset("close closest familiar near".split())
_SHARES_OF = frozenset("most many some several few both all none each one two three half".split())
_OBJECT_ENDING = re.compile(
    rf"\b(?:(?:{'|'.join(_NEAR)})\s+(?:to|with)|(?:{'|'.join(_SHARES_OF)})\s+of)"
    rf"\s+(?:{'|'.join(_PRONOUN_OBJECTS)})\s*$",
    re.I,
)


def _heads_a_group(word: str, after: str, lex: Lexicon) -> bool:
    """Is ``word`` a lower-case person noun heading the phrase, a place or body after it ("insiders in
    New Hampshire", "a columnist for the site Pando")?  Not a spokesperson: "a spokeswoman for
    Netlane" speaks for Netlane."""
    return (
        word.islower()
        and not word.startswith("spokes")
        and _names_people(word, lex)
        and after.lower() in _HEAD_LINKS
    )


def _holds_object(prev: str, before: str) -> bool:
    """May an object pronoun follow these two words inside a noun phrase ("close to", "most of")?"""
    return (prev in ("to", "with") and before in _NEAR) or (prev == "of" and before in _SHARES_OF)


_HEAD_LINKS = frozenset("in at of from for close familiar with across around near".split())
_FILED = frozenset("filed released published issued obtained posted sent dated unveiled".split())
_POLLED = frozenset("polled surveyed questioned interviewed sampled".split())
_QUANTITY = frozenset("percent % half majority majorities third thirds quarter quarters".split())
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_NP_WORD = re.compile(r"[\w’'.&%-]+$")


def _is_cue_word(body: str, tok: Token, lex: Lexicon) -> bool:
    cue = lex.cue.match(body, tok.start)
    return cue is not None and cue.end() == tok.end


def _after_cue(body: str, toks: list[Token], n: int, lex: Lexicon) -> bool:
    """Is toks[n] ("that") the complementizer of a cue before it ("says that a chip …")?"""
    if n == 0:
        return False
    cue = lex.cue.match(body, toks[n - 1].start)
    return cue is not None and cue.end() == toks[n - 1].end


def _lower(toks: list[Token]) -> list[str]:
    return [t.text.lower() for t in toks]


def parse_nominal_before(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """English: the subject noun phrase of the cue at body[end], read back to its clause start
    (no further than start) when the role/name parser found none ("A teary-eyed Bush says",
    "Many in the crowd said", "those surveyed say", "other leading Democrats said")."""
    if lex.code != "en":
        return None
    space = body.rfind(" ", start, end - 1)
    last = body[space + 1 : end].strip().lower()
    object_ending = _OBJECT_ENDING.search(body, start, end) is not None  # "a source close to him"
    if (last in _NP_BREAK and last not in lex.skip_before and not object_ending) or (
        last.endswith("ly") and last not in _LY_NOUNS and last not in lex.skip_before
    ):
        return None  # "… and said", "… who said", "… publicly said": no noun phrase ends here
    tail = body.rfind(",", start, end)
    closed = tail > start and not body[tail + 1 : end].strip()
    if closed:
        end = tail  # "Just over a quarter, 26 percent, say": the phrase before the closing comma
        head = body.rfind(",", start, end)
        if head > start:
            # "Sussman, Clinton's top backer, said": a name, then its description
            lead = max(body.rfind(".", start, head), body.rfind("\n", start, head), start - 1) + 1
            names = tokens(body, lead, head)
            if len(names) > 3 and names[-1].text == ")" and "(" in [t.text for t in names[-6:]]:
                names = names[: max(k for k, t in enumerate(names) if t.text == "(")]  # "(R-Ohio)"
            if 1 <= len(names) <= 4 and all(_is_cap(t.text) or _is_initial(t.text) for t in names):
                named = analyse(body, names[0].start, names[-1].end, lex, names)
                if named is not None and named.kind == "person":
                    named.role = named.role or body[head + 1 : end].strip() or None
                    return named
    comma = body.rfind(",", start, end)
    while comma > start and body[comma - 1 : comma].isdigit() and body[comma + 1 : comma + 2].isdigit():
        comma = body.rfind(",", start, comma)  # ("the 12,000 job cuts": a number, not a clause)
    cut = max(comma, body.rfind(";", start, end), body.rfind(":", start, end))
    cut = max(cut, body.rfind("—", start, end), body.rfind("(", start, end), body.rfind("\n", start, end))
    dash = body.rfind(" - ", start, end)
    if dash >= 0:
        cut = max(cut, dash + 2)  # "… a careful planner - a former aide said"
    lo = max(start, cut + 1)
    toks = tokens(body, lo, end)
    while toks and (toks[-1].text.lower() in lex.skip_before or _both_after_subject(toks, len(toks) - 1)):
        toks.pop()
    if len(toks) > 1:
        toks = toks[: _skip_time_and_label(toks, len(toks) - 1, lex) + 1]
    k = 0
    while k < len(toks) and toks[k].text.lower() in _CLAUSE_OPENERS:
        k += 1
    for n in range(len(toks) - 1, k - 1, -1):
        if (
            toks[n].text.lower() == "that"
            and n + 1 < len(toks)
            and (
                toks[n + 1].text.lower() in _QUANTIFIERS
                or toks[n + 1].text in lex.determiners
                or (_is_cap(toks[n + 1].text) and toks[n + 1].text not in lex.cap_stop)
                # "a charity that prosecutors said …" (a plural: "that official said" is a demonstrative)
                or _plural_noun(toks[n + 1].text)
            )
            and not _after_cue(body, toks, n, lex)
        ):
            # "the kind of job that many economists say is the future", "a trend that the
            # foundation predicts", "so numerous that Border Patrol agents described"
            k = n + 1
            break
        if (toks[n].text.lower() in _SUBORDINATORS and not (closed and toks[n].text.lower() == "as")) or (
            (toks[n].text.lower() in _RELATIVES or (n and toks[n].text == "what"))
            and n + 1 < len(toks)
            and not _after_cue(body, toks, n, lex)
        ):
            # "… shortly after her campaign said", "though 32 percent said", "the rules, which
            # officials said …": the clause has its own subject
            k = n + 1
            break
    toks = toks[k:]
    for n in range(1, min(len(toks) - 1, 6)):
        if toks[n].text.lower() in _SUBJECT_TAIL and toks[n + 1].text.lower() in ("to", "with"):
            # "Another intelligence source speaking to Fox News said", "Officials who spoke with
            # the Herald said": the subject ends before its participle or relative clause
            toks = toks[: n - 1] if toks[n - 1].text.lower() == "who" else toks[:n]
            break
    share = _QUANTITY.intersection(_lower(toks[:4])) or _lower(toks[1:2]) == ["in"]  # "One in four voters"
    longest = 12 if share else 11 if _lower(toks[:1]) == ["the"] else 9
    if not toks or len(toks) > longest:  # ("The last man to mount a third-party race says")
        return None  # ("Some 20 percent of people in a recent county poll said": a longer share)
    for n, t in enumerate(toks):
        low = t.text.lower()
        inner = 0 < n < len(toks) - 1
        prev = toks[n - 1].text.lower() if n else ""
        if inner and (
            low in ("to", "and")
            or (low == "with" and (prev == "familiar" or "knowledge" in _lower(toks[n + 1 : n + 3])))
            or (low == "than" and prev in ("more", "fewer", "less"))
            or (low == "but" and prev in ("all", "everyone", "everybody"))  # "all but two said"
        ):
            # "people familiar with the matter told", "The last man to mount a race says",
            # "Politicians and some experts say", "People with knowledge of the plan said",
            # "More than 4 in 10 said"
            continue
        if inner and low == "," and prev.isdigit() and toks[n + 1].text.isdigit():
            continue  # "1,409 teachers said": a number
        if low in _PRONOUN_OBJECTS and n > 1 and _holds_object(prev, toks[n - 2].text.lower()):
            continue  # "a source close to him said", "people familiar with her thinking", "most of them"
        if (low in _NP_BREAK and not (low in ("about", "that") and n == 0)) or not _NP_WORD.match(t.text):
            return None  # ("That person said": a demonstrative opens the phrase)
        if n and t.text.islower() and _is_cue_word(body, t, lex):
            return None  # ("The report reveals 84% of net users say": a cue verb, no noun phrase)
        if low.endswith("ly") and low not in _LY_NOUNS and not (n == 0 and low in _NP_OPENERS):
            return None
        if low in _POLLED and n == len(toks) - 1 and n > 0 and toks[n - 1].text.endswith("s"):
            continue  # "Some 56 percent of Cuban-Americans polled said"
        if low in _FILED and n == len(toks) - 1 and n > 1 and toks[n - 1].text.islower():
            toks = toks[:n]  # "A court document filed Thursday says": the document
            break
        if (
            low.endswith("ed")
            and 0 < n < len(toks) - 1
            and (toks[n - 1].text.lower() in GROUP_HEADS or (n > 1 and _names_people(toks[n - 1].text, lex)))
            and toks[n + 1].text.lower() in ("on", "in", "at", "by", "with", "about")
        ):
            # "People briefed on the situation say", "voters interviewed at rallies said", "one
            # Republican involved in the planning said"
            continue
        if low.endswith("ed") and "-" not in low and t.text.islower():
            before = toks[n - 1].text.lower() if n else ""
            head_next = n + 1 == len(toks) - 1 and toks[-1].text.lower() in GROUP_HEADS
            if not (before in _NP_OPENERS or before in ("most", "least", "recently") or head_next):
                return None  # "The bill passed and officials said": a verb, no noun phrase
    first = toks[0].text
    low0 = first.lower()
    if low0 in ("at", "about", "just", "over", "under") and len(toks) > 1 and _lower(toks[1:2]) == ["the"]:
        return None  # "At the time, Sanders …": a phrase of time or place, no subject
    if not (
        low0 in _NP_OPENERS
        or low0.split("-")[0] in _NP_OPENERS  # "three-quarters of the voters"
        or _is_cap(first)
        or first[:1].isdigit()
        or low0 in lex.generic
        or low0 in GROUP_HEADS  # "people close to the campaign said", "voters in Ohio say"
        or (  # "forecasters say", "longtime pollsters said": a plural noun of people
            len(toks) <= 3
            and all(t.text.isalpha() and t.text.islower() for t in toks)
            and toks[-1].text.endswith("s")
            and _PERSON_SUFFIX.search(toks[-1].text) is not None
        )
        or is_role(first, lex)
        or (
            len(toks) <= 3
            and toks[-1].text.lower() in GROUP_HEADS
            and all(t.text.isalpha() and t.text.islower() for t in toks)
        )
    ):
        return None
    if _is_cap(first) and first in lex.cap_stop and low0 not in _NP_OPENERS:
        return None
    mention = analyse(body, toks[0].start, toks[-1].end, lex, toks)
    if mention is None or mention.kind == "pronoun":
        return None
    if mention.kind == "person" and (
        toks[-1].text.islower()
        or not any(
            _is_cap(t.text) and not (n == 0 and t.text.lower() in _NP_OPENERS) for n, t in enumerate(toks)
        )
    ):
        # ("One in four voters in a county poll": capitalised as it opens; "one Republican involved
        # in the planning": a description, no name ends in a lower-case word)
        mention.kind = "generic"
    if (
        mention.kind == "person"
        and len(toks) > 2
        and (low0 in GROUP_HEADS or low0 in lex.generic)
        and (toks[1].text.lower() in _HEAD_LINKS or toks[1].text.endswith("ed"))
    ):
        mention.kind = "generic"  # "Voters in Eastbridge", "people close to the mayor": a group
    elif mention.kind == "person" and any(
        _heads_a_group(toks[k].text, toks[k + 1].text, lex) for k in range(1, min(len(toks) - 1, 4))
    ):
        mention.kind = "generic"  # "Democratic insiders in New Hampshire": the insiders, not the state
    if mention.kind in ("role",) and not mention.name:
        mention.kind = "generic"
        mention.name = mention.phrase
    if mention.kind == "generic":
        mention.name = _LEADING_DETERMINER.sub("", mention.phrase)  # "pilots' union", as written
    return mention
