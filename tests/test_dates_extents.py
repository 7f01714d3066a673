"""Extents and guards: what belongs to a date's words, and words that only look like dates.
Sentences written for these tests, same inline marking as ``test_dates.py``
(DCT Wednesday 2025-03-12 unless said).
"""

from __future__ import annotations

import pytest

from test_dates import found, parse

DCT = "2025-03-12"

# -- what the extent holds --
EXTENTS = [
    # a period's modifier stays, as in "la fin de l'année"
    "L'usine fermera avant <date type=DATE value=2026-H1>la fin du premier semestre 2026</date>.",
    "Le plan sera bouclé à <date type=DATE value=2025-H2>la fin du second semestre</date>.",
    "Les ventes ont progressé au <date type=DATE value=2025-Q1>début du premier trimestre</date>.",
    # a fiscal year is named like "l'année 2024"
    "Sur <date type=DATE value=2023>l'exercice 2023</date>, la coopérative a perdu dix millions d'euros.",
    # "au moins" is an approximator, like "plus de"
    "Le pont restera fermé pendant <date type=DURATION value=P3W>au moins trois semaines</date>.",
    "Il faut couper les écrans <date type=DURATION value=PT2H>au moins deux heures</date> avant le coucher.",
    # a counted stretch keeps its determiner
    "La compagnie espère transporter dix mille passagers sur <date type=DURATION value=P4D>ces quatre jours</date>.",
    "Pendant <date type=DURATION value=P3M>les trois mois d'hiver</date>, la station emploie cent saisonniers.",
    # a vague stretch after the event told
    "Le suspect a quitté la ville dans <date type=DURATION value=PTXH>les heures suivantes</date>.",
    # a period named by the month it opens
    "Les loyers ont grimpé de 12 % depuis <date type=DATE value=2021-09>la rentrée 2021</date>.",
    # the second bound of a range of months carries the year of both
    "Les ateliers organisés entre <date type=DATE value=2023-10>octobre</date> et"
    " <date type=DATE value=2023-12>décembre 2023</date> ont attiré mille personnes.",
    # the first bound of a range of lengths is a bare number
    "Le délai de paiement passe de <date type=DURATION value=P60D>60</date> à"
    " <date type=DURATION value=P45D>45 jours</date>.",
    "Les travaux dureront entre <date type=DURATION value=P2Y>deux</date> et"
    " <date type=DURATION value=P3Y>trois ans</date>.",
    # the first bound of a range of clock times is a bare hour of the same day
    "La mairie sera ouverte de <date type=TIME value=2025-03-12T09:00>9</date> à"
    " <date type=TIME value=2025-03-12T17:00>17 heures</date>.",
    "La permanence se tient de <date type=TIME value=2025-03-12T14:00>14</date> à"
    " <date type=TIME value=2025-03-12T18:00>18 h</date>.",
    # the same point on another clock
    "Le lancement est prévu à <date type=TIME value=2025-03-12T09:30>9 h 30</date>"
    " (<date type=TIME value=2025-03-12T15:30>15 heures 30</date> à Paris).",
    "La séance débutera à <date type=TIME value=2025-03-12T11:00>11 heures</date>"
    " (<date type=TIME value=2025-03-12T17:00>17 heures</date> à Paris).",
]

# -- words that look like dates but are none --
NOT_DATES = [
    "Les syndicats appellent à une journée de mobilisation <date type=DATE value=2025-W12>la semaine prochaine</date>.",
    "« Chaque heure de retard coûte cher », a prévenu le maire.",
    "Elle passe <date type=SET value=P1D>chaque jour</date> de la semaine au bureau.",
    "Une seconde vague de licenciements est redoutée.",
    "Il a entraîné l'équipe des moins de 17 ans avant de rejoindre le club.",
    "Les plus de 75 ans seront vaccinés en priorité.",
    "La région concentre 40 % des jours de chômage partiel du pays.",
    "La situation ne changera pas du jour au lendemain.",
    "Le plan « Horizon 2035 » prévoit trois fermetures.",
    # Figures that read as no calendar day are references, not dates.
    "Le dossier 31/02/2023 a été classé sans suite.",
    "La pièce 12/13/2024 manque au dossier.",
    "Le contrat du <date type=DATE value=2024-02-29>29/02/2024</date> reste valable.",
]


def _cases(sentences: list[str]):
    return [pytest.param(s, id=s[:60]) for s in sentences]


@pytest.mark.parametrize("marked", _cases(EXTENTS + NOT_DATES))
def test_extent_and_guards(nlp, marked):
    text, expected = parse(marked)
    assert found(nlp, text, DCT) == expected


def test_a_lasting_seconde_stays_a_length(nlp):
    assert found(nlp, "Le moteur s'est arrêté une seconde.", DCT) == [("une seconde", "DURATION", "PT1S")]
