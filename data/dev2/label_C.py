"""Hand labels (by reading) for dev2 articles e13-e18 (part C), following FACTS.md,
docs/annotation.md and the decisions of data/dev/README.md (A1-A12, B1-B10).

Python only finds spans and checks them: every span is found by its exact string,
word-bounded; without `after` the string must be unique in the text, with `after` it is
searched from the first occurrence of that (unique) anchor. Every offset, subject span
and mention is asserted. Writes gold_C.jsonl next to this script.
Helpers (reading, span search, fact builders, checks): data/labelkit.py.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import labelkit  # noqa: E402

RAW = os.path.join(HERE, "raw")
OUT = os.path.join(HERE, "gold_C.jsonl")
FILES = ["e13_secheresse.txt", "e14_usine_douai.txt", "e15_cantines.txt",
         "e16_cyberattaque.txt", "e17_laval_entraineur.txt", "e18_controleurs_aeriens.txt"]
TEXT = labelkit.read_texts(RAW, FILES)


def quote_marks(t, content, mode, s, e):
    """direct: the whole content inside « » ; indirect: no mark ; mixed: a quoted part"""
    if mode == "direct":
        # a quote over several paragraphs re-opens each paragraph with « (FACTS §2.2: one claim)
        flat = content.replace("\n\n« ", "\n\n")
        assert "«" not in flat and "»" not in flat, content
        assert t[:s].rstrip().endswith(("«", "“")) or t[:s].rstrip().endswith(("appelle à",)), content
    elif mode == "indirect":
        assert "«" not in content and "»" not in content, content
    else:
        assert "«" in content, content


LABELS = labelkit.Labels(TEXT, claim_check=quote_marks)
FACTS = LABELS.facts
ent, rel, claim, date = LABELS.ent, LABELS.rel, LABELS.claim, LABELS.date


# ====================================================================== e13
# DCT 2025-04-09 (Wednesday): first-line header " date 2025-04-09" (metadata).
D = "e13_secheresse"
PREF = "préfecture des Pyrénées-Orientales"
CHAMBRE = "chambre d'agriculture des Pyrénées-Orientales"
FDSEA = "Fédération départementale des syndicats d'exploitants agricoles"
ent(D, "Pyrénées-Orientales", "LOC", n=2)
ent(D, "Laurent Viguier", "PER", ["Viguier"], n=2)
ent(D, "Têt", "LOC", n=1)
ent(D, "Perpignan", "LOC", n=2)
ent(D, "Météo-France", "ORG", n=1)
ent(D, "barrage de Vinça", "LOC", n=1)
ent(D, "Roussillon", "LOC", n=1)
ent(D, "Josiane Ferrer", "PER", n=1)
ent(D, CHAMBRE, "ORG", n=1)
ent(D, FDSEA, "ORG", ["FDSEA"], n=2)
ent(D, "Pierre Sournia", "PER", n=1)
ent(D, "Agnès Roumens", "PER", n=1)
ent(D, "Prades", "LOC", n=1)
ent(D, "Aqualis", "ORG", n=1)
ent(D, "Perpignan Méditerranée Métropole", "ORG", n=1)
ent(D, "Franck Delmas", "PER", n=1)
ent(D, "France Nature Environnement", "ORG", ["FNE"], n=2)
ent(D, PREF, "ORG", n=1)
ent(D, "Saint-Cyprien", "LOC", n=1)

rel(D, "Laurent Viguier", "role", "préfet", "préfet des Pyrénées-Orientales, Laurent Viguier")
rel(D, "Josiane Ferrer", "role", "présidente", "Josiane Ferrer, présidente")
rel(D, "Josiane Ferrer", "member_of", CHAMBRE, "Josiane Ferrer, présidente de la chambre d'agriculture des Pyrénées-Orientales")
rel(D, "Pierre Sournia", "role", "secrétaire général", "secrétaire général, Pierre Sournia")
rel(D, "Pierre Sournia", "member_of", FDSEA,
    "Pour la Fédération départementale des syndicats d'exploitants agricoles (FDSEA), l'arrêté arrive « bien trop tard ». Le syndicat accuse l'État d'avoir « laissé filer » la situation depuis 2022. Son secrétaire général, Pierre Sournia")
rel(D, "Agnès Roumens", "role", "ministre de la Transition écologique", "ministre de la Transition écologique, Agnès Roumens")
rel(D, "Franck Delmas", "role", "directeur général", "directeur général, Franck Delmas")
rel(D, "Franck Delmas", "member_of", "Aqualis",
    "la société Aqualis, qui gère le réseau d'eau de Perpignan Méditerranée Métropole, estime que l'été sera « très difficile ». Son directeur général, Franck Delmas")

claim(D, "Laurent Viguier", "déclarer", "Nous n'avons jamais connu une telle sécheresse depuis que les relevés existent", "SAY", "direct")
claim(D, "Météo-France", "selon",
      "il est tombé moins de 120 millimètres de pluie entre septembre et mars sur le département, soit trois fois moins que la normale",
      "SAY", "indirect")
claim(D, "Laurent Viguier", "estimer", "il était « trop tôt pour le dire »", "SAY", "mixed")
claim(D, "Josiane Ferrer", "s'inquiéter",
      "Certains arboriculteurs ont déjà arraché leurs pêchers. Si rien ne change d'ici l'été, nous allons perdre des centaines d'exploitations",
      "SAY", "direct")
claim(D, "Josiane Ferrer", "réclamer",
      "la suppression des redevances sur les prélèvements agricoles pour l'année 2025 et un fonds d'urgence « à la hauteur de la catastrophe »",
      "DEMAND", "mixed")
claim(D, FDSEA, "pour", "l'arrêté arrive « bien trop tard »", "SAY", "mixed")
claim(D, FDSEA, "accuser", "avoir « laissé filer » la situation depuis 2022", "ACCUSE", "mixed", "l'État")
claim(D, "Pierre Sournia", None, "On alerte depuis trois ans. On nous a répondu par des réunions.", "SAY", "direct")
claim(D, "Agnès Roumens", "annoncer",
      "le déblocage de 15 millions d'euros pour sécuriser l'eau potable des communes les plus touchées", "ANNOUNCE", "indirect")
claim(D, "Aqualis", "estimer", "l'été sera « très difficile »", "SAY", "mixed")
claim(D, "Franck Delmas", "exhorter", "réduire leur consommation « d'au moins 10 % dès maintenant »", "DEMAND", "mixed",
      "les habitants")
claim(D, "Aqualis", "d'après", "la consommation grimpe de 40 % pendant les deux mois d'été", "SAY", "indirect")
claim(D, "Les associations de défense de l'environnement", "dénoncer", "un double discours", "ACCUSE", "indirect")
claim(D, "France Nature Environnement", "accuser",
      "avoir autorisé en février l'extension d'un golf à Saint-Cyprien, « un non-sens absolu en pleine sécheresse »",
      "ACCUSE", "mixed", PREF)
# not claims: « crise » (x2) and « Soif » (quoted terms); "La préfecture n'a pas confirmé que ..." (negated cue)

date(D, "ce week-end", "2025-W15-WE", "DATE", "les Pyrénées-Orientales en « crise »")
date(D, "mardi", "2025-04-08", "DATE", "Le préfet des Pyrénées-Orientales, Laurent Viguier, a signé mardi un arrêté", after="a signé mardi")
date(D, "samedi 12 avril à 8 heures", "2025-04-12T08:00", "TIME",
     "l'arrosage des jardins, le lavage des voitures et le remplissage des piscines y seront interdits")
date(D, "31 mai", "2025-05-31", "DATE",
     "l'arrosage des jardins, le lavage des voitures et le remplissage des piscines y seront interdits")
date(D, "septembre", "2024-09", "DATE", "il est tombé moins de 120 millimètres de pluie", after="entre septembre")
date(D, "mars", "2025-03", "DATE", "il est tombé moins de 120 millimètres de pluie", after="entre septembre")
date(D, "désormais", "PRESENT_REF", "DATE", "Le comité de suivi de la ressource en eau se réunira")
date(D, "tous les lundis", "XXXX-WXX-1", "SET", "Le comité de suivi de la ressource en eau se réunira")
date(D, "l'été", "2025-SU", "DATE", "rien ne change", after="d'ici l'été")
date(D, "l'année 2025", "2025", "DATE", "suppression")
date(D, "2022", "2022", "DATE", "avoir « laissé filer » la situation")
date(D, "trois ans", "P3Y", "DURATION", "On alerte")
date(D, "jeudi", "2025-04-10", "DATE", "La ministre de la Transition écologique, Agnès Roumens, est attendue")
date(D, "mercredi", "2025-04-09", "DATE", "Elle a annoncé mercredi le déblocage")
date(D, "22", "2025-04-22", "DATE", "Une conférence de l'eau doit réunir élus, agriculteurs et industriels", after="du 22 au")
date(D, "24 avril", "2025-04-24", "DATE", "Une conférence de l'eau doit réunir élus, agriculteurs et industriels")
date(D, "l'été", "2025-SU", "DATE", "l'été sera « très difficile »", after="estime que l'été")
date(D, "maintenant", "PRESENT_REF", "DATE", "réduire leur consommation")
date(D, "les deux mois d'été", "P2M", "DURATION", "la consommation grimpe de 40 %")
date(D, "février", "2025-02", "DATE", "avoir autorisé")
date(D, "la nuit de lundi", "2025-04-07TNI", "TIME", "des militants avaient tagué le mot « Soif » sur les grilles de la préfecture")
date(D, "mardi", "2025-04-08", "DATE", "des militants avaient tagué le mot « Soif » sur les grilles de la préfecture",
     after="la nuit de lundi à mardi")

# ====================================================================== e14
# DCT 2025-03-12 (Wednesday): AFP dateline "LILLE, 12 mars 2025 (AFP) -" (the date part is metadata).
D = "e14_usine_douai"
BRENNER = "Brenner Automotive"
REGION = "Région Hauts-de-France"
ent(D, BRENNER, "ORG", ["Brenner"], n=6)
ent(D, "Douai", "LOC", n=4)
ent(D, "Lille", "LOC", extra=["LILLE"], n=2)
ent(D, "AFP", "ORG", n=2)
ent(D, "Nord", "LOC", n=1)
ent(D, "Matthias Vogel", "PER", n=1)
ent(D, "France", "LOC", n=1)
ent(D, "Stuttgart", "LOC", n=1)
ent(D, "Kessbach", "ORG", n=1)
ent(D, "Cap 2030", "MISC", n=1)
ent(D, "Nadia Berkani", "PER", n=1)
ent(D, "CGT", "ORG", n=2)
ent(D, "Pologne", "LOC", n=1)
ent(D, "Roumanie", "LOC", n=1)
ent(D, "FO", "ORG", n=1)
ent(D, "CFDT", "ORG", n=1)
ent(D, "Rémi Castel", "PER", n=1)
ent(D, "Olivier Guérin", "PER", n=1)
ent(D, "Bercy", "LOC", n=1)
ent(D, "BFM Business", "ORG", n=1)
ent(D, REGION, "ORG", ["Région"], n=2)
ent(D, "Sandrine Lemaire", "PER", n=1)

rel(D, BRENNER, "located_in", "Allemagne", "groupe allemand Brenner Automotive")
rel(D, BRENNER, "located_in", "Stuttgart", "Le groupe, basé à Stuttgart")
rel(D, BRENNER, "member_of", "Kessbach", "Le groupe, basé à Stuttgart et qui fait partie du holding familial Kessbach")
rel(D, "Matthias Vogel", "role", "directeur des opérations", "directeur des opérations de Brenner en France, Matthias Vogel")
rel(D, "Matthias Vogel", "member_of", BRENNER, "directeur des opérations de Brenner en France, Matthias Vogel")
rel(D, "Nadia Berkani", "role", "déléguée syndicale", "Nadia Berkani, déléguée syndicale")
rel(D, "Nadia Berkani", "member_of", "CGT", "Nadia Berkani, déléguée syndicale CGT")
rel(D, "Rémi Castel", "role", "maire", "maire de Douai, Rémi Castel")
rel(D, "Olivier Guérin", "role", "ministre de l'Industrie", "ministre de l'Industrie, Olivier Guérin")
rel(D, REGION, "located_in", "Lille", "le siège de la Région, à Lille")
rel(D, "Sandrine Lemaire", "role", "vice-présidente chargée de l'économie",
    "vice-présidente de la Région Hauts-de-France chargée de l'économie, Sandrine Lemaire")
rel(D, "Sandrine Lemaire", "member_of", REGION,
    "vice-présidente de la Région Hauts-de-France chargée de l'économie, Sandrine Lemaire")

claim(D, "Matthias Vogel", "déclarer",
      "La chute des commandes des constructeurs européens ne nous laisse pas d'autre option", "SAY", "direct")
claim(D, "Matthias Vogel", "selon", "l'usine tourne à 45 % de ses capacités depuis dix-huit mois", "SAY", "indirect")
claim(D, BRENNER, "assurer", "il proposera « un reclassement à chaque salarié » dans ses autres sites européens", "SAY", "mixed")
claim(D, "Nadia Berkani", "raconter",
      "En 2021, la direction nous jurait que Douai était un site d'avenir. On a accepté le gel des salaires, on a accepté "
      "les équipes de nuit, on a tout accepté.\n\n« Ce matin, on nous propose un reclassement en Pologne ou en Roumanie. "
      "Qui peut croire que c'est une proposition sérieuse ?", "SAY", "direct")
claim(D, "L'intersyndicale", "réclamer", "l'ouverture immédiate de négociations sur un plan de reprise", "DEMAND", "indirect")
claim(D, "L'intersyndicale", "exhorter", "conditionner toute aide publique au maintien de l'emploi", "DEMAND", "direct", "l'État")
claim(D, "L'intersyndicale", "accuser",
      "avoir perçu 6,2 millions d'euros de crédit d'impôt entre 2019 et 2023 « sans aucune contrepartie »",
      "ACCUSE", "mixed", BRENNER)
claim(D, "Rémi Castel", "accuser", "préparer la délocalisation depuis deux ans", "ACCUSE", "direct", BRENNER)
claim(D, "Olivier Guérin", "juger", "la méthode du groupe « inacceptable »", "SAY", "mixed")
claim(D, "Olivier Guérin", "demander", "chercher activement un repreneur", "DEMAND", "direct", BRENNER)
claim(D, "Olivier Guérin", "assurer", "L'État ne restera pas les bras croisés", "SAY", "direct")
claim(D, "Olivier Guérin", "ajouter", "il se rendrait demain sur le site", "SAY", "indirect")
claim(D, "Sandrine Lemaire", "se dire", "prête à soutenir « tout projet industriel crédible »", "SAY", "mixed")
claim(D, "Sandrine Lemaire", "prévenir", "Nous accompagnerons un repreneur, pas un départ", "SAY", "direct")
claim(D, "Les syndicats", "appeler", "un rassemblement devant l'usine samedi après-midi", "DEMAND", "indirect")
# not claims: « Cap 2030 » (quoted name); "présenté par la direction" (a plan, no proposition);
# "nous jurait que ..." (speech inside a direct quote); "n'a pas souhaité commenter ces accusations".

date(D, "mercredi", "2025-03-12", "DATE", "Le groupe allemand Brenner Automotive a confirmé mercredi la fermeture de son usine de Douai")
date(D, "la fin du premier semestre 2026", "2026-H1", "DATE", "la fermeture")
date(D, "9 heures", "2025-03-12T09:00", "TIME", "convoqué")
date(D, "dix-huit mois", "P18M", "DURATION", "l'usine tourne à 45 % de ses capacités")
date(D, "1998", "1998", "DATE", "Inaugurée")
date(D, "chaque année", "P1Y", "SET", "l'usine produisait chaque année jusqu'à trois millions d'étriers de frein")
date(D, "il y a quatre ans", "2021", "DATE", "présenté")
date(D, "2021", "2021", "DATE", "la direction nous jurait que Douai était un site d'avenir", after="« En 2021")
date(D, "Ce matin", "2025-03-12TMO", "TIME", "on nous propose un reclassement en Pologne ou en Roumanie")
date(D, "2019", "2019", "DATE", "avoir perçu 6,2 millions d'euros de crédit d'impôt")
date(D, "2023", "2023", "DATE", "avoir perçu 6,2 millions d'euros de crédit d'impôt")
date(D, "deux ans", "P2Y", "DURATION", "préparer la délocalisation")
date(D, "les prochains jours", "FUTURE_REF", "DATE", "Il recevra les dirigeants de Brenner à Bercy")
date(D, "demain", "2025-03-13", "DATE", "il se rendrait demain sur le site")
date(D, "le 20 mars", "2025-03-20", "DATE", "Une première réunion de négociation est prévue")
date(D, "samedi après-midi", "2025-03-15TAF", "TIME", "un rassemblement")

# ====================================================================== e15
# DCT 2025-01 (month): first-line header " date 2025-01" (metadata).
D = "e15_cantines"
COUR = "Cour des comptes"
AMF = "Association des maires de France"
FCPE = "Fédération des conseils de parents d'élèves"
ent(D, COUR, "ORG", ["Cour"], n=5)
ent(D, "rue Cambon", "LOC", n=1)
ent(D, "loi Egalim", "MISC", n=1)
ent(D, "Hélène Brunet", "PER", n=2)
ent(D, AMF, "ORG", ["AMF"], n=4)
ent(D, "Gilles Marchetti", "PER", n=1)
ent(D, "Saint-Junien", "LOC", n=1)
ent(D, "Haute-Vienne", "LOC", n=1)
ent(D, "Zéro Gâchis", "ORG", n=1)
ent(D, "Thomas Le Bihan", "PER", ["Le Bihan"], n=2)
ent(D, "France Info", "ORG", n=1)
ent(D, "Marc Abadie", "PER", n=1)
ent(D, FCPE, "ORG", ["FCPE"], n=2)
ent(D, "Grenoble", "LOC", n=1)
ent(D, "Sénat", "ORG", n=1)

rel(D, "Hélène Brunet", "role", "présidente de la troisième chambre",
    "présidente de la troisième chambre de la Cour, Hélène Brunet")
rel(D, "Hélène Brunet", "member_of", COUR, "présidente de la troisième chambre de la Cour, Hélène Brunet")
rel(D, "Gilles Marchetti", "role", "maire", "Gilles Marchetti, maire")
rel(D, "Gilles Marchetti", "role", "membre du bureau",
    "Gilles Marchetti, maire de Saint-Junien (Haute-Vienne) et membre du bureau")
rel(D, "Gilles Marchetti", "member_of", AMF,
    "Gilles Marchetti, maire de Saint-Junien (Haute-Vienne) et membre du bureau de l'AMF")
rel(D, "Thomas Le Bihan", "role", "président", "président de l'association Zéro Gâchis, Thomas Le Bihan")
rel(D, "Thomas Le Bihan", "member_of", "Zéro Gâchis", "président de l'association Zéro Gâchis, Thomas Le Bihan")
rel(D, "Marc Abadie", "role", "ministre de l'Éducation nationale", "ministre de l'Éducation nationale, Marc Abadie")

claim(D, COUR, "dénoncer", "un gaspillage « massif »", "ACCUSE", "mixed")
claim(D, COUR, "constat", "Près d'un repas sur trois servis dans les cantines scolaires finit à la poubelle", "REPORT", "indirect")
claim(D, COUR, "selon", "ce gaspillage coûte chaque année environ 400 millions d'euros aux communes et aux départements",
      "SAY", "indirect")
claim(D, COUR, "constater",
      "les objectifs de la loi Egalim, qui impose depuis le 1er janvier 2022 au moins 50 % de produits durables et de "
      "qualité dans les assiettes, sont « loin d'être atteints »", "REPORT", "mixed")
claim(D, COUR, "révéler", "seules 12 % des communes de moins de 2 000 habitants disposent d'un outil de pesée des déchets",
      "REPORT", "indirect")
claim(D, COUR, "montrer",
      "un repas facturé 1,20 euro aux familles dans certaines communes coûte en réalité jusqu'à 11 euros à la collectivité",
      "REPORT", "indirect")
claim(D, COUR, "recommander",
      "généraliser la tarification sociale et d'imposer un bilan annuel du gaspillage dans chaque établissement",
      "DEMAND", "indirect")
claim(D, "Hélène Brunet", "résumer",
      "Le gaspillage alimentaire n'est pas une fatalité. C'est d'abord un problème d'organisation et de formation",
      "SAY", "direct")
claim(D, "Hélène Brunet", "estimer", "Les communes qui ont formé leurs cuisiniers ont divisé leurs déchets par deux",
      "SAY", "direct")
claim(D, AMF, "juger", "le rapport « hors-sol »", "SAY", "mixed")
claim(D, "Gilles Marchetti", "protester",
      "On nous demande du bio, du local et du fait maison avec des budgets qui n'ont pas bougé depuis dix ans",
      "SAY", "direct")
claim(D, AMF, "selon", "le coût des denrées a bondi de 18 % depuis la rentrée 2022", "SAY", "indirect")
claim(D, AMF, "d'après", "L'an dernier, la moitié des communes ont augmenté leurs tarifs", "SAY", "indirect")
claim(D, "Thomas Le Bihan", "saluer", "un travail précieux et attendu", "SAY", "direct")
claim(D, "Zéro Gâchis", "réclamer", "l'interdiction des barquettes en plastique dans les cantines d'ici 2026",
      "DEMAND", "indirect")
claim(D, "Thomas Le Bihan", "regretter", "La Cour avait déjà alerté il y a trois ans. Depuis, presque rien n'a bougé",
      "SAY", "direct")
claim(D, "Marc Abadie", "reconnaître", "l'État « n'avait pas assez accompagné les petites communes »", "ADMIT", "mixed")
claim(D, "Marc Abadie", "promettre",
      "un plan de formation des cuisiniers scolaires, doté de 30 millions d'euros, serait présenté en mars",
      "ANNOUNCE", "indirect")
claim(D, FCPE, "demander", "être associée à sa préparation", "DEMAND", "indirect")
# not claims: "Les maires, eux, contestent ce diagnostic" (anaphoric shell); "a lancé ... une expérimentation"
# (an act, no proposition); « cantine à la carte » (quoted term); "La moyenne nationale plafonne à 27 %" (no cue).

date(D, "mardi", "2025-01", "DATE", "publié")
date(D, "2018", "2018", "DATE", "consacré à la restauration scolaire")
date(D, "2023", "2023", "DATE", "consacré à la restauration scolaire")
date(D, "chaque année", "P1Y", "SET",
     "ce gaspillage coûte chaque année environ 400 millions d'euros aux communes et aux départements")
date(D, "le 1er janvier 2022", "2022-01-01", "DATE", "qui impose")
date(D, "annuel", "P1Y", "SET", "bilan")
date(D, "dix ans", "P10Y", "DURATION", "des budgets qui n'ont pas bougé")
date(D, "la rentrée 2022", "2022-09", "DATE", "le coût des denrées a bondi de 18 %")
date(D, "L'an dernier", "2024", "DATE", "la moitié des communes ont augmenté leurs tarifs")
date(D, "2019", "2019", "DATE", "qui accompagne une centaine de communes")
date(D, "2026", "2026", "DATE", "l'interdiction")
date(D, "il y a trois ans", "2022", "DATE", "La Cour avait déjà alerté")
date(D, "mars", "2025-03", "DATE",
     "un plan de formation des cuisiniers scolaires, doté de 30 millions d'euros, serait présenté")
date(D, "hier", "2025-01", "DATE", "La Fédération des conseils de parents d'élèves (FCPE) a demandé")
date(D, "la semaine dernière", "2025-01", "DATE", "la municipalité a lancé la semaine dernière une expérimentation")
date(D, "le 30 avril", "2025-04-30", "DATE", "Un premier bilan est attendu")
date(D, "le 5 février à 14 heures", "2025-02-05T14:00", "TIME", "Le Sénat auditionnera Hélène Brunet")

# ====================================================================== e16
# DCT 2025-05-27 (Tuesday): "Publié le 27/05/2025 à 18h04" under the title (metadata, the time too).
# The byline "Par Julien Martel" is part of the article (FACTS §1).
D = "e16_cyberattaque"
GHSA = "Groupe hospitalier Sud-Armor"
ARS = "Agence régionale de santé de Bretagne"
ANSSI = "Agence nationale de la sécurité des systèmes d'information"
ent(D, "Lannion", "LOC", n=2)
ent(D, "Julien Martel", "PER", n=1)
ent(D, GHSA, "ORG", ["GHSA"], n=6)
ent(D, "Côtes-d'Armor", "LOC", n=1)
ent(D, "Valérie Quéré", "PER", ["Quéré"], n=2)
ent(D, "NightHydra", "ORG", n=1)
ent(D, ARS, "ORG", ["ARS"], n=3)
ent(D, "Yannick Le Floch", "PER", n=1)
ent(D, "CHU de Brest", "ORG", n=1)
ent(D, "parquet de Paris", "ORG", n=1)
ent(D, ANSSI, "ORG", ["Anssi"], n=2)
ent(D, "Médilog", "ORG", n=2)
ent(D, "Santéa", "ORG", n=1)
ent(D, "Loïc Tanguy", "PER", n=1)
ent(D, "Claire Jaouen", "PER", n=1)
ent(D, "SUD Santé", "ORG", n=1)
ent(D, "Odile Berthier", "PER", n=1)

rel(D, GHSA, "located_in", "Lannion", "l'établissement public, basé à Lannion")
rel(D, "Valérie Quéré", "role", "directrice générale", "Valérie Quéré, directrice générale du GHSA")
rel(D, "Valérie Quéré", "member_of", GHSA, "Valérie Quéré, directrice générale du GHSA")
rel(D, "Yannick Le Floch", "role", "directeur général", "directeur général, Yannick Le Floch")
rel(D, "Yannick Le Floch", "member_of", ARS,
    "Pas question de payer, a répondu l'Agence régionale de santé de Bretagne (ARS), qui coordonne la gestion de crise. « L'État ne négocie pas avec des criminels », a martelé son directeur général, Yannick Le Floch")
rel(D, "Médilog", "located_in", "Nantes", "PME nantaise Médilog")
rel(D, "Médilog", "member_of", "Santéa", "Médilog, qui fait partie du groupe Santéa")
rel(D, "Loïc Tanguy", "role", "président", "président, Loïc Tanguy")
rel(D, "Loïc Tanguy", "member_of", "Médilog",
    "Médilog, qui fait partie du groupe Santéa depuis 2021, conteste toute responsabilité. « Nos systèmes n'ont pas été compromis. Nous coopérons pleinement avec les enquêteurs », assure son président, Loïc Tanguy")
rel(D, "Claire Jaouen", "role", "infirmière", "infirmière du GHSA, Claire Jaouen")
rel(D, "Claire Jaouen", "member_of", GHSA, "infirmière du GHSA, Claire Jaouen")
rel(D, "Odile Berthier", "role", "ministre de la Santé", "ministre de la Santé, Odile Berthier")

claim(D, "NightHydra", "réclamer", "2 millions d'euros", "DEMAND", "indirect", after="les pirates réclament")
claim(D, "Valérie Quéré", "expliquer",
      "Nous avons détecté une intrusion vers 22 h 30. Nos équipes ont immédiatement isolé les serveurs pour protéger les données des patients",
      "SAY", "direct")
claim(D, "Valérie Quéré", "selon", "aucune donnée médicale n'a été chiffrée", "SAY", "direct")
claim(D, "Valérie Quéré", "préciser", "Les sauvegardes étaient réalisées chaque nuit", "SAY", "indirect")
claim(D, "NightHydra", "affirmer", "détenir « 300 gigaoctets de données »", "SAY", "mixed")
claim(D, "NightHydra", "exiger", "le versement de 2 millions d'euros en bitcoins avant vendredi minuit", "DEMAND", "indirect")
claim(D, "NightHydra", "menacer", "tout publier", "ANNOUNCE", "indirect")
claim(D, ARS, "répondre", "Pas question de payer", "SAY", "indirect")
claim(D, "Yannick Le Floch", "marteler", "L'État ne négocie pas avec des criminels", "SAY", "direct")
claim(D, ARS, "annoncer",
      "le transfert de six patients en réanimation vers le CHU de Brest et l'envoi de renforts informatiques",
      "ANNOUNCE", "indirect")
claim(D, ANSSI, "d'après",
      "les pirates seraient entrés par le compte d'un prestataire, la PME nantaise Médilog, qui gère le logiciel de prise de rendez-vous de l'hôpital",
      "SAY", "indirect")
claim(D, "Médilog", "contester", "toute responsabilité", "DENY", "indirect")
claim(D, "Loïc Tanguy", "assurer", "Nos systèmes n'ont pas été compromis. Nous coopérons pleinement avec les enquêteurs",
      "SAY", "direct")
claim(D, "Valérie Quéré", "reconnaître",
      "Le GHSA avait pourtant déjà repéré une tentative d'intrusion du 12 au 14 février", "ADMIT", "indirect")
claim(D, "Claire Jaouen", None, "On travaille avec du papier et des stylos, comme il y a trente ans.", "SAY", "direct")
claim(D, "SUD Santé", "accuser", "avoir « ignoré trois alertes » sur la vétusté des serveurs depuis 2022", "ACCUSE", "mixed",
      GHSA)
claim(D, "Odile Berthier", "demander", "vérifier leurs sauvegardes « sans délai »", "DEMAND", "mixed",
      "tous les établissements")
# not claims: « en mode dégradé » (quoted term); "l'attaque a été revendiquée par NightHydra" (bare act);
# "La direction n'a pas démenti" (negated cue, no content); "L'enquête a été confiée ..." (no cue).

date(D, "dimanche soir", "2025-05-25TEV", "TIME", "le Groupe hospitalier Sud-Armor (GHSA) fonctionne « en mode dégradé »")
date(D, "la semaine prochaine", "2025-W23", "DATE", "une quarantaine d'opérations programmées ont été reportées")
date(D, "22 h 30", "2025-05-25T22:30", "TIME", "Nous avons détecté une intrusion")
date(D, "lundi", "2025-05-26", "DATE", "a expliqué lundi Valérie Quéré", after="a expliqué lundi")
date(D, "chaque nuit", "XXXX-XX-XXTNI", "SET", "Les sauvegardes étaient réalisées")
date(D, "Mardi matin", "2025-05-27TMO", "TIME", "l'attaque a été revendiquée par NightHydra")
date(D, "vendredi minuit", "2025-05-30T24:00", "TIME", "le versement")
date(D, "lundi", "2025-05-26", "DATE",
     "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché une équipe sur place", after="dès lundi")
date(D, "2021", "2021", "DATE", "qui fait partie du groupe Santéa")
date(D, "12", "2025-02-12", "DATE", "Le GHSA avait pourtant déjà repéré une tentative d'intrusion", after="du 12 au")
date(D, "14 février", "2025-02-14", "DATE", "Le GHSA avait pourtant déjà repéré une tentative d'intrusion")
date(D, "il y a trente ans", "1995", "DATE", "On travaille avec du papier et des stylos")
date(D, "au moins deux semaines", "P2W", "DURATION", "Les consultations seront assurées par téléphone")
date(D, "2022", "2022", "DATE", "avoir « ignoré trois alertes » sur la vétusté des serveurs")
date(D, "mardi", "2025-05-27", "DATE", "La ministre de la Santé, Odile Berthier, a demandé", after="a demandé mardi")

# ====================================================================== e17
# No DCT (no header, dateline date or "Publié le"; `LAVAL –` is a dateline without a date) and no
# absolute date anywhere: narrative mode with no anchor, X placeholders (dev A1).
D = "e17_laval_entraineur"
STADE = "Stade lavallois"
ent(D, "Ligue 2", "MISC", n=3)
ent(D, "Laval", "LOC", extra=["LAVAL"], n=2)
ent(D, STADE, "ORG", n=3)
ent(D, "Bruno Carré", "PER", ["Bruno", "Carré"], n=5)
ent(D, "Paris FC", "ORG", n=1)
ent(D, "US Orléans", "ORG", n=1)
ent(D, "Laurent Hubert", "PER", n=2)
ent(D, "Karim Oukacha", "PER", n=1)
ent(D, "Ouest-France", "ORG", n=1)
ent(D, "Niort", "LOC", n=1)
ent(D, "Patrick Rivière", "PER", n=1)
ent(D, "Yanis Belkacem", "PER", n=1)
ent(D, "Instagram", "ORG", n=1)
ent(D, "Brigade Orange", "ORG", n=1)
ent(D, "stade Francis-Le Basser", "LOC", n=1)
ent(D, "Didier Maréchal", "PER", n=1)
ent(D, "Red Harbor Capital", "ORG", n=1)
ent(D, "Grenoble", "LOC", n=1)

rel(D, "Bruno Carré", "role", "entraîneur", "entraîneur, Bruno Carré")
rel(D, "Bruno Carré", "member_of", STADE, "Le Stade lavallois a annoncé mardi soir le licenciement de son entraîneur, Bruno Carré")
rel(D, "Laurent Hubert", "role", "président", "président du club, Laurent Hubert")
rel(D, "Laurent Hubert", "member_of", STADE, "président du club, Laurent Hubert")
rel(D, "Karim Oukacha", "role", "adjoint", "adjoint, Karim Oukacha")
rel(D, "Patrick Rivière", "role", "ancien entraîneur", "ancien entraîneur de Niort, Patrick Rivière")
rel(D, "Yanis Belkacem", "role", "capitaine", "capitaine du Stade lavallois, Yanis Belkacem")
rel(D, "Yanis Belkacem", "member_of", STADE, "capitaine du Stade lavallois, Yanis Belkacem")
rel(D, "Didier Maréchal", "role", "ancien directeur sportif", "ancien directeur sportif, Didier Maréchal")
rel(D, "Red Harbor Capital", "located_in", "États-Unis", "fonds américain Red Harbor Capital")

claim(D, STADE, "annoncer",
      "le licenciement de son entraîneur, Bruno Carré, après la lourde défaite concédée samedi à domicile face au Paris FC (0-4)",
      "ANNOUNCE", "indirect")
claim(D, "Laurent Hubert", "expliquer",
      "Bruno a fait un travail remarquable, mais les résultats ne suivent plus et il fallait créer un électrochoc",
      "SAY", "direct")
claim(D, "Laurent Hubert", "préciser", "un nouvel entraîneur serait nommé « d'ici deux semaines »", "SAY", "mixed")
claim(D, "Laurent Hubert", None, "Nous ne paniquons pas. Le maintien reste tout à fait jouable.", "SAY", "direct")
claim(D, "Ouest-France", "d'après", "l'ancien entraîneur de Niort, Patrick Rivière, tiendrait la corde", "SAY", "indirect")
claim(D, "Laurent Hubert", "confirmer", "avoir reçu « une dizaine de candidatures »", "SAY", "mixed")
claim(D, "Yanis Belkacem", "saluer", "un coach qui nous a tout donné", "SAY", "direct")
claim(D, "Les supporters", "réclamer", "le départ du technicien", "DEMAND", "indirect")
claim(D, "Didier Maréchal", "accuser", "avoir « bradé » plusieurs joueurs cadres lors du dernier mercato", "ACCUSE", "mixed",
      STADE)
claim(D, "Didier Maréchal", "affirmer", "la direction « n'a jamais eu de projet sportif »", "SAY", "mixed")
claim(D, "Laurent Hubert", "démentir", "avoir vendu des joueurs « au rabais »", "DENY", "mixed")
claim(D, "Laurent Hubert", "selon", "les départs « étaient souhaités par les joueurs eux-mêmes »", "SAY", "mixed")
claim(D, "Red Harbor Capital", "faire savoir", "il « soutenait pleinement » la décision du président", "SAY", "mixed")
# not claims: "n'a pas précisé si ..." (negated cue); "n'a pas souhaité s'exprimer"; the banner (no quoted text).

date(D, "mardi soir", "XXXX-WXX-2TEV", "TIME", "Le Stade lavallois a annoncé mardi soir le licenciement de son entraîneur")
date(D, "samedi", "XXXX-WXX-6", "DATE", "concédée", after="concédée samedi")
date(D, "sept semaines", "P7W", "DURATION", "n'a plus gagné")
date(D, "il y a trois ans", "XXXX", "DATE", "Arrivé")
date(D, "mercredi matin", "XXXX-WXX-3TMO", "TIME", "conférence de presse")
date(D, "deux semaines", "P2W", "DURATION", "un nouvel entraîneur serait nommé")
date(D, "plusieurs semaines", "PXW", "DURATION", "Les supporters, eux, réclamaient")
date(D, "Samedi", "XXXX-WXX-6", "DATE", "le groupe de supporters Brigade Orange avait déployé une banderole hostile à Carré")
date(D, "juin", "XXXX-06", "DATE", "qui a racheté le Stade lavallois")
date(D, "le 14 septembre", "XXXX-09-14", "DATE", "qui n'ont plus gagné à l'extérieur")
date(D, "vendredi à 20 heures", "XXXX-WXX-5T20:00", "TIME",
     "Les Tango, qui n'ont plus gagné à l'extérieur depuis le 14 septembre, se déplaceront à Grenoble")

# ====================================================================== e18
# DCT 2025-06-04 (Wednesday): date line "Mercredi 4 juin 2025" under the title (metadata).
D = "e18_controleurs_aeriens"
SNCTA = "Syndicat national des contrôleurs du trafic aérien"
DGAC = "Direction générale de l'aviation civile"
ent(D, "France", "LOC", n=4)
ent(D, SNCTA, "ORG", ["SNCTA"], n=3)
ent(D, DGAC, "ORG", ["DGAC"], n=3)
ent(D, "Paris-Orly", "LOC", n=1)
ent(D, "Marseille-Provence", "LOC", n=1)
ent(D, "Romain Tessier", "PER", n=1)
ent(D, "RTL", "ORG", n=1)
ent(D, "Vincent Aubertin", "PER", n=1)
ent(D, "Air France", "ORG", n=1)
ent(D, "SkyGreen", "ORG", n=1)
ent(D, "Conor Whelan", "PER", n=1)
ent(D, "Europe", "LOC", n=2)
ent(D, "UFC-Que choisir", "ORG", n=1)
ent(D, "Aiguilleurs du ciel, la tension permanente", "MISC", n=1)
ent(D, "France 5", "ORG", n=1)
ent(D, "Philippe Sorel", "PER", n=1)

rel(D, "Romain Tessier", "role", "secrétaire général", "secrétaire général du SNCTA, Romain Tessier")
rel(D, "Romain Tessier", "member_of", SNCTA, "secrétaire général du SNCTA, Romain Tessier")
rel(D, "Vincent Aubertin", "role", "ministre délégué chargé des Transports",
    "ministre délégué chargé des Transports, Vincent Aubertin")
rel(D, "SkyGreen", "located_in", "Irlande", "compagnie à bas coût irlandaise SkyGreen")
rel(D, "Conor Whelan", "role", "directeur général", "directeur général, Conor Whelan")
rel(D, "Conor Whelan", "member_of", "SkyGreen",
    "SkyGreen est allée plus loin : son directeur général, Conor Whelan")
rel(D, "Philippe Sorel", "role", "directeur général", "directeur général, Philippe Sorel")
rel(D, "Philippe Sorel", "member_of", DGAC,
    "La DGAC estime qu'environ un vol sur quatre pourrait être annulé le 11 juin, jour le plus chargé. Son directeur général, Philippe Sorel")

claim(D, SNCTA, "s'opposer", "un projet de réforme des horaires de travail", "DENY", "indirect")
claim(D, SNCTA, "selon", "le texte est « dangereux pour la sécurité des vols »", "SAY", "mixed")
claim(D, DGAC, "demander",
      "réduire d'un tiers leurs programmes de vols à Paris-Orly et à Marseille-Provence dès le 10 juin",
      "DEMAND", "indirect", "toutes les compagnies")
claim(D, "Romain Tessier", "dénoncer",
      "Nous travaillons déjà en sous-effectif chronique. On nous demande d'allonger les vacations de nuit sans aucune compensation",
      "ACCUSE", "direct")
claim(D, "Romain Tessier", "exhorter", "retirer le projet « avant qu'il ne soit trop tard »", "DEMAND", "mixed",
      "le gouvernement")
claim(D, "Vincent Aubertin", "regretter", "une grève « prématurée »", "SAY", "mixed")
claim(D, "Vincent Aubertin", "assurer", "la réforme ne serait pas appliquée avant l'hiver 2026", "SAY", "indirect")
claim(D, "Vincent Aubertin", "promettre", "recevoir les syndicats lundi à 10 heures", "ANNOUNCE", "indirect")
claim(D, "Air France", "appeler", "la responsabilité de chacun", "DEMAND", "direct")
claim(D, "Conor Whelan", "accuser", "prendre en otage l'Europe entière", "ACCUSE", "direct", "France")
claim(D, "Conor Whelan", "réclamer", "la suppression du droit de grève pour les contrôleurs aériens", "DEMAND", "indirect")
claim(D, "Conor Whelan", "affirmer",
      "Entre 2019 et 2022, la France a concentré à elle seule 67 % des jours de grève du contrôle aérien en Europe",
      "SAY", "direct")
claim(D, "UFC-Que choisir", "selon",
      "les voyageurs dont le vol est annulé ont droit au remboursement intégral de leur billet, mais pas à une "
      "indemnisation, la grève étant considérée comme une « circonstance extraordinaire »", "SAY", "mixed")
claim(D, DGAC, "estimer", "environ un vol sur quatre pourrait être annulé le 11 juin, jour le plus chargé", "SAY", "indirect")
claim(D, "Philippe Sorel", "rappeler", "la France gère chaque jour près de 3 500 vols commerciaux", "SAY", "indirect")
# not claims: "Les passagers sont invités à vérifier ..." (agentless passive, no source in the text);
# the documentary's quoted title; "avait mis en lumière les conditions de travail ..." (a topic, rule 1);
# "On nous demande ..." (speech inside a direct quote).

date(D, "trois jours", "P3D", "DURATION", "une grève", after="une grève de trois jours")
date(D, "mardi", "2025-06-03", "DATE", "a déposé mardi un préavis de grève")
date(D, "10", "2025-06-10", "DATE", "grève", after="du 10 au")
date(D, "12 juin", "2025-06-12", "DATE", "grève", after="du 10 au")
date(D, "le 10 juin", "2025-06-10", "DATE", "réduire d'un tiers leurs programmes de vols")
date(D, "mercredi matin", "2025-06-04TMO", "TIME", "Le ministre délégué chargé des Transports, Vincent Aubertin, a regretté")
date(D, "l'hiver 2026", "2026-WI", "DATE", "la réforme ne serait pas appliquée")
date(D, "lundi à 10 heures", "2025-06-09T10:00", "TIME", "recevoir les syndicats")
date(D, "ces trois jours", "P3D", "DURATION", "qui prévoit de transporter plus de 300 000 passagers")
date(D, "2019", "2019", "DATE", "la France a concentré à elle seule 67 % des jours de grève du contrôle aérien en Europe")
date(D, "2022", "2022", "DATE", "la France a concentré à elle seule 67 % des jours de grève du contrôle aérien en Europe")
date(D, "novembre dernier", "2024-11", "DATE", "une première grève avait entraîné l'annulation de 1 200 vols")
date(D, "une journée", "P1D", "DURATION", "une première grève avait entraîné l'annulation de 1 200 vols")
date(D, "l'an dernier", "2024", "DATE", "diffusé")
date(D, "le 11 juin", "2025-06-11", "DATE", "environ un vol sur quatre pourrait être annulé")
date(D, "chaque jour", "P1D", "SET", "la France gère chaque jour près de 3 500 vols commerciaux")
date(D, "vendredi après-midi", "2025-06-06TAF", "TIME", "Un nouveau point sera fait")

# ====================================================================== mentions
# Every word-bounded occurrence of a name (not inside a hyphenated word), minus occurrences that
# lie inside a longer name mention of any entity of the document (FACTS §2.1).
LABELS.mentions()

# ====================================================================== checks and output
# Countries/cities given only by an adjective (annotation rule 7, dev A11/B8): no type fact.
ADJ_ONLY = {("e14_usine_douai", "Allemagne"): "allemand", ("e16_cyberattaque", "Nantes"): "nantaise",
            ("e17_laval_entraineur", "États-Unis"): "américain", ("e18_controleurs_aeriens", "Irlande"): "irlandaise"}
labelkit.check_facts(FACTS, TEXT, adj_only=ADJ_ONLY)
for f in FACTS:
    if f["kind"] == "claim":
        assert not f["text"].endswith((" ", ".", ",")) or f["mode"] == "direct", f
    if f["kind"] == "entity" and f["predicate"] == "role":
        assert f["subject"] in f["text"], f
    if f["kind"] == "claim" and f["subject"] is not None and f["subject"][0].isupper() and f["subject"] not in (
            "L'intersyndicale", "Les syndicats", "Les associations de défense de l'environnement", "Les supporters"):
        names = {g["subject"] for g in FACTS if g["doc"] == f["doc"] and g["kind"] == "entity" and g["predicate"] == "type"}
        assert f["subject"] in names, f

labelkit.write_jsonl(OUT, FACTS)

if __name__ == "__main__":
    c = Counter((f["kind"], f["predicate"]) if f["kind"] == "entity" else (f["kind"], "") for f in FACTS)
    for k, v in sorted(c.items()):
        print(k, v)
    print("total", len(FACTS))
    for doc in TEXT:
        fs = [f for f in FACTS if f["doc"] == doc]
        cc = Counter(f["predicate"] if f["kind"] == "entity" else f["kind"] for f in fs)
        print(doc, dict(cc))
