"""Gold labels (annotator a1) for articles 000, 001, 004.

Labels were decided by reading the articles; Python only locates the spans
and checks them. Run: python3 label_a1.py  -> writes a1.jsonl next to it.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "..", "raw")
OUT = os.path.join(HERE, "a1.jsonl")

records = []


class Doc:
    def __init__(self, doc_id):
        self.id = doc_id
        with open(os.path.join(RAW, doc_id + ".txt"), encoding="utf-8") as f:
            t = f.read()
        if t.startswith("\ufeff"):
            t = t[1:]
        t = t.replace("\r\n", "\n").replace("\r", "\n")
        self.t = t

    # ------------------------------------------------------------ spans
    def fix(self, s):
        """The articles use typographic apostrophes; strings below are typed
        with ' and converted unless the exact string is present."""
        if s in self.t:
            return s
        s2 = s.replace("'", "\u2019")
        assert s2 in self.t, (self.id, s)
        return s2

    def span(self, s, anchor=None, occ=None):
        """Offsets of s. With anchor: s inside the unique string anchor.
        Otherwise s must be unique, or occ (1-based) picks the occurrence."""
        t = self.t
        s = self.fix(s)
        if anchor is not None:
            anchor = self.fix(anchor)
            assert t.count(anchor) == 1, (self.id, "anchor not unique", anchor, t.count(anchor))
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

    # ------------------------------------------------------------ facts
    def entity(self, subject, typ, mentions, aliases=()):
        ms = []
        for m in mentions:
            if isinstance(m, tuple):
                s, i, j = self.span(*m) if len(m) == 2 and not isinstance(m[1], int) else self.span(m[0], occ=m[1])
            else:
                s, i, j = self.span(m)
            assert self.t[i:j] == s
            ms.append([i, j])
        ms.sort()
        assert len(ms) == len(set(map(tuple, ms))), (subject, ms)
        records.append({"doc": self.id, "kind": "entity", "subject": subject, "predicate": "type",
                        "object": typ, "aliases": list(aliases), "mentions": ms})

    def rel(self, subject, predicate, obj, evidence, anchor=None):
        assert predicate in ("role", "member_of", "located_in")
        s, i, j = self.span(evidence, anchor)
        assert self.t[i:j] == s
        records.append({"doc": self.id, "kind": "entity", "subject": subject, "predicate": predicate,
                        "object": obj, "text": s, "start": i, "end": j})

    def claim(self, subject, predicate, content, category, mode, target=None, anchor=None, occ=None):
        assert category in ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY", "ANNOUNCE", "ADMIT", "OTHER")
        assert mode in ("direct", "indirect", "mixed")
        if category in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        s, i, j = self.span(content, anchor, occ)
        rec = {"doc": self.id, "kind": "claim", "subject": subject, "predicate": predicate,
               "object": s, "text": s, "start": i, "end": j,
               "category": category, "mode": mode, "target": target}
        assert rec["object"] == rec["text"] == self.t[i:j]
        records.append(rec)

    def date(self, expr, value, typ, subj, anchor=None, occ=None, subj_anchor=None, subj_occ=None):
        assert typ in ("DATE", "TIME", "DURATION", "SET")
        s, i, j = self.span(expr, anchor, occ)
        ss, si, sj = self.span(subj, subj_anchor, subj_occ)
        assert self.t[i:j] == s and self.t[si:sj] == ss
        records.append({"doc": self.id, "kind": "date", "subject": ss, "subject_start": si,
                        "subject_end": sj, "predicate": "date", "object": value, "type": typ,
                        "text": s, "start": i, "end": j})


# =====================================================================
# 000_8fd087488db6694e   (DCT 2020-06 from the header " date 2020-06")
# =====================================================================
d = Doc("000_8fd087488db6694e")

# --- entities
d.entity("SAN FRANCISCO", "LOC", ["SAN FRANCISCO"])
d.entity("Amazon", "ORG", [("Amazon", 1), ("Amazon", 2), ("Amazon", 3),
                           # occurrence 4 is inside "Amazon Web Services": not a mention
                           ("Amazon", 5), ("Amazon", 6), ("Amazon", 7)])
assert d.t.count("Amazon") == 7 and d.t.index("Amazon Web Services") == d.span("Amazon", occ=4)[1]
d.entity("États-Unis", "LOC", [("États-Unis", 1), ("États-Unis", 2)])
assert d.t.count("États-Unis") == 2
d.entity("American Civil Liberties Union", "ORG", ["American Civil Liberties Union", "ACLU"], aliases=["ACLU"])
d.entity("ICE", "ORG", [("ICE", "l'ICE [police")])
d.entity("Amazon Web Services", "MISC", ["Amazon Web Services"])
d.entity("Rekognition", "MISC", [("Rekognition", 1), ("Rekognition", 2)])
assert d.t.count("Rekognition") == 2
d.entity("Ring", "MISC", [("Ring", "(Ring)")])
d.entity("Athena", "ORG", ["Athena"])
d.entity("George Floyd", "PER", ["George Floyd"])
d.entity("Myaisha Hayes", "PER", ["Myaisha Hayes"])
d.entity("MediaJustice", "ORG", ["MediaJustice"])
d.entity("AFP", "ORG", ["AFP"])
d.entity("IBM", "ORG", ["IBM"])

# --- relations
d.rel("Amazon", "located_in", "États-Unis", "Le géant américain du commerce en ligne")
d.rel("Myaisha Hayes", "role", "directrice de la stratégie",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")
d.rel("Myaisha Hayes", "member_of", "MediaJustice",
      "Myaisha Hayes, directrice de la stratégie chez MediaJustice")

# --- claims
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
d.claim("Athena", "souligner",
        "les impacts négatifs du groupe, de l'environnement aux conditions de travail", "SAY", "indirect")
d.claim("Les activistes", "accuser",
        "contribuer à la criminalisation des communautés de couleur", "ACCUSE", "direct", "Amazon")
d.claim("les manifestants", "exiger",
        "des réformes en profondeur de la police et des systèmes de surveillance qu'ils estiment cibler "
        "les Noirs de façon disproportionnée", "DEMAND", "indirect", None)
d.claim("les manifestants", "estimer",
        "cibler les Noirs de façon disproportionnée", "SAY", "indirect")
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
d.claim("IBM", "annoncer",
        "suspendre la vente de logiciels de reconnaissance faciale à des fins d'identification",
        "ANNOUNCE", "indirect")
d.claim("IBM", "s'opposer",
        "l'utilisation de toute technologie à des fins de surveillance de masse, de profilage racial et "
        "de violations des droits et libertés humaines de base", "DENY", "direct", None)

# --- dates (DCT known to the month only: weekday names / il y a N semaines -> 2020-06)
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
# 001_39f6df376d0f2437   (DCT 2020-09 from the header " date 2020-09")
# =====================================================================
d = Doc("001_39f6df376d0f2437")

# --- entities
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
d.entity("Pékin", "LOC", [("Pékin", k) for k in range(1, 5)])
d.entity("Union européenne", "ORG", ["Union européenne"])
d.entity("Commission", "ORG", ["Commission"])
d.entity("Europe", "LOC", [("Europe", "L'Europe cherche")])
d.entity("France", "LOC", ["France"])

# --- relations
d.rel("Idemia", "located_in", "France", "Idemia, une entreprise française")
d.rel("Axis Communications", "located_in", "Suède", "Axis Communication, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Noldus Information Technology, une firme néerlandaise")

# --- claims
d.claim("Amnesty International", "dénoncer",
        "les exportations européennes d'outils numériques vers la Chine", "ACCUSE", "indirect",
        "Trois entreprises")
d.claim("Amnesty International", "mentionner",
        "les liens commerciaux entre ces trois entreprises et Pékin", "SAY", "indirect")
d.claim("Amnesty International", "accuser",
        "vendre ses technologies de reconnaissance faciale à Pékin", "ACCUSE", "indirect", "Idemia")
d.claim("Amnesty International", "demander",
        "l'interdiction de l'utilisation, du développement, de la production, de la vente et de "
        "l'exportation des technologies de reconnaissance faciale à des fins d'identification",
        "DEMAND", "direct", None)
d.claim("Idemia", "se défendre",
        "ses technologies permettent d'identifier des visages post-événement et non pas en direct",
        "DENY", "indirect", None)
d.claim("Idemia", "selon",
        "son service de reconnaissance faciale en Chine permet aux policiers d'identifier des criminels",
        "SAY", "indirect")
d.claim("Idemia", "souligner",
        "en aucun cas « cet équipement n'était en mesure d'être utilisé pour une surveillance en temps réel »",
        "SAY", "mixed")
d.claim("Idemia", "affirmer", "sa technologie n'aurait jamais été déployée", "SAY", "indirect")
d.claim("Axis Communications", "estimer",
        "elle n'a pas à obtenir de licence d'exportation pour vendre sa technologie biométrique à la Chine",
        "SAY", "indirect")
d.claim("Axis Communications", "assumer",
        "sa reconnaissance facile sert à alimenter les programmes chinois de surveillance de masse",
        "ADMIT", "indirect", None)
d.claim("certains pays membres", "s'opposer",
        "une réglementation plus poussée des exportations dans ce domaine", "DENY", "indirect", None)
d.claim("Amnesty International", "faire pression", "cela change", "DEMAND", "indirect", None)

# --- dates
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
# 004_511c2f4ae729c54f   (no header, no dateline: DCT unknown, narrative mode)
# =====================================================================
d = Doc("004_511c2f4ae729c54f")

# --- entities
assert d.t.count("Amnesty international") == 4
d.entity("Amnesty international", "ORG", [("Amnesty international", k) for k in range(1, 5)])
d.entity("place Grenette", "LOC", ["place Grenette"])
d.entity("Grenoble", "LOC", ["Grenoble"])
assert d.t.count("Chine") == 3
d.entity("Chine", "LOC", [("Chine", k) for k in range(1, 4)])
assert d.t.count("France") == 3
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
assert d.t.count("Europe") == 2
d.entity("Europe", "LOC", [("Europe", 1), ("Europe", 2)])
d.entity("Jeux olympiques et paralympiques 2024", "MISC", ["Jeux olympiques et paralympiques 2024"])
# fix apostrophe in canonical names typed with '
for r in records:
    if r["doc"] == d.id and r["subject"] == "place Tian'anmen":
        r["subject"] = d.fix("place Tian'anmen")

# --- relations
d.rel("place Grenette", "located_in", "Grenoble", "place Grenette de Grenoble")
d.rel("Xi Jinping", "role", "président", "président chinois Xi Jinping")
d.rel("Chow Hang-Tung", "role", "avocate", "avocate Chow Hang-Tung")
d.rel("Yiliyasijiang Reheman", "role", "étudiant", "Yiliyasijiang Reheman, étudiant")

# --- claims
d.claim(d.fix("Des militants des groupes locaux d'Amnesty international"), "dénoncer",
        "les violations des droits humains en Chine", "ACCUSE", "direct", None)
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
        "le recours aux technologies de reconnaissance et de catégorisation biométriques",
        "DENY", "direct", None)
d.claim("Amnesty international", "appeler",
        "un « règlement sur l'intelligence artificielle qui protège véritablement les droits humains et "
        "interdit la surveillance de masse et la surveillance discriminatoire ciblée » au sein de l'Europe",
        "DEMAND", "mixed", None)

# --- dates (narrative mode: anchored on samedi 4 mai 2024)
d.date("samedi 4 mai 2024", "2024-05-04", "DATE",
       "Des militants des groupes locaux d'Amnesty international se sont rassemblés sur la place "
       "Grenette de Grenoble")
d.date("dimanche 5 mai", "2024-05-05", "DATE", "arrivé")
d.date("l'après-midi", "2024-05-05TAF", "TIME", "arrivé")
d.date("2014", "2014", "DATE", "condamné", subj_anchor="condamné en 2014")
d.date("2017", "2017", "DATE", "arrêté")
d.date("sept ans", "P7Y", "DURATION", "aucune nouvelle n'est parvenue")
d.date("désormais", "PRESENT_REF", "DATE", "qui vivent")
d.date("maintenant", "PRESENT_REF", "DATE", "vendues à de nombreux pays")
d.date("2008", "2008", "DATE",
       "elles s'étaient développées en Chine à l'occasion des JO de Pékin")
d.date("mai 2023", "2023-05", "DATE", "la loi", subj_anchor="la loi de mai 2023")

# =====================================================================
# checks and output
# =====================================================================
texts = {}
for r in records:
    if r["doc"] not in texts:
        texts[r["doc"]] = Doc(r["doc"]).t
    t = texts[r["doc"]]
    for k in ("doc", "kind", "subject", "predicate", "object"):
        assert k in r, (k, r)
    if "start" in r:
        assert t[r["start"]:r["end"]] == r["text"], r
    if "subject_start" in r:
        assert t[r["subject_start"]:r["subject_end"]] == r["subject"], r
    for a, b in r.get("mentions", []):
        assert t[a:b] in [r["subject"]] + r["aliases"], (r["subject"], t[a:b])
    if r["kind"] == "claim":
        assert r["object"] == r["text"]

# no two date facts with the same span, no two claims with the same span
for kind in ("claim", "date"):
    keys = [(r["doc"], r["start"], r["end"]) for r in records if r["kind"] == kind]
    assert len(keys) == len(set(keys)), kind
# entity names unique per doc
names = [(r["doc"], r["subject"]) for r in records if r["kind"] == "entity" and r["predicate"] == "type"]
assert len(names) == len(set(names))
# relation objects: canonical names where the entity exists
canon = {(r["doc"], r["subject"]) for r in records if r["kind"] == "entity" and r["predicate"] == "type"}
for r in records:
    if r["kind"] == "entity" and r["predicate"] != "type":
        assert (r["doc"], r["subject"]) in canon, r

with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

c = Counter()
for r in records:
    k = r["kind"] if r["kind"] != "entity" else ("entity:" + r["predicate"])
    c[(r["doc"], k)] += 1
for (doc, k), n in sorted(c.items()):
    print(doc, k, n)
print("total", len(records), "->", OUT)
