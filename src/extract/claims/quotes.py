"""Quoted segments of a text: ``« ... »``, ``“ ... ”`` and ``" ... "``.

Only outermost quotes are segments (a quote inside a quote belongs to it). A
quote that runs over several paragraphs, each reopening with ``«``, is one
segment; a paragraph cut in mid-sentence (a line wrap) does not close a quote.
Unbalanced marks never raise: an unclosed quote ends with its paragraph and a
warning is kept.

>>> segs, warns = find_quotes("Il a dit : « Nous partons. » Puis « rien »")
>>> [(s.text("Il a dit : « Nous partons. » Puis « rien »")) for s in segs]
['Nous partons.', 'rien']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing mark; a straight quote closes itself
PAIRS = {"«": "»", "“": "”", '"': '"'}
CLOSERS = {v: k for k, v in PAIRS.items()}
_SENTENCE_END = re.compile(r"[.!?…»”\"]\W*$")
_DECORATION = " \t*_"


@dataclass(frozen=True)
class Quote:
    """An outermost quoted segment: marks at ``open`` and ``close`` (None if unclosed)."""

    open: int
    close: int | None
    start: int  # content, marks and inner spaces excluded
    end: int

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> tuple[list[Quote], list[str]]:
    """Outermost quoted segments of ``text`` in order, and warnings on unbalanced marks."""
    quotes: list[Quote] = []
    warnings: list[str] = []
    stack: list[tuple[str, int]] = []  # (opening mark, position)
    paragraphs = [p for p in _paragraphs(text) if text[p[0] : p[1]].strip(_DECORATION)]
    for n, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if stack:
            # A quote reopened at the head of the next paragraph continues the open one.
            lead = p_start
            while lead < p_end and text[lead] in _DECORATION:
                lead += 1
            if lead < p_end and text[lead] == stack[0][0]:
                i = lead + 1
        while i < p_end:
            c = text[i]
            if stack and c == PAIRS[stack[-1][0]]:
                mark, pos = stack.pop()
                if not stack:
                    quotes.append(Quote(pos, i, *_trim(text, pos + 1, i)))
            elif c in PAIRS and c != '"' or (c == '"' and not (stack and stack[-1][0] == '"')):
                stack.append((c, i))
            elif c in CLOSERS and any(m == CLOSERS[c] for m, _ in stack):
                # Closes an outer quote whose inner quotes were left open.
                while stack[-1][0] != CLOSERS[c]:
                    stack.pop()
                mark, pos = stack.pop()
                warnings.append(f"unclosed quotation mark inside the quote at {pos}")
                if not stack:
                    quotes.append(Quote(pos, i, *_trim(text, pos + 1, i)))
            elif c in CLOSERS:
                warnings.append(f"closing mark {c!r} at {i} has no opening mark; ignored")
            i += 1
        if stack:
            stack = _at_paragraph_end(text, stack, paragraphs, n, quotes, warnings)
    if stack:
        _close_unbalanced(text, stack, len(text.rstrip()), quotes, warnings)
    quotes.sort(key=lambda q: q.open)
    return quotes, warnings


def _at_paragraph_end(text, stack, paragraphs, n, quotes, warnings):
    p_start, p_end = paragraphs[n]
    # Inner quotes do not run over a paragraph break.
    while len(stack) > 1:
        warnings.append(f"quotation mark at {stack[-1][1]} is not closed in its paragraph")
        stack.pop()
    if stack[0][0] == '"':
        _close_unbalanced(text, stack, p_end, quotes, warnings)
        return []
    nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
    if nxt is not None:
        head = text[nxt[0] : nxt[1]].lstrip(_DECORATION)
        if head.startswith(stack[0][0]):
            return stack  # the quote goes on in the next paragraph
        if not _SENTENCE_END.search(text[p_start:p_end].rstrip(_DECORATION)):
            return stack  # a line cut in mid-sentence
    _close_unbalanced(text, stack, p_end, quotes, warnings)
    return []


def _close_unbalanced(text, stack, end, quotes, warnings):
    mark, pos = stack[0]
    warnings.append(f"quotation mark {mark!r} at {pos} is never closed; the quote ends with its paragraph")
    while end > pos and text[end - 1] in _DECORATION:
        end -= 1
    quotes.append(Quote(pos, None, *_trim(text, pos + 1, end)))
    stack.clear()
