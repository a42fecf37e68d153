"""Who a speaker phrase is: the article's people and organisations (a name pass over capitalised
runs) and the resolution of surnames, nominal speakers ("the minister", "the newspaper") and
pronouns to the latest compatible mention.  Where a claim's speaker is finally decided:
`Registry.resolve`."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass

from .cues import ORG_HEADS, Lexicon
from .mentions import GROUP_HEADS, Mention, _classify, _is_initial, _nominal, _strip_article, is_role
from .names import (
    _FIRST_NAMES,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    _marker_gender,
    lex_roles_singular,
    ru_citation_form,
    ru_role_nominative,
)
from .sentences import dateline_end, paragraph_spans


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

    def __init__(
        self,
        body: str,
        limit: int,
        lex: Lexicon,
        excluded: list[tuple[int, int]],
        paragraphs: list[tuple[int, int]] | None = None,
    ):
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
        self._paragraphs = paragraphs if paragraphs is not None else paragraph_spans(body, limit)
        self._story_starts: set[int] = set()

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
        self._story_starts = {  # where a story opens after its dateline ("LONDON (Reuters) - ")
            dateline_end(self.body, start, end) for start, end in self._paragraphs[:3]
        }
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
        opens = start == 0 or self.body[start - 1] == "\n" or start in self._story_starts
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
                    if k == seg_start:
                        self._honorific_surname(words, k, run, start, gender, weak=True)
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
                elif k - seg_start == 1:
                    self._honorific_surname(words, seg_start, run, start, gender, weak)
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

    def _honorific_surname(
        self, words: list[str], k: int, run: str, start: int, gender: str | None, weak: bool
    ) -> None:
        """English "Mr. Trump", "Mrs. Clinton": a surname after an honorific names a person — the
        one of that surname named in full, else a person known by the surname alone."""
        if self.lex.code != "en" or k == 0 or words[k - 1] not in self.lex.honorifics:
            return
        surname = _bare(words[k])
        if surname.lower() in _NOT_SURNAME or len(surname) < 2:
            return
        pos = start + run.find(words[k])
        if self._inside_quote(pos):
            return
        hits = self.by_surname.get(surname.lower())
        entity = hits[-1] if hits else self._add(surname, "person", None, gender, register=False)
        entity.gender = entity.gender or gender
        self.timeline.append((pos, entity, 2 if weak else 0))

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
                and not (first.endswith("ing") and len(first) > 4)  # "Chasing Trump", "Bashing Clinton"
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
        if len(segment) == 2 and lex.code == "ru" and first not in _FIRST_NAMES:
            cited = ru_citation_form(segment)  # "режиссёра Павла Орлова": kept as "Павел Орлов"
            if cited is not None:
                name, first_gender = cited
                role = ru_role_nominative(role, lex)
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
            english = self.lex.code == "en"  # (English inflects no names: Francis is no Franco)
            for surname, found in self.by_surname.items():
                if english:
                    if low == surname + "s":
                        hits = found
                        break
                    continue
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
        if kind in ("generic", "org", "outlet") and mention.phrase[:4].lower() == "the ":
            known = self._named_before(mention, pos)
            if known is not None:
                self.timeline.append((pos, known, 0))
                return known.name, known.role, [known.name]
        if kind == "pronoun":
            if mention.gender == "first":
                return None, None, []  # the writer: nobody named in the article
            entity = self._pronoun(mention.gender, pos)
            if entity is None and mention.gender == "pl" and self.lex.code == "en":
                entity = self._plural_subject(pos)
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
            role = mention.role
            if self.lex.code == "ru":  # "по словам чиновников": the citation form, "чиновники"
                name, role = ru_role_nominative(name, self.lex) or name, ru_role_nominative(role, self.lex)
            gender = mention.gender or next(
                (g for w in (role or "").split() if (g := _marker_gender(w, self.lex))), None
            )
            entity = self._add(name, "person", role, gender)
            entity.evidence = True
            self.timeline.append((pos, entity, 0))
            return name, role, [name]
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
                else words[-1]
                if words
                else ""
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

    def _plural_subject(self, pos: int) -> Entity | None:
        """English "they" with no group, organisation or people named before it: the plural noun
        that opens this sentence or one of the two before ("Senate Democrats blocked the bill because
        they said …", "Local mayors met on Monday. They said …")."""
        body = self.body
        end = pos
        for _ in range(3):
            start = max(body.rfind(". ", 0, end), body.rfind("\n", 0, end), body.rfind("? ", 0, end)) + 1
            if end - start > 400:
                return None
            found = _opening_plural(body, start, end, self.lex)
            if found is not None:
                entity = self._add(found, "generic", None, "pl")
                self.timeline.append((pos, entity, 0))
                return entity
            if start <= 0:
                break
            end = start - 1
        return self._plural_noun_before(pos)

    def _plural_noun_before(self, pos: int) -> Entity | None:
        """English "they" still unresolved: the last plural group noun of this sentence or the one
        before ("… too great for Republicans to resist. They say …", "the crowd … They said")."""
        body = self.body
        start = max(0, pos - 300)
        for stop in (". ", "? ", "! ", "\n"):
            first = body.rfind(stop, start, pos)
            if first >= 0:
                second = body.rfind(stop, start, first)
                start = max(start, second + 1) if second >= 0 else start
        last = None
        for m in _PLURAL_GROUP.finditer(body, start, pos):
            if not self._inside_quote(m.start()):
                last = m
        if last is None:
            return None
        entity = self._add(_strip_article(last.group(0)), "generic", None, "pl")
        self.timeline.append((pos, entity, 0))
        return entity

    def _named_before(self, mention: Mention, pos: int) -> Entity | None:
        """ "the newspaper said" after The Wall Street Journal, "the US news channel said" after CNN,
        "the company said" after Harwick Rail: the outlet or organisation named before."""
        words = mention.phrase.split()
        head = words[-1].lower() if words else ""
        if head not in _COREFERENT_HEADS or any(
            w[:1].isupper() for w in words[1:] if w not in ("US", "U.S.")
        ):
            return None
        self._scan()
        for wanted in _COREFERENT_HEADS[head]:
            for at, known, _ in self._latest_first():
                if (
                    at < pos
                    and known.name[:1].isupper()
                    and (known.kind in wanted or _classify(known.name.split(), False) in wanted)
                ):
                    return known
        if _COREFERENT_HEADS[head] == _ORG_ONLY:
            # "Harwick Rail cancelled 40 trains. The company said …": a name that opened a sentence
            # with nothing making it a person (a guess) is the organisation the noun refers to — not
            # for "the group" ("Ann Lee has been detained …, the rights group says": a person)
            for at, known, rank in self._latest_first() if head not in _GROUP_WORDS else ():
                if (
                    at < pos
                    and pos - at < 1500
                    and rank == 1
                    and not known.evidence
                    and known.kind == "person"
                    and known.name.split()[0].lower() not in _FIRST_NAMES
                ):
                    known.kind, known.gender = "org", "n"
                    return known
            return self._organisation_named_before(head, pos)
        return None

    def _organisation_named_before(self, head: str, pos: int) -> Entity | None:
        """ "Scooter maker Lumen Motors is recalling …, the company said": the nearest name before it
        (in the last ~600 characters, a claim's content included) whose own head makes it the kind
        of organisation the noun names."""
        wanted = _GROUP_NAME_HEADS if head in _GROUP_WORDS else _COMPANY_NAME_HEADS
        found, found_at = None, -1
        body, since = self.body, max(0, pos - 600)
        for m in _CAP_RUN.finditer(body, since, pos):
            words = [w.strip(",.;:'’\"”") for w in m[0].split()]
            if self._affiliation_before(m.start()):
                continue  # "an analyst at Merrow Capital": someone's employer, not the story's company
            if words and words[-1].lower() in wanted and len(words) >= 2:
                found, found_at = " ".join(w for w in words if w not in self.lex.cap_stop), m.start()
        if head not in _GROUP_WORDS:
            for m in _BRAND.finditer(body, max(since, found_at + 1), pos):
                # "FerryLink has raised …. According to the company": a brand written as one word
                if not self._affiliation_before(m.start()) and m[0].lower() not in self.by_surname:
                    found = m[0]
        if not found:
            return None
        entity = self._add(found, "org", None, "n")
        self.timeline.append((pos, entity, 0))
        return entity

    def _affiliation_before(self, start: int) -> bool:
        before = self.body[max(0, start - 6) : start].split()[-1:]
        return bool(before) and before[0].lower() in _AFFILIATION_BEFORE

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
            cited = ru_citation_form(words)
            if cited is not None:  # nobody named in the nominative: the citation form by rule
                name, gender = cited
                role = ru_role_nominative(role, self.lex)
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
        # "the Florida senator" is not the Vermont senator: when both roles carry capitalised words,
        # they must share one ("the South African archbishop" is still the one "Archbishop")
        marks = {w.lower() for w in role.split() if w[:1].isupper() and w.lower() not in heads}
        for at, entity, _ in self._latest_first():
            if at < pos and entity.role and heads & {w.lower() for w in entity.role.split()}:
                if entity.kind != "person":
                    continue
                if marks:
                    held = {w.lower() for w in entity.role.split() if w[:1].isupper()} - heads
                    if held and not marks & held:
                        continue  # the holder's role names another place or body
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
                if not ok and gender == "n" and best[2] is None and _maybe_org(entity):
                    # "Harwick Rail said … It said": a name read as a person's, with no first name
                    # and no gender, is the organisation "it" refers to when nothing else is
                    best[2] = entity
            if not ok:
                continue
            if rank == 0 and self.contents and at not in self._speaker_at and self._inside_content(at):
                rank = 2  # talked about in a claim, not speaking
            if rank == 0:
                return entity
            if best[rank] is None:
                best[rank] = entity
        return best[1] or best[2]


_OUTLET_FIRST = (frozenset({"outlet"}), frozenset({"org"}))
_ORG_ONLY = (frozenset({"org"}),)
# nominal heads that refer back to the outlet or organisation named before (kinds tried in order)
# the last word of an organisation's name that "the company" / "the group" can refer back to
_COMPANY_NAME_HEADS = frozenset(
    "motors corp corporation inc ltd plc holdings group airlines airways bank securities partners "
    "studios records company capital industries systems technologies pharmaceuticals energy".split()
)
_GROUP_NAME_HEADS = frozenset(
    "group union association federation foundation committee council institute league "
    "organisation organization alliance coalition network campaign trust".split()
)
_GROUP_WORDS = frozenset("group organisation organization".split())
_AFFILIATION_BEFORE = frozenset("at of for with from by".split())
#: One word with a capital inside it, as brands are written (FerryLink, PayPal, JetBlue), not as
#: surnames are (McCain, DeSantis, MacArthur).
_BRAND = re.compile(r"\b(?!Mac)[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]+)+\b")

_COREFERENT_HEADS = {
    **dict.fromkeys(
        "newspaper paper daily tabloid channel network broadcaster magazine outlet website station "
        "agency".split(),
        _OUTLET_FIRST,
    ),
    **dict.fromkeys(
        "company firm group organisation organization carmaker retailer lender bank".split(), _ORG_ONLY
    ),
}


_OPENING_SKIP = frozenset(
    "but and so still yet now meanwhile however instead also then later many most some other several".split()
)
_VERB_LIKE = re.compile(r"(?:[a-z]+ed|said|say|says|told|met|are|were|have|had|will|would|could|can|did)$")
_PLURAL_HEAD = re.compile(r"(?:ers|ors|ists|ans|ents|ants|ies|ats|ives|ees)$")
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


# plural nouns of people a "they" can refer back to: a party or nation's people, or a group head
_PLURAL_GROUP = re.compile(
    r"\b(?:the\s+)?(?:(?:[A-Z][a-z]+(?:ans|ats|ists|ers|ites))|(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(GROUP_HEADS))
    + r"))\b|\bthe\s+(?:[a-z]+\s+)?crowd\b"
)


def _opening_plural(body: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The plural noun phrase that opens body[start:end] ("Senate Democrats", "Local mayors",
    "Protest groups"), up to its verb; None when the sentence opens otherwise."""
    words = _WORD.findall(body, start, min(end, start + 120))
    k = 0
    while k < len(words) and words[k].lower() in _OPENING_SKIP:
        k += 1
    if k < len(words) and words[k].lower() in ("the", "these", "those", "their", "both"):
        k += 1
    head = k
    while head < len(words) and head - k < 4 and words[head].isalpha():
        word = words[head]
        low = word.lower()
        plural = low.endswith("s") and not low.endswith("ss")
        if low in ("police", "staff", "people") or (
            plural
            and (
                word[:1].isupper()
                or low in lex.generic
                or is_role(low, lex)
                or is_role(low[:-1], lex)  # "candidates", "delegates"
                or _PLURAL_HEAD.search(low) is not None
            )
        ):
            nxt = words[head + 1] if head + 1 < len(words) else ""
            verb_next = nxt.isalpha() and nxt.islower() and nxt not in ("of", "and", "in", "at", "for")
            if not verb_next and nxt in ("of", "in", "at", "for"):
                # "Critics of the plan met on Monday": a short phrase, then the verb
                tail = words[head + 2 : head + 7]
                verb_next = any(_VERB_LIKE.match(w) for w in tail) and all(w.isalnum() for w in tail[:2])
            if verb_next:
                phrase = " ".join(words[k : head + 1])
                return None if words[k] in lex.cap_stop or words[k] in lex.pronouns else phrase
            return None
        if not (word[:1].isupper() or word.islower()) or low in ("it", "he", "she", "they", "we", "i"):
            return None
        head += 1
    return None


def _maybe_org(entity: Entity) -> bool:
    words = entity.name.split()
    return (
        entity.kind == "person"
        and entity.gender is None
        and entity.role is None
        and len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() not in _FIRST_NAMES
    )


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
