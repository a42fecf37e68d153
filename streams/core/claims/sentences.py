"""Paragraphs and sentences, as code-point spans into the body.

Sentences never break inside a quotation (a quote of three sentences followed by "he said" is one
sentence for attribution purposes), and survive abbreviations (U.S., Sen., Dr., Jan., No.) and
initials (J. R. Smith).
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A newline that ends a paragraph: a blank line follows, or the line ends a sentence, or the next
# line opens a quotation or a dialogue dash.  A newline in the middle of a sentence is a wrap.
_BLANK_AFTER = re.compile(r"[ \t\r\f\v]*\n")
_OPENS_AFTER = re.compile(r"[ \t\r\f\v]*[\"“„«‘‚'—–-]")
_ENDS_LINE = frozenset('.!?:;"”’»…)')

# A candidate sentence end: terminators, optional closing marks, then white space.  The pattern
# opens with a character set (not a repetition), so re skips to candidates without trying every
# position; most paragraphs end sentences only with "." and use the faster literal form.
# A full stop glued to the next sentence ("… he added.Ushakov said …", common in scraped text) ends
# one too when a lower-case word comes before it and a capitalised word after it.
_GLUED = r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’»)\]]*(?=\s" + _GLUED + ")")
_TERMINATORS = ".!?…"
_DOT_BOUNDARY = re.compile(r"\.[.!?…]*[\"”’»)\]]*(?=\s" + _GLUED + ")")
_WORD_BEFORE = re.compile(r"(\S{1,20})$")
_NEXT_WORD = re.compile(r"\s*([\"“„«‘(\[]?)(\S{0,20})")

# Abbreviations written with a capital (Sen., Jan., No.) and ones written in lower case (vs., bzw.).
TITLES = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt capt sgt maj adm cmdr brig cpl rev fr st mt hon pres supt insp
    det jr sr no nos art fig vol ch sec jan feb mar apr jun jul aug sep sept oct nov dec dept univ ave
    blvd rd ft messrs mme mlle sra srta dña nr""".split()
)
LOWER_ABBREVIATIONS = frozenset(
    """vs pp approx est ca bzw vgl ggf usw evtl z.b d.h u.a г гг им ул т тыс млн млрд руб св стр
    т.е т.д т.п""".split()
)
_CORPORATE = frozenset("inc corp co ltd plc llc etc bros".split())
_PLAIN_EXCEPTIONS = LOWER_ABBREVIATIONS | _CORPORATE
_OPEN_MARKS = frozenset('"“„«‘([')
_CURRENCY = frozenset("$£€¥")
SENTENCE_STARTERS = frozenset(
    """The A An He She It They We I You But And In On At This That These Those There Its His Her
    Their Our However Meanwhile Mr Mrs Ms Dr After Before When While As If Although Some Many Most
    Last Earlier Later Now So Yet Still Officials Police""".split()
)


# A dateline opening a story: "ROTTERDAM, March 4 (Wirestream News) - ", "LONDON (Reuters) - ",
# "МОСКВА, 4 марта. /ТАСС/. ", "BERLIN — ", "LORMONT, 7 mars (AFP) - ".  The city is written in
# capitals, or in mixed case when an agency in brackets or slashes follows.  Every repetition is
# bounded, and the pattern is only tried at the start of the first paragraphs.
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_CITY_CAPS = rf"[{_UP}][{_UP}'’.-]{{2,}}(?:[ \t]+[{_UP}][{_UP}'’.-]+){{0,3}}"
_CITY_MIXED = rf"[{_UP}][\w'’.-]+(?:[ \t]+[{_UP}][\w'’.-]+){{0,2}}"
_DATE = r"(?:,[ \t]*(?=[^,()/\n]{0,14}\d)[^\s,()/][^,()/\n]{0,24}?)?"  # with a digit: "March 4"
_AGENCY = r"[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,20}/)"
_DATELINE = re.compile(
    rf"(?:{_CITY_CAPS}{_DATE}(?:{_AGENCY})?|{_CITY_MIXED}{_DATE}{_AGENCY})"
    r"(?:[ \t]*(?:--?|[—–])[ \t]+|(?<=/)\.?[ \t]+)"
)
_DATELINE_FIRST = re.compile(rf"[{_UP}]")


def dateline_end(body: str, p_start: int, p_end: int) -> int:
    """End of a dateline opening body[p_start:p_end] (where the story proper begins), or p_start."""
    if not _DATELINE_FIRST.match(body, p_start, p_end):
        return p_start
    m = _DATELINE.match(body, p_start, min(p_end, p_start + 120))
    if m is None or m.end() >= p_end:
        return p_start
    city = body[p_start : m.end()].split(",")[0].split("(")[0].split("/")[0]
    if "(" not in m.group(0) and "/" not in m.group(0) and not any(c.isupper() for c in city[1:]):
        return p_start  # a mixed-case word before a dash without an agency: no dateline
    return m.end()


def paragraph_spans(body: str, limit: int) -> list[tuple[int, int]]:
    """Spans of paragraphs (trimmed of surrounding white space) within body[:limit]."""
    spans: list[tuple[int, int]] = []
    start = 0
    pos = body.find("\n", 0, limit)
    while pos >= 0:
        last = pos - 1  # the last character of the line that is no white space
        while last >= start and body[last].isspace():
            last -= 1
        is_break = (
            last < start
            or _BLANK_AFTER.match(body, pos + 1, limit) is not None
            or body[last] in _ENDS_LINE
            or _OPENS_AFTER.match(body, pos + 1, limit) is not None
        )
        if is_break:
            _add_trimmed(body, start, pos, spans)
            start = pos + 1
        pos = body.find("\n", pos + 1, limit)
    _add_trimmed(body, start, limit, spans)
    return spans


def _add_trimmed(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    if start < end and (body[start].isspace() or body[end - 1].isspace()):
        segment = body[start:end]
        left = segment.lstrip()
        start += len(segment) - len(left)
        end = start + len(left.rstrip())
    if end > start:
        spans.append((start, end))


def _inside(pos: int, regions: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when pos falls strictly inside a quotation region (open mark < pos < close end)."""
    i = bisect_right(starts, pos - 1) - 1
    return i >= 0 and regions[i][0] < pos < regions[i][1]


def _is_abbreviation(body: str, dot: int, para_start: int, para_end: int) -> bool:
    """Does the '.' at body[dot] end an abbreviation or initial rather than a sentence?"""
    lo = max(para_start, dot - 20)
    space = max(body.rfind(" ", lo, dot), body.rfind("\n", lo, dot), body.rfind("\t", lo, dot))
    word = body[space + 1 if space >= 0 else lo : dot]
    if not word or not word.isprintable() or "\xa0" in word:
        word_match = _WORD_BEFORE.search(body, lo, dot)  # rare: other white space
        if not word_match:
            return False
        word = word_match.group(1)
    word = word.lstrip("(\"“'‘«„")
    if "-" in word and word[:1].islower():
        word = word.rsplit("-", 1)[1]  # "then-Sen. Barack Obama", "ex-Gov. Ann Reid": the title
    bare = word.lower().rstrip(".")
    after = dot + 1
    while after < para_end and body[after] in ")]":
        after += 1  # "Sen. Ann Reid (R-Ky.) said": the word after the bracket decides
    next_match = _NEXT_WORD.match(body, after, para_end)
    next_word = next_match.group(2) if next_match else ""
    next_quote = next_match.group(1) if next_match else ""
    if next_word[:1].islower() or next_word[:1].isdigit():
        return True
    if word[:1].isdigit() or (word[:1] in _CURRENCY and word[1:2].isdigit()):
        return False  # a number ends the sentence: "rose 8.6%. Next", "cost $3.8m. The"
    acronym = len(word) > 1 and word.isupper() and word.isalpha()  # "the SEC." is no "Sec."
    if not next_quote and (
        (bare in TITLES and word[:1].isupper() and not acronym)
        or (bare in LOWER_ABBREVIATIONS and word[:1].islower())
    ):
        return True
    if len(word) == 1 and word.isupper() and word.isalpha():
        return True  # an initial: J. R. Smith
    if "." in word or bare in _CORPORATE:
        # U.S. / a.m. / Inc.: a sentence end only if a typical sentence opener follows.
        return next_word.rstrip(",") not in SENTENCE_STARTERS and not next_quote
    return False


def _lower_word_after(body: str, pos: int, end: int) -> bool:
    """Does the next word after pos (white space skipped) start in lower case?"""
    while pos < end and body[pos].isspace():
        pos += 1
    return pos < end and body[pos].islower()


def _boundary_pattern(body: str, start: int, end: int) -> re.Pattern[str]:
    """_DOT_BOUNDARY for text without "!", "?" and "…" (most paragraphs), else _BOUNDARY."""
    for mark in "!?…":
        if body.find(mark, start, end) >= 0:
            return _BOUNDARY
    return _DOT_BOUNDARY


def sentence_spans(
    body: str, para: tuple[int, int], quote_regions: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph; never split inside a quotation region."""
    p_start, p_end = para
    starts = [r[0] for r in quote_regions]
    spans: list[tuple[int, int]] = []
    start = p_start
    for match in _boundary_pattern(body, p_start, p_end).finditer(body, p_start, p_end):
        end = match.end()
        if starts and _inside(end, quote_regions, starts):
            continue
        dot = match.start()
        if body[dot] == "." and body[dot + 1] not in _TERMINATORS:  # one ".", maybe closing marks
            lo = max(p_start, dot - 20)
            word = body[body.rfind(" ", lo, dot) + 1 or lo : dot]
            if word.isalpha() and word.islower() and word not in _PLAIN_EXCEPTIONS:
                # fast path for "said. The": an ordinary lower-case word ends a sentence unless
                # the next word starts in lower case or with a digit
                j = dot + 1
                while j < p_end and body[j].isspace():
                    j += 1
                nxt = body[j : j + 2]
                if nxt[:1] in _OPEN_MARKS:
                    nxt = nxt[1:]
                if nxt[:1].islower() or nxt[:1].isdigit():
                    continue
            elif _is_abbreviation(body, dot, p_start, p_end):
                continue
        elif body[dot] in "!?" and _lower_word_after(body, end, p_end):
            continue  # 'She declared “What a night!” and said …': the sentence goes on
        while body[start].isspace():  # the span ends in a terminator or mark: trim its start only
            start += 1
        spans.append((start, end))
        start = end
    _add_trimmed(body, start, p_end, spans)
    return spans
