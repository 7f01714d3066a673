"""Registration of the ``extract_claims``` component (a no-op until it is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("extract_claims", assigns=["doc.spans"])
def make_claims(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc

    return component
