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


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        # coordinated dates: the second shares the first one's subject
        (
            "Depuis 1990, seules deux grèves générales ont réussi, en mai 1995 et en novembre 2010.",
            "novembre 2010",
            "seules deux grèves générales ont réussi",
        ),
        ("La piscine a fermé deux fois, le 4 juin et le 9 août.", "le 9 août", "La piscine a fermé"),
        ("Les travaux ont eu lieu en 2019, puis en 2021.", "2021", "Les travaux ont eu lieu"),
        ("Le musée sera fermé en janvier ou en février.", "février", "Le musée sera fermé"),
        # a prepositional phrase that opens the sentence dates the main clause
        (
            "Sur l'ensemble de l'année 2024, le groupe a perdu deux millions d'euros.",
            "l'année 2024",
            "le groupe a perdu",
        ),
        (
            "Au cours du premier trimestre 2023, la commune a recruté dix agents.",
            "premier trimestre 2023",
            "la commune a recruté",
        ),
        ("Depuis janvier, les ventes ont chuté de moitié.", "janvier", "les ventes ont chuté"),
        # ... but an event named in it is what the date dates
        ("Lors de la réunion du 3 mars, le maire a présenté son budget.", "3 mars", "réunion"),
        # a date that is the subject of its verb: the verb phrase, the date included
        ("Selon la direction, l'été sera décisif pour la station.", "l'été", "l'été sera décisif"),
        ("2025 marquera un tournant pour la filière.", "2025", "2025 marquera un tournant"),
        (
            "Le syndicat estime que l'hiver sera « très difficile » pour les éleveurs.",
            "l'hiver",
            "l'hiver sera",
        ),
        # a length between "à" and "de" + article: the distance to that event
        (
            "Le gouvernement redoute une grève à quelques jours de l'ouverture des jeux.",
            "quelques jours",
            "l'ouverture",
        ),
        ("Les candidats révisent à deux semaines du concours.", "deux semaines", "concours"),
        # a participle set off by commas after its noun: the participle alone
        ("La ville, assiégée depuis plus d'un an, manque de médicaments.", "plus d'un an", "assiégée"),
        ("Le village, inondé depuis trois jours, attend les secours.", "trois jours", "inondé"),
        # a date that opens a clause coordinated with another dates the first verb
        (
            "Chaque année, pendant deux semaines, les élèves tiennent un carnet et remplissent un questionnaire.",
            "Chaque année",
            "les élèves tiennent un carnet",
        ),
        (
            "Chaque mois, les bénévoles collectent des vêtements et distribuent des repas.",
            "Chaque mois",
            "les bénévoles collectent",
        ),
        # both bounds of a clock range date the same event
        ("Les bureaux seront ouverts de 9 à 17 heures.", "9", "Les bureaux seront ouverts"),
    ],
)
def test_subject_of_general_constructions(nlp, text, date, subject):
    found = _subject(nlp, text, date)
    assert subject in found
    assert len(found) <= len(subject) + 40


def test_a_length_of_a_bare_noun_after_a_is_no_distance(nlp):
    """``condamné à deux ans de prison``: the length is the verb's complement."""
    assert "condamné" in _subject(nlp, "Le prévenu a été condamné à deux ans de prison.", "deux ans")


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        # a bound that closes its clause dates the clause's event
        (
            "Le conseil a précisé qu'une collecte de jouets serait organisée (salle des fêtes) "
            "auprès des familles à partir du 1er juillet.",
            "1er juillet",
            "une collecte de jouets serait organisée",
        ),
        (
            "Les syndicats (CGT et FO) appellent à la grève à partir du 1er juillet.",
            "1er juillet",
            "Les syndicats (CGT et FO) appellent",
        ),
        (
            "La météo annonce un temps « très instable » au moins jusqu'à dimanche.",
            "dimanche",
            "un temps",
        ),
        # ... a noun of action right after the verb, past a relative clause set off by commas
        (
            "La direction a confirmé lundi la fermeture de son entrepôt, qui emploie cent personnes, "
            "d'ici la fin de l'année.",
            "la fin de l'année",
            "la fermeture",
        ),
        # an earlier time after "contre" + noun dates the noun compared
        (
            "Le chiffre d'affaires atteint 40 millions d'euros, contre une perte de 2 millions un an plus tôt.",
            "un an plus tôt",
            "une perte",
        ),
        # a date between a subordinate clause and the main clause dates the main clause
        (
            "Si rien ne change, dans dix ans, la ville aura perdu la moitié de ses commerces.",
            "dix ans",
            "la ville aura perdu",
        ),
        (
            "Quand les travaux seront finis, dans deux ans, le quartier comptera mille logements.",
            "deux ans",
            "le quartier comptera",
        ),
    ],
)
def test_subject_of_bounds_comparisons_and_main_clauses(nlp, text, date, subject):
    found = _subject(nlp, text, date)
    assert subject in found
    assert len(found) <= len(subject) + 40
