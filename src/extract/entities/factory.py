"""Registration of the ``extract_entities`` component.

>>> nlp = spacy.load("fr_core_news_md")          # doctest: +SKIP
>>> nlp.add_pipe("extract_entities")             # doctest: +SKIP
"""

from __future__ import annotations

from spacy.language import Language

from .component import EntityComponent


@Language.factory(
    "extract_entities",
    assigns=["doc.spans", "span._.canonical", "span._.aliases", "span._.rel_subject", "span._.rel_object"],
    requires=["doc.ents", "token.pos", "token.dep"],
    default_config={"spans_key": "entities", "relations_key": "entity_relations", "split_markup": True},
)
def make_entities(
    nlp: Language, name: str, spans_key: str, relations_key: str, split_markup: bool
) -> EntityComponent:
    return EntityComponent(
        nlp, name, spans_key=spans_key, relations_key=relations_key, split_markup=split_markup
    )
