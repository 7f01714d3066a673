"""Registration of the ``extract_claims`` component.

>>> nlp = spacy.load("fr_core_news_md")          # doctest: +SKIP
>>> nlp.add_pipe("extract_entities")             # doctest: +SKIP
>>> nlp.add_pipe("extract_claims")               # doctest: +SKIP
"""

from __future__ import annotations

from spacy.language import Language

from .component import ClaimComponent


@Language.factory(
    "extract_claims",
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"spans_key": "claims", "entities_key": "entities"},
)
def make_claims(nlp: Language, name: str, spans_key: str, entities_key: str) -> ClaimComponent:
    return ClaimComponent(nlp, name, spans_key=spans_key, entities_key=entities_key)
