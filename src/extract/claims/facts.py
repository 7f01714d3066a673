"""Claim facts from ``doc.spans["claims"]`` (FACTS.md §2.2).

>>> [f.subject for f in facts(nlp("« Nous partons », a dit Merel Koning."))]   # doctest: +SKIP
['Merel Koning']
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import ClaimFact


def facts(doc: Doc, spans_key: str = "claims") -> list[ClaimFact]:
    if spans_key not in doc.spans:
        return []
    out = []
    text = doc.text
    for span in doc.spans[spans_key]:
        start, end = span._.claim_start, span._.claim_end
        content = text[start:end]
        out.append(
            ClaimFact(
                doc=doc._.doc_id,
                subject=span._.claim_source,
                predicate=span._.claim_cue,
                object=content,
                text=content,
                start=start,
                end=end,
                category=span._.claim_category,
                mode=span._.claim_mode,
                target=span._.claim_target,
                rule=span._.claim_rule,
            )
        )
    return out
