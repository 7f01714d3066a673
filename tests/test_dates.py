"""The French temporal tagger on French sentences, on the real model.

Each case is a sentence with its dates marked inline, EDS-NLP style:
``<date type=DATE value=2020-06-08>lundi</date>``; the tagger must find exactly
these spans, types and values under the stated DCT. 2020-06-10 is a Wednesday
(ISO week 24).
"""

from __future__ import annotations

import re

import pytest

from extract.dates.facts import facts

_MARK = re.compile(r"<date type=(\w+) value=([^>]+)>(.*?)</date>")


def parse(marked: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Plain text and expected ``(text, type, value)`` triples of a marked sentence."""
    expected = [(m.group(3), m.group(1), m.group(2)) for m in _MARK.finditer(marked)]
    return _MARK.sub(lambda m: m.group(3), marked), expected


def tag(nlp, text: str, dct: str | None):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


def found(nlp, text: str, dct: str | None) -> list[tuple[str, str, str]]:
    return [(f.text, f.type, f.object) for f in facts(tag(nlp, text, dct))]


DAY_DCT = "2020-06-10"
MONTH_DCT = "2020-06"

# -- absolute dates, DCT 2020-06-10 --
ABSOLUTE = [
    "La loi a été votée <date type=DATE value=2024-05-01>le 1er mai 2024</date>.",
    "Le contrat a été signé <date type=DATE value=2024-05-12>le 12/05/2024</date> à Lyon.",
    "Publiée <date type=DATE value=2024-05-12>le 12.05.24</date>, la note est passée inaperçue.",
    "Il a été élu en <date type=DATE value=2023-05>mai 2023</date>.",
    "L'usine a fermé en <date type=DATE value=2015>2015</date>.",
    "<date type=DATE value=199>Les années 1990</date> ont vu naître le web.",
    "La crise a éclaté <date type=DATE value=2000-09>fin septembre 2000</date>.",
    "Le chantier avait démarré <date type=DATE value=2019-03-15>le 15 mars 2019</date>.",
    "<date type=DATE value=2021-11-03>Mercredi 3 novembre 2021</date>, le tribunal a rendu son jugement.",
    "Le texte entrera en vigueur <date type=DATE value=2022-01-01>le 1er janvier 2022</date>.",
    "La grève a duré jusqu'au <date type=DATE value=2019-12-20>20 décembre 2019</date>.",
    "Né en <date type=DATE value=1954>1954</date>, il a grandi à Dakar.",
    "Dans <date type=DATE value=198>les années 80</date>, la ville comptait deux usines.",
    "Les faits remontent à <date type=DATE value=2018-02>février 2018</date>.",
    "<date type=DATE value=2020-09-03>le 3 sept. 2020</date> oui.",
    "Le décret du <date type=DATE value=2021-07-14>14 juillet 2021</date> est contesté.",
    "Le scrutin s'est tenu <date type=DATE value=2017-06>mi-juin 2017</date>.",
    "Les travaux ont commencé <date type=DATE value=2016>début 2016</date>.",
    "Il est mort <date type=DATE value=1998-04-05>le 5 avril 1998</date>.",
    "Depuis <date type=DATE value=2010>2010</date>, la population a doublé.",
    "L'accord de <date type=DATE value=2015>2015</date> reste la référence.",
    "Le musée a rouvert <date type=DATE value=2021-05-19>le 19/05/2021</date>.",
    "La décision date de <date type=DATE value=2008>l'année 2008</date>.",
    "Le sommet se tiendra d'ici <date type=DATE value=2030>2030</date>.",
    "Le chômage a reculé au <date type=DATE value=2019-Q4>quatrième trimestre 2019</date>.",
    "Les comptes du <date type=DATE value=2018-H1>premier semestre 2018</date> sont bons.",
    "Les ventes ont chuté au <date type=DATE value=2020-Q1>premier trimestre</date>.",
    "Le vote aura lieu en <date type=TIME value=2020-06-10TDT>fin de journée</date>.",
    "En <date type=DATE value=2019>2019</date>-<date type=DATE value=2020>2020</date>, le budget a augmenté.",
    "<date type=DATE value=2000-01-01>Le jour de l'an 2000</date> s'est passé sans panne.",
    "La ville s'est industrialisée au <date type=DATE value=18>XIXe siècle</date>.",
    "Ce bâtiment date du <date type=DATE value=17>18e siècle</date>.",
]

# -- underspecified and relative dates, DCT 2020-06-10 --
RELATIVE_DAY_DCT = [
    "<date type=DATE value=2020-06-08>Lundi</date>, le ministre a annoncé sa démission.",
    "Le ministre a démissionné <date type=DATE value=2020-06-09>mardi</date>.",
    "Le conseil se réunira <date type=DATE value=2020-06-15>lundi</date>.",
    "Le conseil se réunira <date type=DATE value=2020-06-15>lundi prochain</date>.",
    "Elle est rentrée <date type=DATE value=2020-06-08>lundi dernier</date>.",
    "Il a été arrêté <date type=DATE value=2020-06-05>vendredi</date> à Marseille.",
    "Le verdict sera rendu <date type=DATE value=2020-06-12>vendredi</date>.",
    "Le vote est prévu <date type=DATE value=2020-06-11>jeudi prochain</date>.",
    "Le président va annoncer <date type=DATE value=2020-06-11>jeudi</date> de nouvelles mesures.",
    "<date type=DATE value=2020-06-09>Hier</date>, la police a interpellé trois suspects.",
    "La manifestation a eu lieu <date type=DATE value=2020-06-08>avant-hier</date>.",
    "Le jury rendra son avis <date type=DATE value=2020-06-11>demain</date>.",
    "Le président s'est exprimé <date type=DATE value=2020-06-10>aujourd'hui</date> devant la presse.",
    "<date type=TIME value=2020-06-09TEV>Hier soir</date>, un incendie a ravagé l'entrepôt.",
    "Il partira <date type=TIME value=2020-06-11TMO>demain matin</date>.",
    "Le vote aura lieu <date type=TIME value=2020-06-11T15:00>demain à 15 heures</date>.",
    "Le suspect a été arrêté <date type=TIME value=2020-06-09T23:30>hier soir vers 23h30</date>.",
    "Les syndicats ont été reçus <date type=DATE value=2020-05-31>le 31 mai</date>.",
    "La réunion aura lieu <date type=DATE value=2020-09-22>le 22 septembre</date>.",
    "Le procès s'ouvrira <date type=DATE value=2021-03-03>le 3 mars</date>.",
    "La prochaine réunion est prévue <date type=DATE value=2020-12-14>le 14 décembre</date>.",
    "Absent depuis <date type=DATE value=2019-WI>l'hiver</date>, il reviendra en <date type=DATE value=2020-09>septembre</date>.",
    "Il avait été libéré en <date type=DATE value=2019-10>octobre dernier</date>.",
    "Les élections auront lieu en <date type=DATE value=2020-10>octobre prochain</date>.",
    "La ville a été inondée en <date type=DATE value=2020-01>janvier</date>.",
    "<date type=DATE value=2020-W23>La semaine dernière</date>, le gouvernement a reculé.",
    "Le texte sera examiné <date type=DATE value=2020-W25>la semaine prochaine</date>.",
    "<date type=DATE value=2019>L'an dernier</date>, les ventes ont chuté.",
    "Les ventes ont progressé <date type=DATE value=2020>cette année</date>.",
    "Le budget sera voté <date type=DATE value=2021>l'année prochaine</date>.",
    "Les prix ont flambé <date type=DATE value=2020-05>le mois dernier</date>.",
    "Le chantier reprendra <date type=DATE value=2020-07>le mois prochain</date>.",
    "Un festival est prévu <date type=DATE value=2020-W24-WE>ce week-end</date>.",
    "Le drame s'est produit <date type=DATE value=2020-W22>il y a deux semaines</date>.",
    "Il est arrivé <date type=DATE value=2020-06-07>il y a trois jours</date>.",
    "La centrale a fermé <date type=DATE value=2010>il y a dix ans</date>.",
    "Le pont rouvrira dans <date type=DATE value=2020-06-13>trois jours</date>.",
    "Le rapport sera publié dans <date type=DATE value=2020-08>deux mois</date>.",
    "Le stade a été inauguré au <date type=DATE value=2020>début de cette année</date>.",
    "La réforme sera appliquée à <date type=DATE value=2020>la fin de l'année</date>.",
    "<date type=DATE value=2020-06-10>Ce mercredi 10 juin</date>, les députés ont voté.",
    "Il est mort <date type=DATE value=2020-06-07>dimanche</date> à l'hôpital.",
    "<date type=DATE value=2020-06-06>Samedi</date>, des milliers de personnes ont défilé.",
    "La ministre s'était rendue sur place <date type=DATE value=2020-06-04>jeudi dernier</date>.",
    "Le sommet a été repoussé à <date type=DATE value=2021-03>mars prochain</date>.",
    "Les premiers vols reprendront <date type=DATE value=2020-07>début juillet</date>.",
    "Le texte sera présenté <date type=DATE value=2020-06-17>mercredi prochain</date>, puis examiné <date type=DATE value=2020-07>début juillet</date>.",
    "Les soldes commencent <date type=DATE value=2020-06>mi-juin</date>.",
    "Les Bleus joueront <date type=DATE value=2020-06-16>le mardi 16 juin</date> à Lyon.",
    "La tempête a frappé dans <date type=TIME value=2020-06-06TNI>la nuit de samedi</date> à <date type=DATE value=2020-06-07>dimanche</date>.",
    "L'exposition se tient du <date type=DATE value=2019-12-03>3 décembre</date> au <date type=DATE value=2020-01-05>5 janvier 2020</date>.",
    "Le festival reviendra au <date type=DATE value=2021-SP>printemps 2021</date>.",
    "<date type=DATE value=2020-SU>Cet été</date>, les plages resteront ouvertes.",
    "<date type=DATE value=2019-WI>L'hiver dernier</date> a été rude.",
    "Il a été élu en <date type=DATE value=2019-FA>automne</date>.",
    "L'objectif est fixé à l'horizon <date type=DATE value=2030>2030</date>.",
    "Le conseil a adopté le budget <date type=DATE value=2021>2021</date>.",
    "Il est candidat à la présidentielle <date type=DATE value=2022>2022</date>.",
    "<date type=DATE value=2020-06-10>Aujourd'hui</date>, les ministres se réunissent à Bruxelles.",
    "Ce village est <date type=DATE value=PRESENT_REF>aujourd'hui</date> désert.",
    "Le match aura lieu <date type=DATE value=2021-06-03>le 3 juin prochain</date>.",
    "Il était rentré <date type=DATE value=2020-06-03>le 3 juin dernier</date>.",
    "Les familles se réuniront à <date type=DATE value=2020-12-25>Noël</date>.",
    "Le défilé du <date type=DATE value=2020-07-14>14-Juillet</date> aura lieu sans public.",
]

# -- DCT known only to the month: day-level expressions resolve to the DCT month --
MONTH_PRECISION = [
    "<date type=DATE value=2020-06>Lundi</date>, IBM a annoncé un nouveau produit.",
    "La pétition a été mise en ligne <date type=DATE value=2020-06>mardi</date>.",
    "<date type=DATE value=2020-06>Hier</date>, le préfet a interdit le rassemblement.",
    "<date type=DATE value=2020-06>Il y a deux semaines</date>, la mort d'un homme a choqué le pays.",
    "Il est tombé malade <date type=DATE value=2020-06>il y a cinq jours</date>.",
    "Les manifestants ont été reçus <date type=DATE value=2020-05-31>le 31 mai</date>.",
    "Le groupe avait réagi en <date type=DATE value=2019-10>octobre dernier</date>.",
    "<date type=DATE value=2019>L'an dernier</date>, le chiffre d'affaires a baissé.",
    "<date type=DATE value=2020-06>La semaine dernière</date>, la police a chargé.",
    "Le texte a été adopté <date type=DATE value=2020-05>le mois dernier</date>.",
    "Il a été limogé <date type=DATE value=2020-06>avant-hier</date>.",
    "Le sommet aura lieu <date type=DATE value=2020-06-22>le 22 juin</date>.",
    "Elle a pris ses fonctions <date type=DATE value=2020-06-01>le 1er juin</date>.",
]

# -- no DCT (narrative mode): anchor on the last absolute date before --
NARRATIVE = [
    "<date type=DATE value=2019-03-03>Le 3 mars 2019</date>, il est parti. <date type=DATE value=2019-03-04>Le lendemain</date>, il est revenu.",
    "<date type=DATE value=2024-05-04>Samedi 4 mai 2024</date>, ils ont manifesté. Le président est arrivé <date type=DATE value=2024-05-05>dimanche 5 mai</date>.",
    "Il a été arrêté <date type=DATE value=2016-09-12>le 12 septembre 2016</date>. <date type=DATE value=2016-09-14>Deux jours plus tard</date>, il était libéré.",
    "La réunion aura lieu <date type=DATE value=XXXX-09-22>le 22 septembre</date>.",
    "L'Allemagne assume la présidence depuis <date type=DATE value=XXXX-07-01>le 1er juillet</date>.",
    "<date type=DATE value=2011-04-10>Le 10 avril 2011</date>, le navire a coulé. <date type=DATE value=2011-04-09>La veille</date>, une alerte avait été lancée.",
    "Élu en <date type=DATE value=2012>2012</date>, il a été réélu en <date type=DATE value=2017>2017</date>.",
    "Il est arrivé en <date type=DATE value=2015-06>juin 2015</date>.",
    "<date type=DATE value=2018-11-05>Le 5 novembre 2018</date>, il a été arrêté. Il a été jugé <date type=DATE value=2018-11-09>le vendredi suivant</date>.",
]

# -- clock times and parts of the day --
TIMES = [
    "Le rassemblement a commencé à <date type=TIME value=2020-06-10T14:30>14 h 30</date>.",
    "Le train est parti à <date type=TIME value=2020-06-10T08:15>8h15</date>.",
    "Les secours sont arrivés vers <date type=TIME value=2020-06-10T12:00>midi</date>.",
    "<date type=TIME value=2020-06-10TMO>Ce matin</date>, la circulation était bloquée.",
    "Des orages sont attendus <date type=TIME value=2020-06-10TEV>ce soir</date>.",
    "Le président a parlé <date type=TIME value=2020-06-08TAF>lundi dans l'après-midi</date>.",
    "Les négociations ont repris <date type=TIME value=2020-06-06TNI>samedi dans la nuit</date>.",
    "Il a été blessé <date type=TIME value=2020-05-03TEV>le 3 mai au soir</date>.",
    "Le vote a eu lieu <date type=TIME value=2020-06-02T20:00>le 2 juin à 20 heures</date>.",
    "Le couvre-feu commence à <date type=TIME value=2020-06-10T21:00>21h</date>.",
    "Le bureau est ouvert de <date type=TIME value=2020-06-10T09:00>9 heures</date> à <date type=TIME value=2020-06-10T17:00>17 heures</date>.",
    "Il a été interpellé <date type=TIME value=2020-06-10TNI>cette nuit</date>.",
    "<date type=TIME value=2020-06-10TNI>La nuit</date>, la ville se vide.",
    "Les négociations ont repris dans <date type=TIME value=2020-06-10TNI>la nuit</date>.",
    "Les bureaux ferment à <date type=TIME value=2020-06-10T18:00>18 h</date>.",
    "Les candidatures seront reçues jusqu'au <date type=TIME value=2020-06-16T18:00>16 juin 18 heures</date>.",
    "Le marché se tient <date type=SET value=XXXX-WXX-6TMO>tous les samedis matin</date>.",
    "Les horaires changent à partir du <date type=DATE value=2020-10-01>1er octobre</date>.",
]

# -- durations --
DURATIONS = [
    "Les associations appellent depuis <date type=DURATION value=P2Y>deux ans</date> à un changement.",
    "Il a travaillé pendant <date type=DURATION value=P3M>trois mois</date> à Paris.",
    "La grève a duré <date type=DURATION value=P1W>une semaine</date>.",
    "L'enquête a pris <date type=DURATION value=PXY>plusieurs années</date>.",
    "Le régime a tenu <date type=DURATION value=P25Y>un quart de siècle</date>.",
    "Il est emprisonné depuis <date type=DURATION value=P7Y>sept ans</date>.",
    "Le chantier durera <date type=DURATION value=P18M>un an et demi</date>.",
    "L'usine tourne depuis <date type=DURATION value=PXM>quelques mois</date>.",
    "Les pourparlers ont duré <date type=DURATION value=PT48H>48 heures</date>.",
    "Le texte a été négocié en <date type=DURATION value=P10D>dix jours</date>.",
    "La peine est de <date type=DURATION value=P5Y>cinq ans</date> de prison.",
    "Il vit à l'étranger depuis <date type=DURATION value=P10Y>une dizaine d'années</date>.",
    "La sécheresse dure depuis <date type=DURATION value=PXY>des années</date>.",
    "Le réseau est surveillé depuis <date type=DURATION value=PXY>de nombreuses années</date>.",
    "Le bâtiment a été rénové en <date type=DURATION value=P6M>six mois</date>.",
    "Un homme de <date type=DURATION value=P45Y>45 ans</date> a été interpellé.",
    "La Terre s'est réchauffée au cours des <date type=DURATION value=P3Y>trois dernières années</date>.",
    "Le projet a été gelé pendant <date type=DURATION value=P50Y>un demi-siècle</date>.",
    "La mission a duré <date type=DURATION value=PT3H>trois heures</date>.",
]

# -- sets --
SETS = [
    "Le festival se tient <date type=SET value=P1Y>chaque année</date> en Bretagne.",
    "Le marché a lieu <date type=SET value=XXXX-WXX-1>tous les lundis</date>.",
    "Le rapport <date type=SET value=P1Y>annuel</date> de l'ONG est paru.",
    "Le conseil se réunit <date type=SET value=P1M>chaque mois</date>.",
    "Les élections ont lieu <date type=SET value=P5Y>tous les cinq ans</date>.",
    "Les bénévoles distribuent des repas <date type=SET value=P1D>tous les jours</date>.",
    "La revue <date type=SET value=P1W>hebdomadaire</date> a cessé de paraître.",
    "Les tests sont réalisés <date type=SET value=P1Y>deux fois par an</date>.",
    "Il touche 3 000 euros <date type=SET value=P1M>par mois</date>.",
    "Le bilan <date type=SET value=P3M>trimestriel</date> sera publié.",
]

# -- vague references --
VAGUE = [
    "<date type=DATE value=PRESENT_REF>Actuellement</date>, aucune loi n'encadre ces ventes.",
    "Les habitants vivent <date type=DATE value=PRESENT_REF>désormais</date> sous surveillance.",
    "Ces outils pourraient être utilisés à <date type=DATE value=FUTURE_REF>l'avenir</date>.",
    "Le quartier était <date type=DATE value=PAST_REF>autrefois</date> ouvrier.",
    "L'Union doit agir <date type=DATE value=PRESENT_REF>maintenant</date>.",
    "L'entreprise fait <date type=DATE value=PRESENT_REF>aujourd'hui</date> partie du groupe.",
    "Ils n'ont pas réussi à <date type=DATE value=PRESENT_REF>ce jour</date> à changer la loi.",
    "Le pays a connu par <date type=DATE value=PAST_REF>le passé</date> des crises similaires.",
    "Le site a été <date type=DATE value=PAST_REF>récemment</date> rénové.",
    "Le rapport sera <date type=DATE value=FUTURE_REF>prochainement</date> rendu public.",
    "<date type=DATE value=PAST_REF>Ces dernières années</date>, le chômage a baissé.",
    "Les prix ont flambé au cours des <date type=DATE value=PAST_REF>dernières semaines</date>.",
    "Il a gardé le silence à <date type=DATE value=PAST_REF>l'époque</date>.",
    "Aucune plainte n'a été déposée jusqu'à <date type=DATE value=PRESENT_REF>présent</date>.",
    "Le site reste fermé pour <date type=DATE value=PRESENT_REF>l'instant</date>.",
    "De <date type=DATE value=PRESENT_REF>nos jours</date>, tout le monde a un téléphone.",
]

# -- ranges: one fact per bound --
RANGES = [
    "Les documents couvrent la période entre <date type=DATE value=2012>2012</date> et <date type=DATE value=2019>2019</date>.",
    "Le salon se tiendra du <date type=DATE value=2021-05-03>3</date> au <date type=DATE value=2021-05-05>5 mai</date>.",
    "Le salon a eu lieu du <date type=DATE value=2020-05-01>premier</date> au <date type=DATE value=2020-05-03>3 mai</date>.",
    "Les épreuves se sont tenues les <date type=DATE value=2020-05-20>20</date> et <date type=DATE value=2020-05-21>21 mai</date>.",
    "La réunion aura lieu <date type=TIME value=2020-06-16T14:00>mardi à 14 heures</date>.",
    "Le match aura lieu <date type=TIME value=2020-06-13T21:00>samedi prochain à 21 h</date>.",
    "<date type=DATE value=2020-06-08>Lundi</date>, 3 élèves ont été exclus.",
    "Le festival aura lieu entre <date type=DATE value=2021-07-03>le 3</date> et <date type=DATE value=2021-07-05>le 5 juillet 2021</date>.",
    "Il a vécu à Lyon de <date type=DATE value=1990>1990</date> à <date type=DATE value=2001>2001</date>.",
    "Les bureaux sont ouverts de <date type=TIME value=2020-06-10T09:00>9 h</date> à <date type=TIME value=2020-06-10T17:00>17 h</date>.",
    "La collecte a eu lieu du <date type=DATE value=2018-03-12>12</date> au <date type=DATE value=2018-03-16>16 mars 2018</date>.",
]

# -- guards: numbers, prices, phone numbers, names --
GUARDS = [
    "La hausse atteint 66 % sur <date type=DURATION value=P1Y>un an</date>.",
    "Le billet coûte 2000 euros.",
    "Appelez le +33 1 53 38 66 00 pour plus d'informations.",
    "Sept personnes ont été blessées dans l'accident.",
    "La planète Mars est visible à l'œil nu.",
    "Les Jeux olympiques et paralympiques 2024 approchent.",
    "Plus de 2000 manifestants se sont rassemblés.",
    "Le projet Vision 2030 a été dévoilé par le royaume.",
    "L'entreprise emploie 1500 salariés.",
    "Le score final est de 3 à 1.",
    "Il a obtenu 12/20 à l'examen.",
    "La pétition a réuni 75 000 signatures.",
    "L'Euro 2016 s'est déroulé en France.",
    "Mai Thi Nguyen a été élue présidente.",
    "Noël Mamère a quitté le parti.",
    "Le 31 avril n'existe pas.",
    "Un jour, la vérité éclatera.",
    "Le tribunal a siégé pendant <date type=DURATION value=P1D>un jour</date>.",
    "La ville a été fondée <date type=DATE value=0020>il y a 2000 ans</date>.",
    "Le groupe compte 2024 adhérents.",
    "La ville accueillera le Tour de France 2024.",
]


def _cases(dct: str | None, sentences: list[str]):
    return [pytest.param(dct, s, id=s[:60]) for s in sentences]


ALL_CASES = (
    _cases(DAY_DCT, ABSOLUTE)
    + _cases(DAY_DCT, RELATIVE_DAY_DCT)
    + _cases(MONTH_DCT, MONTH_PRECISION)
    + _cases(None, NARRATIVE)
    + _cases(DAY_DCT, TIMES)
    + _cases(DAY_DCT, DURATIONS)
    + _cases(DAY_DCT, SETS)
    + _cases(DAY_DCT, VAGUE)
    + _cases(DAY_DCT, RANGES)
    + _cases(DAY_DCT, GUARDS)
)


@pytest.mark.parametrize(("dct", "marked"), ALL_CASES)
def test_dates(nlp, dct, marked):
    text, expected = parse(marked)
    assert found(nlp, text, dct) == expected


def test_case_count():
    expressions = sum(len(parse(p.values[1])[1]) for p in ALL_CASES)
    assert expressions >= 150, expressions
