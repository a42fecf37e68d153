"""Direct quotations: pair quote marks inside each paragraph in one linear pass.

Styles: “…”, "…", ‘…’, '…', «…», „…“, ‚…‘, ‹…›, ”…” (Nordic).  A quotation left open at the end of
a paragraph runs to the end of that paragraph; when the next paragraph opens with a quote mark the
two parts belong to one multi-paragraph quotation (the news convention: the opening mark is repeated,
the closing mark is left off until the quotation ends).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Quote marks, except an apostrophe between two letters or digits ("don't", "Blair's"), which can
# neither open nor close a quotation: a third of the marks in English news, skipped by the regex.
_MARKS = re.compile(r"[\"“”„«»‹›‘’‚'](?!(?<=[^\W_][‘’'])[^\W_])")
_CLOSERS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
    '"': '"',
    "'": "'",
    "”": "”",
}
#: An apostrophe that opens a word, not a quotation: the '60s, in '08, 'em, 'til, rock 'n' roll.
_ELIDED = re.compile(r"['‘](?:\d0s|em|til|cause|bout|n)\b")
#: A year cut to two digits after a preposition: "said in '08 that", "the class of ‘98".
_YEAR_AFTER = re.compile(r"\b(?:in|of|since|until|by|from|to|late|early|mid)\s$")


def _elided(body: str, pos: int) -> bool:
    """Does the apostrophe at body[pos] open a word rather than a quotation?"""
    if _ELIDED.match(body, pos):
        return True
    year = body[pos + 1 : pos + 4]
    return (
        len(year) >= 2
        and year[:2].isdigit()
        and not year[2:].isalnum()
        and _YEAR_AFTER.search(body, max(0, pos - 7), pos) is not None
    )


_MAX_DEPTH = 6
_TRIM_END = " \t\r\n\f\v,;:—–-"
_TRIM_START = " \t\r\n\f\v"


@dataclass(slots=True)
class Quotation:
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or -1 when left open at paragraph end
    start: int  # content span (trimmed, no marks)
    end: int
    paragraph: int
    continues_previous: bool = False  # second or later paragraph of a multi-paragraph quotation
    group: int = -1  # quotations of one multi-paragraph quotation share a group
    restarted: bool = False  # opened again inside the paragraph without the previous one closing

    @property
    def region_end(self) -> int:
        return self.close + 1 if self.close >= 0 else self.end


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _mark_positions(body: str, start: int, end: int) -> list[int]:
    """Where _MARKS matches in body[start:end].  ASCII text has only " and ' of them: two
    str.find loops find them in half the time of the regex."""
    if not body.isascii():
        return [m.start() for m in _MARKS.finditer(body, start, end)]
    found = []
    at = body.find('"', start, end)
    while at >= 0:
        found.append(at)
        at = body.find('"', at + 1, end)
    at = body.find("'", start, end)
    while at >= 0:
        if not (0 < at < end - 1 and body[at - 1].isalnum() and body[at + 1].isalnum()):  # "don't"
            found.append(at)
        at = body.find("'", at + 1, end)
    found.sort()
    return found


def _scan_paragraph(body: str, p_start: int, p_end: int, index: int) -> list[Quotation]:
    stack: list[tuple[str, int]] = []
    found: list[Quotation] = []
    restarted: set[int] = set()
    for pos in _mark_positions(body, p_start, p_end):
        mark = body[pos]
        prev = body[pos - 1] if pos > p_start else " "
        nxt = body[pos + 1] if pos + 1 < p_end else " "
        closes = bool(stack) and (
            (mark in _CLOSERS[stack[-1][0]] and _can_close(mark, prev, nxt))
            # '“It's unusual,“ said Ann Cole': an opening mark typed for the closing one after the
            # punctuation that ends the quotation (common in scraped copy)
            or (stack[-1][0] == mark == "“" and prev in ",.!?" and nxt.isspace())
            # '"… oppose that,” said X', '“… for her," Sanders said': straight and curly marks
            # mixed in one copy; only after the punctuation that ends a quoted sentence
            or (stack[-1][0] + mark in ('"”', '“"', "‘'", "'’") and prev in ",.!?" and not _is_letter(nxt))
        )
        if closes:
            opener, open_pos = stack.pop()
            if not stack:
                found.append(_make(body, open_pos, pos, index))
            continue
        if (
            mark == '"'
            and len(stack) == 1
            and stack[0][0] == '"'
            and prev.isspace()
            and body[p_start:pos].rstrip()[-1:] in ".!?,"
        ):
            # '"… it creates. "So unless …"': a paragraph break lost in the copy, or a new quoted
            # paragraph whose first one was never closed; straight quotes do not nest, so the
            # first quotation ends here and a new one (same speaker) begins
            quotation = Quotation(stack[0][1], -1, stack[0][1] + 1, pos, index)
            _trim(body, quotation)
            if quotation.end > quotation.start:
                found.append(quotation)
            stack = [(mark, pos)]
            restarted.add(pos)
            continue
        if (
            len(stack) < _MAX_DEPTH
            and _can_open(mark, prev, nxt, bool(stack))
            and not (mark in "'‘" and _elided(body, pos))
        ):
            stack.append((mark, pos))
    if stack:
        opener, open_pos = stack[0]
        at_paragraph_start = open_pos == p_start
        if opener not in "'‘" or at_paragraph_start:
            quotation = Quotation(open_pos, -1, open_pos + 1, p_end, index)
            _trim(body, quotation)
            if quotation.end > quotation.start:
                found.append(quotation)
    for q in found:
        q.restarted = q.open in restarted
    return found


def _can_close(mark: str, prev: str, nxt: str) -> bool:
    if mark in "’'‘":
        return not _is_letter(nxt) and not prev.isspace()
    if mark == '"':
        return not prev.isspace() or not _is_letter(nxt)
    return True


def _can_open(mark: str, prev: str, nxt: str, nested: bool) -> bool:
    if mark in "“„«‹‚":
        return True
    if mark == '"':
        return not nxt.isspace() or not _is_letter(prev)
    if mark in "‘'":
        return not _is_letter(prev) and not nxt.isspace()
    if mark == "”":  # Nordic ”…”, only when it clearly opens
        return not nested and prev.isspace() and _is_letter(nxt)
    return False


def _make(body: str, open_pos: int, close_pos: int, index: int) -> Quotation:
    quotation = Quotation(open_pos, close_pos, open_pos + 1, close_pos, index)
    _trim(body, quotation)
    return quotation


def _trim(body: str, q: Quotation) -> None:
    start, end = q.start, q.end
    while start < end and body[start] in _TRIM_START:
        start += 1
    while end > start and body[end - 1] in _TRIM_END:
        end -= 1
    q.start, q.end = start, end


def find_quotations(body: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """All outermost quotations, in body order, with multi-paragraph quotations grouped."""
    quotations: list[Quotation] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        quotations.extend(_scan_paragraph(body, p_start, p_end, index))
    group = 0
    for i, q in enumerate(quotations):
        prev = quotations[i - 1] if i else None
        if prev is not None and (
            q.restarted
            or (prev.close < 0 and prev.paragraph == q.paragraph - 1 and q.open == paragraphs[q.paragraph][0])
        ):
            q.continues_previous = True
            q.group = prev.group
        else:
            group += 1
            q.group = group
    return quotations
