"""Date facts (FACTS.md §2.3) from ``doc.spans["dates"]``: one per expression.

>>> [(f.text, f.object, f.type) for f in facts(doc)]     # doctest: +SKIP
[('le 31 mai', '2020-05-31', 'DATE')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import DateFact


def facts(doc: Doc, spans_key: str = "dates") -> list[DateFact]:
    if spans_key not in doc.spans:
        return []
    out = []
    for span in doc.spans[spans_key]:
        subject = span._.date_subject
        end = span._.date_end_char or span.end_char
        out.append(
            DateFact(
                doc=doc._.doc_id,
                subject=doc.text[subject[0] : subject[1]] if subject else None,
                predicate="date",
                object=span._.date_value,
                type=span.label_,
                text=doc.text[span.start_char : end],
                start=span.start_char,
                end=end,
                rule=span._.date_rule,
                subject_start=subject[0] if subject else None,
                subject_end=subject[1] if subject else None,
            )
        )
    return out
