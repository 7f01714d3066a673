"""General French rules of the date tagger, on sentences written for these tests.

Same inline marking as ``test_dates.py``: ``<date type=DATE value=2024-03-04>lundi</date>``.
2024-03-07 is a Thursday; 2024-11-20 a Wednesday.
"""

from __future__ import annotations

import pytest

from extract.dct import find_dct
from test_dates import found, parse


def _cases(dct: str | None, sentences: list[str]):
    return [pytest.param(dct, s, id=f"{dct}:{s[:60]}") for s in sentences]


# -- narrative mode: a bare year is background, not the day the story is at --
NARRATIVE_ANCHOR = [
    "<date type=DATE value=2023-10-14>Le 14 octobre 2023</date>, l'usine, ouverte en <date type=DATE value=1987>1987</date>, a fermé. Les ouvriers ont manifesté <date type=DATE value=2023-10-16>lundi</date>.",
    "La loi vise la neutralité carbone d'ici <date type=DATE value=2050>2050</date>. Le texte sera voté <date type=DATE value=XXXX-WXX-2>mardi</date>.",
    "En <date type=DATE value=2019>2019</date>, la fonderie a fermé. <date type=DATE value=2020>L'année suivante</date>, elle a été rachetée.",
    "<date type=DATE value=2021-05-03>Le 3 mai 2021</date>, il a été arrêté. Il a été relâché <date type=DATE value=2021-05-03>le jour même</date>.",
    "<date type=DATE value=2021-05-03>Le 3 mai 2021</date>, il a été blessé. Il est mort <date type=TIME value=2021-05-03TEV>le soir même</date>.",
    "Le club, fondé en <date type=DATE value=1902>1902</date>, a changé d'entraîneur <date type=DATE value=XXXX>il y a deux ans</date>.",
    "Le bâtiment date des <date type=DATE value=196>années 1960</date>. Les pompiers sont arrivés <date type=DATE value=XXXX-WXX-7>dimanche</date>.",
]

# -- lengths written like clock times, approximators kept in the extent --
LENGTHS = [
    "La coureuse a bouclé le parcours en <date type=DURATION value=PT2H41M>2 h 41 min</date>.",
    "Le vainqueur a terminé l'étape en <date type=DURATION value=PT4H12M>4h12min</date>.",
    "Le documentaire dure <date type=DURATION value=PT1H30M>1 h 30</date>.",
    "La séance a duré <date type=DURATION value=PT3H>3 h</date>.",
    "La garde à vue a été prolongée de <date type=DURATION value=PT48H>48 h</date>.",
    "Le conseil a débattu pendant <date type=DURATION value=PT2H30M>2 heures 30</date>.",
    "Après <date type=DURATION value=PT5H20M>5 h 20</date> de négociation, un accord a été trouvé.",
    "Le TGV est arrivé avec un retard de <date type=DURATION value=PT1H15M>1 h 15</date>.",
    "Le record du monde tient en <date type=DURATION value=PT12M30S>12 min 30 s</date>.",
    "Les secouristes ont travaillé pendant <date type=DURATION value=PT8H>près de huit heures</date>.",
    "L'audience a duré <date type=DURATION value=PT4H>plus de quatre heures</date>.",
    "Il a vécu au Canada <date type=DURATION value=P3Y>environ trois ans</date>.",
    "Le contrat court pour <date type=DURATION value=P5Y>au moins cinq ans</date>.",
    "L'alarme s'est déclenchée vers <date type=TIME value=2024-03-07T02:15>2 h 15</date> au sous-sol.",
    "La séance reprendra à <date type=TIME value=2024-03-07T14:30>14 heures 30</date>.",
    "Le guichet est ouvert de <date type=TIME value=2024-03-07T08:00>8 h</date> à <date type=TIME value=2024-03-07T12:00>12 h</date>.",
]

# -- which year: the nearest one when no tense tells; a conditional looks ahead; what is
#    announced after the object of "annoncer" may lie ahead (DCT Wednesday 2024-11-20) --
YEAR_DIRECTION = [
    "Le procès s'ouvre <date type=DATE value=2025-01-05>le 5 janvier</date>.",
    "La foire se tient du <date type=DATE value=2024-12-02>2 décembre</date> au <date type=DATE value=2025-03-02>2 mars</date>.",
    "La trêve des expulsions court du <date type=DATE value=2024-11-01>1er novembre</date> au <date type=DATE value=2025-03-31>31 mars</date>.",
    "Le musée accueillera l'exposition du <date type=DATE value=2024-12-02>2 décembre</date> au <date type=DATE value=2025-03-02>2 mars</date>.",
    "Les élus ont voté <date type=DATE value=2023-12-02>le 2 décembre</date>.",
    "La mairie a annoncé <date type=DATE value=2024-11-19>mardi</date> la fermeture du pont du <date type=DATE value=2024-12-09>9</date> au <date type=DATE value=2024-12-13>13 décembre</date>.",
    "Le club a annoncé le départ de son entraîneur <date type=DATE value=2024-05-03>le 3 mai</date>.",
    "Le gouvernement a adopté le budget <date type=DATE value=2024-05-03>le 3 mai</date>.",
    "Le préfet a assuré que la route rouvrirait en <date type=DATE value=2025-02>février</date>.",
    "Le préfet a rappelé que la route rouvrait en <date type=DATE value=2024-02>février</date> <date type=SET value=P1Y>chaque année</date>.",
    "Elle a promis que le rapport serait publié <date type=DATE value=2025-01-15>le 15 janvier</date>.",
    "Les soldes d'hiver commencent <date type=DATE value=2025-01-08>le 8 janvier</date>.",
    "La ministre se rend <date type=DATE value=2024-11-20>mercredi</date> à Lille.",
    "Le texte sera examiné <date type=DATE value=2024-11-20>ce mercredi</date> en commission.",
]

# -- a day, its part and its clock time are one TIME; extents of parts, months and names
#    (DCT Thursday 2024-03-07) --
DAY_AND_CLOCK = [
    "Le scrutin sera clos <date type=TIME value=2024-03-07T20:30>jeudi soir à 20 h 30</date>.",
    "Le convoi a été arrêté <date type=TIME value=2024-03-05T23:00>mardi à 11 heures du soir</date>.",
    "La délégation est arrivée <date type=TIME value=2024-03-07TMI>jeudi à la mi-journée</date>.",
    "Les bureaux de vote étaient déserts à <date type=TIME value=2024-03-07TMI>la mi-journée</date>.",
    "Les gendarmes sont intervenus à <date type=TIME value=2024-03-07T06:00>6 heures du matin</date>.",
    "La cérémonie débutera <date type=TIME value=2024-03-11T15:00>lundi à 3 heures de l'après-midi</date>.",
    "Un entrepôt a brûlé dans <date type=TIME value=2024-03-02TNI>la nuit de samedi 2 mars 2024</date> à <date type=DATE value=2024-03-03>dimanche</date>.",
    "Le résultat est attendu en <date type=TIME value=2024-03-07TEV>soirée</date>.",
    "La séance a été suspendue en <date type=TIME value=2024-03-07TMO>fin de matinée</date>.",
    "Les aides seront versées d'ici <date type=DATE value=2024-04>avril</date>.",
    "Le décret sera publié avant <date type=DATE value=2024-06>juin</date>.",
    "Les classes seront dédoublées à <date type=DATE value=2024-09>la rentrée de septembre</date>.",
    "Mille logements seront construits d'ici <date type=DURATION value=P5Y>cinq ans</date>.",
    "Le maire a présenté le tracé du <date type=DATE value=FUTURE_REF>futur</date> périphérique.",
    "Le congrès s'ouvre <date type=DATE value=2024-03-09>samedi</date> à Lille.",
    "La conférence s'ouvre <date type=DATE value=2024-03-05>mardi</date> à Genève.",
    "Le mouvement se poursuit <date type=DATE value=2024-03-07>jeudi</date> dans les lycées.",
    "La délégation a quitté Paris <date type=DATE value=2024-03-02>samedi</date>.",
    "Les pompiers sont intervenus <date type=TIME value=2024-03-07T06:00>le 7 mars dès 6 heures</date>.",
    "Le colis a été livré <date type=TIME value=2024-03-06T23:00>mercredi peu avant 23 heures</date>.",
    "Le tir a eu lieu <date type=TIME value=2024-03-04T18:00>lundi aux alentours de 18 heures</date>.",
    "Les secours sont arrivés peu avant <date type=TIME value=2024-03-07T23:00>23 heures</date>.",
    "Le feu a pris aux alentours de <date type=TIME value=2024-03-07T18:00>18 heures</date>.",
    "Les résultats seront connus dans <date type=TIME value=2024-03-10TEV>la soirée de dimanche</date>.",
    "Les résultats étaient connus <date type=DATE value=2024-03-03>dimanche</date>.",
    "La médiathèque sera ouverte <date type=DATE value=2024-03-10>dimanche</date>.",
    "Une tempête a frappé la côte <date type=TIME value=2024-03-06TNI>la nuit dernière</date>.",
    "La séance reprendra en <date type=TIME value=2024-03-07TMI>milieu de journée</date>.",
    "Le parquet a ouvert une enquête <date type=DATE value=2024-03-07>le jour même</date>.",
    "La réunion se tiendra <date type=DATE value=2024-03-12>le 12/03</date> en mairie.",
    "Le match aura lieu <date type=TIME value=2024-03-11T20:00>lundi 11 à 20 h</date>.",
    "Elle a obtenu 15/20 à l'examen.",
    "Le conseil se réunira <date type=DATE value=2024-04-01>lundi 1er</date>.",
    "<date type=SET value=XXXX-SU>Chaque été</date>, le village accueille un festival.",
    "La station ouvre <date type=SET value=XXXX-WI>tous les hivers</date>.",
    "Les loyers sont révisés <date type=SET value=XXXX-01-01>chaque 1er janvier</date>.",
    "Le collectif Lyon Demain a déposé un recours.",
    "Les élus du groupe Nantes Aujourd'hui ont quitté la séance.",
    "« <date type=DATE value=2024-03-08>Demain</date>, nous serons dans la rue », a prévenu la syndicaliste.",
]

# -- more extents and values (DCT Wednesday 2024-05-15) --
EXTENTS = [
    "Le barrage a été construit au <date type=DATE value=198>milieu des années 1980</date>.",
    "Le ministre prendra la parole à <date type=TIME value=2024-05-15T20:00>20 heures ce soir</date>.",
    "La navette partira à <date type=TIME value=2024-05-16T08:00>8 h demain</date>.",
    "Les gendarmes sont arrivés à <date type=TIME value=2024-05-15T05:00>5 h ce matin</date>.",
    "Le suspect a été arrêté <date type=TIME value=2024-05-14TMO>mardi en fin de matinée</date>.",
    "Le verdict tombera dans <date type=DATE value=FUTURE_REF>les prochains mois</date>.",
    "<date type=DATE value=PAST_REF>Les derniers jours</date> ont été tendus.",
    "Elle a été condamnée à <date type=DURATION value=P2Y>deux ans</date> de prison.",
    "L'usine a fermé <date type=DATE value=2023>l'année dernière</date>.",
    "<date type=DATE value=2024-W19-WE>Le week-end dernier</date>, deux randonneurs se sont perdus.",
    "Les ventes ont reculé <date type=DATE value=2024-03>fin mars</date>.",
    "La mine a fermé <date type=DATE value=2019-12-03>le 3 décembre 2019</date>.",
    "Le marché a été attribué <date type=DATE value=2024-W18>il y a deux semaines</date>.",
    "Le vote aura lieu à <date type=DATE value=2024-06>la fin du mois de juin</date>.",
    "Le premier réacteur doit être livré <date type=DATE value=2025>mi-2025</date>.",
    "Les fouilles auront lieu entre <date type=DATE value=2024-06>juin</date> et <date type=DATE value=2024-08>août</date>.",
    "La piscine sera fermée de <date type=DATE value=2025-01>janvier</date> à <date type=DATE value=2025-03>mars</date>.",
    "<date type=DATE value=2023>Il y a un peu plus d'un an</date>, la scierie fermait ses portes.",
    "<date type=DATE value=2014>Il y a près de dix ans</date>, le village comptait trois écoles.",
    "La sonde s'approche de Mars et de Vénus.",
    "Le bilan de <date type=DATE value=2022>2022</date> pointe une baisse des ventes.",
    "La commune a accueilli 1998 visiteurs.",
    "Le pont sera rouvert <date type=TIME value=2024-06-03T18:00>le 3 juin à 18 h</date>.",
]

CASES = (
    _cases(None, NARRATIVE_ANCHOR)
    + _cases("2024-03-07", LENGTHS)
    + _cases("2024-11-20", YEAR_DIRECTION)
    + _cases("2024-03-07", DAY_AND_CLOCK)
    + _cases("2024-05-15", EXTENTS)
)


@pytest.mark.parametrize(("dct", "marked"), CASES)
def test_general_rules(nlp, dct, marked):
    text, expected = parse(marked)
    assert found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "value", "dateline"),
    [
        (
            "LYON, 4 avril 2023 (AFP) - Les salariés de l'usine ont voté la grève à une large majorité.",
            "2023-04-04",
            "LYON, 4 avril 2023 (AFP) -",
        ),
        (
            "Titre\n\nSAINT-DENIS, 12 juin 2022 (Reuters) – Le tribunal a rendu sa décision ce matin après trois jours d'audience.",
            "2022-06-12",
            "SAINT-DENIS, 12 juin 2022 (Reuters) –",
        ),
        (
            "Le 4 avril 2023, les salariés de l'usine ont voté la grève à une large majorité, selon les syndicats.",
            None,
            None,
        ),
    ],
)
def test_wire_dateline_opening_the_lead(text, value, dateline):
    finding = find_dct(text)
    assert (finding.dct.value if finding.dct else None) == value
    assert [text[s:e] for s, e in finding.spans] == ([dateline] if dateline else [])


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        ("Le conseil a validé le tracé de la future ligne de bus.", "future", "ligne"),
        ("Les tarifs actuels seront gelés.", "actuels", "tarifs"),
        ("Le texte a été adopté au terme de deux années de discussions.", "deux années", "discussions"),
        ("Après près de cinq heures de débat, les députés ont voté.", "près de cinq heures", "débat"),
        ("Elle a été condamnée à trois ans de prison.", "trois ans", "Elle a été condamnée"),
        ("Les fouilles débuteront en mars et dureront six mois.", "six mois", "dureront"),
        ("La maire a inauguré lundi la nouvelle médiathèque, fermée depuis 2020.", "2020", "fermée"),
        (
            "Le syndicat publie son rapport avant une assemblée très attendue tenue à Lille le 12 octobre.",
            "le 12 octobre",
            "tenue",
        ),
        (
            "Depuis l'arrivée de la nouvelle directrice en janvier, les ventes ont doublé.",
            "janvier",
            "l'arrivée",
        ),
        ("Les cheminots appellent à une grève illimitée à partir du 4 juin.", "4 juin", "une grève"),
    ],
)
def test_subject_of_adjectives_and_lengths(nlp, text, date, subject):
    doc = nlp(text)
    span = next(s for s in doc.spans["dates"] if s.text == date)
    start, end = span._.date_subject
    # Attachment is scored by overlap: the subject must hold the word it names, and not the
    # whole sentence around it.
    assert subject in doc.text[start:end]
    assert len(doc.text[start:end]) <= len(subject) + 30
