"""Entity mentions from the model's NER, one span per mention in ``doc.spans["entities"]``.

>>> doc = nlp("Amnesty International dénonce la vente.")   # doctest: +SKIP
>>> [(s.text, s.label_) for s in doc.spans["entities"]]      # doctest: +SKIP
[('Amnesty International', 'ORG')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntityComponent:
    def __init__(self, nlp: Language, name: str, *, spans_key: str = "entities") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = [ent for ent in doc.ents if ent.label_ in ("PER", "ORG", "LOC", "MISC")]
        return doc
