#!/usr/bin/env python3
"""Settled gold, part 1: articles 000, 001, 004 (adjudication of a1 vs b1).

Every label below was decided by reading the article and FACTS.md; Python only
locates spans and checks them.  Comments marked SETTLED give the adjudication
of a disagreement between the annotators; comments marked ADDED/REMOVED give
changes both annotators had in common.  The general decisions are listed in
decisions_part1.md.

Run: python3 settle_part1.py  -> writes part1.jsonl next to it.
"""
import json
import os
import re
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.normpath(os.path.join(HERE, "..", "..", "raw"))
OUT = os.path.join(HERE, "part1.jsonl")

CATEGORIES = ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY", "ANNOUNCE", "ADMIT", "OTHER")
TYPES = ("PER", "ORG", "LOC", "MISC")
DATE_TYPES = ("DATE", "TIME", "DURATION", "SET")

records = []


def load_text(doc):
    """FACTS §1: UTF-8, BOM removed, \\r\\n and \\r -> \\n, nothing else."""
    with open(os.path.join(RAW, doc + ".txt"), encoding="utf-8") as f:
        t = f.read()
    if t.startswith("\ufeff"):
        t = t[1:]
    return t.replace("\r\n", "\n").replace("\r", "\n")


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_ART = re.compile(r"^(?:l'\s*|(?:la|le|les)\s+)")


def norm(s):
    """FACTS §3 name normalization (used by the checks only)."""
    s = unicodedata.normalize("NFKC", s).casefold().translate(_APOS)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return _ART.sub("", " ".join(s.split()), count=1).strip()


class Doc:
    def __init__(self, doc_id):
        self.id = doc_id
        self.t = load_text(doc_id)

    def fix(self, s):
        """Strings are typed with ' ; the articles mostly use ’ (U+2019)."""
        if s in self.t:
            return s
        s2 = s.replace("'", "\u2019")
        assert s2 in self.t, (self.id, "not in text", s)
        return s2

    def span(self, s, anchor=None, occ=None):
        """(text, start, end) of s: inside the unique string `anchor`, or the
        occ-th occurrence (1-based), or the only occurrence."""
        t = self.t
        s = self.fix(s)
        if anchor is not None:
            anchor = self.fix(anchor)
            assert t.count(anchor) == 1, (self.id, "anchor not unique", anchor)
            a = t.index(anchor)
            i = t.index(s, a)
            assert i + len(s) <= a + len(anchor), (self.id, s, anchor)
        elif occ is not None:
            i = -1
            for _ in range(occ):
                i = t.index(s, i + 1)
        else:
            assert t.count(s) == 1, (self.id, "not unique", s, t.count(s))
            i = t.index(s)
        j = i + len(s)
        assert t[i:j] == s
        return s, i, j

    # ------------------------------------------------------------- entities
    def entity(self, subject, typ, mentions, aliases=()):
        """mentions: list of spans given as str, (str, occ:int) or (str, anchor:str)."""
        assert typ in TYPES
        ms = []
        for m in mentions:
            if isinstance(m, tuple):
                s, i, j = self.span(m[0], occ=m[1]) if isinstance(m[1], int) else self.span(m[0], anchor=m[1])
            else:
                s, i, j = self.span(m)
            ms.append([i, j])
        ms.sort()
        records.append({"doc": self.id, "kind": "entity", "subject": self.fix(subject), "predicate": "type",
                        "object": typ, "aliases": [self.fix(a) for a in aliases], "mentions": ms})

    def rel(self, subject, predicate, obj, evidence, anchor=None):
        assert predicate in ("role", "member_of", "located_in")
        s, i, j = self.span(evidence, anchor)
        records.append({"doc": self.id, "kind": "entity", "subject": self.fix(subject), "predicate": predicate,
                        "object": obj, "text": s, "start": i, "end": j})

    # ------------------------------------------------------------- claims
    def claim(self, subject, predicate, content, category, mode, target=None, anchor=None, occ=None):
        assert category in CATEGORIES and mode in ("direct", "indirect", "mixed")
        if category in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        s, i, j = self.span(content, anchor, occ)
        records.append({"doc": self.id, "kind": "claim",
                        "subject": self.fix(subject) if subject is not None else None,
                        "predicate": predicate, "object": s, "text": s, "start": i, "end": j,
                        "category": category, "mode": mode,
                        "target": self.fix(target) if target is not None else None})

    # ------------------------------------------------------------- dates
    def date(self, expr, value, typ, subj, anchor=None, occ=None, subj_anchor=None, subj_occ=None):
        assert typ in DATE_TYPES
        s, i, j = self.span(expr, anchor, occ)
        ss, si, sj = self.span(subj, subj_anchor, subj_occ)
        records.append({"doc": self.id, "kind": "date", "subject": ss, "subject_start": si, "subject_end": sj,
                        "predicate": "date", "object": value, "type": typ, "text": s, "start": i, "end": j})


# Objects of located_in that name a country given ONLY by a nationality adjective
# (FACTS §2.1 table: "also through an adjective: l'entreprise suédoise" -> Suède).
# The country has no name mention in the article, so it has no type fact
# (nationality adjectives are not entities, FACTS §2.1).  This is the only
# exception to "every member_of/located_in object is the subject of a type fact";
# the check below verifies that the name is really absent from the text and that
# the adjective is in the evidence.  (doc, object) -> adjective
ADJECTIVE_ONLY_OBJECTS = {
    ("001_39f6df376d0f2437", "Suède"): "suédoise",
    ("001_39f6df376d0f2437", "Pays-Bas"): "néerlandaise",
}

# =====================================================================
# 000_8fd087488db6694e   DCT = 2020-06 (header " date 2020-06" on line 1;
# month only -> weekday names and "il y a N semaines" resolve to 2020-06)
# =====================================================================
d = Doc("000_8fd087488db6694e")

# --- entities (both annotators agreed on all of them)
d.entity("SAN FRANCISCO", "LOC", ["SAN FRANCISCO"])                      # dateline city
assert d.t.count("Amazon") == 7 and d.span("Amazon", occ=4)[1] == d.t.index("Amazon Web Services")
d.entity("Amazon", "ORG", [("Amazon", k) for k in (1, 2, 3, 5, 6, 7)])  # 4th is inside "Amazon Web Services"
d.entity("États-Unis", "LOC", [("États-Unis", 1), ("États-Unis", 2)])
d.entity("American Civil Liberties Union", "ORG", ["American Civil Liberties Union", ("ACLU", "(ACLU)")],
         aliases=["ACLU"])
d.entity("ICE", "ORG", [("ICE", "l'ICE [")])
d.entity("Amazon Web Services", "MISC", ["Amazon Web Services"])        # presented as a service Amazon promotes
d.entity("Rekognition", "MISC", [("Rekognition", 1), ("Rekognition", 2)])
d.entity("Ring", "MISC", [("Ring", "(Ring)")])                           # "ses caméras de surveillance (Ring)"
d.entity("Athena", "ORG", ["Athena"])
d.entity("George Floyd", "PER", ["George Floyd"])
d.entity("Myaisha Hayes", "PER", ["Myaisha Hayes"])
d.entity("MediaJustice", "ORG", ["MediaJustice"])
d.entity("AFP", "ORG", ["AFP"])
d.entity("IBM", "ORG", ["IBM"])

# --- relations (agreed)
d.rel("Amazon", "located_in", "États-Unis", "Le géant américain du commerce en ligne")
d.rel("Myaisha Hayes", "role", "directrice de la stratégie",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")
d.rel("Myaisha Hayes", "member_of", "MediaJustice",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")

# --- claims
# "alors que les manifestations continuent ... contre les violences policières": NOT a claim
# (the article's own account of events; protests are not a petition or campaign).
d.claim("Des associations de lutte contre les inégalités raciales", "exhorter",
        "cesser toute collaboration technologique avec la police américaine", "DEMAND", "indirect", "Amazon")
d.claim("leur pétition", "accuser",
        "Le géant américain du commerce en ligne, du nuage (informatique à distance) et des technologies "
        "«alimente et profite de l'injustice systématique, des inégalités et des violences contre les "
        "communautés noires»", "ACCUSE", "mixed", "Amazon")
d.claim("Des organisations", "appeler",
        "cesser de fournir sa technologie de reconnaissance faciale à la police", "DEMAND", "indirect", "Amazon")
d.claim("Athena", "détailler",
        "Amazon a longtemps cherché à être la colonne vertébrale technologique de la police et de l'ICE "
        "[police de l'immigration, NDLR] en promouvant activement Amazon Web Services (infonuagique), son "
        "logiciel de reconnaissance faciale (Rekognition) et ses caméras de surveillance (Ring)",
        "SAY", "direct")
# SETTLED (A had a claim, B none): "un collectif d'associations qui souligne les impacts négatifs du
# groupe, de l'environnement aux conditions de travail" -> NOT a claim.  A SAY cue with a bare noun
# phrase naming a topic has no proposition as content (FACTS "Not claims": "a dévoilé une stratégie");
# it is also the article's description of what Athena does.
d.claim("Les activistes", "accuser",
        "contribuer à la criminalisation des communautés de couleur", "ACCUSE", "direct", "Amazon")
d.claim("les manifestants", "exiger",
        "des réformes en profondeur de la police et des systèmes de surveillance qu'ils estiment cibler "
        "les Noirs de façon disproportionnée", "DEMAND", "indirect", None)
d.claim("les manifestants", "estimer", "cibler les Noirs de façon disproportionnée", "SAY", "indirect")
d.claim("Amazon", "tweeter",
        "Le traitement brutal et non équitable des personnes noires dans notre pays doit s'arrêter",
        "SAY", "direct")
d.claim("Amazon", "tweeter",
        "Nous sommes solidaires avec la communauté noire — nos employés, nos clients et nos partenaires — "
        "dans la lutte contre le racisme systémique et l'injustice.", "SAY", "direct")
d.claim("Myaisha Hayes", "réagir",
        "Les tweets et les donations symboliques ne signifient rien de la part d'une entreprise en "
        "connivence avec les agents et institutions du racisme systémique", "SAY", "direct")
d.claim("Amazon", "reconnaître",
        "comme toutes les technologies, la reconnaissance faciale [...] peut être mal utilisée",
        "ADMIT", "direct", None)
d.claim("Amazon", "assurer",
        "ses équipes fournissaient des indications à tous les clients du [logiciel] Rekognition, "
        "«y compris les forces de l'ordre, sur la bonne manière de s'en servir»", "SAY", "mixed")
# "Amazon n'a pas immédiatement réagi aux sollicitations de l'AFP": no content, no claim.
d.claim("IBM", "annoncer",
        "suspendre la vente de logiciels de reconnaissance faciale à des fins d'identification",
        "ANNOUNCE", "indirect")
d.claim("IBM", "s'opposer",
        "l'utilisation de toute technologie à des fins de surveillance de masse, de profilage racial et "
        "de violations des droits et libertés humaines de base", "DENY", "direct", None)

# --- dates (agreed)
d.date("mardi", "2020-06", "DATE", "leur pétition mise en ligne")
d.date("deux ans", "P2Y", "DURATION",
       "Des organisations comme l'American Civil Liberties Union (ACLU) appellent")
d.date("Il y a deux semaines", "2020-06", "DATE",
       "la mort de George Floyd, un Afro-Américain asphyxié sous le genou d'un policier blanc, a entraîné "
       "une vague de colère et d'indignation à travers les États-Unis")
d.date("le 31 mai", "2020-05-31", "DATE", "a tweeté le groupe")
d.date("octobre dernier", "2019-10", "DATE", "Amazon avait reconnu")
d.date("Lundi", "2020-06", "DATE",
       "IBM a annoncé suspendre la vente de logiciels de reconnaissance faciale à des fins d'identification")

# =====================================================================
# 001_39f6df376d0f2437   DCT = 2020-09 (header " date 2020-09" on line 1)
# =====================================================================
d = Doc("001_39f6df376d0f2437")

# --- entities (agreed)
assert d.t.count("Amnesty International") == 8
d.entity("Amnesty International", "ORG", [("Amnesty International", k) for k in range(1, 9)])
assert d.t.count("Idemia") == 6
d.entity("Idemia", "ORG", [("Idemia", k) for k in range(1, 7)])
d.entity("Axis Communications", "ORG",
         [("Axis Communication", "Axis Communication, une"), "Axis Communications"],
         aliases=["Axis Communication"])
d.entity("Noldus Information Technology", "ORG", ["Noldus Information Technology"])
assert d.t.count("Chine") == 5
d.entity("Chine", "LOC", [("Chine", k) for k in range(1, 6)])
assert d.t.count("Pékin") == 4
d.entity("Pékin", "LOC", [("Pékin", k) for k in range(1, 5)])          # the Chinese state, typed literally
d.entity("Union européenne", "ORG", ["Union européenne"])
d.entity("Commission", "ORG", [("Commission", "la Commission a dévoilé")])
assert d.t.count("Europe") == 1
d.entity("Europe", "LOC", [("Europe", "L'Europe cherche")])
d.entity("France", "LOC", ["France"])

# --- relations (agreed; Suède / Pays-Bas only through adjectives, see ADJECTIVE_ONLY_OBJECTS)
d.rel("Idemia", "located_in", "France", "Idemia, une entreprise française")
d.rel("Axis Communications", "located_in", "Suède", "Axis Communication, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Noldus Information Technology, une firme néerlandaise")

# --- claims
d.claim("Amnesty International", "dénoncer",
        "les exportations européennes d'outils numériques vers la Chine", "ACCUSE", "indirect",
        "Trois entreprises")
# SETTLED (A had a claim, B none): "Le rapport ... mentionne les liens commerciaux entre ces trois
# entreprises et Pékin" -> NOT a claim: saying cue + bare noun phrase (a topic, no proposition).
d.claim("Amnesty International", "accuser",   # source named later: "les accusation d'Amnesty International"
        "vendre ses technologies de reconnaissance faciale à Pékin", "ACCUSE", "indirect", "Idemia")
d.claim("Amnesty International", "demander",
        "l'interdiction de l'utilisation, du développement, de la production, de la vente et de "
        "l'exportation des technologies de reconnaissance faciale à des fins d'identification",
        "DEMAND", "direct", None)
# "L'entreprise française a réagi aux accusation d'Amnesty International": no content.
d.claim("Idemia", "se défendre",
        "ses technologies permettent d'identifier des visages post-événement et non pas en direct",
        "DENY", "indirect", None)
d.claim("Idemia", "selon",
        "son service de reconnaissance faciale en Chine permet aux policiers d'identifier des criminels",
        "SAY", "indirect")
# SETTLED (B had a claim, A none): "Un moyen de faire comprendre que sa technologie sert à une
# « bonne cause »" -> NOT a claim: the journalist's own interpretation of Idemia's defence (article's
# voice, verbless sentence); « bonne cause » is a quoted term (scare quotes).
d.claim("Idemia", "souligner",
        "en aucun cas « cet équipement n'était en mesure d'être utilisé pour une surveillance en temps réel »",
        "SAY", "mixed")
d.claim("Idemia", "affirmer", "sa technologie n'aurait jamais été déployée", "SAY", "indirect")
# "Un fait qu'Amnesty International rejette": not a claim (FACTS example).
d.claim("Axis Communications", "estimer",
        "elle n'a pas à obtenir de licence d'exportation pour vendre sa technologie biométrique à la Chine",
        "SAY", "indirect")
d.claim("Axis Communications", "assumer",
        "sa reconnaissance facile sert à alimenter les programmes chinois de surveillance de masse",
        "ADMIT", "indirect", None)
d.claim("certains pays membres", "s'opposer",
        "une réglementation plus poussée des exportations dans ce domaine", "DENY", "indirect", None)
d.claim("Amnesty International", "faire pression", "cela change", "DEMAND", "indirect", None)

# --- dates (agreed)
d.date("ce lundi 21 septembre", "2020-09-21", "DATE", "Le rapport d'Amnesty International publié")
d.date("plusieurs années", "PXY", "DURATION",
       "l'Union européenne cherche à mettre en place un cadre pour réglementer les technologies de "
       "reconnaissance faciale", occ=1)
d.date("début de cette année", "2020", "DATE", "la Commission a dévoilé une stratégie")
d.date("Actuellement", "PRESENT_REF", "DATE",
       "il n'y a aucune réglementation européene qui empêche une firme de vendre sa technologie à Pékin")
d.date("de nombreuses années", "PXY", "DURATION", "une communauté musulmane traquée")
d.date("plusieurs années", "PXY", "DURATION", "Amnesty International fait pression", occ=2)

# =====================================================================
# 004_511c2f4ae729c54f   DCT unknown: no header, no dateline / "Publié le" line
# ("FLASH INFO –" opens the body) -> narrative mode
# =====================================================================
d = Doc("004_511c2f4ae729c54f")

# --- entities (agreed)
assert d.t.count("Amnesty international") == 4
d.entity("Amnesty international", "ORG", [("Amnesty international", k) for k in range(1, 5)])
d.entity("place Grenette", "LOC", ["place Grenette"])
d.entity("Grenoble", "LOC", ["Grenoble"])
assert d.t.count("Chine") == 3 and d.t.count("France") == 3 and d.t.count("Europe") == 2
d.entity("Chine", "LOC", [("Chine", k) for k in range(1, 4)])
d.entity("France", "LOC", [("France", k) for k in range(1, 4)])
d.entity("Xi Jinping", "PER", ["Xi Jinping"])
d.entity("Chow Hang-Tung", "PER", ["Chow Hang-Tung"])
d.entity("place Tian'anmen", "LOC", ["place Tian'anmen"])
d.entity("Zhang Zhan", "PER", ["Zhang Zhan"])
d.entity("Ilham Tohti", "PER", ["Ilham Tohti"])
d.entity("Yiliyasijiang Reheman", "PER", ["Yiliyasijiang Reheman"])
d.entity("Xinjiang", "LOC", ["Xinjiang"])
d.entity("Jeux olympiques de Paris", "MISC", ["Jeux olympiques de Paris"])
d.entity("JO de Pékin", "MISC", ["JO de Pékin"])
d.entity("Europe", "LOC", [("Europe", 1), ("Europe", 2)])
d.entity("Jeux olympiques et paralympiques 2024", "MISC", ["Jeux olympiques et paralympiques 2024"])  # the law

# --- relations
d.rel("place Grenette", "located_in", "Grenoble", "place Grenette de Grenoble")
d.rel("Xi Jinping", "role", "président", "président chinois Xi Jinping")
# SETTLED (evidence only; A "avocate Chow Hang-Tung", B "l'avocate Chow Hang-Tung"): the evidence of a
# role is title + name without the leading article, like the role itself.
d.rel("Chow Hang-Tung", "role", "avocate", "avocate Chow Hang-Tung")
d.rel("Yiliyasijiang Reheman", "role", "étudiant", "Yiliyasijiang Reheman, étudiant")

# --- claims
d.claim("Des militants des groupes locaux d'Amnesty international", "dénoncer",
        "les violations des droits humains en Chine", "ACCUSE", "direct", None)
# SETTLED (B had a claim, A none): "faire signer des pétitions en faveur des prisonniers d'opinion
# chinois" -> NOT a claim: the petitions' content is not stated; "en faveur de" + the people it
# supports is no proposition, no demand and no `contre` (FACTS "Not claims", applied strictly).
d.claim("Chow Hang-Tung", "appeler",
        "commémorer en privé la répression de la place Tian'anmen", "DEMAND", "indirect",
        "la population hongkongaise")
d.claim("Zhang Zhan", "critiquer", "la gestion de la crise du Covid en Chine", "ACCUSE", "indirect", None)
d.claim("Ilham Tohti", "dénoncer", "la persécution des Ouïghours", "ACCUSE", "indirect", None,
        anchor="avoir dénoncé la persécution des Ouïghours")
d.claim("Amnesty international", "indiquer",
        "Nous continuons de dénoncer la persécution des minorités ethniques et religieuses, en particulier "
        "des Ouïghours au Xinjiang, dont plus d'un million sont passés par des camps de « rééducation » et "
        "qui vivent désormais sous un régime orwellien de vidéo-surveillance de masse et de reconnaissance "
        "faciale", "SAY", "direct")
d.claim("Amnesty international", "noter",
        "les technologies impliquées pour cette surveillance sont maintenant vendues à de nombreux pays",
        "SAY", "indirect")
d.claim("Amnesty international", "s'inquiéter",
        "leur usage en France, à la faveur des Jeux olympiques de Paris, alors qu'elles s'étaient "
        "développées en Chine à l'occasion des JO de Pékin en 2008", "SAY", "indirect")
d.claim("Amnesty international", "décrire",
        "La France est le 1er pays d'Europe à avoir introduit la vidéo-surveillance algorithmique dans la "
        "loi de mai 2023 “Jeux olympiques et paralympiques 2024”", "SAY", "direct")
d.claim("Amnesty international", "selon",
        "la porte ouverte à la reconnaissance faciale qui n'est qu'une fonctionnalité technique à activer "
        "sur ce type de caméras de vidéo-surveillance", "SAY", "direct")
d.claim("Amnesty international", "pour",
        "une telle technologie est « attentatoire au droit à la vie privée, à la liberté d'expression [et] "
        "au principe de non-discrimination »", "SAY", "mixed")
d.claim("Amnesty international", "contre", "la surveillance de masse", "DENY", "direct", None,
        anchor="« contre la surveillance de masse »")
d.claim("Amnesty international", "contre",
        "le recours aux technologies de reconnaissance et de catégorisation biométriques", "DENY", "direct", None)
d.claim("Amnesty international", "appeler",
        "un « règlement sur l'intelligence artificielle qui protège véritablement les droits humains et "
        "interdit la surveillance de masse et la surveillance discriminatoire ciblée » au sein de l'Europe",
        "DEMAND", "mixed", None)

# --- dates (narrative mode: anchored on the last absolute date before, samedi 4 mai 2024)
# SETTLED (subject span): subject + verb + complements of the dated clause (A's span).
d.date("samedi 4 mai 2024", "2024-05-04", "DATE",
       "Des militants des groupes locaux d'Amnesty international se sont rassemblés sur la place "
       "Grenette de Grenoble")
# SETTLED (A: "dimanche 5 mai" DATE + "l'après-midi" TIME; B: one TIME): one TIMEX3, as TimeML
# annotates "the morning of January 31" / "eleven in the morning" as single TIME expressions.
d.date("dimanche 5 mai dans l'après-midi", "2024-05-05TAF", "TIME", "arrivé", subj_anchor="arrivé dimanche")
d.date("2014", "2014", "DATE", "condamné", subj_anchor="condamné en 2014")
# SETTLED (subject span): a participle modifier is its own subject span: "arrêté" (A), like "condamné".
d.date("2017", "2017", "DATE", "arrêté")
d.date("sept ans", "P7Y", "DURATION", "aucune nouvelle n'est parvenue")
# SETTLED (subject span): the whole verb phrase (B), not the bare verb.
d.date("désormais", "PRESENT_REF", "DATE",
       "qui vivent désormais sous un régime orwellien de vidéo-surveillance de masse et de reconnaissance "
       "faciale")
# SETTLED (subject span): the whole clause (B).
d.date("maintenant", "PRESENT_REF", "DATE",
       "les technologies impliquées pour cette surveillance sont maintenant vendues à de nombreux pays")
d.date("2008", "2008", "DATE", "elles s'étaient développées en Chine à l'occasion des JO de Pékin")
# SETTLED (subject span): "la loi de mai 2023" dates the law, not the introduction (A).
d.date("mai 2023", "2023-05", "DATE", "la loi", subj_anchor="la loi de mai 2023")


# =====================================================================
# checks
# =====================================================================
texts = {}
for r in records:
    texts.setdefault(r["doc"], load_text(r["doc"]))

REQUIRED = {
    "type": ("doc", "kind", "subject", "predicate", "object", "aliases", "mentions"),
    "rel": ("doc", "kind", "subject", "predicate", "object", "text", "start", "end"),
    "claim": ("doc", "kind", "subject", "predicate", "object", "text", "start", "end",
              "category", "mode", "target"),
    "date": ("doc", "kind", "subject", "subject_start", "subject_end", "predicate", "object", "type",
             "text", "start", "end"),
}
for r in records:
    t = texts[r["doc"]]
    group = r["kind"] if r["kind"] != "entity" else ("type" if r["predicate"] == "type" else "rel")
    assert set(r) == set(REQUIRED[group]), (set(r) ^ set(REQUIRED[group]), r)
    if "start" in r:
        assert 0 <= r["start"] < r["end"] <= len(t) and t[r["start"]:r["end"]] == r["text"], r
    if "subject_start" in r:
        assert t[r["subject_start"]:r["subject_end"]] == r["subject"], r
    for a, b in r.get("mentions", []):
        assert t[a:b] in [r["subject"]] + r["aliases"], (r["subject"], t[a:b])
    if r["kind"] == "claim":
        assert r["object"] == r["text"], r
        assert r["text"] == r["text"].strip(), ("claim span has outer spaces", r)
    if r["kind"] == "date":
        assert r["text"] == r["text"].strip(), r

for doc, t in texts.items():
    types = [r for r in records if r["doc"] == doc and r["kind"] == "entity" and r["predicate"] == "type"]
    # exactly one type fact per entity: no name (subject or alias) shared by two type facts
    seen = {}
    for r in types:
        for n in [r["subject"]] + r["aliases"]:
            assert norm(n) not in seen or seen[norm(n)] is r, ("two type facts for", doc, n)
            seen[norm(n)] = r
        assert r["mentions"], ("type fact without a mention", r)
    # no mention claimed twice, and no mention nested inside another one
    ms = sorted((a, b) for r in types for a, b in r["mentions"])
    assert len(ms) == len(set(ms)), ("mention claimed twice", doc)
    for (a1, b1), (a2, b2) in zip(ms, ms[1:]):
        assert b1 <= a2, ("overlapping mentions", doc, t[a1:b1], t[a2:b2])
    subjects = {r["subject"] for r in types}
    for r in records:
        if r["doc"] != doc or r["kind"] != "entity" or r["predicate"] == "type":
            continue
        assert r["subject"] in subjects, ("relation subject is not a canonical name", r)
        if r["predicate"] in ("member_of", "located_in"):
            if r["object"] not in subjects:
                adj = ADJECTIVE_ONLY_OBJECTS.get((doc, r["object"]))
                assert adj is not None, ("relation object is not a canonical name", r)
                assert adj in r["text"], r
                assert norm(r["object"]) not in norm(t), ("object is named in the text: needs a type fact", r)
            assert r["object"] != r["subject"], r
    # claims: no two claims with the same span; dates: no two with the same span
    for kind in ("claim", "date"):
        keys = [(r["start"], r["end"]) for r in records if r["doc"] == doc and r["kind"] == kind]
        assert len(keys) == len(set(keys)), (doc, kind)
    # claim sources/targets that are entity names use the canonical subject
    for r in records:
        if r["doc"] == doc and r["kind"] == "claim":
            for key in ("subject", "target"):
                v = r[key]
                if v is not None and norm(v) in seen:
                    assert v == seen[norm(v)]["subject"], ("non-canonical name", key, r)

# =====================================================================
# output: sorted by doc, then start (type facts: first mention)
# =====================================================================
KIND_ORDER = {"type": 0, "rel": 1, "claim": 2, "date": 3}


def sort_key(r):
    group = r["kind"] if r["kind"] != "entity" else ("type" if r["predicate"] == "type" else "rel")
    start = r["start"] if "start" in r else r["mentions"][0][0]
    end = r["end"] if "end" in r else r["mentions"][0][1]
    return (r["doc"], start, KIND_ORDER[group], end, r["predicate"] or "")


records.sort(key=sort_key)
with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

c = Counter()
for r in records:
    k = r["kind"] if r["kind"] != "entity" else ("entity:" + r["predicate"])
    c[(r["doc"], k)] += 1
for (doc, k), n in sorted(c.items()):
    print(f"{doc}  {k:<18} {n}")
print("total", len(records), "->", OUT)
