"""The :class:`Mention` record and the helpers every mention rule shares.

>>> m = make_mention(doc, 0, 2, "ner", model_label="ORG")   # doctest: +SKIP
>>> m.text, m.source                                         # doctest: +SKIP
('Amnesty International', 'ner')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..doctext import doc_text


@dataclass
class Mention:
    """A name mention between tokens ``start`` and ``end``, with the rule that found it."""

    start: int
    end: int
    source: str
    text: str
    model_label: str | None = None
    # How much the model's label is worth here: less when the model's span held other words
    # (`siège de Paris` -> `Paris`), its label being about the whole span.
    model_weight: float = 1.0
    head_label: str | None = None  # type told by an opening noun (`ministère` -> ORG)
    start_char: int = 0
    end_char: int = 0
    votes: dict[str, float] = field(default_factory=dict)

    def vote(self, label: str, weight: float) -> None:
        self.votes[label] = self.votes.get(label, 0.0) + weight


def make_mention(doc: Doc, start: int, end: int, source: str, **kw) -> Mention:
    span = doc[start:end]
    return Mention(start, end, source, span.text, start_char=span.start_char, end_char=span.end_char, **kw)


def shouted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Char ranges of lines written in capitals (headlines, banners), where the model is lost."""
    ranges, pos = [], 0
    for line in doc_text(doc).split("\n"):
        words = re.findall(r"[^\W\d_]{2,}", line)
        caps = [w for w in words if w.isupper()]
        if len(words) >= 4 and len(caps) >= 0.7 * len(words):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)
