"""Registration of the ``extract_entities`` component.

>>> nlp = spacy.load("fr_core_news_md")          # doctest: +SKIP
>>> nlp.add_pipe("extract_entities")             # doctest: +SKIP
"""

from __future__ import annotations

from spacy.language import Language

from .component import EntityComponent


@Language.factory(
    "extract_entities",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"spans_key": "entities"},
)
def make_entities(nlp: Language, name: str, spans_key: str) -> EntityComponent:
    return EntityComponent(nlp, name, spans_key=spans_key)
