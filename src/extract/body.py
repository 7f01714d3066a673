"""Find the article body in scraped text, leaving out web-page boilerplate (FACTS.md §1).

General heuristics, no site templates:

- blocks repeated within the document (press-contact blocks, menus printed twice),
  and short lines shared by many documents of the corpus (a site's template);
- navigation and call-to-action lines from a lexicon (``Faire un don``, ``Aller au contenu``);
- a header region: everything before the first paragraph of prose that is boilerplate
  or stands before such a line;
- a teaser list after the article, from a heading (``Sur le même sujet``, ``À lire aussi``)
  or from a run of ``Publié le`` lines, to the end.

The body is a list of ``[start, end]`` character ranges; offsets stay offsets
into the whole text.

>>> text = "Faire un don\\nLe maire de Lyon a annoncé lundi un plan pour les écoles de la ville, a-t-il dit.\\nÀ lire aussi\\nUn autre article"
>>> [text[s:e] for s, e in find_body(text)]
['Le maire de Lyon a annoncé lundi un plan pour les écoles de la ville, a-t-il dit.']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lexicons import load
from .textnorm import strip_accents

_LEX = load("boilerplate.json")
_LINES = set(_LEX["lines"])
_PREFIXES = tuple(_LEX["line_prefixes"])
_TEASERS = set(_LEX["teaser_headings"])
_PUBLISHED = re.compile(r"^(publie|mis a jour) le\b")
_CONTACT = re.compile(r"(\+?\d[\d .-]{7,}\d)|([\w.+-]+@[\w-]+\.[\w.]+)|(https?://\S+)")
# A paragraph of prose: long enough and made of sentences.
_PROSE_WORDS = 15


@dataclass
class _Line:
    start: int
    end: int
    text: str
    key: str  # normalized, for lexicon look-ups and repetition


def _normalize(line: str) -> str:
    line = strip_accents(line.casefold()).replace("’", "'")
    line = re.sub(r"[\s:|•·–—\-]+$", "", line.strip())
    line = re.sub(r"^[\s•·|\-–—>#*\[\]]+", "", line)
    return " ".join(line.split())


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(start + lead, start + len(raw.rstrip()), raw.strip(), _normalize(raw)))
    return out


def _is_prose(line: _Line) -> bool:
    return len(line.text.split()) >= _PROSE_WORDS and bool(re.search(r"[.!?»”\"]\s*$|[.!?] ", line.text))


def _is_contact(line: _Line) -> bool:
    stripped = _CONTACT.sub("", line.text)
    return len(stripped.split()) <= 4 and stripped != line.text


def _is_template_candidate(line: _Line) -> bool:
    """Short, non-prose lines: what site templates repeat (menus, banners, contact lines)."""
    return len(line.text) < 200 and not _is_prose(line)


class CorpusLines:
    """How many documents of a corpus each short non-prose line appears in.

    A line that many documents share (a site's menu, its donation banner) is
    template, not article. Prose lines are never counted, so that the same
    wire story printed in several documents keeps its text.

    >>> corpus = CorpusLines.from_texts(["Accueil\\nLe maire de Lyon a parlé."] * 6)
    >>> corpus.is_template("accueil")
    True
    """

    MIN_DOCS = 5
    MIN_SHARE = 0.02
    # Every so many documents, lines seen only once are forgotten, so that memory stays
    # flat over a big archive (titles and captions are unique). A line loses at most one
    # count per round, nothing next to the 2% a template needs.
    PRUNE_EVERY = 10_000

    def __init__(self) -> None:
        self.counts: Counter[int] = Counter()
        self.documents = 0

    def add(self, text: str) -> None:
        self.documents += 1
        self.counts.update({hash(line.key) for line in _lines(text) if _is_template_candidate(line)})
        if self.documents % self.PRUNE_EVERY == 0:
            self.counts = Counter({key: n for key, n in self.counts.items() if n > 1})

    @classmethod
    def from_texts(cls, texts) -> CorpusLines:
        corpus = cls()
        for text in texts:
            corpus.add(text)
        return corpus

    def is_template(self, key: str) -> bool:
        threshold = max(self.MIN_DOCS, self.MIN_SHARE * self.documents)
        return self.counts.get(hash(key), 0) >= threshold


def _boilerplate_lines(lines: list[_Line], corpus: CorpusLines | None) -> list[bool]:
    counts = Counter(line.key for line in lines)
    flags = []
    for line in lines:
        candidate = _is_template_candidate(line)
        repeated = counts[line.key] > 1 and candidate
        flags.append(
            line.key in _LINES
            or line.key.startswith(_PREFIXES)
            or (repeated and (_is_contact(line) or len(line.text.split()) <= 12))
            or (candidate and corpus is not None and corpus.is_template(line.key))
        )
    return flags


def _teaser_start(lines: list[_Line], first_prose: int) -> int | None:
    """Index of the line that opens the teaser list after the article, if any."""
    for i in range(first_prose + 1, len(lines)):
        if lines[i].key in _TEASERS:
            return i
    published = [i for i in range(first_prose + 1, len(lines)) if _PUBLISHED.match(lines[i].key)]
    if len(published) >= 2:
        # The teaser's own title stands just before its first "Publié le" line.
        return max(first_prose + 1, published[0] - 1)
    return None


def find_body(text: str, corpus: CorpusLines | None = None) -> list[tuple[int, int]]:
    """Character ranges of the article body; the whole text when nothing looks like boilerplate.

    ``corpus`` adds the lines shared by many documents of the same run.
    """
    lines = _lines(text)
    if not lines:
        return [(0, len(text))]
    flags = _boilerplate_lines(lines, corpus)
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line) and not flags[i]), None)
    if first_prose is None:
        return [(0, len(text))] if not any(flags) else _ranges(lines, flags)
    # Header region: a boilerplate line before the first prose paragraph takes all lines above it.
    last_header_bp = max((i for i in range(first_prose) if flags[i]), default=None)
    if last_header_bp is not None:
        for i in range(last_header_bp):
            flags[i] = True
    teaser = _teaser_start(lines, first_prose)
    if teaser is not None:
        for i in range(teaser, len(lines)):
            flags[i] = True
    if not any(flags):
        return [(0, len(text))]
    return _ranges(lines, flags)


def _ranges(lines: list[_Line], flags: list[bool]) -> list[tuple[int, int]]:
    """Merge consecutive kept lines into ranges."""
    ranges: list[tuple[int, int]] = []
    previous_kept = False
    for line, boilerplate in zip(lines, flags, strict=True):
        if not boilerplate:
            if previous_kept:
                ranges[-1] = (ranges[-1][0], line.end)
            else:
                ranges.append((line.start, line.end))
        previous_kept = not boilerplate
    return ranges
