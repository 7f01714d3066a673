"""What a date is about (its subject span), on sentences written for these tests.

Attachment is scored by overlap: the subject must hold the words named here, and not run
far beyond them.
"""

from __future__ import annotations

import pytest


def _subject(nlp, text: str, date: str) -> str:
    doc = nlp(text)
    span = next(s for s in doc.spans["dates"] if s.text == date)
    start, end = span._.date_subject
    return doc.text[start:end]


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        # a quoted fragment with no verb of its own belongs to the clause around it
        (
            "La mairie a promis de rénover l'école « dans les prochains mois ».",
            "les prochains mois",
            "rénover",
        ),
        (
            "Le club a annoncé qu'il recruterait « d'ici trois semaines » un nouveau gardien.",
            "trois semaines",
            "il recruterait",
        ),
        ("Grève : les écoles de la ville « à l'arrêt » dès ce lundi", "ce lundi", "à l'arrêt"),
        # a date right after a noun phrase that names an event dates that event
        (
            "Les infirmières appellent à une journée de mobilisation la semaine prochaine.",
            "la semaine prochaine",
            "journée de mobilisation",
        ),
        ("Le maire s'est exprimé lors d'une conférence de presse lundi soir.", "lundi soir", "conférence"),
        ("Le tunnel doit ouvrir en 2027 pour une mise en service fin 2028.", "fin 2028", "mise en service"),
        # the two bounds of a range, and a clock given on another clock, date the same event
        ("Le syndicat a déposé un préavis de grève du 16 au 18 juin.", "18 juin", "grève"),
        ("La préfecture a annoncé la fermeture nocturne du tunnel du 3 au 5 mars.", "3", "fermeture"),
        ("Le lancement, prévu à 9 heures (15 heures à Paris), a été reporté.", "15 heures", "prévu"),
        # an agent takes part in the event, it is not the event
        (
            "Le projet, présenté par la direction il y a trois ans, a été abandonné.",
            "il y a trois ans",
            "présenté",
        ),
        # a year right after a common noun names that noun's year
        ("La commune a dû réduire son budget 2024 de dix millions d'euros.", "2024", "budget"),
    ],
)
def test_subject_of_the_dated_event(nlp, text, date, subject):
    found = _subject(nlp, text, date)
    assert subject in found
    assert len(found) <= len(subject) + 40


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        # an adverb qualifies the predicate after it, not the noun before it
        ("Le régime des aides actuellement en vigueur sera réformé.", "actuellement", "en vigueur"),
    ],
)
def test_subject_is_not_the_noun_before_an_adverb(nlp, text, date, subject):
    assert not _subject(nlp, text, date).endswith("aides")
