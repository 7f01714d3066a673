"""Relation rules (role, member_of, located_in) on new French sentences, real model.

Each case gives the relations that must be found and those that must not.
"""

from __future__ import annotations

import pytest

from extract.entities.facts import facts
from extract.records import RelationFact


@pytest.fixture(scope="session")
def rel_nlp():
    """The model plus the entity component only."""
    import spacy

    import extract.entities  # noqa: F401  (registers the factory)
    from extract.pipeline import MODEL

    nlp = spacy.load(MODEL)
    nlp.add_pipe("extract_entities")
    return nlp


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.doc_id = "t"
    doc = nlp(doc)
    return {(f.predicate, f.subject, f.object) for f in facts(doc) if isinstance(f, RelationFact)}


def check(nlp, text, expected, absent):
    found = relations(nlp, text)
    assert expected <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "La ministre déléguée chargée de la Mer, Hélène Quintin, a visité le port.",
            {("role", "Hélène Quintin", "ministre déléguée chargée de la Mer")},
            set(),
        ),
        (
            "« Nous refusons ce plan », a déclaré le secrétaire d'État chargé des Sports, Paul Garnier.",
            {("role", "Paul Garnier", "secrétaire d'État chargé des Sports")},
            set(),
        ),
        (
            "Greenpeace a réagi. « C'est une faute », estime sa directrice pour l'Asie, Mei Tanaka.",
            {("role", "Mei Tanaka", "directrice"), ("member_of", "Mei Tanaka", "Greenpeace")},
            set(),
        ),
        (
            "Le texte a été voté. « Nous resterons vigilants », a prévenu le directeur des ventes "
            "de Renault en Espagne, Luis Ortega.",
            {("role", "Luis Ortega", "directeur des ventes"), ("member_of", "Luis Ortega", "Renault")},
            set(),
        ),
        (
            "L'ambassadeur auprès de l'Union européenne, Pierre Sellal, a démenti.",
            {("role", "Pierre Sellal", "ambassadeur")},
            {("member_of", "Pierre Sellal", "Union européenne")},
        ),
    ],
)
def test_titles_with_scope_and_portfolio(rel_nlp, text, expected, absent):
    """`chargé de` + portfolio stays in the role; `pour`/`en`/`auprès de` + a name is the
    scope of the post, dropped, and no organisation."""
    check(rel_nlp, text, expected, absent)
