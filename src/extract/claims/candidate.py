"""A claim found but not yet attributed, and the rules that shape its content span.

FACTS.md §2.2: a direct span is what lies inside the marks; an indirect span
runs from the first word after ``que`` / ``de`` / ``à`` to its end, final
punctuation excluded; a mixed span keeps a closing mark that ends it.

>>> text = "Il accuse Amazon de « tricher »."
>>> shape_content(text, 20, 31, find_quotes(text)[0])
(21, 28, 'direct')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .patterns import CLAUSE_BREAK, COMMENT_CLAUSE, CONNECTIVES, LEAD, PRONOUN_NEXT, TRAIL
from .quotes import Quote, find_quotes  # noqa: F401  (find_quotes: doctest)


@dataclass
class Candidate:
    """A claim before its source is resolved: content, cue and the phrase that names the source."""

    start: int
    end: int
    mode: str
    cue: str | None
    category: str
    source: Span | None = None  # the phrase as written, resolved later
    source_rule: str = "phrase"  # "phrase" | "previous" | "none"
    target: Span | None = None
    rule: str = ""
    anchor: int = -1  # char offset of the cue, for antecedents and ordering
    passive: bool = False


def shape_content(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int, str] | None:
    """Trimmed content span and its mode, or None when nothing is left."""
    while start < end and text[start] in LEAD:
        start += 1
    while end > start and text[end - 1] in TRAIL:
        end -= 1
    if end - start < 2:
        return None
    m = next(
        (
            m
            for m in CLAUSE_BREAK.finditer(text, start, end)
            if not _in_quote(m.start(), quotes)
            # ``, alors qu'elles ...`` goes on with the topic; ``, ce qu'il conteste`` never does.
            and (COMMENT_CLAUSE.match(m.group()) or not PRONOUN_NEXT.match(text, m.end()))
        ),
        None,
    )
    if m is not None and m.start() > start:
        end = m.start()
    inside = [q for q in quotes if q.open < end and q.outer_end > start]
    if not inside:
        return start, end, "indirect"
    last = inside[-1]
    if start < last.open and last.close is not None and end <= last.close and last.end <= end + 1:
        # ``salue une décision « exemplaire »``: the parse stopped at the last quoted word;
        # the quote closes the content, with its mark.
        end = last.outer_end
    for q in inside:
        if q.open < start <= q.start and q.close is not None and q.close < end:
            start = q.open  # ``réclame « une enquête » sur ...``: the parse began after the mark
    outside = text[start:end]
    for q in reversed(inside):
        a, b = max(q.open, start) - start, min(q.outer_end, end) - start
        outside = outside[:a] + " " + outside[b:]
    words = [w for w in re.findall(r"\w+", outside)]
    if len(inside) == 1 and (not words or len(words) == 1 and words[0].casefold() in CONNECTIVES):
        q = inside[0]
        return q.start, q.end, "direct"
    opening = next((q for q in inside if q.open == start), None)
    if opening is not None and (opening.close is None or opening.close >= end):
        # The quote runs past the span's end: its opening mark alone would dangle.
        start += 1
        while start < end and text[start].isspace():
            start += 1
    return start, end, "mixed"


_LAST_TEXT: list = [None, ""]


def doc_text(doc: Doc) -> str:
    """``doc.text`` joins every token on each access; the rules read it often, so the text
    of the Doc being processed is kept once."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[0], _LAST_TEXT[1] = doc, doc.text
    return _LAST_TEXT[1]


def _in_quote(pos: int, quotes: list[Quote]) -> bool:
    return any(q.open <= pos < q.outer_end for q in quotes)


def quote_at(pos: int, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        if q.open <= pos < q.outer_end:
            return q
    return None
