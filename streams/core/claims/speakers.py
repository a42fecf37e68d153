"""Speaker phrases: parse "US Secretary of State John Kerry" into role + name, and resolve later
surname-only mentions and pronouns against the people and organisations of the article."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .cues import ORG_HEADS, OUTLET_HEADS, OUTLET_PHRASES, OUTLETS, Lexicon

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_AND = frozenset({"and", "&", "и", "und", "et", "y"})
_DASHES = frozenset("-–—")
_ASIDE_STOP = frozenset('.;:!?"“”«»')
_WHO = frozenset({"who", "whose", "whom", "which", "der", "die", "qui", "que", "который", "которая"})
_MAX_PHRASE = 14
_FIRST_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ASIDES = frozenset("however though meanwhile too also though instead nevertheless therefore".split())

FIRST_NAMES_M = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel matthew
    mark paul steven andrew kenneth george edward brian ronald anthony kevin jason jeff gary timothy
    tony gordon peter alan alastair ian simon nick nicholas jack harry oliver tom ben sam luke adam
    boris vladimir sergei sergey dmitry dmitri yuri igor alexei alexander andrei mikhail nikolai ivan
    olaf victor erik otto friedrich karl hans jürgen wolfgang thomas frank emmanuel jean pierre
    françois nicolas jacques
    pedro carlos juan josé luis javier miguel antonio manuel pablo fernando
    дмитрий владимир сергей юрий игорь алексей александр андрей михаил николай иван петр пётр
    aaron adrian alex alfred allan andy arnold arthur barry bernard bill billy bob bobby brad brendan
    bruce bryan carl chris clive colin craig dale dan danny darren dave dean dennis derek des dominic
    don donald doug douglas duncan dylan eddie edwin eric ernest felix francis fred gareth gavin geoff
    geoffrey gerald gerry glenn graham grant greg gregory guy harold henry howard hugh iain jake jamie
    jeremy jerry jim jimmy joe joel johnny jon jonathan jose keith ken kenny kieran kirk lawrence lee
    len leo leonard lewis liam lloyd malcolm martin matt max mick mike neil nigel norman owen patrick
    phil philip ralph ray raymond rex rhys ricky rob robbie robin rod roger ronnie ross roy russell
    ryan scott sean shane shaun stan stanley stephen steve stuart ted terry tim toby trevor vince
    walter wayne will willie zinedine thierry arsene jose rafael roger lleyton andre marat gordon
    alastair ed edward ian kofi colin dick donald george hans jacques gerhard silvio vladimir ariel
    mahmoud hamid nelson thabo robert ben martin charles kenneth dwight denzel jude hugh russell
    elton mick ozzy bono sting евгений виктор олег павел антон максим константин борис григорий
    леонид вадим роман артём станислав георгий анатолий markus stefan andreas klaus jürgen jörg uwe
    dieter horst helmut
    matthias tobias florian lukas jonas felix maximilian sebastian christian christoph philipp
    christophe olivier laurent philippe michel alain thierry julien antoine sébastien
    alejandro andrés diego jorge raúl sergio álvaro ignacio rafael""".split()
)
FIRST_NAMES_F = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
    betty sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen
    anna angela theresa hillary condoleezza tessa ruth claire kate catherine jane alice emma olivia
    sophie lucy fiona joan miriam petra linda maria marie anne isabelle ségolène annalena ursula
    christine carmen
    ana isabel lucía elena laura marta sofía valentina irina olga natalia natalya tatiana svetlana
    elena ekaterina maria yulia
    мария анна елена ольга ирина наталья татьяна светлана екатерина юлия вера людмила галина
    валентина марина оксана дарья ксения алина полина евгения
    amy abigail alison amanda andrea angelina anita annie barbara beth bridget caroline charlotte
    cheryl christina cindy clare colleen dawn denise diana diane dorothy eileen eleanor ellen emma
    erica eva evelyn frances gillian gloria grace hannah harriet heather holly irene jackie jacqueline
    janet janice jean jennifer jill jo joanna joanne josephine judith judy julia julie justine kathleen
    kathryn katherine kelly kim kirsty kylie lauren leah lesley lindsay lorraine louise lynn madonna
    mandy margaret maureen megan melanie michelle monica natalie nicola nicole nina norma paula pauline
    penny rachel rebecca rose rosemary sally samantha sara sharon sheila shirley sonia stella susan
    suzanne tanya teresa tina tracey valerie vanessa victoria wendy yvonne zoe paola serena venus
    martina kelly kirsten jodie nadia naomi oprah britney beyonce kate keira nicole gwyneth halle
    hilary patricia tessa estelle ruth margaret condoleezza sabine katrin petra claudia andrea
    ursula birgit monika susanne stefanie julia lena lea hannah sophie nathalie sylvie céline
    camille chloé manon amélie béatrice valérie sandrine carmen pilar rocío lucía paula
    marina beatriz cristina raquel nuria""".split()
)
_FIRST_NAMES = FIRST_NAMES_M | FIRST_NAMES_F


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
    return False


def parse_before(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that ends right before body[end] (the cue), looking back no further
    than start.  Handles pronouns, role + name, appositives ("Kerry, the US envoy, said")."""
    space = body.rfind(" ", start, end - 1)
    if space >= 0:
        word = body[space + 1 : end].rstrip()
        if word in lex.pronouns:  # "…, he said": the commonest case, no tokenising needed
            at = space + 1
            return Mention(at, at + len(word), word, kind="pronoun", gender=lex.pronouns[word])
        if word.isalpha() and word.islower() and not _may_end_speaker(word, lex):
            return None  # "… and said", "… who said": no speaker ends here, nothing to tokenise
    return _parse_before(body, tokens(body, start, end), lex)[0]


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
    while i >= 0 and (toks[i].text.lower() in lex.skip_before):
        i -= 1
    if i < 0:
        return None, False
    word = toks[i].text
    if word in lex.pronouns:
        return Mention(toks[i].start, toks[i].end, word, kind="pronoun", gender=lex.pronouns[word]), True
    if word == ",":
        return _appositive(body, toks, i, lex), False
    first = _collect_back(toks, i, lex)
    if first is None:
        return None, i > 2
    first = _affiliated_name(toks, first, lex)
    return analyse(body, toks[first].start, toks[i].end, lex, toks[first : i + 1]), False


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
    while first <= i and (toks[first].text in lex.connectors or toks[first].text.lower() in _AND):
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
        mention = analyse(body, inner[0].start, inner[-1].end, lex, inner)
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


def parse_after(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker phrase that starts at body[start] (after an inverted cue: "said Kerry")."""
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
        ):
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
            or (_is_modifier(tok, lex) and i + 1 < len(toks) and is_role(toks[i + 1].text, lex))
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
        break
    if last < 0:
        return None
    mention = analyse(body, toks[0].start, toks[last].end, lex, toks[: last + 1])
    if mention is None:
        return None
    k = last + 1
    if mention.kind in ("role", "org", "generic") and k + 1 < len(toks) and toks[k].text == ",":
        # "declaró el portavoz del Gobierno, Andrés Vidal."
        n = k + 1
        while n < len(toks) and (_is_cap(toks[n].text) or _is_initial(toks[n].text)) and n - k <= 4:
            n += 1
        if n > k + 1 and (n >= len(toks) or toks[n].text in ".;!?"):
            named = analyse(body, toks[k + 1].start, toks[n - 1].end, lex, toks[k + 1 : n])
            if named is not None and named.kind == "person":
                named.role = " ".join(w for w in mention.phrase.split() if w not in lex.determiners)
                named.start = mention.start
                return named
    # "said John Kerry, the US Secretary of State."
    if mention.role is None and k + 1 < len(toks) and toks[k].text == ",":
        inner: list[Any] = []
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


def analyse(body: str, start: int, end: int, lex: Lexicon, toks: list[Token] | None = None) -> Mention | None:
    """Split a speaker phrase into role and name and guess what it is (toks: its tokens, if known)."""
    phrase = body[start:end]
    words = [t.text for t in (toks if toks is not None else tokens(body, start, end))]
    if words and len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    if "'" in phrase or "’" in phrase:
        words = [_ELISION.sub("", w) or w for w in words]
    had_det = False
    while words and words[0] in lex.determiners:
        words.pop(0)
        had_det = True
    if not words:
        return None
    mention = Mention(start, end, phrase)
    _gender_from(words, mention, lex)
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
    honorific = len(words)
    words = [w for w in words if w not in lex.honorifics]
    honorific = honorific != len(words)
    if not words:
        return None
    role_at = -1
    for k, w in enumerate(words):
        if is_role(w, lex) and not _is_cap_name_like(words, k, lex):
            if honorific and k == len(words) - 1 and _is_cap(w):
                continue  # "Mr King", "Dr Major": a surname
            role_at = k
    if role_at >= 0:
        rest = words[role_at + 1 :]
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
        mention.name = " ".join(words)
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
        and k == len(words) - 1
        and k > 0
        and _is_cap(words[k - 1])
        and not is_role(words[k - 1], lex)
        and not words[k - 1].endswith(("'s", "’s"))  # "Acme's Chairman"
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


@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    role: str | None = None
    gender: str | None = None
    last: int = -1  # latest position where it was mentioned (surname ties)
    evidence: bool = False  # a person by first name, role, honorific or surname use, not a guess


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"  # upper-case initials (Latin, Latin-1/Extended-A, Cyrillic)
_CAP_WORD = rf"[{_UPPER}](?:\w{{0,2}}\.(?=[ \t])|[\w'’-]*)"
# starts with the capital itself (re skips non-capitals fast); the look-behind is a "\b" before it
_CAP_RUN = re.compile(
    rf"[{_UPPER}](?<!\w[{_UPPER}])(?:\w{{0,2}}\.(?=[ \t])|[\w'’-]*)[ \t]+{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*"
)
# Capitalised words that open a sentence but never a name ("Despite Smith's goal ...").
_NOT_FIRST = frozenset(
    """Despite Although Without With For From During Under Over Since Until Unlike Like Following
    According Including Among Between Having Being Given Only Even Just Here What Why How Who Where
    Which Whether Not No Yes All Every Each Several Few Two Three Four Five Our My Your To By Of Into
    Through Against About Across Along Around Behind Beyond Inside Outside Within Former Ex Dear
    North South East West New Great Royal National International European British English Scottish
    Welsh Irish American French German Spanish Italian Russian Chinese Japanese Indian Australian
    Olympic Premier Grand Prime Foreign Home Shadow Liberal Labour Tory Conservative Democrat
    Republican Democratic Supreme High Federal Central United Saint St San Santa Los Las Le La El
    Al Mount Lake Cape Fort Port Sir Lord Lady Dame Judge Justice""".split()
)
# ... of which these glue the following capitals into a place or body: "New York Marathon"
_GLUE = frozenset(
    """North South East West New Great Royal National International European British English Scottish
    Welsh Irish American French German Spanish Italian Russian Chinese Japanese Indian Australian
    Olympic Premier Grand Supreme High Federal Central United Saint St San Santa Los Las Mount Lake
    Cape Fort Port""".split()
)
_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III".split())
# Capitalised last words that make a place, team, event or body, not a person.
_NOT_SURNAME = frozenset(
    """united city rovers town county street road square park hall africa america kingdom republic
    states nations cup league party council court office group bank minister secretary president day
    week year award awards prize festival show games open championship championships slam prix
    trophy series final finals stadium arena airport station island islands sea ocean river valley
    east west north south centre center institute school college hospital prison church cathedral
    museum theatre gallery road avenue lane bridge tower house street square wales england scotland
    ireland britain europe asia india china japan russia france germany spain italy australia
    zealand korea news online marathon derby monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december""".split()
)
# Words before a name that make it an object rather than the subject ("they beat Jones", "against X").
_OBJECT_BEFORE = frozenset(
    """against beat beating beaten to with by from over of for and than versus vs on at about into onto
    upon toward towards behind under told asked urged called thanked praised criticised criticized
    attacked replaced including like as alongside beside besides among amid between""".split()
)


_NAME, _NOT_START, _POSSESSIVE, _HONORIFIC, _ROLE, _MODIFIER, _STOP, _GLUED, _SUFFIX = (
    1,
    2,
    4,
    8,
    16,
    32,
    64,
    128,
    256,
)
_CLASS_CACHE: dict[str, dict[str, int]] = {}
# offices a story may leave unsaid for the person it opens with ("the foreign secretary said")
_OFFICES = frozenset("secretary chancellor minister premier".split())


def _bare(word: str) -> str:
    """'Smith's' -> 'Smith', 'Jones.' -> 'Jones' (a sentence-final dot), 'J.' stays."""
    if len(word) > 2 and word[-1] == "." and word[-2] != ".":
        word = word[:-1]
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif len(word) > 2 and word[-1] in "'’" and word[-2] == "s":
        word = word[:-1]  # "Hollins'"
    return word


def _word_classes(lex: Lexicon) -> dict[str, int]:
    return _CLASS_CACHE.setdefault(lex.code, {})


def _classify_word(word: str, lex: Lexicon) -> int:
    """What a capitalised word of a run can be, for the name pass (cached per language)."""
    if word in lex.honorifics or word.rstrip(".") in lex.honorifics:
        return _HONORIFIC
    bare = _bare(word)
    if not bare or any(ch.isdigit() for ch in bare):
        return _STOP
    if bare in lex.cap_stop:
        return _STOP
    if is_role(bare, lex):
        return _ROLE
    low = bare.lower()
    if word in _SUFFIXES:
        return _SUFFIX
    if len(bare) == 1 and bare.isupper():
        return _NAME | _NOT_START  # an initial without its dot: "Walter M Phillips"
    if low in ORG_HEADS or bare.isupper():
        return _MODIFIER if low in lex.role_modifiers else _STOP
    if lex.code == "en" and low in lex.role_modifiers and bare in _NOT_FIRST:
        return _MODIFIER
    cls = _NAME
    if bare in _NOT_FIRST and low not in _FIRST_NAMES:
        cls |= _NOT_START
        if bare in _GLUE:
            cls |= _GLUED
    if word.endswith(("'s", "’s", "'s.", "’s.")) or (word[-1] in "'’" and word[-2:-1] == "s"):
        cls |= _POSSESSIVE
    return cls


def _word_class(word: str, lex: Lexicon, classes: dict[str, int]) -> int:
    """`_classify_word` through the per-language memo.  The memo only saves time: a word's class
    is a function of the word and the language, never of which articles the process saw before."""
    cls = classes.get(word)
    if cls is None:
        cls = _classify_word(word, lex)
        if len(classes) < 50_000:
            classes[word] = cls
    return cls


class Registry:
    """The people and organisations of one article, for surname and pronoun resolution.

    The name pass over the article runs once, lazily, when a surname, a pronoun or a bare role has
    to be resolved.  A run of capitals is a person when a first name from the list, a role word or
    an honorific comes with it, or (English) when its last word also appears on its own elsewhere in
    the article: news writing names a person in full once and by surname afterwards ("England centre
    Jamie Noon ... Noon said")."""

    def __init__(self, body: str, limit: int, lex: Lexicon, excluded: list[tuple[int, int]]):
        self.body = body
        self.limit = limit
        self.lex = lex
        self.entities: dict[str, Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        # (position, entity, rank): 0 a subject-like mention, 1 a guessed person, 2 possessive/object
        self.timeline: list[tuple[int, Entity, int]] = []
        self._excluded = excluded
        self._excluded_starts = [r[0] for r in excluded]
        self._sorted: list[tuple[int, Entity, int]] = []  # the timeline, latest first
        # names recur in an article: each look-up over the whole body is made once
        self._seen_in_body: dict[str, bool] = {}
        self._seen_alone: dict[tuple[str, str, int | None], bool] = {}
        self._standalone_seen: dict[str, bool] = {}
        # contents of indirect claims (set by the extractor): a name there is what a speaker talked
        # about, not a speaker ("Moore said Hansen may return ... he said" is Moore speaking)
        self.contents: list[tuple[int, int]] = []
        self._speaker_at: set[int] = set()
        self._scanned = False
        self._mentions_done = False
        self._quotes_scanned = False
        self._det = False
        self._opens = False

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_left(self._excluded_starts, pos + 1) - 1
        return i >= 0 and self._excluded[i][0] <= pos < self._excluded[i][1]

    def _inside_content(self, pos: int) -> bool:
        contents = self.contents
        i = bisect_left(contents, (pos + 1,)) - 1
        return i >= 0 and contents[i][0] <= pos < contents[i][1]

    # -- the name pass ---------------------------------------------------------------------------
    def _scan(self) -> None:
        if self._scanned:
            return
        self._scanned = True
        for m in self._runs_outside_quotes():
            self._scan_run(m)

    def _scan_run(self, m: re.Match[str]) -> None:
        run = m[0]
        words = run.split()
        k = 0
        cap_stop = self.lex.cap_stop
        while k < len(words) and words[k] in cap_stop:
            k += 1
        if len(words) - k < 2:
            return  # "The Government", "But Smith": nothing to learn
        start = m.start()
        prev = prev2 = ""
        opens = start == 0 or self.body[start - 1] == "\n"
        if k == 0:
            before = self.body[max(0, start - 40) : start].rsplit(None, 2)  # the last two words
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            opens = opens or not before or prev[-1] in '.!?"”'
        self._run(words, run, start, prev, prev2, opens)

    def _runs_outside_quotes(self) -> Iterator[re.Match[str]]:
        """Runs of capitals outside quotations: speakers and their antecedents are named outside."""
        body = self.body
        pos = 0
        for q_start, q_end in self._excluded:
            if q_start > pos:
                yield from _CAP_RUN.finditer(body, pos, min(q_start, self.limit))
            pos = max(pos, q_end)
            if pos >= self.limit:
                return
        if pos < self.limit:
            yield from _CAP_RUN.finditer(body, pos, self.limit)

    def _surname_mentions(self) -> None:
        """Later surname-only mentions ("Noon's try", "Mr Noon") of the people found: they are
        pronoun antecedents too (collected once, when a pronoun is first resolved)."""
        if self._mentions_done:
            return
        self._mentions_done = True
        self._scan()
        body = self.body
        limit = self.limit
        for name, entity in list(self.entities.items()):
            if entity.kind != "person" or " " not in name:
                continue
            surname = name.rsplit(" ", 1)[1]
            if len(surname) < 3 or len(self.by_surname.get(surname.lower(), ())) != 1:
                continue  # two people of one surname: a bare "Robinson" is ambiguous
            if not self._alone_somewhere(surname, name, limit):
                continue  # never named by surname alone
            at = body.find(surname, 0, limit)
            count = 0
            while at >= 0 and count < 30:
                count += 1
                end = at + len(surname)
                before = body[at - 1] if at else " "
                after = body[end] if end < len(body) else " "
                if (
                    not (before.isalnum() or after.isalnum())
                    and not body.startswith(name, max(0, end - len(name)))
                    and not self._inside_quote(at)
                ):
                    prev = body[max(0, at - 25) : at].rsplit(None, 2)[-2:]
                    if prev and prev[-1] in self.lex.honorifics:
                        if entity.gender is None:
                            entity.gender = _marker_gender(prev[-1], self.lex)  # "Mr Noon"
                        prev.pop()
                    elif (
                        prev
                        and prev[-1][:1].isupper()
                        and prev[-1][-1] not in '.!?:;"”'
                        and body[at - 1] == " "
                    ):
                        at = body.find(surname, end, limit)
                        continue  # part of another name
                    weak = body.startswith(("'s", "’s", "'", "’"), end) or (
                        bool(prev) and prev[-1].lower() in _OBJECT_BEFORE
                    )
                    self.timeline.append((at, entity, 2 if weak else 0))
                at = body.find(surname, end, limit)

    def _run(self, words: list[str], run: str, start: int, prev: str, prev2: str, opens: bool) -> None:
        lex = self.lex
        classes = _word_classes(lex)
        trigger = bool(prev) and (
            is_role(prev, lex) or prev in lex.honorifics or (prev[-1:] == "s" and is_role(prev[:-1], lex))
        )
        weak = prev.lower() in _OBJECT_BEFORE
        if trigger and prev2.lower() in _OBJECT_BEFORE:
            weak = True  # "alongside chairman Rupert Haines"
        if not trigger and prev2 and prev.islower() and is_role(prev2, lex):
            trigger = True  # "Министр культуры Вера Соколова", "head coach"
        self._det = prev in lex.determiners
        self._opens = opens
        gender = _marker_gender(prev, lex) if trigger else None
        role = prev if trigger and prev not in lex.honorifics else None
        seg_start = -1
        glued = False
        n = len(words)
        for k in range(n + 1):
            if k < n:
                word = words[k]
                cls = classes.get(word)
                if cls is None:
                    cls = _word_class(word, lex, classes)
            else:
                cls = _STOP
            if cls & _SUFFIX and seg_start >= 0:
                continue  # "Walter M Phillips Jr": the suffix is no surname
            if cls & _GLUED and seg_start < 0:
                glued = True
            if glued and seg_start < 0 and cls & _NAME:
                if cls & _HONORIFIC or (
                    cls & _NAME and _bare(word).lower() in _FIRST_NAMES and not cls & _GLUED
                ):
                    glued = False
                else:
                    continue
            if cls & _NAME and (seg_start >= 0 or not cls & _NOT_START):
                if seg_start < 0:
                    seg_start = k
                if cls & _POSSESSIVE:
                    self._candidate(words, seg_start, k + 1, run, start, trigger, gender, role, True)
                    seg_start, trigger, gender, role = -1, False, None, None
                continue
            if seg_start >= 0:
                if (
                    cls & _ROLE
                    and not word.isupper()
                    and (k == n - 1 or not _word_class(words[k + 1], lex, classes) & _NAME)
                ):
                    # "Desmond King", "John Major": a role word ending a name is the surname
                    if k + 1 - seg_start >= 2:
                        self._candidate(words, seg_start, k + 1, run, start, trigger, gender, role, weak)
                    seg_start = -1
                    continue
                if k - seg_start >= 2:
                    self._candidate(words, seg_start, k, run, start, trigger, gender, role, weak)
                seg_start = -1
            if k >= n:
                break
            if not cls & (_HONORIFIC | _ROLE | _MODIFIER):
                weak = False
            glued = False
            if cls & _HONORIFIC:
                trigger, gender = (
                    True,
                    _marker_gender(word.rstrip("."), lex) or _marker_gender(word, lex) or gender,
                )
            elif cls & _ROLE:
                trigger = True
                gender = _marker_gender(word, lex) or gender
                role_words = [w for w in words[: k + 1] if w not in lex.cap_stop and w not in lex.honorifics]
                role = " ".join(role_words) or None
            elif not cls & _MODIFIER:
                trigger, gender, role = False, None, None

    def _candidate(
        self,
        words: list[str],
        first_k: int,
        end_k: int,
        run: str,
        start: int,
        trigger: bool,
        gender: str | None,
        role: str | None,
        weak: bool,
    ) -> None:
        if end_k - first_k < 2:
            return
        opens = self._opens and first_k == 0
        segment = [_bare(w) for w in words[first_k:end_k] if w not in _SUFFIXES]
        if (
            len(segment) >= 3
            and segment[0].lower() not in _FIRST_NAMES
            and segment[1].lower() in _FIRST_NAMES
        ):
            segment = segment[1:]  # "Tweedbank Anne Borthwick": a place before the name
            first_k += 1
        if len(segment) < 2:
            return
        lex = self.lex
        first = segment[0].lower()
        first_gender = "f" if first in FIRST_NAMES_F else "m" if first in FIRST_NAMES_M else None
        if len(segment) > 3:
            if not (trigger or first_gender):
                return
            segment = segment[:3] if _is_initial(segment[1]) else segment[:2]
        surname = segment[-1]
        if surname.lower() in _NOT_SURNAME or _is_initial(surname):
            return
        person = trigger or first_gender is not None
        weak_det = self._det and first_k == 0
        if not person and lex.code == "en":
            full = " ".join(segment)
            # evidence: the surname also stands alone ("Noon said"), the first word is no common
            # word written in lower case elsewhere ("Despite Noon's ...")
            person = (
                not weak_det
                and segment[0] not in _NOT_FIRST
                and not self._in_body(f" {first} ")
                and self._alone_somewhere(surname, full)
                and self._standalone(surname)
            )
        guess = False
        if not person and lex.code == "en" and opens and not weak:
            # a sentence opening with a two- or three-word name and nothing else known about it
            # ("Ellery Vance scored twice ..."): a guessed person, a pronoun antecedent of last resort
            first_word = segment[0]
            guess = (
                first_word not in _NOT_FIRST
                and not self._in_body(f" {first} ")
                and not any(w.lower() in _NOT_SURNAME or w.lower() in ORG_HEADS for w in segment)
            )
        if not (person or guess):
            return
        name = " ".join(segment)
        entity = self._add(name, "person", role, gender or first_gender, register=person)
        entity.evidence = entity.evidence or person
        pos = start + run.find(words[first_k]) if first_k else start
        if not self._inside_quote(pos):
            self.timeline.append((pos, entity, 2 if weak else 0 if person else 1))

    def _in_body(self, text: str) -> bool:
        known = self._seen_in_body.get(text)
        if known is None:
            known = self._seen_in_body[text] = text in self.body
        return known

    def _alone_somewhere(self, surname: str, name: str, end: int | None = None) -> bool:
        """Does surname occur in body[:end] other than as the end of name (which ends with it)?
        That is body[:end].count(surname) > body[:end].count(name)."""
        if end is not None and end >= len(self.body):
            end = None
        key = (surname, name, end)
        known = self._seen_alone.get(key)
        if known is None:
            known = self._seen_alone[key] = self._find_alone(surname, name, end)
        return known

    def _find_alone(self, surname: str, name: str, end: int | None) -> bool:
        body = self.body
        if surname[:1] in surname[1:] or name[:1] in name[1:]:
            # a string that can overlap itself ("Ali Ali"): count, as occurrences may be skipped
            return body.count(surname, 0, end) > body.count(name, 0, end)
        # otherwise every occurrence of name holds one of surname at its end: look for another
        shift = len(name) - len(surname)
        at = body.find(surname, 0, end)
        while at >= 0:
            if at < shift or not body.startswith(name, at - shift):
                return True
            at = body.find(surname, at + len(surname), end)
        return False

    def _standalone(self, surname: str) -> bool:
        """Does surname occur on its own ("Noon said", "Mr Noon"), not inside a longer name
        ("T-Mobile", "Manchester United")?"""
        known = self._standalone_seen.get(surname)
        if known is None:
            known = self._standalone_seen[surname] = self._find_standalone(surname)
        return known

    def _find_standalone(self, surname: str) -> bool:
        body = self.body
        at = body.find(surname)
        for _ in range(20):
            if at < 0:
                return False
            end = at + len(surname)
            before = body[at - 1] if at else " "
            after = body[end] if end < len(body) else " "
            if not (before.isalnum() or before in "-'’" or after.isalnum() or after == "-"):
                prev = body[max(0, at - 25) : at].rsplit(None, 1)
                if (
                    not prev
                    or not prev[-1][:1].isupper()
                    or prev[-1] in self.lex.honorifics
                    or prev[-1][-1] in '.!?:;"”'
                ) and not (after in " \t" and body[end + 1 : end + 2].isupper()):
                    return True
            at = body.find(surname, end)
        return False

    def _add(
        self, name: str, kind: str, role: str | None, gender: str | None, register: bool = True
    ) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            entity = Entity(name, kind, role, gender)
            self.entities[name] = entity
            if kind == "person" and " " in name and register:
                self.by_surname.setdefault(name.split()[-1].lower(), []).append(entity)
        else:
            entity.role = entity.role or role
            entity.gender = entity.gender or gender
        return entity

    def _surname(self, word: str, pos: int, gender: str | None = None) -> Entity | None:
        self._scan()
        low = word.lower()
        hits = self.by_surname.get(low)
        if not hits and len(low) >= 5:  # inflected surnames: Пескова -> Песков, Merkels -> Merkel
            for surname, found in self.by_surname.items():
                stem = surname[:-1] if surname[-1] in "аяоеыийaeiou" else surname
                close = len(stem) >= 4 and abs(len(surname) - len(low)) <= 2
                if close and (low.startswith(stem) or surname.startswith(low)):
                    hits = found  # Соколовой -> Соколова
                    break
        if not hits and not self._quotes_scanned:
            # a full name given only inside a quotation: look there before giving up
            self._quotes_scanned = True
            for q_start, q_end in self._excluded:
                for m in _CAP_RUN.finditer(self.body, q_start, min(q_end, self.limit)):
                    self._scan_run(m)
            return self._surname(word, pos, gender)
        if hits and gender in ("m", "f"):
            hits = [e for e in hits if e.gender in (gender, None)] or hits  # "Mr Blair", not Cherie
        if not hits:
            return None
        if len(hits) == 1:
            return hits[0]
        # two people of one surname: the one mentioned last before this point
        best, best_at = None, -1
        for at, entity, _ in self.timeline:
            if entity in hits and best_at < at < pos:
                best, best_at = entity, at
        return best or hits[0]

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, mention: Mention, pos: int) -> tuple[str | None, str | None, list[str]]:
        """(speaker, role, speakers) for a mention at body position pos."""
        self._speaker_at.add(pos)
        kind = mention.kind
        if kind == "pronoun":
            entity = self._pronoun(mention.gender, pos)
            if entity is None:
                return None, None, []
            if entity.kind == "person" and entity.gender is None and mention.gender in ("m", "f"):
                entity.gender = mention.gender  # "Dewar ... he said": Dewar is a man from now on
            self.timeline.append((pos, entity, 0))
            self._speaker_at.add(pos)
            return (
                entity.name,
                entity.role,
                entity.name.split(" and ") if entity.kind == "group" else [entity.name],
            )
        if kind == "role":
            entity = self._by_role(mention.role or "", pos)
            if entity is None:
                entity = self._lead_office_holder(mention, pos)
            if entity is not None:
                self.timeline.append((pos, entity, 0))
                return entity.name, entity.role, [entity.name]
            # a nominal speaker ("the spokesman", "the Russian president") is still the attribution
            name = _nominal(mention.phrase)
            gender = mention.gender or next(
                (g for w in (mention.role or "").split() if (g := _marker_gender(w, self.lex))), None
            )
            entity = self._add(name, "person", mention.role, gender)
            entity.evidence = True
            self.timeline.append((pos, entity, 0))
            return name, mention.role, [name]
        if kind == "group":
            names = [self._person(n, None, mention.gender, pos).name for n in mention.names]
            entity = self._add(" and ".join(names), "group", mention.role, "pl")
            self.timeline.append((pos, entity, 0))
            return entity.name, mention.role, names
        if kind == "generic":
            name = mention.name or mention.phrase
            head = name.split()[-1].lower() if name.split() else ""
            if head in lex_roles_singular(self.lex) and mention.phrase.split()[0].lower() in (
                "a",
                "an",
                "the",
            ):
                # "a Conservative spokeswoman said ... She said:": a person without a name
                entity = self._add(name, "person", mention.role, _marker_gender(head, self.lex))
                entity.evidence = True
                self.timeline.append((pos, entity, 0))
                return name, mention.role, [name]
            if mention.phrase[:4].lower() == "the " and " " not in name.strip():
                # "the trust said" after "the Housing Trust": the organisation named before
                for at, known, _ in self._latest_first():
                    if (
                        at < pos
                        and known.kind in ("org", "outlet")
                        and " " in known.name
                        and known.name.rsplit(" ", 1)[1].lower() == head
                    ):
                        self.timeline.append((pos, known, 0))
                        return known.name, known.role, [known.name]
            words = name.split()
            connector = next((w for w in words if w.lower() in self.lex.connectors), None)
            head = (
                words[words.index(connector) - 1]
                if connector and words.index(connector) > 0
                else words[-1] if words else ""
            )
            entity = self._add(name, "generic", mention.role, "pl" if head.endswith("s") else "n")
            self.timeline.append((pos, entity, 0))
            return name, mention.role, [name]
        name = mention.name or mention.phrase
        if kind == "person":
            entity = self._person(name, mention.role, mention.gender, pos)
        else:
            entity = self._add(_strip_article(name), kind, mention.role, "n")
            self.timeline.append((pos, entity, 0))
        return entity.name, entity.role or mention.role, [entity.name]

    def _person(self, name: str, role: str | None, gender: str | None, pos: int) -> Entity:
        words = name.split()
        if len(words) == 2 and self.lex.code == "ru" and words[0].lower() not in _FIRST_NAMES:
            # "по словам режиссёра Павла Орлова": an inflected form of a person named in the
            # nominative elsewhere ("Режиссёр Павел Орлов ..."), whose first name is on the list
            found = self._nominative(words)
            if found is not None:
                found.role = found.role or role
                self.timeline.append((pos, found, 0))
                return found
        if len(words) == 1:
            found = self._surname(words[0], pos, gender)
            if found is not None:
                found.role = found.role or role
                found.gender = found.gender or gender
                self.timeline.append((pos, found, 0))
                return found
        entity = self._add(name, "person", role, gender)
        if gender or role or len(words) > 1:
            entity.evidence = True  # a speaker named in full
        self.timeline.append((pos, entity, 0))
        return entity

    def _nominative(self, words: list[str]) -> Entity | None:
        self._scan()
        matches = []
        for entity in self.entities.values():
            parts = entity.name.split()
            if (
                entity.kind == "person"
                and len(parts) == 2
                and parts[0].lower() in _FIRST_NAMES
                and _inflected(parts[1], words[1])
                and _inflected(parts[0], words[0])
            ):
                matches.append(entity)
        return matches[0] if len(matches) == 1 else None

    def _by_role(self, role: str, pos: int) -> Entity | None:
        heads = {w.lower() for w in role.split() if is_role(w, self.lex)}
        if not heads:
            return None
        self._scan()
        for at, entity, _ in self._latest_first():
            if at < pos and entity.role and heads & {w.lower() for w in entity.role.split()}:
                return entity
        return None

    def _lead_office_holder(self, mention: Mention, pos: int) -> Entity | None:
        """An office left unsaid ("Edwin Carrow has defended ... The chancellor said"): an office
        named with "the" that no one in the article holds is the person the story opens with, when
        that person is named in full with no role of their own."""
        words = mention.phrase.lower().split()
        if len(words) < 2 or words[0] != "the" or words[-1] not in _OFFICES or self.lex.code != "en":
            return None
        self._surname_mentions()
        first = len(self.body) - len(self.body.lstrip())
        lead = None
        for at, entity, rank in self.timeline:
            if at == first and rank == 0 and entity.kind == "person" and " " in entity.name:
                lead = entity
                break
        if lead is None or lead.role is not None or not lead.evidence:
            return None
        for at, entity, _ in self.timeline:
            if (
                at < pos
                and entity is not lead
                and entity.kind == "person"
                and entity.role is None
                and entity.name[:1].isupper()
                and entity.name.split()[-1][:1].isupper()
            ):
                return None  # another named person without a role could hold the office
        return lead

    def _latest_first(self) -> list[tuple[int, Entity, int]]:
        """The timeline by position, latest first, mentions at one position in the order added.
        The timeline only grows: mentions added since the last call are inserted, not re-sorted."""
        added = len(self.timeline) - len(self._sorted)
        if added > 8:
            self._sorted = sorted(self.timeline, key=_position, reverse=True)
        elif added:
            for mention in self.timeline[-added:]:
                insort(self._sorted, mention, key=_minus_position)
        return self._sorted

    def _pronoun(self, gender: str | None, pos: int) -> Entity | None:
        """The latest compatible mention before pos, outside quotations.  Ranked: a subject-like
        mention of a known person first, then a guessed person in subject position (a sentence
        opening "Ellery Vance scored ..."), then possessive or object mentions ("beat Jones",
        "Smith's goal")."""
        self._surname_mentions()
        best: list[Entity | None] = [None, None, None]
        for at, entity, rank in self._latest_first():
            if at >= pos or self._inside_quote(at):
                continue
            if pos - at > 3000:
                break
            kind = entity.kind
            if gender in ("m", "f"):
                ok = kind == "person" and entity.gender in (gender, None)
                if ok and not entity.evidence and rank == 0:
                    rank = 1
            elif gender == "pl":
                ok = (kind in ("group", "generic", "org", "outlet") and entity.gender != "n") or kind in (
                    "org",
                    "outlet",
                )
            elif gender == "fpl":
                ok = (kind == "person" and entity.gender in ("f", None)) or kind in ("group", "org")
            elif gender == "any":
                ok = kind == "person"
            else:
                ok = gender == "n" and kind in ("org", "outlet", "generic")
            if not ok:
                continue
            if rank == 0 and self.contents and at not in self._speaker_at and self._inside_content(at):
                rank = 2  # talked about in a claim, not speaking
            if rank == 0:
                return entity
            if best[rank] is None:
                best[rank] = entity
        return best[1] or best[2]


def _position(mention: tuple[int, Entity, int]) -> int:
    return mention[0]


def _minus_position(mention: tuple[int, Entity, int]) -> int:
    return -mention[0]


def _inflected(known: str, given: str) -> bool:
    """Could given be an inflected form of the (nominative) first name known?  Павел/Павла,
    Анна/Анны, Сергей/Сергея, Пётр/Петра."""
    k, g = known.lower().replace("ё", "е"), given.lower().replace("ё", "е")
    if k == g:
        return True
    if abs(len(k) - len(g)) > 2 or len(k) < 3:
        return False
    stem = k[:-1] if k[-1] in "аяоеыийь" else k
    return g.startswith(stem) or (k[-2] in "еоё" and g.startswith(k[:-2] + k[-1]))


def lex_roles_singular(lex: Lexicon) -> frozenset[str]:
    """Role nouns that name one person ("spokeswoman", "official"), not a group ("officials")."""
    return _SINGULAR_ROLES.get(lex.code, frozenset())


_SINGULAR_ROLES = {
    "en": frozenset("spokesman spokeswoman spokesperson official source".split()),
}


def _marker_gender(word: str, lex: Lexicon) -> str | None:
    if word in lex.female_markers or word.lower() in lex.female_markers:
        return "f"
    if word in lex.male_markers or word.lower() in lex.male_markers:
        return "m"
    return None


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
    his her their its our my your no more fewer half nearly almost about at least""".split()
)
_NP_BREAK = frozenset(
    """is are was were be been being am has have had do does did will would can could should may might
    must not never to that which who whom whose when where while if because than though although
    since until unless whether so then there it he she they we i you him them us me what why how
    said says say told tells asked during after before but and or nor as with by into onto over
    under about against between through""".split()
)
_CLAUSE_OPENERS = frozenset(
    """but and so still yet now meanwhile however instead also then later earlier separately indeed
    moreover today yesterday""".split()
)
_NP_WORD = re.compile(r"[\w’'.&-]+$")


def parse_nominal_before(body: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """English: the subject noun phrase of the cue at body[end], read back to its clause start
    (no further than start) when the role/name parser found none ("A teary-eyed Bush says",
    "Many in the crowd said", "those surveyed say", "other leading Democrats said")."""
    if lex.code != "en":
        return None
    cut = max(body.rfind(",", start, end), body.rfind(";", start, end), body.rfind(":", start, end))
    cut = max(cut, body.rfind("—", start, end), body.rfind("(", start, end), body.rfind("\n", start, end))
    lo = max(start, cut + 1)
    toks = tokens(body, lo, end)
    while toks and toks[-1].text.lower() in lex.skip_before:
        toks.pop()
    k = 0
    while k < len(toks) and toks[k].text.lower() in _CLAUSE_OPENERS:
        k += 1
    toks = toks[k:]
    if not toks or len(toks) > 9:
        return None
    for n, t in enumerate(toks):
        low = t.text.lower()
        inner = 0 < n < len(toks) - 1
        if low in ("to", "and") and inner:
            continue  # "The last man to mount a race says", "Politicians and some experts say"
        if (low in _NP_BREAK and not (low == "about" and n == 0)) or not _NP_WORD.match(t.text):
            return None
        if low.endswith("ly") and low not in ("family", "ally", "rally"):
            return None
        if low.endswith("ed") and "-" not in low and t.text.islower():
            before = toks[n - 1].text.lower() if n else ""
            if not (before in _NP_OPENERS or before in ("most", "least", "recently")):
                return None  # "The bill passed and officials said": a verb, no noun phrase
    first = toks[0].text
    low0 = first.lower()
    if not (
        low0 in _NP_OPENERS
        or _is_cap(first)
        or first[:1].isdigit()
        or low0 in lex.generic
        or is_role(first, lex)
    ):
        return None
    if _is_cap(first) and first in lex.cap_stop and low0 not in _NP_OPENERS:
        return None
    mention = analyse(body, toks[0].start, toks[-1].end, lex, toks)
    if mention is None or mention.kind == "pronoun":
        return None
    if mention.kind == "person" and not any(_is_cap(t.text) for t in toks):
        mention.kind = "generic"
    if mention.kind in ("role",) and not mention.name:
        mention.kind = "generic"
        mention.name = mention.phrase
    return mention
