"""Where a story is in time: the narrative anchor, the day of a bare clock time, the year a
relative offset counts from. Sentences written for these tests, same inline marking as
``test_dates.py``. 2025-03-03 is a Monday; 2024-03-08 a Friday.
"""

from __future__ import annotations

import pytest

from test_dates import found, parse


def _cases(dct: str | None, sentences: list[str]):
    return [pytest.param(dct, s, id=f"{dct}:{s[:60]}") for s in sentences]


# -- no DCT: weekdays and months resolved from the anchor do not move it --
NARRATIVE = [
    "Les chauffeurs ont cessé le travail <date type=TIME value=2025-03-03T06:00>lundi 3 mars 2025 à 6 heures</date>."
    " Leur plan, dévoilé en <date type=DATE value=2025-01>janvier</date>, est contesté."
    " Un bus sur deux roulait <date type=DATE value=2025-03-04>mardi</date>."
    " Le préfet a reçu les syndicats <date type=TIME value=2025-03-05TEV>mercredi soir</date>.",
    "La digue a cédé <date type=DATE value=2023-10-14>le 14 octobre 2023</date>. Les secours,"
    " alertés <date type=DATE value=2023-10-15>dimanche</date>, sont repartis"
    " <date type=DATE value=2023-10-17>mardi</date>, avant les aides promises pour"
    " <date type=DATE value=2023-11>le mois de novembre</date>. Le maire a parlé <date type=DATE value=2023-10-16>lundi</date>.",
]

# -- a clock time with no day in its sentence falls on the last day the story told, not on a
#    flashback in a relative clause (DCT Friday 2024-03-08) --
CLOCK_DAY = [
    "Le conseil municipal a rejeté <date type=DATE value=2024-03-07>jeudi</date> le projet de parking."
    "\n\nLe vote, prévu à <date type=TIME value=2024-03-07T18:00>18 heures</date>, avait été avancé.",
    "Les sénateurs examinent <date type=DATE value=2024-03-08>ce vendredi</date> le texte, que le ministre a"
    " défendu <date type=DATE value=2024-03-05>mardi</date>. Le vote est attendu vers"
    " <date type=TIME value=2024-03-08T19:00>19 heures</date>.",
    "Le ministre, qui a rencontré <date type=DATE value=2024-03-05>mardi</date> les syndicats, s'exprimera"
    " à <date type=TIME value=2024-03-08T20:00>20 heures</date>.",
    "Le camion s'est renversé <date type=TIME value=2024-03-06TEV>mercredi soir</date>.\n\nUn témoin raconte."
    "\n\nLe maire est venu.\n\nLa route a rouvert à <date type=TIME value=2024-03-08T07:00>7 heures</date>.",
]

# -- "un an plus tôt" counts from the year told, not from a state's starting point --
YEAR_BACK = [
    "Sur l'ensemble de <date type=DATE value=2023>l'année 2023</date>, le groupe, coté en Bourse depuis"
    " <date type=DATE value=2015>2015</date>, a perdu dix millions d'euros, contre un bénéfice de cinq"
    " millions <date type=DATE value=2022>un an plus tôt</date>.",
]

# -- past or ahead: a planned event inside the object of a past verb, a passive under a
#    conditional, what is promised (DCT Wednesday 2025-06-04) --
AHEAD = [
    "Le syndicat a déposé <date type=DATE value=2025-06-03>mardi</date> un préavis de grève du"
    " <date type=DATE value=2025-06-16>16</date> au <date type=DATE value=2025-06-18>18 juin</date>.",
    "La mairie a fixé <date type=DATE value=2025-06-03>hier</date> la date d'un référendum <date type=DATE value=2025-06-29>le 29 juin</date>.",
    "Les élus ont visité l'usine <date type=DATE value=2025-06-02>le 2 juin</date>.",
    "La préfecture estime que la course pourrait être annulée <date type=DATE value=2025-06-21>le 21 juin</date>.",
    "La ministre a promis de recevoir les infirmières <date type=TIME value=2025-06-09T09:00>lundi à 9 heures</date>.",
    "Le maire avait promis de venir <date type=DATE value=2025-06-02>lundi</date>.",
]

CASES = (
    _cases(None, NARRATIVE)
    + _cases("2025-06-04", AHEAD)
    + _cases("2024-03-08", CLOCK_DAY)
    + _cases("2024-03-08", YEAR_BACK)
)


@pytest.mark.parametrize(("dct", "marked"), CASES)
def test_story_time(nlp, dct, marked):
    text, expected = parse(marked)
    assert found(nlp, text, dct) == expected
