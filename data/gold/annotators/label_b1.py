#!/usr/bin/env python3
"""Gold labels of annotator b1 (labelled by reading; Python only computes offsets).

Writes /work/main/data/gold/annotators/b1.jsonl
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.normpath(os.path.join(HERE, "..", "..", "raw"))
OUT = os.path.join(HERE, "b1.jsonl")

records = []


def load(doc):
    with open(os.path.join(RAW, doc + ".txt"), encoding="utf-8") as f:
        t = f.read()
    if t.startswith("\ufeff"):
        t = t[1:]
    return t.replace("\r\n", "\n").replace("\r", "\n")


class Doc:
    def __init__(self, doc):
        self.doc = doc
        self.t = load(doc)

    # ---- span helpers -------------------------------------------------
    def sp(self, s, ctx=None, occ=None):
        """[start, end] of string s, located inside the context string ctx
        (ctx must occur exactly once in the text unless occ, its 0-based
        occurrence number, is given). s is searched from the start of ctx."""
        t = self.t
        c = ctx if ctx is not None else s
        pos = [m.start() for m in re.finditer(re.escape(c), t)]
        if occ is None:
            assert len(pos) == 1, (self.doc, c, len(pos))
            p = pos[0]
        else:
            p = pos[occ]
        i = t.index(s, p)
        assert i + len(s) <= p + len(c), (self.doc, s, c)
        assert t[i:i + len(s)] == s
        return [i, i + len(s)]

    def mentions(self, name, exclude_in=(), expect=None):
        """all occurrences of name, minus those inside a longer name listed in exclude_in"""
        t = self.t
        out = []
        for m in re.finditer(re.escape(name), t):
            s, e = m.start(), m.end()
            inside = False
            for longer in exclude_in:
                for m2 in re.finditer(re.escape(longer), t):
                    if m2.start() <= s and e <= m2.end():
                        inside = True
            if not inside:
                out.append([s, e])
        if expect is not None:
            assert len(out) == expect, (self.doc, name, len(out), expect)
        return out

    # ---- record builders ----------------------------------------------
    def ent(self, subject, typ, mentions, aliases=()):
        for s, e in mentions:
            assert self.t[s:e] == subject or self.t[s:e] in aliases, (self.doc, subject, self.t[s:e])
        ms = sorted(mentions)
        assert len(set(map(tuple, ms))) == len(ms)
        records.append({"doc": self.doc, "kind": "entity", "subject": subject,
                        "predicate": "type", "object": typ,
                        "aliases": list(aliases), "mentions": ms})

    def rel(self, subject, predicate, obj, evidence, ctx=None, occ=None):
        assert predicate in ("role", "member_of", "located_in")
        s, e = self.sp(evidence, ctx, occ)
        records.append({"doc": self.doc, "kind": "entity", "subject": subject,
                        "predicate": predicate, "object": obj,
                        "text": evidence, "start": s, "end": e})

    def claim(self, subject, predicate, content, category, mode, target=None,
              ctx=None, occ=None):
        assert category in ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY",
                            "ANNOUNCE", "ADMIT", "OTHER")
        assert mode in ("direct", "indirect", "mixed")
        if category in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        s, e = self.sp(content, ctx, occ)
        r = {"doc": self.doc, "kind": "claim", "subject": subject,
             "predicate": predicate, "object": content,
             "category": category, "mode": mode, "target": target,
             "text": content, "start": s, "end": e}
        assert r["object"] == r["text"] == self.t[s:e]
        records.append(r)

    def date(self, text, value, typ, ctx=None, occ=None,
             subj=None, subj_ctx=None, subj_occ=None):
        assert typ in ("DATE", "TIME", "DURATION", "SET")
        s, e = self.sp(text, ctx, occ)
        r = {"doc": self.doc, "kind": "date", "subject": subj, "predicate": "date",
             "object": value, "type": typ, "text": text, "start": s, "end": e}
        if subj is not None:
            ss, se = self.sp(subj, subj_ctx, subj_occ)
            r["subject_start"], r["subject_end"] = ss, se
        records.append(r)


# =========================================================================
# 000_8fd087488db6694e   DCT 2020-06 (header " date 2020-06" on line 1)
# =========================================================================
d = Doc("000_8fd087488db6694e")
t = d.t

# ---- entities
d.ent("SAN FRANCISCO", "LOC", d.mentions("SAN FRANCISCO", expect=1))
d.ent("Amazon", "ORG", d.mentions("Amazon", exclude_in=("Amazon Web Services",), expect=6))
d.ent("États-Unis", "LOC", d.mentions("États-Unis", expect=2))
d.ent("American Civil Liberties Union", "ORG",
      [d.sp("American Civil Liberties Union"), d.sp("ACLU", "(ACLU)")], aliases=["ACLU"])
d.ent("ICE", "ORG", [d.sp("ICE", "l’ICE [")])
d.ent("Amazon Web Services", "MISC", d.mentions("Amazon Web Services", expect=1))
d.ent("Rekognition", "MISC", d.mentions("Rekognition", expect=2))
d.ent("Ring", "MISC", [d.sp("Ring", "(Ring)")])
d.ent("Athena", "ORG", d.mentions("Athena", expect=1))
d.ent("George Floyd", "PER", d.mentions("George Floyd", expect=1))
d.ent("Myaisha Hayes", "PER", d.mentions("Myaisha Hayes", expect=1))
d.ent("MediaJustice", "ORG", d.mentions("MediaJustice", expect=1))
d.ent("AFP", "ORG", d.mentions("AFP", expect=1))
d.ent("IBM", "ORG", d.mentions("IBM", expect=1))

# ---- relations
d.rel("Amazon", "located_in", "États-Unis", "Le géant américain du commerce en ligne")
d.rel("Myaisha Hayes", "role", "directrice de la stratégie",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")
d.rel("Myaisha Hayes", "member_of", "MediaJustice",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")

# ---- claims
d.claim("Des associations de lutte contre les inégalités raciales", "exhorter",
        "cesser toute collaboration technologique avec la police américaine",
        "DEMAND", "indirect", target="Amazon")
d.claim("leur pétition", "accuser",
        "Le géant américain du commerce en ligne, du nuage (informatique à distance) et des "
        "technologies «alimente et profite de l’injustice systématique, des inégalités et des "
        "violences contre les communautés noires»",
        "ACCUSE", "mixed", target="Amazon")
d.claim("Des organisations", "appeler",
        "cesser de fournir sa technologie de reconnaissance faciale à la police",
        "DEMAND", "indirect", target="Amazon")
d.claim("Athena", "détailler",
        "Amazon a longtemps cherché à être la colonne vertébrale technologique de la police et "
        "de l’ICE [police de l’immigration, NDLR] en promouvant activement Amazon Web Services "
        "(infonuagique), son logiciel de reconnaissance faciale (Rekognition) et ses caméras de "
        "surveillance (Ring)",
        "SAY", "direct")
d.claim("Les activistes", "accuser",
        "contribuer à la criminalisation des communautés de couleur",
        "ACCUSE", "direct", target="Amazon")
d.claim("les manifestants", "exiger",
        "des réformes en profondeur de la police et des systèmes de surveillance qu'ils estiment "
        "cibler les Noirs de façon disproportionnée",
        "DEMAND", "indirect", target=None)
d.claim("les manifestants", "estimer",
        "cibler les Noirs de façon disproportionnée",
        "SAY", "indirect")
d.claim("Amazon", "tweeter",
        "Le traitement brutal et non équitable des personnes noires dans notre pays doit s’arrêter",
        "SAY", "direct")
d.claim("Amazon", "tweeter",
        "Nous sommes solidaires avec la communauté noire — nos employés, nos clients et nos "
        "partenaires — dans la lutte contre le racisme systémique et l’injustice.",
        "SAY", "direct")
d.claim("Myaisha Hayes", "réagir",
        "Les tweets et les donations symboliques ne signifient rien de la part d’une entreprise "
        "en connivence avec les agents et institutions du racisme systémique",
        "SAY", "direct")
d.claim("Amazon", "reconnaître",
        "comme toutes les technologies, la reconnaissance faciale [...] peut être mal utilisée",
        "ADMIT", "direct")
d.claim("Amazon", "assurer",
        "ses équipes fournissaient des indications à tous les clients du [logiciel] Rekognition, "
        "«y compris les forces de l’ordre, sur la bonne manière de s’en servir»",
        "SAY", "mixed")
d.claim("IBM", "annoncer",
        "suspendre la vente de logiciels de reconnaissance faciale à des fins d’identification",
        "ANNOUNCE", "indirect")
d.claim("IBM", "s'opposer",
        "l’utilisation de toute technologie à des fins de surveillance de masse, de profilage "
        "racial et de violations des droits et libertés humaines de base",
        "DENY", "direct")

# ---- dates
d.date("mardi", "2020-06", "DATE", ctx="mise en ligne mardi",
       subj="leur pétition mise en ligne")
d.date("deux ans", "P2Y", "DURATION", ctx="depuis deux ans",
       subj="Des organisations comme l’American Civil Liberties Union (ACLU) appellent")
d.date("Il y a deux semaines", "2020-06", "DATE",
       subj="la mort de George Floyd, un Afro-Américain asphyxié sous le genou d’un policier "
            "blanc, a entraîné une vague de colère et d’indignation à travers les États-Unis")
d.date("le 31 mai", "2020-05-31", "DATE", subj="a tweeté le groupe")
d.date("octobre dernier", "2019-10", "DATE", subj="Amazon avait reconnu")
d.date("Lundi", "2020-06", "DATE", ctx="Lundi, IBM",
       subj="IBM a annoncé suspendre la vente de logiciels de reconnaissance faciale à des fins "
            "d’identification")

# =========================================================================
# 001_39f6df376d0f2437   DCT 2020-09 (header " date 2020-09" on line 1)
# =========================================================================
d = Doc("001_39f6df376d0f2437")

# ---- entities
d.ent("Amnesty International", "ORG", d.mentions("Amnesty International", expect=8))
d.ent("Chine", "LOC", d.mentions("Chine", expect=5))
d.ent("Idemia", "ORG", d.mentions("Idemia", expect=6))
d.ent("Axis Communications", "ORG",
      [d.sp("Axis Communication", "Axis Communication, une"),
       d.sp("Axis Communications", "Axis Communications estime")],
      aliases=["Axis Communication"])
d.ent("Noldus Information Technology", "ORG", d.mentions("Noldus Information Technology", expect=1))
d.ent("Pékin", "LOC", d.mentions("Pékin", expect=4))
d.ent("Union européenne", "ORG", d.mentions("Union européenne", expect=1))
d.ent("Commission", "ORG", [d.sp("Commission", "la Commission a dévoilé")])
d.ent("Europe", "LOC", [d.sp("Europe", "L’Europe cherche")])
d.ent("France", "LOC", d.mentions("France", expect=1))

# ---- relations
d.rel("Idemia", "located_in", "France", "Idemia, une entreprise française", ctx=None)
d.rel("Axis Communications", "located_in", "Suède", "Axis Communication, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Noldus Information Technology, une firme néerlandaise")

# ---- claims
d.claim("Amnesty International", "dénoncer",
        "les exportations européennes d’outils numériques vers la Chine",
        "ACCUSE", "indirect", target="Trois entreprises")
d.claim("Amnesty International", "accuser",
        "vendre ses technologies de reconnaissance faciale à Pékin",
        "ACCUSE", "indirect", target="Idemia")
d.claim("Amnesty International", "demander",
        "l’interdiction de l’utilisation, du développement, de la production, de la vente et de "
        "l’exportation des technologies de reconnaissance faciale à des fins d’identification",
        "DEMAND", "direct", target=None)
d.claim("Idemia", "se défendre",
        "ses technologies permettent d’identifier des visages post-événement et non pas en direct",
        "DENY", "indirect", target=None)
d.claim("Idemia", "selon",
        "son service de reconnaissance faciale en Chine permet aux policiers d’identifier des "
        "criminels",
        "SAY", "indirect")
d.claim("Idemia", "faire comprendre",
        "sa technologie sert à une « bonne cause »",
        "SAY", "mixed")
d.claim("Idemia", "souligner",
        "en aucun cas « cet équipement n’était en mesure d’être utilisé pour une surveillance en "
        "temps réel »",
        "SAY", "mixed")
d.claim("Idemia", "affirmer",
        "sa technologie n’aurait jamais été déployée",
        "SAY", "indirect")
d.claim("Axis Communications", "estimer",
        "elle n’a pas à obtenir de licence d’exportation pour vendre sa technologie biométrique "
        "à la Chine",
        "SAY", "indirect")
d.claim("Axis Communications", "assumer",
        "sa reconnaissance facile sert à alimenter les programmes chinois de surveillance de masse",
        "ADMIT", "indirect", target=None)
d.claim("certains pays membres", "s'opposer",
        "une réglementation plus poussée des exportations dans ce domaine",
        "DENY", "indirect", target=None)
d.claim("Amnesty International", "faire pression",
        "cela change",
        "DEMAND", "indirect", target=None)

# ---- dates
d.date("ce lundi 21 septembre", "2020-09-21", "DATE",
       subj="Le rapport d’Amnesty International publié")
d.date("plusieurs années", "PXY", "DURATION", ctx="Depuis plusieurs années",
       subj="l’Union européenne cherche à mettre en place un cadre pour réglementer les "
            "technologies de reconnaissance faciale")
d.date("début de cette année", "2020", "DATE",
       subj="la Commission a dévoilé une stratégie")
d.date("Actuellement", "PRESENT_REF", "DATE",
       subj="il n’y a aucune réglementation européene qui empêche une firme de vendre sa "
            "technologie à Pékin")
d.date("de nombreuses années", "PXY", "DURATION",
       subj="une communauté musulmane traquée")
d.date("plusieurs années", "PXY", "DURATION", ctx="fait pression depuis plusieurs années",
       subj="Amnesty International fait pression", subj_ctx="Amnesty International fait pression")

# =========================================================================
# 004_511c2f4ae729c54f   DCT unknown (no header, no dated dateline) -> narrative
# =========================================================================
d = Doc("004_511c2f4ae729c54f")

# ---- entities
d.ent("Amnesty international", "ORG", d.mentions("Amnesty international", expect=4))
d.ent("place Grenette", "LOC", d.mentions("place Grenette", expect=1))
d.ent("Grenoble", "LOC", d.mentions("Grenoble", expect=1))
d.ent("Chine", "LOC", d.mentions("Chine", expect=3))
d.ent("France", "LOC", d.mentions("France", expect=3))
d.ent("Xi Jinping", "PER", d.mentions("Xi Jinping", expect=1))
d.ent("Chow Hang-Tung", "PER", d.mentions("Chow Hang-Tung", expect=1))
d.ent("place Tian’anmen", "LOC", d.mentions("place Tian’anmen", expect=1))
d.ent("Zhang Zhan", "PER", d.mentions("Zhang Zhan", expect=1))
d.ent("Ilham Tohti", "PER", d.mentions("Ilham Tohti", expect=1))
d.ent("Yiliyasijiang Reheman", "PER", d.mentions("Yiliyasijiang Reheman", expect=1))
d.ent("Xinjiang", "LOC", d.mentions("Xinjiang", expect=1))
d.ent("Jeux olympiques de Paris", "MISC", d.mentions("Jeux olympiques de Paris", expect=1))
d.ent("JO de Pékin", "MISC", d.mentions("JO de Pékin", expect=1))
d.ent("Europe", "LOC", d.mentions("Europe", expect=2))
d.ent("Jeux olympiques et paralympiques 2024", "MISC",
      d.mentions("Jeux olympiques et paralympiques 2024", expect=1))

# ---- relations
d.rel("place Grenette", "located_in", "Grenoble", "place Grenette de Grenoble")
d.rel("Xi Jinping", "role", "président", "président chinois Xi Jinping")
d.rel("Chow Hang-Tung", "role", "avocate", "l’avocate Chow Hang-Tung")
d.rel("Yiliyasijiang Reheman", "role", "étudiant", "Yiliyasijiang Reheman, étudiant")

# ---- claims
d.claim("Des militants des groupes locaux d’Amnesty international", "dénoncer",
        "les violations des droits humains en Chine",
        "ACCUSE", "direct", target=None)
d.claim("Les militants d’Amnesty international", "en faveur de",
        "des prisonniers d’opinion chinois",
        "OTHER", "indirect", target=None)
d.claim("Chow Hang-Tung", "appeler",
        "commémorer en privé la répression de la place Tian’anmen",
        "DEMAND", "indirect", target="la population hongkongaise")
d.claim("Zhang Zhan", "critiquer",
        "la gestion de la crise du Covid en Chine",
        "ACCUSE", "indirect", target=None)
d.claim("Ilham Tohti", "dénoncer",
        "la persécution des Ouïghours",
        "ACCUSE", "indirect", target=None, ctx="avoir dénoncé la persécution des Ouïghours")
d.claim("Amnesty international", "indiquer",
        "Nous continuons de dénoncer la persécution des minorités ethniques et religieuses, en "
        "particulier des Ouïghours au Xinjiang, dont plus d’un million sont passés par des camps "
        "de « rééducation » et qui vivent désormais sous un régime orwellien de "
        "vidéo-surveillance de masse et de reconnaissance faciale",
        "SAY", "direct")
d.claim("Amnesty international", "noter",
        "les technologies impliquées pour cette surveillance sont maintenant vendues à de "
        "nombreux pays",
        "SAY", "indirect")
d.claim("Amnesty international", "s'inquiéter",
        "leur usage en France, à la faveur des Jeux olympiques de Paris, alors qu’elles "
        "s’étaient développées en Chine à l’occasion des JO de Pékin en 2008",
        "SAY", "indirect")
d.claim("Amnesty international", "décrire",
        "La France est le 1er pays d’Europe à avoir introduit la vidéo-surveillance "
        "algorithmique dans la loi de mai 2023 “Jeux olympiques et paralympiques 2024”",
        "SAY", "direct")
d.claim("Amnesty international", "selon",
        "la porte ouverte à la reconnaissance faciale qui n’est qu’une fonctionnalité technique "
        "à activer sur ce type de caméras de vidéo-surveillance",
        "SAY", "direct")
d.claim("Amnesty international", "pour",
        "une telle technologie est « attentatoire au droit à la vie privée, à la liberté "
        "d’expression [et] au principe de non-discrimination »",
        "SAY", "mixed")
d.claim("Amnesty international", "contre",
        "la surveillance de masse",
        "DENY", "direct", target=None, ctx="« contre la surveillance de masse »")
d.claim("Amnesty international", "contre",
        "le recours aux technologies de reconnaissance et de catégorisation biométriques",
        "DENY", "direct", target=None)
d.claim("Amnesty international", "appeler",
        "un « règlement sur l’intelligence artificielle qui protège véritablement les droits "
        "humains et interdit la surveillance de masse et la surveillance discriminatoire "
        "ciblée » au sein de l’Europe",
        "DEMAND", "mixed", target=None)

# ---- dates (narrative mode: anchored on the last absolute date before)
d.date("samedi 4 mai 2024", "2024-05-04", "DATE",
       subj="Des militants des groupes locaux d’Amnesty international se sont rassemblés")
d.date("dimanche 5 mai dans l’après-midi", "2024-05-05TAF", "TIME",
       subj="arrivé", subj_ctx="arrivé dimanche")
d.date("2014", "2014", "DATE", ctx="condamné en 2014",
       subj="condamné", subj_ctx="condamné en 2014")
d.date("2017", "2017", "DATE", ctx="arrêté en 2017",
       subj="étudiant Ouïghours arrêté")
d.date("sept ans", "P7Y", "DURATION",
       subj="aucune nouvelle n’est parvenue")
d.date("désormais", "PRESENT_REF", "DATE",
       subj="qui vivent désormais sous un régime orwellien de vidéo-surveillance de masse et de "
            "reconnaissance faciale")
d.date("maintenant", "PRESENT_REF", "DATE",
       subj="les technologies impliquées pour cette surveillance sont maintenant vendues à de "
            "nombreux pays")
d.date("2008", "2008", "DATE", ctx="en 2008",
       subj="elles s’étaient développées en Chine à l’occasion des JO de Pékin")
d.date("mai 2023", "2023-05", "DATE",
       subj="avoir introduit la vidéo-surveillance algorithmique dans la loi de mai 2023",
       )

# =========================================================================
# final checks and output
# =========================================================================
texts = {}
for r in records:
    if r["doc"] not in texts:
        texts[r["doc"]] = load(r["doc"])
    tx = texts[r["doc"]]
    for k in ("doc", "kind", "subject", "predicate", "object"):
        assert k in r, r
    if "start" in r:
        assert tx[r["start"]:r["end"]] == r["text"], r
    if "subject_start" in r:
        assert tx[r["subject_start"]:r["subject_end"]] == r["subject"], r
    for s, e in r.get("mentions", []):
        assert tx[s:e] in [r["subject"]] + r["aliases"], r
    if r["kind"] == "claim":
        assert r["object"] == r["text"], r

with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
c = Counter((r["doc"], r["kind"], r["predicate"] if r["kind"] == "entity" else "") for r in records)
for k in sorted(c):
    print(*k, c[k])
print("total", len(records), "->", OUT)
