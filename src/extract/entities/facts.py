"""Entity facts from the component's span groups: one ``type`` fact per entity,
one relation fact per stated relation (FACTS.md §2.1).

>>> [(f.subject, f.object, f.aliases) for f in facts(doc)][:1]     # doctest: +SKIP
[('American Civil Liberties Union', 'ORG', ['ACLU'])]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import EntityFact, RelationFact


def facts(doc: Doc, spans_key: str = "entities", relations_key: str = "entity_relations") -> list:
    if spans_key not in doc.spans:
        return []
    by_entity: dict[tuple[str, str], list] = {}
    for span in doc.spans[spans_key]:
        by_entity.setdefault((span._.canonical, span.label_), []).append(span)
    out: list = []
    for (canonical, label), spans in by_entity.items():
        out.append(
            EntityFact(
                doc=doc._.doc_id,
                subject=canonical,
                predicate="type",
                object=label,
                aliases=list(spans[0]._.aliases or []),
                mentions=sorted((s.start_char, s.end_char) for s in spans),
                rule="entities",
            )
        )
    for span in doc.spans.get(relations_key, []):
        out.append(
            RelationFact(
                doc=doc._.doc_id,
                subject=span._.rel_subject,
                predicate=span.label_,
                object=span._.rel_object,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                rule="entities",
            )
        )
    return out
