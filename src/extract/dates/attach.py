"""What a date is about: the clause or verb phrase of the event it dates (FACTS.md §2.3).

Found through the dependency parse: the verb that governs the expression,
from its subject to its object (``Morpho ... a décroché ... un contrat``), or
for a participle that modifies a noun, from that noun to the participle
(``Le rapport d'Amnesty International publié`` for ``ce lundi 21 septembre``).

>>> doc = nlp("Le 15 novembre 2019, Microsoft a déclaré lancer un audit.")   # doctest: +SKIP
>>> subject_span(doc[0:4]).text                                             # doctest: +SKIP
'Microsoft a déclaré'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .tense import governing_verb

_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj", "csubj")
_OBJECTS = ("obj", "ccomp", "xcomp")
# A long subject (a relative clause) is cut to its head phrase so the subject span stays readable.
_MAX_SUBJECT_TOKENS = 8


def _subject_start(verb: Token) -> int:
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.i < verb.i:
            start = child.left_edge.i
            if child.i - start > _MAX_SUBJECT_TOKENS or verb.i - start > 3 * _MAX_SUBJECT_TOKENS:
                start = min([child.i] + [c.i for c in child.lefts if c.dep_ == "det"])
            return start
    aux = [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    return min(aux) if aux else verb.i


def _object_end(verb: Token) -> int:
    for child in verb.children:
        if child.dep_ in ("obj",) and child.i > verb.i:
            return child.i
    return verb.i


def subject_span(date: Span) -> Span | None:
    """The event phrase a date belongs to, or ``None`` when the parse gives no verb."""
    doc = date.doc
    verb = governing_verb(date.root)
    if verb is None or not (date.sent.start <= verb.i < date.sent.end):
        return None
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        noun = verb.head
        start = noun.left_edge.i
        if verb.i - start > _MAX_SUBJECT_TOKENS:
            start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ == "det"])
        return doc[start : verb.i + 1]
    start = _subject_start(verb)
    end = _object_end(verb)
    return doc[min(start, verb.i) : max(end, verb.i) + 1]
