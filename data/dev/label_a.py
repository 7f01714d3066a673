"""Hand labels (by reading) for dev articles d01-d06, following FACTS.md and docs/annotation.md.

Every span is found by its exact string; `after` gives the search start (the first
occurrence of an anchor string), and without `after` the string must be unique in
the text. Every offset is checked. Writes gold_a.jsonl next to this script.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
FILES = ["d01_sante_ars.txt", "d02_climat_proces.txt", "d03_greve_enseignants.txt",
         "d04_cnil_amende.md", "d05_parlement_ue.txt", "d06_incendie.txt"]
TEXT = {}
for fn in FILES:
    raw = open(os.path.join(RAW, fn), encoding="utf-8").read()
    TEXT[os.path.splitext(fn)[0]] = raw.replace("\r\n", "\n").replace("\r", "\n")

FACTS = []
ENTS = []  # (doc, fact, names searched for mentions)


def find(doc, s, after=None):
    t = TEXT[doc]
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    if after is None:
        hits = [m.start() for m in pat.finditer(t)]
        assert len(hits) == 1, (doc, "not unique / absent", s, len(hits))
        i = hits[0]
    else:
        assert t.count(after) >= 1, (doc, "anchor absent", after)
        i = pat.search(t, t.index(after)).start()
    assert t[i:i + len(s)] == s
    return i, i + len(s)


def ent(doc, subject, typ, aliases=(), extra=()):
    f = {"doc": doc, "kind": "entity", "subject": subject, "predicate": "type",
         "object": typ, "aliases": list(aliases)}
    ENTS.append((doc, f, [subject] + list(aliases) + list(extra)))
    FACTS.append(f)


def rel(doc, subject, pred, obj, ev=None, after=None):
    f = {"doc": doc, "kind": "entity", "subject": subject, "predicate": pred, "object": obj}
    if ev:
        s, e = find(doc, ev, after)
        f.update(text=ev, start=s, end=e)
    FACTS.append(f)


def claim(doc, subject, pred, content, cat, mode, target=None, after=None):
    s, e = find(doc, content, after)
    FACTS.append({"doc": doc, "kind": "claim", "subject": subject, "predicate": pred,
                  "object": content, "category": cat, "mode": mode, "target": target,
                  "text": content, "start": s, "end": e})


def date(doc, text, value, typ, subj, after=None):
    s, e = find(doc, text, after)
    t = TEXT[doc]
    # subject span: the occurrence of `subj` nearest to the date expression
    occ = [m.start() for m in re.finditer(re.escape(subj), t)]
    assert occ, (doc, "subject absent", subj)

    def dist(o):
        oe = o + len(subj)
        return 0 if (o < e and s < oe) else min(abs(o - e), abs(s - oe))
    ss = min(occ, key=dist)
    assert dist(ss) < 200, (doc, "subject too far", subj, text)
    FACTS.append({"doc": doc, "kind": "date", "subject": subj, "subject_start": ss,
                  "subject_end": ss + len(subj), "predicate": "date", "object": value,
                  "type": typ, "text": text, "start": s, "end": e})


# ---------------------------------------------------------------- d01 (DCT 2024-11, header)
D = "d01_sante_ars"
ent(D, "Quimper", "LOC")
ent(D, "Agence régionale de santé de Bretagne", "ORG", ["ARS"])
ent(D, "centre hospitalier de Cornouaille", "ORG")
ent(D, "Thierry Le Goff", "PER")
ent(D, "Samu-Urgences de France", "ORG", ["SUdF"])
ent(D, "Marc Riou", "PER")
ent(D, "Union régionale des professionnels de santé de Bretagne", "ORG", ["URPS"])
ent(D, "Anne Kervella", "PER")
ent(D, "Douarnenez", "LOC")
ent(D, "Belgique", "LOC")
ent(D, "Sophie Marchand", "PER")
ent(D, "Claire Vautrin", "PER")
ent(D, "Jeunes Médecins", "ORG")
ent(D, "conseil départemental du Finistère", "ORG")
rel(D, "Thierry Le Goff", "role", "directeur général", "directeur général de l'ARS, Thierry Le Goff")
rel(D, "Thierry Le Goff", "member_of", "Agence régionale de santé de Bretagne", "directeur général de l'ARS, Thierry Le Goff")
rel(D, "Marc Riou", "role", "président", "président, le docteur Marc Riou")
rel(D, "Marc Riou", "member_of", "Samu-Urgences de France", "Samu-Urgences de France (SUdF) dénonce « une décision prise dans l'urgence et sans concertation ». Son président, le docteur Marc Riou")
rel(D, "Anne Kervella", "role", "présidente", "présidente de l'Union régionale des professionnels de santé de Bretagne (URPS), Anne Kervella")
rel(D, "Anne Kervella", "member_of", "Union régionale des professionnels de santé de Bretagne", "présidente de l'Union régionale des professionnels de santé de Bretagne (URPS), Anne Kervella")
rel(D, "Sophie Marchand", "role", "directrice", "directrice, Sophie Marchand")
rel(D, "Sophie Marchand", "member_of", "centre hospitalier de Cornouaille", "Le centre hospitalier, qui accueille chaque année plus de 45 000 passages aux urgences, a indiqué hier que des médecins intérimaires avaient été sollicités. «On cherche partout, jusqu'en Belgique», confie sa directrice, Sophie Marchand")
rel(D, "Claire Vautrin", "role", "ministre de la Santé", "ministre de la Santé, Claire Vautrin")

claim(D, "Agence régionale de santé de Bretagne", "annoncer",
      "la fermeture nocturne des urgences du centre hospitalier de Cornouaille, du 3 au 5 décembre, faute de médecins disponibles",
      "ANNOUNCE", "indirect")
claim(D, "Thierry Le Goff", "déclarer", "Nous n'avons pas d'autre choix,", "SAY", "direct")
claim(D, "Thierry Le Goff", "déclarer", "La sécurité des patients passe avant tout.", "SAY", "direct")
claim(D, "Samu-Urgences de France", "dénoncer", "une décision prise dans l'urgence et sans concertation", "ACCUSE", "direct")
claim(D, "Marc Riou", "accuser", "fermer les yeux depuis 2019 sur l'épuisement des équipes", "ACCUSE", "direct",
      "Agence régionale de santé de Bretagne")
claim(D, "Marc Riou", "selon", "une dizaine de postes de praticiens sont vacants depuis trois ans", "SAY", "indirect")
claim(D, "Anne Kervella", "pour", "les cabinets de ville « ne pourront pas absorber l'afflux de patients »", "SAY", "mixed")
claim(D, "Anne Kervella", "exhorter", "rouvrir au plus vite une permanence de soins à Douarnenez", "DEMAND", "indirect",
      "Agence régionale de santé de Bretagne")
claim(D, "centre hospitalier de Cornouaille", "indiquer", "des médecins intérimaires avaient été sollicités", "SAY", "indirect")
claim(D, "Sophie Marchand", "confier", "On cherche partout, jusqu'en Belgique", "SAY", "direct")
claim(D, "Claire Vautrin", "promettre", "les hôpitaux de taille moyenne recevraient des renforts d'ici 2026", "ANNOUNCE", "indirect")
claim(D, "Jeunes Médecins", "appeler", "une grève des gardes à partir du 9 décembre à 8 heures", "DEMAND", "indirect")

date(D, "mardi", "2024-11", "DATE", "L'Agence régionale de santé de Bretagne (ARS) a annoncé")
date(D, "3", "2024-12-03", "DATE", "fermeture", after="du 3 au")
date(D, "5 décembre", "2024-12-05", "DATE", "fermeture")
date(D, "2019", "2019", "DATE", "fermer les yeux")
date(D, "trois ans", "P3Y", "DURATION", "une dizaine de postes de praticiens sont vacants")
date(D, "chaque année", "P1Y", "SET", "accueille chaque année plus de 45 000 passages aux urgences")
date(D, "hier", "2024-11", "DATE", "a indiqué hier que")
date(D, "la semaine dernière", "2024-11", "DATE", "La ministre de la Santé, Claire Vautrin, a promis")
date(D, "2026", "2026", "DATE", "les hôpitaux de taille moyenne recevraient des renforts")
date(D, "9 décembre à 8 heures", "2024-12-09T08:00", "TIME", "grève")
date(D, "vendredi", "2024-11", "DATE", "Une réunion avec le conseil départemental du Finistère est prévue")

# ---------------------------------------------------------------- d02 (DCT 2024-02-03, dateline)
D = "d02_climat_proces"
ent(D, "Marseille", "LOC", extra=["MARSEILLE"])
ent(D, "AFP", "ORG")
ent(D, "Canebière", "LOC")
ent(D, "Veralis", "ORG")
ent(D, "tribunal judiciaire de Paris", "ORG")
ent(D, "Océans Vivants", "ORG")
ent(D, "Terre Commune", "ORG")
ent(D, "ClimAction", "ORG")
ent(D, "golfe de Guinée", "LOC")
ent(D, "Léa Fontaine", "PER")
ent(D, "Courbevoie", "LOC")
ent(D, "Paul Arnaud", "PER")
ent(D, "Extinction Rébellion", "ORG")
ent(D, "Greenpeace France", "ORG")
ent(D, "Europe", "LOC")
ent(D, "Juliette Roussel", "PER")
ent(D, "Conseil d'État", "ORG")
rel(D, "Canebière", "located_in", "Marseille", "Canebière, à Marseille")
rel(D, "Veralis", "located_in", "Courbevoie", "Veralis, dont le siège est basé à Courbevoie")
rel(D, "Léa Fontaine", "role", "porte-parole", "Léa Fontaine, porte-parole")
rel(D, "Léa Fontaine", "member_of", "Terre Commune", "Léa Fontaine, porte-parole de Terre Commune")
rel(D, "Paul Arnaud", "role", "directeur juridique", "directeur juridique, Paul Arnaud")
rel(D, "Paul Arnaud", "member_of", "Veralis", "Veralis, dont le siège est basé à Courbevoie, rejette ces accusations. La société affirme qu'elle a réduit ses émissions directes de 30 % depuis 2015. Son directeur juridique, Paul Arnaud")
rel(D, "Juliette Roussel", "role", "avocate", "avocate des ONG, Maître Juliette Roussel")

claim(D, "Océans Vivants", "accuser", "manquer gravement à son devoir de vigilance", "ACCUSE", "direct", "Veralis")
claim(D, "Océans Vivants", "demander", "l'interdiction de tout nouveau projet d'exploration d'ici 2030", "DEMAND", "indirect")
claim(D, "Léa Fontaine", "lancer", "Ce procès est historique", "SAY", "direct")
claim(D, "Léa Fontaine", "ajouter", "Pour la première fois, une major devra répondre de ses émissions devant un juge", "SAY", "direct")
claim(D, "Veralis", "affirmer", "elle a réduit ses émissions directes de 30 % depuis 2015", "SAY", "indirect")
claim(D, "Paul Arnaud", "estimer", "la plainte était « sans fondement »", "SAY", "mixed")
claim(D, "Paul Arnaud", "d'après", "le groupe investit chaque année deux milliards d'euros dans les énergies renouvelables", "SAY", "indirect")
claim(D, "Extinction Rébellion", "saluer", "le courage des plaignants", "SAY", "direct")
claim(D, "Greenpeace France", "selon", "le dossier pourrait faire jurisprudence en Europe", "SAY", "indirect")
claim(D, "Juliette Roussel", "rappeler", "le Conseil d'État avait déjà condamné l'État en 2021 pour inaction climatique", "SAY", "indirect")
claim(D, "Juliette Roussel", None, "Les juges ont les outils pour agir. Ils doivent s'en servir.", "SAY", "direct")

date(D, "samedi", "2024-02-03", "DATE", "Plusieurs centaines de militants pour le climat ont défilé")
date(D, "2030", "2030", "DATE", "l'interdiction")
date(D, "2015", "2015", "DATE", "elle a réduit ses émissions directes de 30 %")
date(D, "lundi dernier", "2024-01-29", "DATE", "Son directeur juridique, Paul Arnaud, a estimé")
date(D, "chaque année", "P1Y", "SET", "le groupe investit")
date(D, "lundi à 13 h 30", "2024-02-05T13:30", "TIME", "L'audience doit débuter")
date(D, "trois jours", "P3D", "DURATION", "durer")
date(D, "il y a deux ans", "2022", "DATE", "qui avait bloqué un dépôt du groupe")
date(D, "2021", "2021", "DATE", "le Conseil d'État avait déjà condamné l'État")

# ---------------------------------------------------------------- d03 (DCT 2024-03-14, date line)
D = "d03_greve_enseignants"
ent(D, "FSU", "ORG")
ent(D, "SNES-FSU", "ORG")
ent(D, "SE-Unsa", "ORG")
ent(D, "ministère de l'Éducation nationale", "ORG")
ent(D, "Nadia Morel", "PER")
ent(D, "rectorat de Lyon", "ORG")
ent(D, "Julien Castel", "PER")
ent(D, "France Inter", "ORG")
ent(D, "Syndicat national des lycées et collèges", "ORG", ["Snalc"])
ent(D, "Hervé Blanc", "PER")
ent(D, "rue de Grenelle", "LOC")
rel(D, "Nadia Morel", "role", "secrétaire générale", "secrétaire générale de la FSU, Nadia Morel")
rel(D, "Nadia Morel", "member_of", "FSU", "secrétaire générale de la FSU, Nadia Morel")
rel(D, "Julien Castel", "role", "ministre", "ministre de l'Éducation nationale, Julien Castel")
rel(D, "Julien Castel", "member_of", "ministère de l'Éducation nationale", "ministre de l'Éducation nationale, Julien Castel")
rel(D, "Hervé Blanc", "role", "secrétaire général", "secrétaire général, Hervé Blanc")
rel(D, "Hervé Blanc", "member_of", "Syndicat national des lycées et collèges", "Syndicat national des lycées et collèges (Snalc) estime toutefois que la grève « risque de lasser les familles ». Son secrétaire général, Hervé Blanc")

claim(D, "ministère de l'Éducation nationale", "selon", "24 % des professeurs des collèges étaient mobilisés à la mi-journée", "SAY", "indirect")
claim(D, "les syndicats", "selon", "40 %", "SAY", "indirect")
claim(D, "Nadia Morel", "appeler", "renoncer à la réforme des groupes de niveau", "DEMAND", "direct", "le gouvernement")
claim(D, "Nadia Morel", "marteler", "Nous ne lâcherons rien : ni sur les effectifs, ni sur les salaires", "SAY", "direct")
claim(D, "Julien Castel", "réaffirmer", "la réforme entrerait en vigueur à la rentrée de septembre", "SAY", "indirect")
claim(D, "Julien Castel", "déclarer", "Il n'est pas question de reculer", "SAY", "direct")
claim(D, "ministère de l'Éducation nationale", "assurer", "2 000 postes supplémentaires seront créés d'ici trois ans", "SAY", "indirect")
claim(D, "SE-Unsa", "pour", "ces annonces « ne répondent pas à la crise du recrutement »", "SAY", "mixed")
claim(D, "SE-Unsa", "réclamer", "une revalorisation de 10 % des salaires dès 2025", "DEMAND", "indirect")
claim(D, "Syndicat national des lycées et collèges", "estimer", "la grève « risque de lasser les familles »", "SAY", "mixed")
claim(D, "la droite", "accuser", "bloquer l'école depuis des mois", "ACCUSE", "direct", "Hervé Blanc")
claim(D, "ministère de l'Éducation nationale", "annoncer", "L'intersyndicale sera reçue lundi à 18 heures rue de Grenelle", "ANNOUNCE", "indirect")

date(D, "ce jeudi", "2024-03-14", "DATE", "Les enseignants étaient de nouveau en grève")
date(D, "la mi-journée", "2024-03-14TMI", "TIME", "24 % des professeurs des collèges étaient mobilisés")
date(D, "10 heures", "2024-03-14T10:00", "TIME", "quelque 3 000 personnes s'étaient rassemblées")
date(D, "mercredi", "2024-03-13", "DATE", "Le ministre de l'Éducation nationale, Julien Castel, a de son côté réaffirmé")
date(D, "la rentrée de septembre", "2024-09", "DATE", "la réforme entrerait en vigueur")
date(D, "trois ans", "P3Y", "DURATION", "2 000 postes supplémentaires seront créés")
date(D, "2025", "2025", "DATE", "revalorisation")
date(D, "des mois", "PXM", "DURATION", "bloquer l'école")
date(D, "mardi prochain", "2024-03-19", "DATE", "Une nouvelle journée de mobilisation est prévue")
date(D, "19", "2024-03-19", "DATE", "Une nouvelle journée de mobilisation est prévue", after="du 19 au")
date(D, "21 mars", "2024-03-21", "DATE", "Une nouvelle journée de mobilisation est prévue")
date(D, "lundi à 18 heures", "2024-03-18T18:00", "TIME", "L'intersyndicale sera reçue")
date(D, "jeudi soir", "2024-03-14TEV", "TIME", "a annoncé jeudi soir le ministère")

# ---------------------------------------------------------------- d04 (DCT 2024-03-12, "Publié le")
D = "d04_cnil_amende"
ent(D, "Commission nationale de l'informatique et des libertés", "ORG", ["CNIL"])
ent(D, "Kwik", "ORG")
ent(D, "KwikDrop", "MISC")
ent(D, "Lieferhaus", "ORG")
ent(D, "Hélène Vasseur", "PER")
ent(D, "Conseil d'État", "ORG")
ent(D, "RGPD", "MISC")
ent(D, "Thomas Girard", "PER")
ent(D, "Karim Benali", "PER")
ent(D, "Nantes", "LOC")
ent(D, "La Quadrature du Net", "ORG")
ent(D, "Léo Garnier", "PER")
ent(D, "Commission européenne", "ORG")
ent(D, "directive sur le travail de plateforme", "MISC")
rel(D, "Kwik", "located_in", "Lyon", "start-up lyonnaise Kwik")
rel(D, "Kwik", "member_of", "Lieferhaus", "Kwik, filiale du groupe allemand Lieferhaus")
rel(D, "Lieferhaus", "located_in", "Allemagne", "groupe allemand Lieferhaus")
rel(D, "Hélène Vasseur", "role", "présidente", "présidente, Hélène Vasseur")
rel(D, "Hélène Vasseur", "member_of", "Commission nationale de l'informatique et des libertés", "la formation restreinte de la CNIL constate que la société « n'a jamais informé les personnes concernées ». Sa présidente, Hélène Vasseur")
rel(D, "Thomas Girard", "role", "directeur général", "directeur général, Thomas Girard")
rel(D, "Thomas Girard", "member_of", "Kwik", "Kwik, filiale du groupe allemand Lieferhaus, conteste la sanction et a annoncé vouloir saisir le Conseil d'État. « Nous avons toujours respecté le RGPD », affirme son directeur général, Thomas Girard")
rel(D, "Karim Benali", "role", "avocat", "avocat de plusieurs livreurs, **Maître Karim Benali")
rel(D, "Léo Garnier", "role", "juriste", "juriste, Léo Garnier")
rel(D, "Léo Garnier", "member_of", "La Quadrature du Net", "La Quadrature du Net demande l'interdiction du suivi permanent des livreurs. Son juriste, Léo Garnier")

claim(D, "Commission nationale de l'informatique et des libertés", "annoncer",
      "La **Commission nationale de l'informatique et des libertés** (CNIL) a sanctionné la start-up lyonnaise Kwik d'une amende de 12 millions d'euros",
      "ANNOUNCE", "indirect")
claim(D, "Commission nationale de l'informatique et des libertés", "accuser",
      "avoir conservé les données de géolocalisation de ses livreurs pendant cinq ans sans leur consentement",
      "ACCUSE", "indirect", "Kwik")
claim(D, "la formation restreinte de la CNIL", "constater", "la société « n'a jamais informé les personnes concernées »", "REPORT", "mixed")
claim(D, "Hélène Vasseur", "souligner", "la protection des données des travailleurs des plateformes est une priorité depuis 2022", "SAY", "direct")
claim(D, "Kwik", "contester", "la sanction", "DENY", "indirect")
claim(D, "Kwik", "annoncer", "vouloir saisir le Conseil d'État", "ANNOUNCE", "indirect")
claim(D, "Thomas Girard", "affirmer", "Nous avons toujours respecté le RGPD", "SAY", "direct")
claim(D, "Karim Benali", "saluer", "une décision « exemplaire »", "SAY", "mixed")
claim(D, "Karim Benali", "selon", "d'autres plateformes collectent les mêmes données depuis 2019", "SAY", "indirect")
claim(D, "La Quadrature du Net", "demander", "l'interdiction du suivi permanent des livreurs", "DEMAND", "indirect")
claim(D, "Léo Garnier", "déclarer", "Les livreurs ne sont pas des points sur une carte.", "SAY", "direct")
claim(D, "La Quadrature du Net", "exhorter", "durcir la directive sur le travail de plateforme avant l'été", "DEMAND", "indirect",
      "Commission européenne")

date(D, "mardi", "2024-03-12", "DATE", "a annoncé mardi l'autorité")
date(D, "cinq ans", "P5Y", "DURATION", "avoir conservé les données de géolocalisation de ses livreurs")
date(D, "29 février", "2024-02-29", "DATE", "délibération")
date(D, "2022", "2022", "DATE", "est une priorité")
date(D, "2019", "2019", "DATE", "d'autres plateformes collectent les mêmes données")
date(D, "hier", "2024-03-11", "DATE", "Son juriste, Léo Garnier, a déclaré")
date(D, "l'été", "2024-SU", "DATE", "durcir la directive sur le travail de plateforme")
date(D, "2023", "2023", "DATE", "la CNIL avait déjà prononcé 42 sanctions")

# ---------------------------------------------------------------- d05 (no DCT, no absolute anchor)
D = "d05_parlement_ue"
ent(D, "Parlement européen", "ORG")
ent(D, "loi sur la restauration des sols", "MISC")
ent(D, "STRASBOURG", "LOC")
ent(D, "Commission européenne", "ORG", ["Commission"])
ent(D, "Anke de Vries", "PER")
ent(D, "Verts", "ORG")
ent(D, "Parti populaire européen", "ORG", ["PPE"])
ent(D, "Markus Feldmann", "PER")
ent(D, "Gauche", "ORG")
ent(D, "Tomasz Wróbel", "PER")
ent(D, "Conservateurs et réformistes européens", "ORG", ["CRE"])
ent(D, "Elena Costa", "PER")
ent(D, "Conseil de l'Union européenne", "ORG")
ent(D, "Julien Marchal", "PER")
ent(D, "Renew", "ORG")
rel(D, "Anke de Vries", "role", "rapporteure", "rapporteure, l'eurodéputée néerlandaise Anke de Vries")
rel(D, "Anke de Vries", "role", "eurodéputée", "eurodéputée néerlandaise Anke de Vries")
rel(D, "Anke de Vries", "member_of", "Verts", "Anke de Vries (Verts)")
rel(D, "Markus Feldmann", "role", "porte-parole", "porte-parole, l'Allemand Markus Feldmann")
rel(D, "Markus Feldmann", "member_of", "Parti populaire européen", "Le Parti populaire européen (PPE) a voté contre. Son porte-parole, l'Allemand Markus Feldmann")
rel(D, "Tomasz Wróbel", "role", "eurodéputé", "eurodéputé polonais Tomasz Wróbel")
rel(D, "Tomasz Wróbel", "member_of", "Conservateurs et réformistes européens", "Tomasz Wróbel, du groupe des Conservateurs et réformistes européens")
rel(D, "Elena Costa", "role", "commissaire à l'environnement", "commissaire européenne à l'environnement, Elena Costa")
rel(D, "Elena Costa", "member_of", "Commission européenne", "commissaire européenne à l'environnement, Elena Costa")
rel(D, "Julien Marchal", "role", "eurodéputé", "eurodéputé français Julien Marchal")
rel(D, "Julien Marchal", "member_of", "Renew", "Julien Marchal (Renew)")

claim(D, "Anke de Vries", "se féliciter", "C'est une victoire pour les agriculteurs et pour le climat", "SAY", "direct")
claim(D, "Anke de Vries", "rappeler", "les sols européens perdent chaque année près d'un milliard de tonnes de terre", "SAY", "indirect")
claim(D, "Markus Feldmann", "dénoncer", "une bureaucratie supplémentaire imposée aux exploitants", "ACCUSE", "direct")
claim(D, "Tomasz Wróbel", "accuser", "mépriser les réalités du terrain", "ACCUSE", "direct", "Commission européenne")
claim(D, "Elena Costa", "saluer", "un « compromis équilibré »", "SAY", "mixed")
claim(D, "Commission européenne", "selon", "les États membres disposeront de dix-huit mois pour transposer les nouvelles règles", "SAY", "indirect")
claim(D, "La présidence belge", "indiquer", "elle souhaitait conclure avant la fin de son mandat, le 30 juin", "SAY", "indirect")
claim(D, "Julien Marchal", "pour", "l'essentiel est fait", "SAY", "direct")
claim(D, "Verts", "réclamer", "un volet sur les pesticides", "DEMAND", "indirect")

date(D, "mercredi", "XXXX-WXX-3", "DATE", "Le Parlement européen a adopté")
date(D, "2040", "2040", "DATE", "rétablir la bonne santé de 60 % des sols agricoles")
date(D, "il y a deux ans", "XXXX", "DATE", "présenté")
date(D, "plus de dix heures", "PT10H", "DURATION", "Le vote est intervenu")
date(D, "trois années", "P3Y", "DURATION", "négociations")
date(D, "chaque année", "P1Y", "SET", "les sols européens perdent")
date(D, "dix-huit mois", "P18M", "DURATION", "les États membres disposeront")
date(D, "juin", "XXXX-06", "DATE", "Le Conseil de l'Union européenne doit encore approuver le texte", after="en juin")
date(D, "le 30 juin", "XXXX-06-30", "DATE", "la fin de son mandat")
date(D, "désormais", "PRESENT_REF", "DATE", "Les Verts réclament")

# ---------------------------------------------------------------- d06 (no DCT; narrative, anchor 9 novembre 2024)
D = "d06_incendie"
ent(D, "Rouen", "LOC")
ent(D, "rue Saint-Sever", "LOC")
ent(D, "Seine", "LOC")
ent(D, "Service départemental d'incendie et de secours de la Seine-Maritime", "ORG", ["SDIS 76"])
ent(D, "Éric Lemaire", "PER")
ent(D, "CHU de Rouen", "ORG")
ent(D, "gymnase Pierre-de-Coubertin", "LOC")
ent(D, "préfecture de la Seine-Maritime", "ORG")
ent(D, "Seine-Maritime", "LOC")
ent(D, "Antoine Delacroix", "PER")
ent(D, "Catherine Morvan", "PER")
ent(D, "parquet de Rouen", "ORG")
ent(D, "Martine", "PER")
ent(D, "Seine Logis", "ORG")
rel(D, "rue Saint-Sever", "located_in", "Rouen", "rue Saint-Sever, à Rouen")
rel(D, "Éric Lemaire", "role", "commandant", "commandant Éric Lemaire")
rel(D, "Éric Lemaire", "role", "porte-parole", "Éric Lemaire, porte-parole")
rel(D, "Éric Lemaire", "member_of", "Service départemental d'incendie et de secours de la Seine-Maritime", "Éric Lemaire, porte-parole des pompiers")
rel(D, "Antoine Delacroix", "role", "maire", "maire de Rouen, Antoine Delacroix")
rel(D, "Catherine Morvan", "role", "préfète", "préfète de la Seine-Maritime, Catherine Morvan")

claim(D, "les premiers éléments de l'enquête", "selon", "Le feu a pris vers 2 h 15 au troisième étage", "SAY", "indirect")
claim(D, "Éric Lemaire", "expliquer", "Les flammes se propageaient par la cage d'escalier, il a fallu évacuer par les fenêtres", "SAY", "direct")
claim(D, "préfecture de la Seine-Maritime", "préciser", "Quarante-deux habitants ont été relogés dimanche au gymnase Pierre-de-Coubertin", "SAY", "indirect")
claim(D, "Antoine Delacroix", "promettre", "la ville prendrait en charge l'hébergement des familles « aussi longtemps que nécessaire »", "ANNOUNCE", "mixed")
claim(D, "Catherine Morvan", "demander", "une inspection de tous les immeubles du quartier", "DEMAND", "indirect")
claim(D, "Martine", "raconter", "J'ai entendu une explosion, puis des cris.", "SAY", "direct")
claim(D, "Seine Logis", "d'après", "L'immeuble avait déjà connu un départ de feu il y a trois ans", "SAY", "indirect")

date(D, "la nuit de samedi 9 novembre 2024", "2024-11-09TNI", "TIME", "Un incendie s'est déclaré")
date(D, "dimanche", "2024-11-10", "DATE", "Un incendie s'est déclaré", after="2024 à dimanche")
date(D, "2 h 15", "2024-11-10T02:15", "TIME", "Le feu a pris")
date(D, "années 1950", "195", "DATE", "immeubles", after="des années 1950")
date(D, "près de six heures", "PT6H", "DURATION", "ont été mobilisés")
date(D, "dimanche", "2024-11-10", "DATE", "Quarante-deux habitants ont été relogés", after="relogés dimanche")
date(D, "6 heures", "2024-11-10T06:00", "TIME", "Le maire de Rouen, Antoine Delacroix, s'est rendu sur place")
date(D, "l'instant", "PRESENT_REF", "DATE", "Les causes du sinistre restent inconnues")
date(D, "lundi", "2024-11-11", "DATE", "Une cellule d'aide psychologique sera ouverte")
date(D, "il y a trois ans", "2021", "DATE", "L'immeuble avait déjà connu un départ de feu")

# ---------------------------------------------------------------- mentions
# every occurrence of a name (not inside a longer word or hyphenated word), minus
# occurrences that lie inside a longer name mention of any entity (FACTS §2.1).
cand = {}
for doc, f, names in ENTS:
    t = TEXT[doc]
    spans = set()
    for n in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", t):
            spans.add((m.start(), m.end()))
    cand[id(f)] = (doc, f, spans)
for key, (doc, f, spans) in cand.items():
    others = [s for k2, (d2, f2, sp2) in cand.items() if d2 == doc for s in sp2]
    keep = [s for s in spans
            if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in others)]
    assert keep, (doc, f["subject"], "no mention")
    f["mentions"] = [list(s) for s in sorted(keep)]

# ---------------------------------------------------------------- checks and output
NO_TYPE_OK = {("d04_cnil_amende", "Lyon"), ("d04_cnil_amende", "Allemagne")}  # adjective only (annotation rule 7)
for f in FACTS:
    t = TEXT[f["doc"]]
    if "start" in f:
        assert t[f["start"]:f["end"]] == f["text"], f
    if f["kind"] == "claim":
        assert f["object"] == f["text"], f
    if f["kind"] == "date":
        assert t[f["subject_start"]:f["subject_end"]] == f["subject"], f
    if f["kind"] == "entity" and f["predicate"] == "type":
        for s, e in f["mentions"]:
            assert t[s:e] in [f["subject"]] + f["aliases"] or t[s:e].lower() == f["subject"].lower(), (f, t[s:e])
    if f["kind"] == "entity" and f["predicate"] in ("member_of", "located_in"):
        names = {g["subject"] for g in FACTS if g["doc"] == f["doc"] and g["kind"] == "entity" and g["predicate"] == "type"}
        if (f["doc"], f["object"]) in NO_TYPE_OK:
            assert f["object"] not in t
        else:
            assert f["object"] in names, f
        assert f["subject"] in names, f
# no two type facts share a mention; claims do not duplicate
seen = set()
for f in FACTS:
    if f["kind"] == "entity" and f["predicate"] == "type":
        for m in f["mentions"]:
            assert (f["doc"], tuple(m)) not in seen, f
            seen.add((f["doc"], tuple(m)))

with open(os.path.join(HERE, "gold_a.jsonl"), "w", encoding="utf-8") as out:
    for f in FACTS:
        out.write(json.dumps(f, ensure_ascii=False) + "\n")

from collections import Counter
c = Counter((f["kind"], f["predicate"]) if f["kind"] == "entity" else (f["kind"], "") for f in FACTS)
for k, v in sorted(c.items()):
    print(k, v)
print("total", len(FACTS))
