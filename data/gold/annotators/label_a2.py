"""Annotator a2 labels for 002_0d7847d3353df94a and 003_c3b703bb9bcb4b36.

Labels were decided by reading the articles (see notes_a2.md). Python is used
only to compute offsets of strings chosen by hand and to check them.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "..", "raw")
OUT = os.path.join(HERE, "a2.jsonl")

facts = []


def load(doc):
    with open(os.path.join(RAW, doc + ".txt"), encoding="utf-8") as f:
        t = f.read()
    assert "\r" not in t and not t.startswith("\ufeff")
    return t


class Doc:
    def __init__(self, doc, art_start_str, art_end_str=None):
        self.doc = doc
        self.t = load(doc)
        self.a0 = self.t.index(art_start_str)
        if art_end_str is None:
            self.a1 = len(self.t)
        else:
            self.a1 = self.t.index(art_end_str, self.a0)
        self.ent_names = {}

    # ---- span helpers -------------------------------------------------
    def at(self, s, anchor=None, occ=1):
        """Offsets of the occ-th occurrence of s at or after anchor (a string
        located from the article start, or an int position)."""
        if anchor is None:
            pos = self.a0
        elif isinstance(anchor, int):
            pos = anchor
        else:
            pos = self.t.index(anchor, self.a0)
        for _ in range(occ):
            i = self.t.index(s, pos)
            pos = i + 1
        assert self.t[i:i + len(s)] == s
        assert self.a0 <= i and i + len(s) <= self.a1, (s, i)
        return i, i + len(s)

    # ---- entities -----------------------------------------------------
    def entity(self, subject, typ, aliases=(), forms=None, exclude_inside=(),
               case=True, extra=()):
        """forms: name forms whose occurrences (word-bounded) in the article
        are mentions; occurrences inside one of the exclude_inside strings
        (longer names / URLs / e-mails) are dropped."""
        forms = list(forms) if forms else [subject] + list(aliases)
        # spans of longer strings to exclude
        excl = []
        for e in exclude_inside:
            for m in re.finditer(re.escape(e), self.t[self.a0:self.a1]):
                excl.append((self.a0 + m.start(), self.a0 + m.end()))
        mentions = []
        flags = 0 if case else re.IGNORECASE
        for f in forms:
            pat = r"(?<![\w#])" + re.escape(f) + r"(?!\w)"
            for m in re.finditer(pat, self.t[self.a0:self.a1], flags):
                s, e = self.a0 + m.start(), self.a0 + m.end()
                if any(a <= s and e <= b and (a, b) != (s, e) for a, b in excl):
                    continue
                mentions.append([s, e])
        for s, e in extra:
            mentions.append([s, e])
        mentions = sorted({tuple(m) for m in mentions})
        mentions = [list(m) for m in mentions]
        assert mentions, subject
        for s, e in mentions:
            assert self.t[s:e] in forms or (s, e) in [tuple(x) for x in extra], (subject, self.t[s:e])
        facts.append({"doc": self.doc, "kind": "entity", "subject": subject,
                      "predicate": "type", "object": typ,
                      "aliases": list(aliases), "mentions": mentions})
        self.ent_names[subject] = typ
        for a in aliases:
            self.ent_names[a] = typ

    def rel(self, subject, predicate, obj, evidence, anchor=None, occ=1):
        assert subject in self.ent_names, subject
        if predicate in ("member_of", "located_in"):
            assert obj in self.ent_names, obj
        s, e = self.at(evidence, anchor, occ)
        facts.append({"doc": self.doc, "kind": "entity", "subject": subject,
                      "predicate": predicate, "object": obj,
                      "text": evidence, "start": s, "end": e})

    # ---- claims -------------------------------------------------------
    def claim(self, subject, predicate, content, category, mode, target=None,
              anchor=None, occ=1):
        assert category in ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY",
                            "ANNOUNCE", "ADMIT", "OTHER")
        assert mode in ("direct", "indirect", "mixed")
        if category in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        s, e = self.at(content, anchor, occ)
        f = {"doc": self.doc, "kind": "claim", "subject": subject,
             "predicate": predicate, "object": content, "category": category,
             "mode": mode, "target": target, "text": content, "start": s,
             "end": e}
        assert f["object"] == f["text"] == self.t[s:e]
        facts.append(f)
        return s, e

    # ---- dates --------------------------------------------------------
    def date(self, text, value, typ, subject, anchor=None, occ=1,
             subj_anchor=None):
        assert typ in ("DATE", "TIME", "DURATION", "SET")
        s, e = self.at(text, anchor, occ)
        if subj_anchor is None:
            # subject searched around the date: start a bit before it
            ss, se = self.at(subject, max(self.a0, s - 400))
        else:
            ss, se = self.at(subject, subj_anchor)
        facts.append({"doc": self.doc, "kind": "date", "subject": subject,
                      "subject_start": ss, "subject_end": se,
                      "predicate": "date", "object": value, "type": typ,
                      "text": text, "start": s, "end": e})


# =====================================================================
# 002_0d7847d3353df94a  (DCT 2020-03-28, from the dateline "28 MARS 2020")
# =====================================================================
d = Doc("002_0d7847d3353df94a", "Microsoft lâche AnyVision")

# ---------------- entities ----------------
d.entity("Microsoft", "ORG", forms=["Microsoft", "MICROSOFT"])
d.entity("AnyVision", "ORG", aliases=["Any Vision"],
         forms=["AnyVision", "ANYVISION", "Any Vision"])
d.entity("#DropAnyVision", "MISC", forms=["#DropAnyVision"],
         exclude_inside=["#DropAnyVision twitterstorm"])
d.entity("#DropAnyVision twitterstorm", "MISC")
d.entity("Sonya E Meyerson-Knox", "PER")
d.entity("New York City", "LOC")
d.entity("NY", "LOC")
d.entity("Redmond", "LOC")
d.entity("Cisjordanie", "LOC")
d.entity("Israël", "LOC")
d.entity("Granate Kim", "PER")
d.entity("Jewish Voice for Peace", "ORG", aliases=["JVP"])
d.entity("Lau Barrios", "PER")
d.entity("États Unis", "LOC", aliases=["USA"])
d.entity("Omar Barghouti", "PER")
d.entity("Boycott, Désinvestissement et Sanctions", "ORG", aliases=["BDS"],
         exclude_inside=["BDS France"])
d.entity("MPower Change", "ORG")
d.entity("SumOfUs", "ORG")
d.entity("Seattle", "LOC")
d.entity("Ranjan Pradeep", "PER")
d.entity("Brad Smith", "PER")
d.entity("NBC", "ORG")
d.entity("Éric Holder", "PER")
d.entity("Palestine", "LOC")
d.entity("BDS France", "ORG")

# ---------------- relations ----------------
d.rel("AnyVision", "located_in", "Israël", "la firme technologique israélienne **AnyVision")
d.rel("Microsoft", "located_in", "Redmond", "son campus de Redmond")
d.rel("Granate Kim", "role", "directrice de la communication",
      "Granate Kim, la directrice de la communication de Jewish Voice for Peace")
d.rel("Granate Kim", "member_of", "Jewish Voice for Peace",
      "Granate Kim, la directrice de la communication de Jewish Voice for Peace")
d.rel("Lau Barrios", "role", "directrice de campagne", "Lau Barrios, directrice de campagne")
d.rel("Omar Barghouti", "role", "co-fondateur",
      "Omar Barghouti, co-fondateur du mouvement de Boycott, Désinvestissement et Sanctions")
d.rel("Omar Barghouti", "member_of", "Boycott, Désinvestissement et Sanctions",
      "Omar Barghouti, co-fondateur du mouvement de Boycott, Désinvestissement et Sanctions")
d.rel("Ranjan Pradeep", "role", "programmeur", "Ranjan Pradeep, programmeur chez Microsoft")
d.rel("Ranjan Pradeep", "member_of", "Microsoft", "Ranjan Pradeep, programmeur chez Microsoft")
d.rel("Brad Smith", "role", "président", "Brad Smith, le président de Microsoft")
d.rel("Brad Smith", "member_of", "Microsoft", "Brad Smith, le président de Microsoft")
d.rel("Éric Holder", "role", "ancien procureur général",
      "l'ancien procureur général Éric Holder")

# ---------------- claims ----------------
d.claim("#DropAnyVision", "demander", "CESSER DE FINANCER ANYVISION", "DEMAND",
        "indirect", target="Microsoft")
d.claim("#DropAnyVision", "exiger",
        "Microsoft mette fin à ce financement, qui représente un investissement dans une "
        "société qui teste ses produits sur des Palestiniens aux checkpoints et qui viole, "
        "au moyen d'une surveillance clandestine, les six principes de surveillance légale "
        "de Microsoft", "DEMAND", "indirect", target="Microsoft")
d.claim("Granate Kim", "dire",
        "À un moment où nos droits civils sont menacés par des régimes autoritaires par "
        "l'accès à des technologies tels les systèmes de reconnaissance faciale d'AnyVision, "
        "voir Microsoft s'écarter de leur financement est énorme", "SAY", "direct")
d.claim("Granate Kim", "dire",
        "À la fin de janvier, nous sommes allés au siège de Microsoft\n\navec une pétition "
        "signée par plus de 75000 personnes demandant à Microsoft de cesser de financer "
        "AnyVision. Hier, ils l'ont fait.", "SAY", "direct")
d.claim("Lau Barrios", None,
        "La décision de Microsoft de désinvestir d'AnyVision est une victoire importante pour "
        "ceux qui militent pour la justice technologique et pour la communauté internationale "
        "en solidarité avec le peuple palestinien. Cette décision de Microsoft, un leader "
        "mondial en technologie, renforce aussi notre croyance qu'on ne peut pas avoir "
        "confiance dans le gouvernement, la police et l'armée quant à l'utilisation de "
        "technologies de surveillance comme la reconnaissance faciale, dont l'usage est "
        "croissant aux USA et ailleurs dans le monde pour contrôler, surveiller et, au-delà, "
        "criminaliser les communautés noires, colorées, d'immigrants, palestiniennes et "
        "musulmanes", "SAY", "direct")
d.claim("Omar Barghouti", None,
        "La décision de Microsoft de se débarrasser de AnyVision est un coup magistral porté "
        "à cette société israélienne profondément complice et un succès pour l'impressionnante "
        "campagne BDS menée par Jewish Voice for Peace. Les crimes de guerre d'Israël contre "
        "les Palestiniens, avec la complicité de nombreuses corporations comme AnyVision, "
        "continuent malgré la menace du coronavirus, donc la résistance que leur opposons et "
        "notre insistance sur la liberté, la justice et l'égalité ne peuvent que continuer",
        "SAY", "direct")
d.claim("des militants locaux", "scander",
        "70 mille disent haut et fort que Microsoft a tort", "SAY", "direct")
d.claim("Ranjan Pradeep", "expliquer",
        "En tant que travailleur chez Microsoft, je suis horrifié que Microsoft finance "
        "AnyVision. Brad Smith, le président de Microsoft a parlé des dangers possibles de la "
        "reconnaissance faciale, au sens où cela peut augmenter les biais et la discrimination, "
        "faire intrusion dans la vie privée des gens et empiéter sur les droits humains. "
        "AnyVision fait ces trois choses !", "SAY", "direct")
d.claim("Microsoft", "déclarer",
        "lancer un audit externe conduit par l'ancien procureur général Éric Holder, pour "
        "établir si ce financement était conforme aux principes éthiques sur l'usage de la "
        "technologie", "SAY", "indirect")
d.claim("des centaines de gens", "tweeter",
        "La surveillance des Palestiniens c'est de l'exploitation, pas de l'innovation",
        "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        "Comment les Palestiniens peuvent-ils consentir à être surveillés par l'occupant ?",
        "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        "Les Palestiniens n'ont aucune 'liberté démocratique', au profit de\n\nla 'sécurité' "
        "de Microsoft", "SAY", "direct")
d.claim("#DropAnyVision", "exiger",
        "il annule ses 74 millions de dollars d'investissement dans AnyVision (66 millions €), "
        "société fondée et dirigée par des membres de l'armée israélienne et des agences de "
        "sécurité, qui viole les six principes qui guident le travail de reconnaissance "
        "faciale de Microsoft", "DEMAND", "indirect", target="Microsoft")
d.claim("Microsoft", "plaider",
        "pour que les personnes aient la garantie de leurs libertés démocratiques dans des "
        "scénarios de surveillance visant l'application de la loi et ne déploiera pas la "
        "technologie de surveillance faciale dans des scénarios dont nous pensons qu'ils "
        "mettraient ces libertés en question", "DEMAND", "direct")

# ---------------- dates ----------------
d.date("LA FIN DE JANVIER", "2020-01", "DATE",
       "NOUS SOMMES ALLÉS AU SIÈGE DE MICROSOFT")
d.date("HIER", "2020-03-27", "DATE", "ILS L'ONT FAIT")
d.date("la fin de janvier", "2020-01", "DATE",
       "nous sommes allés au siège de Microsoft")
d.date("Hier", "2020-03-27", "DATE", "ils l'ont fait", anchor="75000 personnes demandant")
d.date("janvier", "2020-01", "DATE",
       "la campagne #DropAnyVision a tenu un séminaire sur le campus de Microsoft à Redmond",
       anchor="En janvier, la campagne")
d.date("janvier", "2020-01", "DATE", "il a participé en janvier à la campagne #DropAnyVision",
       anchor="il a participé en janvier")
d.date("Le 15 novembre 2019", "2019-11-15", "DATE", "Microsoft a déclaré lancer un audit externe")
d.date("Le 4 décembre 2019", "2019-12-04", "DATE",
       "la vague twitter **#DropAnyVision twitterstorm** a fait le buzz")

# =====================================================================
# 003_c3b703bb9bcb4b36  (DCT unknown: no header/dateline; narrative mode)
# =====================================================================
d = Doc("003_c3b703bb9bcb4b36", "[Rapport] Des entreprises",
        "Espace journalistes\n\nContact presse\n\nPour toute demande d'interview ou recevoir nos communiqués de presse :\n\n+33 1 53 38 66 00\n\n+33 6 76 94 37 05 (soir & week-end)\n\nspresse@amnesty.fr\n\nSur le même pays")

# ---------------- entities ----------------
d.entity("UE", "ORG")
d.entity("Chine", "LOC")
d.entity("Amnesty International", "ORG")
d.entity("Bruxelles", "LOC")
d.entity("Parlement européen", "ORG")
d.entity("France", "LOC")
d.entity("Pays-Bas", "LOC")
d.entity("Suède", "LOC")
d.entity("Allemagne", "LOC")
d.entity("Europe", "LOC")
d.entity("Merel Koning", "PER")
d.entity("Skynet", "MISC")
d.entity("Sharp Eyes", "MISC")
d.entity("région autonome ouïghoure du Xinjiang", "LOC", aliases=["Xinjiang"],
         exclude_inside=["région autonome ouïghoure du Xinjiang",
                         "Corps de production et de construction du Xinjiang"])
d.entity("Morpho", "ORG")
d.entity("Idemia", "ORG")
d.entity("Bureau de la sécurité publique de Shanghai", "ORG")
d.entity("Axis Communications", "ORG")
d.entity("Guilin", "LOC")
d.entity("Noldus Information Technology", "ORG")
d.entity("FaceReader", "MISC")
d.entity("ministère de la Sécurité publique", "ORG")
d.entity("The Observer XT", "MISC")
d.entity("université de Shihezi", "ORG")
d.entity("Corps de production et de construction du Xinjiang", "ORG", aliases=["CPCX"])
d.entity("règlement sur les biens à double usage", "MISC")

# ---------------- relations ----------------
MK = ("Merel Koning, responsable de la politique sur les technologies et les droits "
      "humains à Amnesty International")
d.rel("Merel Koning", "role",
      "responsable de la politique sur les technologies et les droits humains", MK)
d.rel("Merel Koning", "member_of", "Amnesty International", MK)
d.rel("Morpho", "member_of", "Idemia",
      "Morpho, qui fait aujourd’hui partie de la multinationale française Idemia")
d.rel("Idemia", "located_in", "France", "la multinationale française Idemia")
d.rel("Axis Communications", "located_in", "Suède",
      "Axis Communications, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Une entreprise néerlandaise, Noldus Information Technology")
d.rel("université de Shihezi", "member_of",
      "Corps de production et de construction du Xinjiang",
      "l’université de Shihezi, qui relève du Corps de production et de construction du Xinjiang")

# ---------------- claims ----------------
d.claim("Amnesty International", "révéler",
        "En vendant des technologies de surveillance numérique aux services en charge de la "
        "sécurité publique en Chine, des entreprises technologiques européennes risquent "
        "d’exacerber des atteintes aux droits humains généralisées", "REPORT", "indirect")
d.claim("Amnesty International", "découvrir",
        "trois entreprises installées en France, aux Pays-Bas et en Suède ont vendu des "
        "systèmes de surveillance numérique, tels que des outils de reconnaissance faciale et "
        "des caméras réseau, à des acteurs stratégiques du dispositif chinois de surveillance "
        "de masse", "REPORT", "indirect")
d.claim("La plupart des gouvernements de l’UE", "s'opposer",
        "appels en faveur d’une réglementation plus stricte des exportations, incluant "
        "notamment de solides garanties en matière de droits humains pour les technologies "
        "biométriques de surveillance, un secteur dominé par les entreprises européennes",
        "DENY", "indirect")
d.claim("Allemagne", "reconnaître",
        "la nécessité de mettre en place des garanties plus solides en matière de droits humains",
        "ADMIT", "indirect")
d.claim("Merel Koning", "déclarer",
        "Le secteur des technologies biométriques de surveillance en Europe échappe à tout "
        "contrôle. Les transactions avec des services de sécurité chinois et des instituts de "
        "recherche épaulant ces services que nous révélons au grand jour dans notre rapport ne "
        "sont que la partie émergée d’un marché qui se chiffre à plusieurs milliards d’euros "
        "et prospère grâce à ses ventes à des responsables de violations des droits humains, "
        "ventes qui ne sont assorties que de peu de garde-fous contre toute utilisation finale "
        "abusive", "SAY", "direct")
d.claim("Merel Koning", "déclarer",
        "La condamnation par les gouvernements de l’UE de la répression systématique exercée "
        "dans le Xinjiang sonne creux s’ils persistent à autoriser les entreprises à vendre les "
        "technologies qui risquent justement de rendre possible cette répression. Le régime "
        "européen de contrôle des exportations actuellement en vigueur ne fonctionne pas et "
        "ses brèches doivent être colmatées rapidement", "SAY", "direct")
d.claim("Amnesty International", "mettre au jour",
        "la vente de trois types différents de technologies de surveillance numérique à "
        "destination de services chinois de sécurité de l’État, d’organes chargés d’appliquer "
        "des lois qui bafouent les droits humains, et d’entités présentes dans le Xinjiang",
        "REPORT", "indirect")
d.claim("Amnesty International", "demander",
        "l’interdiction de l’utilisation, du développement, de la production, de la vente et "
        "de l’exportation des technologies de reconnaissance faciale à des fins "
        "d’identification tant par les organismes d’État que par les acteurs du secteur privé",
        "DEMAND", "indirect")
d.claim("Amnesty International", "constater",
        "Axis Communications, une entreprise suédoise, se vantait même sur son site Internet "
        "de sa participation à l’expansion du dispositif de surveillance chinois",
        "REPORT", "indirect")
d.claim("Axis Communications", "indiquer",
        "elle a démultiplié le réseau de caméras de sécurité de Guilin, une ville située dans "
        "le sud du pays et comptant quelque cinq millions d’habitants, le faisant passer de "
        "8 000 à 30 000 unités, dans le cadre d’un renforcement du programme de surveillance "
        "Skynet de la ville", "SAY", "indirect")
d.claim("Merel Koning", "déclarer",
        "Les services chinois en charge de la sécurité publique se servent des produits vendus "
        "par des entreprises européennes pour renforcer leur capacité de surveillance abusive. "
        "Ces entreprises tirent profit de la vente de technologies de surveillance numérique "
        "qui sont associées à de graves violations des droits humains. Elles auraient dû "
        "savoir que ces transactions avec les autorités chinoises s’accompagnaient d’un risque "
        "important, mais elles n’ont semble-t-il rien fait pour prévenir l’utilisation et "
        "l’examen de leurs produits par les auteurs d’atteintes aux droits humains. De ce "
        "fait, elles ont complètement manqué à leurs responsabilités en matière de droits "
        "humains. C’est la raison pour laquelle le Parlement européen doit agir pour mettre "
        "un coup d’arrêt aux opérations commerciales abusives de ce type", "SAY", "direct")
d.claim("Amnesty International", "découvrir",
        "il était utilisé par des universités chinoises, en lien avec l’appareil de sécurité "
        "publique et la police, ainsi que par le ministère de la Sécurité publique",
        "REPORT", "indirect")
d.claim("Amnesty International", "constater",
        "l’entreprise néerlandaise avait vendu ses technologies de surveillance numérique à au "
        "moins deux universités du Xinjiang entre 2012 et 2018", "REPORT", "indirect")
d.claim(None, None,
        "dans la préservation de l’unification du pays, le maintien de la stabilité sociale "
        "dans le Xinjiang, et la répression des crimes terroristes violents", "SAY", "direct")
d.claim("Amnesty International", "illustrer",
        "les principales lacunes du régime de contrôle des exportations actuellement en "
        "vigueur dans l’UE, à savoir le règlement sur les biens à double usage",
        "REPORT", "indirect")
d.claim("Amnesty International", "engager",
        "inclure l’ensemble des technologies de surveillance numérique dans son cadre de "
        "contrôle des exportations, à renforcer les garanties en matière de droits humains "
        "dans les décisions sur les exportations, et à veiller à ce que toutes les entreprises "
        "procèdent à une évaluation de l’impact de leurs exportations sur les droits humains",
        "DEMAND", "indirect", target="Parlement européen")
d.claim("Merel Koning", "déclarer",
        "Dans sa réponse à Amnesty International, Axis Communications a indiqué qu’elle "
        "n’avait pas à obtenir de licence d’exportation pour ses caméras destinées à être "
        "utilisées dans les programmes chinois de surveillance de masse. C’est bien là tout le "
        "problème du régime actuel de contrôle des exportations de l’UE. Les gouvernements "
        "européens doivent assumer leurs responsabilités et mettre un frein à ce secteur "
        "débridé", "SAY", "direct")
d.claim("Merel Koning", "déclarer",
        "Tant que l’UE ne l’aura pas fait, ils devront répondre à des questions importantes "
        "sur le rôle qu’ils ont pu jouer dans les violations des droits humains commises par "
        "les autorités chinoises.", "SAY", "direct")

# ---------------- dates ----------------
d.date("le 22 septembre", "XXXX-09-22", "DATE",
       "une réunion très importante tenue à Bruxelles")
d.date("le 1er juillet", "XXXX-07-01", "DATE", "qui assume la présidence de l’UE")
d.date("le passé", "PAST_REF", "DATE", "ont l’un comme l’autre reconnu",
       anchor="reconnu par le passé")
d.date("ce jour", "PRESENT_REF", "DATE",
       "n’ont pas réussi à ce jour à faire bouger les choses")
d.date("actuellement", "PRESENT_REF", "DATE",
       "Le régime européen de contrôle des exportations actuellement en vigueur",
       anchor="exportations actuellement en vigueur ne fonctionne")
d.date("aujourd’hui", "PRESENT_REF", "DATE", "qui fait aujourd’hui partie de la multinationale française Idemia")
d.date("2015", "2015", "DATE", "a décroché en 2015 un contrat")
d.date("2012", "2012", "DATE", "a été qualifiée à plusieurs reprises de « marque recommandée »",
       anchor="entre 2012 et 2019")
d.date("2019", "2019", "DATE", "a été qualifiée à plusieurs reprises de « marque recommandée »",
       anchor="entre 2012 et 2019")
d.date("2012", "2012", "DATE",
       "avait vendu ses technologies de surveillance numérique à au moins deux universités du Xinjiang",
       anchor="entre 2012 et 2018")
d.date("2018", "2018", "DATE",
       "avait vendu ses technologies de surveillance numérique à au moins deux universités du Xinjiang",
       anchor="entre 2012 et 2018")
d.date("2012", "2012", "DATE", "le logiciel The Observer XT vendu en 2012 à l’université de Shihezi",
       anchor="vendu en 2012")
d.date("2012", "2012", "DATE", "on savait déjà", anchor="En 2012, on savait")
d.date("les années qui ont suivi", "PXY", "DURATION",
       "l’utilisation des progrès technologiques aux fins de répression des minorités dans le "
       "Xinjiang est devenue manifeste")
d.date("maintenant", "PRESENT_REF", "DATE", "l’UE doit agir maintenant")
d.date("actuellement", "PRESENT_REF", "DATE",
       "régime de contrôle des exportations actuellement en vigueur dans l’UE",
       anchor="exportations actuellement en vigueur dans l’UE")

# =====================================================================
# final checks and output
# =====================================================================
texts = {}
for f in facts:
    if f["doc"] not in texts:
        texts[f["doc"]] = load(f["doc"])
    t = texts[f["doc"]]
    for k in ("doc", "kind", "subject", "predicate", "object"):
        assert k in f, (k, f)
    if "start" in f:
        assert t[f["start"]:f["end"]] == f["text"], f
    if "subject_start" in f:
        assert t[f["subject_start"]:f["subject_end"]] == f["subject"], f
    for s, e in f.get("mentions", []):
        assert t[s:e].strip() == t[s:e] and t[s:e], f
    if f["kind"] == "claim":
        assert f["object"] == f["text"]

with open(OUT, "w", encoding="utf-8") as out:
    for f in facts:
        out.write(json.dumps(f, ensure_ascii=False) + "\n")

from collections import Counter
c = Counter()
for f in facts:
    k = f["kind"] if f["kind"] != "entity" else ("entity:" + f["predicate"])
    c[(f["doc"], k)] += 1
for k in sorted(c):
    print(k, c[k])
print("total", len(facts), "->", OUT)
