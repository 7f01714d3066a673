#!/usr/bin/env python3
"""Hand labels (annotator b2) for 002_0d7847d3353df94a and 003_c3b703bb9bcb4b36.

All labels were decided by reading the articles. Python is used only to
compute character offsets from exact strings and to check the spans.
Writes b2.jsonl next to this script.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "..", "raw")
OUT = os.path.join(HERE, "b2.jsonl")

records = []


def load(doc):
    with open(os.path.join(RAW, doc + ".txt"), encoding="utf-8") as f:
        t = f.read()
    assert "\r" not in t and not t.startswith("\ufeff")
    return t


class Doc:
    def __init__(self, doc):
        self.doc = doc
        self.t = load(doc)

    # ---- offsets -------------------------------------------------------
    def anchor(self, a):
        """Start index of a string that must occur exactly once."""
        n = self.t.count(a)
        assert n == 1, (self.doc, a, n)
        return self.t.index(a)

    def at(self, s, anchor=None, occ=1):
        """(start, end) of the occ-th occurrence of s at/after anchor."""
        pos = self.anchor(anchor) if anchor else 0
        for _ in range(occ):
            i = self.t.index(s, pos)
            pos = i + 1
        span = (i, i + len(s))
        assert self.t[span[0]:span[1]] == s
        return span

    def between(self, first, last, anchor=None):
        """Span from the first word(s) `first` to the end of `last`."""
        s, _ = self.at(first, anchor)
        e = self.t.index(last, s) + len(last)
        return s, e

    def all(self, pattern, exclude=()):
        """All regex matches, minus spans listed in exclude."""
        out = []
        for m in re.finditer(pattern, self.t):
            if (m.start(), m.end()) not in exclude:
                out.append([m.start(), m.end()])
        return out

    # ---- records -------------------------------------------------------
    def entity(self, name, typ, mentions, aliases=()):
        for s, e in mentions:
            assert s < e
        mentions = sorted([list(m) for m in mentions])
        assert len({tuple(m) for m in mentions}) == len(mentions), name
        records.append({"doc": self.doc, "kind": "entity", "subject": name,
                        "predicate": "type", "object": typ,
                        "aliases": list(aliases), "mentions": mentions})

    def rel(self, subj, pred, obj, evidence, anchor=None):
        s, e = self.at(evidence, anchor)
        records.append({"doc": self.doc, "kind": "entity", "subject": subj,
                        "predicate": pred, "object": obj,
                        "text": self.t[s:e], "start": s, "end": e})

    def claim(self, subj, pred, span, category, mode, target=None):
        s, e = span
        txt = self.t[s:e]
        assert txt == txt.strip(), (self.doc, txt[:40])
        if target is not None:
            assert category not in ("SAY", "REPORT", "ANNOUNCE")
        records.append({"doc": self.doc, "kind": "claim", "subject": subj,
                        "predicate": pred, "object": txt,
                        "category": category, "mode": mode, "target": target,
                        "text": txt, "start": s, "end": e})

    def date(self, span, value, typ, subj_span):
        s, e = span
        ss, se = subj_span
        records.append({"doc": self.doc, "kind": "date",
                        "subject": self.t[ss:se], "subject_start": ss,
                        "subject_end": se, "predicate": "date",
                        "object": value, "type": typ,
                        "text": self.t[s:e], "start": s, "end": e})


# =========================================================================
# 002_0d7847d3353df94a  -- JVP press release, DCT 2020-03-28 (dateline
# "28 MARS 2020" at the top of the body; repeated in "(New York City, NY)
# 28 mars 2020:"). Both datelines are metadata, not date facts.
# =========================================================================
d = Doc("002_0d7847d3353df94a")
t = d.t

# ---------------- entities ----------------
d.entity("Microsoft", "ORG", d.all(r"Microsoft|MICROSOFT"))

anyv = d.all(r"(?<!Drop)AnyVision|(?<!DROP)ANYVISION") + [list(d.at("Any Vision"))]
d.entity("AnyVision", "ORG", anyv, aliases=["Any Vision"])

dav = d.all(r"#DropAnyVision(?! twitterstorm)") + [list(d.at("DropAnyVision.org"))]
d.entity("#DropAnyVision", "MISC", dav, aliases=["DropAnyVision.org"])
d.entity("#DropAnyVision twitterstorm", "MISC", [d.at("#DropAnyVision twitterstorm")])

d.entity("Sonya E Meyerson-Knox", "PER", [d.at("Sonya E Meyerson-Knox")])
d.entity("New York City", "LOC", [d.at("New York City")])
d.entity("NY", "LOC", [d.at("NY", "City, NY)")])
d.entity("Redmond", "LOC", d.all(r"Redmond"))
d.entity("Seattle", "LOC", d.all(r"Seattle"))
d.entity("Cisjordanie", "LOC", d.all(r"Cisjordanie"))
d.entity("Israël", "LOC", d.all(r"Israël"))
d.entity("Palestine", "LOC", d.all(r"Palestine"))
d.entity("États Unis", "LOC", d.all(r"États Unis") + d.all(r"USA"), aliases=["USA"])
d.entity("Granate Kim", "PER", d.all(r"Granate Kim"))
d.entity("Jewish Voice for Peace", "ORG",
         d.all(r"Jewish Voice for Peace") + d.all(r"\bJVP\b"), aliases=["JVP"])
d.entity("Lau Barrios", "PER", d.all(r"Lau Barrios"))
d.entity("Omar Barghouti", "PER", d.all(r"Omar Barghouti"))
d.entity("Boycott, Désinvestissement et Sanctions", "ORG",
         [d.at("Boycott, Désinvestissement et Sanctions"),
          d.at("BDS", "campagne BDS menée")],
         aliases=["BDS"])
d.entity("MPower Change", "ORG", d.all(r"MPower Change"))
d.entity("SumOfUs", "ORG", d.all(r"SumOfUs"))
d.entity("Ranjan Pradeep", "PER", d.all(r"Ranjan Pradeep"))
d.entity("Brad Smith", "PER", d.all(r"Brad Smith"))
d.entity("NBC", "ORG", d.all(r"\bNBC\b"))
d.entity("Éric Holder", "PER", d.all(r"Éric Holder"))
d.entity("twitter", "ORG", [d.at("twitter", "la vague twitter")])
d.entity("BDS France", "ORG", [d.at("BDS France")])
d.entity("SF", "PER", [d.at("SF", "Traduction SF")])

# ---------------- relations ----------------
d.rel("AnyVision", "located_in", "Israël",
      "la firme technologique israélienne **AnyVision")
d.rel("Granate Kim", "role", "directrice de la communication",
      "Granate Kim, la directrice de la communication de Jewish Voice for Peace")
d.rel("Granate Kim", "member_of", "Jewish Voice for Peace",
      "Granate Kim, la directrice de la communication de Jewish Voice for Peace")
d.rel("Lau Barrios", "role", "directrice de campagne",
      "Lau Barrios, directrice de campagne")
d.rel("Omar Barghouti", "role", "co-fondateur",
      "Omar Barghouti, co-fondateur du mouvement de Boycott, Désinvestissement et Sanctions")
d.rel("Omar Barghouti", "member_of", "Boycott, Désinvestissement et Sanctions",
      "Omar Barghouti, co-fondateur du mouvement de Boycott, Désinvestissement et Sanctions")
d.rel("Ranjan Pradeep", "role", "programmeur",
      "Ranjan Pradeep, programmeur chez Microsoft")
d.rel("Ranjan Pradeep", "member_of", "Microsoft",
      "Ranjan Pradeep, programmeur chez Microsoft")
d.rel("Brad Smith", "role", "président",
      "Brad Smith, le président de Microsoft")
d.rel("Brad Smith", "member_of", "Microsoft",
      "Brad Smith, le président de Microsoft")
d.rel("Éric Holder", "role", "ancien procureur général",
      "l'ancien procureur général Éric Holder")
d.rel("Microsoft", "located_in", "Redmond",
      "son campus de Redmond")

# ---------------- claims ----------------
# Lede (all caps, own voice): the petition's demand.
d.claim("UNE PÉTITION SIGNÉE PAR PLUS DE 75 000 PERSONNES", "demander",
        d.between("CESSER DE FINANCER", "FINANCER ANYVISION"),
        "DEMAND", "indirect", "Microsoft")
d.claim("#DropAnyVision", "exiger",
        d.between("Microsoft mette fin", "principes de surveillance légale de Microsoft"),
        "DEMAND", "indirect", "Microsoft")
d.claim("Granate Kim", "dire",
        d.between("À un moment où", "financement est énorme"),
        "SAY", "direct")
d.claim("Granate Kim", None,
        d.between("À la fin de janvier, nous", "Hier, ils l'ont fait."),
        "SAY", "direct")
d.claim("Lau Barrios", None,
        d.between("La décision de Microsoft de désinvestir", "palestiniennes et musulmanes"),
        "SAY", "direct")
d.claim("Omar Barghouti", None,
        d.between("La décision de Microsoft de se débarrasser", "ne peuvent que continuer"),
        "SAY", "direct")
d.claim("des militants locaux", "scander",
        d.between("70 mille disent", "Microsoft a tort"),
        "SAY", "direct")
d.claim("Ranjan Pradeep", "expliquer",
        d.between("En tant que travailleur", "fait ces trois choses !"),
        "SAY", "direct")
d.claim("Microsoft", "déclarer",
        d.between("lancer un audit externe conduit", "sur l'usage de la technologie"),
        "SAY", "indirect")
d.claim("des centaines de gens", "tweeter",
        d.between("La surveillance des Palestiniens", "pas de l'innovation"),
        "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        d.between("Comment les Palestiniens", "surveillés par l'occupant ?"),
        "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        d.between("Les Palestiniens n'ont aucune", "'sécurité' de Microsoft"),
        "SAY", "direct")
d.claim("#DropAnyVision", "exiger",
        d.between("il annule ses 74 millions", "travail de reconnaissance faciale de Microsoft"),
        "DEMAND", "indirect", "Microsoft")
d.claim("Microsoft", "engagement",
        d.between("plaidera pour que", "mettraient ces libertés en question"),
        "ANNOUNCE", "direct")

# ---------------- dates (DCT 2020-03-28) ----------------
d.date(d.at("LA FIN DE JANVIER"), "2020-01", "DATE",
       d.at("NOUS SOMMES ALLÉS AU SIÈGE DE MICROSOFT"))
d.date(d.at("HIER"), "2020-03-27", "DATE", d.at("ILS L'ONT FAIT"))
d.date(d.at("la fin de janvier"), "2020-01", "DATE",
       d.at("nous sommes allés au siège de Microsoft"))
d.date(d.at("Hier", "Hier, ils l'ont fait."), "2020-03-27", "DATE",
       d.at("ils l'ont fait", "Hier, ils l'ont fait."))
d.date(d.at("janvier", "En janvier, la campagne"), "2020-01", "DATE",
       d.between("la campagne #DropAnyVision a tenu", "campus de Microsoft à Redmond",
                 "En janvier, la campagne"))
d.date(d.at("janvier", "il a participé en janvier"), "2020-01", "DATE",
       d.at("il a participé", "il a participé en janvier"))
d.date(d.at("Le 15 novembre 2019"), "2019-11-15", "DATE",
       d.at("Microsoft a déclaré lancer un audit externe"))
d.date(d.at("Le 4 décembre 2019"), "2019-12-04", "DATE",
       d.between("la vague twitter", "a fait le buzz"))


# =========================================================================
# 003_c3b703bb9bcb4b36  -- Amnesty International France press release.
# No DCT: no header, no dateline or "Publié le" at the top of the body (the
# "Publié le" lines belong to the related-articles teasers = boilerplate).
# Narrative mode: relative expressions anchored on the last absolute date
# before them; none precedes "le 22 septembre" / "le 1er juillet" -> XXXX.
# Boilerplate: lines 1-33 (navigation, donation, repeated press contacts),
# the press-contact block after the article and "Sur le même pays" teasers.
# =========================================================================
d = Doc("003_c3b703bb9bcb4b36")
t = d.t
ART_START = d.anchor("[Rapport] Des entreprises")
ART_END = d.anchor("autorités chinoises. »") + len("autorités chinoises. »")


def art(pattern, exclude=()):
    return [m for m in d.all(pattern, exclude) if ART_START <= m[0] and m[1] <= ART_END]


d.entity("UE", "ORG", art(r"\bUE\b"))
d.entity("Chine", "LOC", art(r"\bChine\b"))
d.entity("Amnesty International", "ORG", art(r"Amnesty International"))
d.entity("Bruxelles", "LOC", art(r"Bruxelles"))
d.entity("Parlement européen", "ORG", art(r"Parlement européen"))
d.entity("France", "LOC", art(r"\bFrance\b"))
d.entity("Pays-Bas", "LOC", art(r"Pays-Bas"))
d.entity("Suède", "LOC", art(r"Suède"))
d.entity("Allemagne", "LOC", art(r"Allemagne"))
d.entity("Europe", "LOC", art(r"\bEurope\b"))
d.entity("Merel Koning", "PER", art(r"Merel Koning"))
d.entity("Skynet", "MISC", art(r"Skynet"))
d.entity("Sharp Eyes", "MISC", art(r"Sharp Eyes"))
xj_full = d.at("région autonome ouïghoure du Xinjiang")
cpcx = d.at("Corps de production et de construction du Xinjiang")
xj = [m for m in art(r"Xinjiang")
      if not (xj_full[0] <= m[0] < xj_full[1]) and not (cpcx[0] <= m[0] < cpcx[1])]
d.entity("région autonome ouïghoure du Xinjiang", "LOC", [xj_full] + xj,
         aliases=["Xinjiang"])
d.entity("Morpho", "ORG", art(r"Morpho"))
d.entity("Idemia", "ORG", art(r"Idemia"))
d.entity("Bureau de la sécurité publique de Shanghai", "ORG",
         [d.at("Bureau de la sécurité publique de Shanghai")])
d.entity("Axis Communications", "ORG", art(r"Axis Communications"))
d.entity("Guilin", "LOC", art(r"Guilin"))
d.entity("Noldus Information Technology", "ORG", art(r"Noldus Information Technology"))
d.entity("FaceReader", "MISC", art(r"FaceReader"))
d.entity("ministère de la Sécurité publique", "ORG",
         [d.at("ministère de la Sécurité publique")])
d.entity("The Observer XT", "MISC", [d.at("The Observer XT")])
d.entity("université de Shihezi", "ORG", [d.at("université de Shihezi")])
d.entity("Corps de production et de construction du Xinjiang", "ORG",
         [cpcx, d.at("CPCX")], aliases=["CPCX"])
d.entity("règlement sur les biens à double usage", "MISC",
         [d.at("règlement sur les biens à double usage")])

# ---------------- relations ----------------
d.rel("Merel Koning", "role", "responsable de la politique sur les technologies et les droits humains",
      "Merel Koning, responsable de la politique sur les technologies et les droits humains à Amnesty International")
d.rel("Merel Koning", "member_of", "Amnesty International",
      "Merel Koning, responsable de la politique sur les technologies et les droits humains à Amnesty International")
d.rel("Morpho", "member_of", "Idemia",
      "Morpho, qui fait aujourd’hui partie de la multinationale française Idemia")
d.rel("Idemia", "located_in", "France", "la multinationale française Idemia")
d.rel("Axis Communications", "located_in", "Suède",
      "Axis Communications, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Une entreprise néerlandaise, Noldus Information Technology")
d.rel("université de Shihezi", "member_of",
      "Corps de production et de construction du Xinjiang",
      "université de Shihezi, qui relève du Corps de production et de construction du Xinjiang")

# ---------------- claims ----------------
d.claim("Amnesty International", "révéler",
        d.between("En vendant des technologies", "droits humains généralisées"),
        "REPORT", "indirect")
d.claim("Amnesty International", "découvrir",
        d.between("trois entreprises installées", "chinois de surveillance de masse"),
        "REPORT", "indirect")
d.claim("La plupart des gouvernements de l’UE", "s'opposer",
        d.between("appels en faveur d’une", "dominé par les entreprises européennes"),
        "DENY", "indirect")
d.claim("Allemagne", "reconnaître",
        d.between("la nécessité de mettre en place", "en matière de droits humains",
                  "la nécessité de mettre en place"),
        "ADMIT", "indirect")
d.claim("Merel Koning", "déclarer",
        d.between("Le secteur des technologies biométriques", "utilisation finale abusive"),
        "SAY", "direct")
d.claim("Merel Koning", "déclarer",
        d.between("La condamnation par les gouvernements", "colmatées rapidement"),
        "SAY", "direct")
d.claim("Amnesty International", "mettre au jour",
        d.between("la vente de trois types", "entités présentes dans le Xinjiang"),
        "REPORT", "indirect")
d.claim("Amnesty International", "demander",
        d.between("l’interdiction de l’utilisation", "acteurs du secteur privé"),
        "DEMAND", "indirect")
d.claim("Amnesty International", "constater",
        d.between("Axis Communications, une entreprise suédoise, se vantait",
                  "dispositif de surveillance chinois"),
        "REPORT", "indirect")
d.claim("Axis Communications", "se vanter",
        d.between("sa participation à l’expansion", "dispositif de surveillance chinois"),
        "SAY", "indirect")
d.claim("Axis Communications", "indiquer",
        d.between("elle a démultiplié", "programme de surveillance Skynet de la ville"),
        "SAY", "indirect")
d.claim("Merel Koning", "déclarer",
        d.between("Les services chinois en charge de la sécurité publique se servent",
                  "opérations commerciales abusives de ce type"),
        "SAY", "direct")
d.claim("Amnesty International", "découvrir",
        d.between("il était utilisé par des universités", "ministère de la Sécurité publique"),
        "REPORT", "indirect")
d.claim("Amnesty International", "constater",
        d.between("l’entreprise néerlandaise avait vendu", "entre 2012 et 2018"),
        "REPORT", "indirect")
d.claim(None, None,
        d.between("dans la préservation de l’unification", "crimes terroristes violents"),
        "SAY", "direct")
d.claim("Amnesty International", "illustrer",
        d.between("les principales lacunes du régime", "biens à double usage"),
        "REPORT", "indirect")
d.claim("Amnesty International", "engager",
        d.between("inclure l’ensemble des technologies", "leurs exportations sur les droits humains"),
        "DEMAND", "indirect", "Parlement européen")
d.claim("Merel Koning", "déclarer",
        d.between("Dans sa réponse à Amnesty International", "mettre un frein à ce secteur débridé"),
        "SAY", "direct")
d.claim("Merel Koning", None,
        d.between("Tant que l’UE ne l’aura pas fait", "commises par les autorités chinoises."),
        "SAY", "direct")

# ---------------- dates (DCT unknown, narrative mode) ----------------
d.date(d.at("le 22 septembre"), "XXXX-09-22", "DATE",
       d.at("une réunion très importante tenue à Bruxelles"))
d.date(d.at("le 1er juillet"), "XXXX-07-01", "DATE",
       d.at("qui assume la présidence de l’UE"))
d.date(d.at("le passé", "reconnu par le passé"), "PAST_REF", "DATE",
       d.between("ont l’un comme l’autre reconnu", "en matière de droits humains",
                 "ont l’un comme l’autre reconnu"))
d.date(d.at("ce jour", "à ce jour"), "PRESENT_REF", "DATE",
       d.between("n’ont pas réussi", "l’échelon européen"))
d.date(d.at("actuellement", "exportations actuellement en vigueur ne fonctionne"),
       "PRESENT_REF", "DATE",
       d.at("Le régime européen de contrôle des exportations actuellement en vigueur"))
d.date(d.at("aujourd’hui", "qui fait aujourd’hui partie"), "PRESENT_REF", "DATE",
       d.at("qui fait aujourd’hui partie de la multinationale française Idemia"))
d.date(d.at("2015", "a décroché en 2015"), "2015", "DATE",
       d.at("a décroché en 2015 un contrat"))
sub_axis = d.between("a été qualifiée à plusieurs reprises", "systèmes de surveillance",
                     "a été qualifiée à plusieurs reprises")
d.date(d.at("2012", "entre 2012 et 2019"), "2012", "DATE", sub_axis)
d.date(d.at("2019", "entre 2012 et 2019"), "2019", "DATE", sub_axis)
sub_noldus = d.between("l’entreprise néerlandaise avait vendu", "deux universités du Xinjiang")
d.date(d.at("2012", "entre 2012 et 2018"), "2012", "DATE", sub_noldus)
d.date(d.at("2018", "entre 2012 et 2018"), "2018", "DATE", sub_noldus)
d.date(d.at("2012", "vendu en 2012"), "2012", "DATE",
       d.at("vendu en 2012 à l’université de Shihezi"))
d.date(d.at("2012", "En 2012, on savait"), "2012", "DATE",
       d.between("on savait déjà", "et le terrorisme"))
d.date(d.at("les années qui ont suivi"), "PXY", "DURATION",
       d.between("l’utilisation des progrès technologiques", "est devenue manifeste"))
d.date(d.at("maintenant", "l’UE doit agir maintenant"), "PRESENT_REF", "DATE",
       d.at("l’UE doit agir", "l’UE doit agir maintenant"))
d.date(d.at("actuellement", "exportations actuellement en vigueur dans l’UE"),
       "PRESENT_REF", "DATE",
       d.at("régime de contrôle des exportations actuellement en vigueur dans l’UE"))
d.date(d.at("actuel", "du régime actuel de contrôle"), "PRESENT_REF", "DATE",
       d.at("régime actuel de contrôle des exportations de l’UE"))


# =========================================================================
# checks and output
# =========================================================================
texts = {r: load(r) for r in ("002_0d7847d3353df94a", "003_c3b703bb9bcb4b36")}
for r in records:
    for f in ("doc", "kind", "subject", "predicate", "object"):
        assert f in r, (f, r)
    tx = texts[r["doc"]]
    if "start" in r:
        assert tx[r["start"]:r["end"]] == r["text"], r
    if "subject_start" in r:
        assert tx[r["subject_start"]:r["subject_end"]] == r["subject"], r
    if r["kind"] == "claim":
        assert r["object"] == r["text"], r
    if r["predicate"] == "type":
        for s, e in r["mentions"]:
            m = tx[s:e]
            names = [r["subject"]] + r["aliases"]
            assert any(m.casefold() == n.casefold() for n in names), (m, r["subject"])

# no two entity facts share a mention
for doc in texts:
    seen = {}
    for r in records:
        if r["doc"] == doc and r["predicate"] == "type":
            for m in r["mentions"]:
                assert tuple(m) not in seen, (m, r["subject"], seen.get(tuple(m)))
                seen[tuple(m)] = r["subject"]

# relation objects are entity names of the document
for r in records:
    if r["predicate"] in ("member_of", "located_in"):
        names = {x["subject"] for x in records
                 if x["doc"] == r["doc"] and x["predicate"] == "type"}
        assert r["object"] in names and r["subject"] in names, r

with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

from collections import Counter
c = Counter((r["doc"], r["kind"] if r["predicate"] == "type" or r["kind"] != "entity"
             else "relation:" + r["predicate"]) for r in records)
for k in sorted(c):
    print(k, c[k])
print("total", len(records), "->", OUT)
