"""From an annotated Doc to fact records.

Each component package has a ``facts(doc)`` function that reads its own
``doc.spans`` group; this module calls those of the components in the
pipeline, keeps only facts inside the article body (FACTS.md §1: boilerplate
gives no facts) and sorts them by position.

>>> import spacy
>>> doc = spacy.blank("fr")("Faire un don\\nLe maire de Lyon a parlé.")
>>> doc._.body = [[13, 37]]
>>> in_body(doc, 25, 29), in_body(doc, 0, 12)  # "Lyon", "Faire un don"
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from spacy.tokens import Doc

from .records import AnyFact, EntityFact

# component name -> module holding its facts(doc) function
FACT_MODULES = {
    "extract_entities": "extract.entities.facts",
    "extract_dates": "extract.dates.facts",
    "extract_claims": "extract.claims.facts",
}


def _maker(name: str) -> Callable[[Doc], list[AnyFact]]:
    return import_module(FACT_MODULES[name]).facts


def in_body(doc: Doc, start: int, end: int) -> bool:
    body = doc._.body
    if body is None:
        return True
    return any(s <= start and end <= e for s, e in body)


def _keep(doc: Doc, fact: AnyFact) -> AnyFact | None:
    if fact.start is not None and fact.end is not None and fact.end <= fact.start:
        # An empty span points at no words: a user could not check it, and the scorer
        # rejects it. A rule that produced one has a bug; the rest of the document stays.
        doc._.warnings = list(doc._.warnings or []) + [
            f"{fact.kind} fact dropped: empty span at {fact.start} ({fact.predicate or 'no cue'}, {fact.rule})"
        ]
        return None
    if isinstance(fact, EntityFact) and fact.mentions is not None:
        mentions = [m for m in fact.mentions if in_body(doc, *m)]
        if not mentions:
            return None
        fact.mentions = mentions
        return fact
    if fact.start is not None and fact.end is not None and not in_body(doc, fact.start, fact.end):
        return None
    return fact


def _position(fact: AnyFact) -> tuple:
    if fact.start is not None:
        start = fact.start
    elif isinstance(fact, EntityFact) and fact.mentions:
        start = fact.mentions[0][0]
    else:
        start = -1
    return (start, fact.kind, fact.predicate or "", fact.subject or "", fact.object or "")


def doc_facts(doc: Doc) -> list[AnyFact]:
    """All facts of a processed Doc, in the body, sorted by start."""
    out: list[AnyFact] = []
    for name in FACT_MODULES:
        # A component that did not run leaves no spans group, and its maker returns [].
        for fact in _maker(name)(doc):
            kept = _keep(doc, fact)
            if kept is not None:
                out.append(kept)
    out.sort(key=_position)
    return out
