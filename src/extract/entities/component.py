"""The ``extract_entities`` component: name mentions, one type per entity, relations.

Results, for the components that run after it (claims read them):

- ``doc.spans["entities"]``: one span per name mention, ``label_`` = the
  entity's type (the same for all its mentions), ``span._.canonical`` = its
  canonical name (the ``subject`` of its fact), ``span._.aliases`` = its other names;
- ``doc.spans["entity_relations"]``: one span per stated relation, its evidence,
  ``label_`` = ``role`` / ``member_of`` / ``located_in``, ``span._.rel_subject``,
  ``span._.rel_object``.

>>> doc = nlp("Myaisha Hayes, directrice de la stratégie chez MediaJustice, a réagi.")   # doctest: +SKIP
>>> [(s.text, s.label_, s._.canonical) for s in doc.spans["entities"]]                   # doctest: +SKIP
[('Myaisha Hayes', 'PER', 'Myaisha Hayes'), ('MediaJustice', 'ORG', 'MediaJustice')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (Doc._ attributes read here: metadata_spans, doc_id)
from ..doctext import forget_text
from .clusters import cluster, lowercase_expansion_acronyms, propagate, relabel
from .evidence import add_votes, list_votes
from .markup import split_markup
from .mentions import find_mentions, shouted_ranges
from .patterns import COMMON_WORDS
from .relations import find_relations

SPAN_EXTENSIONS = {"canonical": None, "aliases": None, "rel_subject": None, "rel_object": None}


def register_extensions() -> None:
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def _in_body(doc: Doc, start: int, end: int) -> bool:
    body = doc._.body if Doc.has_extension("body") else None
    return body is None or any(s <= start and end <= e for s, e in body)


register_extensions()


class EntityComponent:
    """Typed, aliased entity mentions and their relations, from the model plus general rules."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        spans_key: str = "entities",
        relations_key: str = "entity_relations",
        split_markup: bool = True,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.relations_key = relations_key
        self.split_markup = split_markup
        register_extensions()
        if not COMMON_WORDS.tables:
            COMMON_WORDS.load_from(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if self.split_markup:
            split_markup(doc)
        # Boilerplate gives no facts (FACTS.md §1), and no canonical name or alias either.
        mentions = [m for m in find_mentions(doc) if _in_body(doc, m.start_char, m.end_char)]
        dropped = lowercase_expansion_acronyms(doc, mentions)
        mentions = [m for m in mentions if m.text not in dropped]
        for m in mentions:
            add_votes(doc, m)
        list_votes(doc, mentions)
        entities = cluster(doc, mentions)
        propagate(doc, entities, shouted_ranges(doc))
        # Names found again where the model missed them have contexts too (`a remporté X`).
        for e in entities:
            for m in e.mentions:
                if m.source == "propagated":
                    add_votes(doc, m)
        relabel(entities)
        spans = []
        for e in entities:
            for m in e.mentions:
                span = Span(doc, m.start, m.end, label=e.label)
                span._.canonical = e.canonical
                span._.aliases = list(e.aliases)
                spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: s.start)
        relations = []
        for r in find_relations(doc, entities):
            span = doc.char_span(r.start, r.end, label=r.predicate, alignment_mode="expand")
            if span is None:
                continue
            span._.rel_subject = r.subject
            span._.rel_object = r.object
            relations.append(span)
        doc.spans[self.relations_key] = relations
        forget_text(doc)
        return doc
