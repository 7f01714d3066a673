"""Entity ``type`` facts from ``doc.spans["entities"]``: one per distinct name."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from ..records import EntityFact
from ..textnorm import normalize_name


def facts(doc: Doc, spans_key: str = "entities") -> list[EntityFact]:
    if spans_key not in doc.spans:
        return []
    groups: dict[str, list] = defaultdict(list)
    for span in doc.spans[spans_key]:
        key = normalize_name(span.text)
        if key:
            groups[key].append(span)
    out = []
    for spans in groups.values():
        label = Counter(s.label_ for s in spans).most_common(1)[0][0]
        name = max((s.text for s in spans), key=len)
        out.append(
            EntityFact(
                doc=doc._.doc_id,
                subject=name,
                predicate="type",
                object=label,
                aliases=[],
                mentions=sorted((s.start_char, s.end_char) for s in spans),
                rule="ner",
            )
        )
    return out
