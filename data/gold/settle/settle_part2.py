#!/usr/bin/env python3
"""Settled gold, part 2: 002_0d7847d3353df94a and 003_c3b703bb9bcb4b36.

Adjudication of annotators a2 and b2 (../annotators/a2.jsonl, b2.jsonl) under
/work/shared/spec/FACTS.md. Every label below was decided by reading the
articles; Python only finds the offsets of hand-chosen strings and checks them.
The reasons for each choice are in decisions_part2.md.

Writes part2.jsonl next to this script: one JSON object per line, facts sorted
by doc then start (entity type facts, which have no span, by their first
mention).

DCTs (reported here, not as facts):
    002_0d7847d3353df94a  2020-03-28 (dateline "28 MARS 2020" under the title)
    003_c3b703bb9bcb4b36  unknown    (no header/dateline; narrative mode)
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "..", "..", "raw")
OUT = os.path.join(HERE, "part2.jsonl")

DCT = {"002_0d7847d3353df94a": "2020-03-28", "003_c3b703bb9bcb4b36": None}

facts = []


def load(doc):
    with open(os.path.join(RAW, doc + ".txt"), encoding="utf-8") as f:
        t = f.read()
    assert "\r" not in t and not t.startswith("\ufeff")
    return t


class Doc:
    """One article: its text, the article span (boilerplate excluded) and
    helpers that turn hand-chosen strings into checked offsets."""

    def __init__(self, doc, first, last=None):
        self.doc = doc
        self.t = load(doc)
        assert self.t.count(first) == 1, first
        self.a0 = self.t.index(first)
        if last is None:
            self.a1 = len(self.t)
        else:
            assert self.t.count(last) == 1, last
            self.a1 = self.t.index(last) + len(last)
        self.types = {}  # every name (subject or alias) -> subject

    # ---- offsets ---------------------------------------------------------
    def _pos(self, anchor):
        if anchor is None:
            return self.a0
        n = self.t.count(anchor, self.a0, self.a1)
        assert n == 1, (self.doc, anchor, n)
        return self.t.index(anchor, self.a0, self.a1)

    def at(self, s, anchor=None, occ=1):
        """(start, end) of the occ-th occurrence of s at/after anchor (a
        string occurring exactly once in the article)."""
        pos = self._pos(anchor)
        for _ in range(occ):
            i = self.t.index(s, pos, self.a1)
            pos = i + 1
        assert self.t[i:i + len(s)] == s
        return i, i + len(s)

    def between(self, first, last, anchor=None):
        """Span from the start of `first` to the end of `last` (the first
        occurrence of `last` after `first`)."""
        s, _ = self.at(first, anchor)
        e = self.t.index(last, s, self.a1) + len(last)
        return s, e

    def find(self, form, exclude=(), ignore_case=False):
        """Word-bounded occurrences of `form` in the article, minus those
        inside a longer name, URL or e-mail listed in `exclude`."""
        ex = []
        for e in exclude:
            for m in re.finditer(re.escape(e), self.t[self.a0:self.a1]):
                ex.append((self.a0 + m.start(), self.a0 + m.end()))
        pat = r"(?<![\w#@./])" + re.escape(form) + r"(?![\w@]|\.\w)"
        out = []
        flags = re.IGNORECASE if ignore_case else 0
        for m in re.finditer(pat, self.t[self.a0:self.a1], flags):
            s, e = self.a0 + m.start(), self.a0 + m.end()
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in ex):
                continue
            out.append((s, e))
        return out

    # ---- facts -----------------------------------------------------------
    def entity(self, subject, typ, mentions, aliases=(), n=None):
        mentions = sorted({tuple(m) for m in mentions})
        assert mentions, subject
        if n is not None:
            assert len(mentions) == n, (subject, len(mentions), n)
        names = [subject] + list(aliases)
        for s, e in mentions:
            assert self.a0 <= s < e <= self.a1, (subject, s, e)
            assert any(self.t[s:e].casefold() == x.casefold() for x in names), \
                (subject, self.t[s:e])
        for x in names:
            assert x not in self.types, x
            self.types[x] = subject
        facts.append({"doc": self.doc, "kind": "entity", "subject": subject,
                      "predicate": "type", "object": typ,
                      "aliases": list(aliases), "mentions": [list(m) for m in mentions]})

    def rel(self, subject, predicate, obj, evidence, anchor=None):
        assert self.types.get(subject) == subject, subject
        if predicate in ("member_of", "located_in"):
            assert self.types.get(obj) == obj, obj
        else:
            assert predicate == "role"
        s, e = self.at(evidence, anchor)
        facts.append({"doc": self.doc, "kind": "entity", "subject": subject,
                      "predicate": predicate, "object": obj,
                      "text": self.t[s:e], "start": s, "end": e})

    def claim(self, subject, predicate, span, category, mode, target=None):
        assert category in ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY",
                            "ANNOUNCE", "ADMIT", "OTHER")
        assert mode in ("direct", "indirect", "mixed")
        if category in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        s, e = span
        txt = self.t[s:e]
        assert txt == txt.strip() and txt, (self.doc, txt[:40])
        assert "«" not in txt and "»" not in txt, txt[:40]
        facts.append({"doc": self.doc, "kind": "claim", "subject": subject,
                      "predicate": predicate, "object": txt,
                      "category": category, "mode": mode, "target": target,
                      "text": txt, "start": s, "end": e})

    def date(self, span, value, typ, subj_span):
        assert typ in ("DATE", "TIME", "DURATION", "SET")
        s, e = span
        ss, se = subj_span
        facts.append({"doc": self.doc, "kind": "date", "subject": self.t[ss:se],
                      "subject_start": ss, "subject_end": se,
                      "predicate": "date", "object": value, "type": typ,
                      "text": self.t[s:e], "start": s, "end": e})


# =========================================================================
# 002_0d7847d3353df94a -- Jewish Voice for Peace press release (translated
# by BDS France). DCT 2020-03-28 from the dateline "28 MARS 2020" at the top
# of the body (repeated in "(New York City, NY) 28 mars 2020:"); both
# datelines are metadata, not date facts. No boilerplate: the Contact line,
# the "###" about-JVP paragraph, the Source line and the translation credit
# are part of the press release.
# =========================================================================
d = Doc("002_0d7847d3353df94a", "Microsoft lâche AnyVision")

# ---------------- entities ----------------
URLS = ["sonya@jvp.org", "https://dropanyvision.org", "https://jewishvoiceforpeace.org",
        "https://jewishvoiceforpeace.org/dropanyvision-win/"]
d.entity("Microsoft", "ORG", d.find("Microsoft") + d.find("MICROSOFT"), n=33)
# "AnyVision" inside "#DropAnyVision", "DropAnyVision.org" is no mention (the
# look-behind excludes a preceding letter); "ANYVISION" in the capitals lede is.
d.entity("AnyVision", "ORG",
         d.find("AnyVision") + d.find("ANYVISION") + d.find("Any Vision"),
         aliases=["Any Vision"], n=15)
# "DropAnyVision.org" is the campaign's web address (a URL), no alias.
d.entity("#DropAnyVision", "MISC",
         d.find("#DropAnyVision", exclude=["#DropAnyVision twitterstorm"]), n=7)
d.entity("#DropAnyVision twitterstorm", "MISC", d.find("#DropAnyVision twitterstorm"), n=1)
d.entity("twitter", "ORG", [d.at("twitter", "la vague twitter")])
d.entity("Sonya E Meyerson-Knox", "PER", d.find("Sonya E Meyerson-Knox"), n=1)
d.entity("New York City", "LOC", d.find("New York City"), n=1)
d.entity("NY", "LOC", d.find("NY"), n=1)
d.entity("Redmond", "LOC", d.find("Redmond"), n=3)
d.entity("Seattle", "LOC", d.find("Seattle"), n=1)
d.entity("Cisjordanie", "LOC", d.find("Cisjordanie"), n=4)
d.entity("Israël", "LOC", d.find("Israël"), n=4)
d.entity("Palestine", "LOC", d.find("Palestine"), n=1)
d.entity("États Unis", "LOC", d.find("États Unis") + d.find("USA"), aliases=["USA"], n=2)
d.entity("Granate Kim", "PER", d.find("Granate Kim"), n=1)
d.entity("Jewish Voice for Peace", "ORG",
         d.find("Jewish Voice for Peace") + d.find("JVP", exclude=URLS),
         aliases=["JVP"], n=6)
d.entity("Lau Barrios", "PER", d.find("Lau Barrios"), n=1)
d.entity("Omar Barghouti", "PER", d.find("Omar Barghouti"), n=1)
d.entity("Boycott, Désinvestissement et Sanctions", "ORG",
         d.find("Boycott, Désinvestissement et Sanctions")
         + d.find("BDS", exclude=["BDS France"]),
         aliases=["BDS"], n=2)
d.entity("MPower Change", "ORG", d.find("MPower Change"), n=2)
d.entity("SumOfUs", "ORG", d.find("SumOfUs"), n=2)
d.entity("Ranjan Pradeep", "PER", d.find("Ranjan Pradeep"), n=1)
d.entity("Brad Smith", "PER", d.find("Brad Smith"), n=1)
d.entity("NBC", "ORG", d.find("NBC"), n=1)
d.entity("Éric Holder", "PER", d.find("Éric Holder"), n=1)
d.entity("BDS France", "ORG", d.find("BDS France"), n=1)
d.entity("SF", "PER", [d.at("SF", "Traduction SF")])

# ---------------- relations ----------------
d.rel("AnyVision", "located_in", "Israël", "la firme technologique israélienne **AnyVision")
d.rel("Microsoft", "located_in", "Redmond", "son campus de Redmond")
GK = "Granate Kim, la directrice de la communication de Jewish Voice for Peace"
d.rel("Granate Kim", "role", "directrice de la communication", GK)
d.rel("Granate Kim", "member_of", "Jewish Voice for Peace", GK)
d.rel("Lau Barrios", "role", "directrice de campagne", "Lau Barrios, directrice de campagne")
OB = "Omar Barghouti, co-fondateur du mouvement de Boycott, Désinvestissement et Sanctions"
d.rel("Omar Barghouti", "role", "co-fondateur", OB)
d.rel("Omar Barghouti", "member_of", "Boycott, Désinvestissement et Sanctions", OB)
RP = "Ranjan Pradeep, programmeur chez Microsoft"
d.rel("Ranjan Pradeep", "role", "programmeur", RP)
d.rel("Ranjan Pradeep", "member_of", "Microsoft", RP)
BS = "Brad Smith, le président de Microsoft"
d.rel("Brad Smith", "role", "président", BS)
d.rel("Brad Smith", "member_of", "Microsoft", BS)
d.rel("Éric Holder", "role", "ancien procureur général", "l'ancien procureur général Éric Holder")

# ---------------- claims ----------------
# Capitals lede: the petition's demand; the petition is the one the
# #DropAnyVision campaign collected (par. 3), so it speaks for the campaign.
d.claim("#DropAnyVision", "demander",
        d.at("CESSER DE FINANCER ANYVISION"), "DEMAND", "indirect", "Microsoft")
d.claim("#DropAnyVision", "exiger",
        d.between("Microsoft mette fin", "principes de surveillance légale de Microsoft"),
        "DEMAND", "indirect", "Microsoft")
d.claim("Granate Kim", "dire",
        d.between("À un moment où", "financement est énorme"), "SAY", "direct")
# Continuation of Granate Kim's quote («A» a dit X. «B»): same source and cue;
# the quote never closes, so it runs to the end of its paragraph, period kept.
d.claim("Granate Kim", "dire",
        d.between("À la fin de janvier, nous", "Hier, ils l'ont fait."), "SAY", "direct")
d.claim("Lau Barrios", None,
        d.between("La décision de Microsoft de désinvestir", "palestiniennes et musulmanes"),
        "SAY", "direct")
d.claim("Omar Barghouti", None,
        d.between("La décision de Microsoft de se débarrasser", "ne peuvent que continuer"),
        "SAY", "direct")
d.claim("des militants locaux", "scander",
        d.between("70 mille disent", "Microsoft a tort"), "SAY", "direct")
d.claim("Ranjan Pradeep", "expliquer",
        d.between("En tant que travailleur", "fait ces trois choses !"), "SAY", "direct")
d.claim("Microsoft", "déclarer",
        d.between("lancer un audit externe conduit", "sur l'usage de la technologie"),
        "SAY", "indirect")
d.claim("des centaines de gens", "tweeter",
        d.between("La surveillance des Palestiniens", "pas de l'innovation"), "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        d.between("Comment les Palestiniens", "surveillés par l'occupant ?"), "SAY", "direct")
d.claim("des centaines de gens", "tweeter",
        d.between("Les Palestiniens n'ont aucune", "'sécurité' de Microsoft"), "SAY", "direct")
d.claim("#DropAnyVision", "exiger",
        d.between("il annule ses 74 millions", "travail de reconnaissance faciale de Microsoft"),
        "DEMAND", "indirect", "Microsoft")
# "l'engagement à « une surveillance légale » : Microsoft « plaidera ... »":
# the noun cue is "engagement" (FACTS.md example); "plaidera ... et ne
# déploiera pas ..." is the commitment itself, so it is content.
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
       d.at("il a participé en janvier à la campagne #DropAnyVision"))
d.date(d.at("Le 15 novembre 2019"), "2019-11-15", "DATE",
       d.at("Microsoft a déclaré lancer un audit externe"))
d.date(d.at("Le 4 décembre 2019"), "2019-12-04", "DATE",
       d.between("la vague twitter", "a fait le buzz"))


# =========================================================================
# 003_c3b703bb9bcb4b36 -- Amnesty International France press release.
# DCT unknown: no header, no dateline or "Publié le" at the top of the body
# (the "Publié le" lines belong to the "Sur le même pays" teasers, which are
# boilerplate); narrative mode, and no absolute date precedes "le 22
# septembre" / "le 1er juillet" -> XXXX. Article span: from the title
# "[Rapport] ..." to "... autorités chinoises. »"; navigation, donation call,
# the three press-contact blocks and the teasers give no facts.
# =========================================================================
d = Doc("003_c3b703bb9bcb4b36", "[Rapport] Des entreprises", "par les autorités chinoises. »")

XJ_FULL = "région autonome ouïghoure du Xinjiang"
CPCX = "Corps de production et de construction du Xinjiang"

# ---------------- entities ----------------
d.entity("UE", "ORG", d.find("UE"), n=9)
d.entity("Chine", "LOC", d.find("Chine"), n=5)
d.entity("Amnesty International", "ORG", d.find("Amnesty International"), n=11)
d.entity("Bruxelles", "LOC", d.find("Bruxelles"), n=1)
d.entity("Parlement européen", "ORG", d.find("Parlement européen"), n=3)
d.entity("France", "LOC", d.find("France"), n=2)
d.entity("Pays-Bas", "LOC", d.find("Pays-Bas"), n=2)
d.entity("Suède", "LOC", d.find("Suède"), n=2)
d.entity("Allemagne", "LOC", d.find("Allemagne"), n=1)
d.entity("Europe", "LOC", d.find("Europe"), n=1)
d.entity("Merel Koning", "PER", d.find("Merel Koning"), n=4)
d.entity("Skynet", "MISC", d.find("Skynet"), n=2)
d.entity("Sharp Eyes", "MISC", d.find("Sharp Eyes"), n=1)
d.entity(XJ_FULL, "LOC", d.find(XJ_FULL) + d.find("Xinjiang", exclude=[XJ_FULL, CPCX]),
         aliases=["Xinjiang"], n=6)
d.entity("Morpho", "ORG", d.find("Morpho"), n=1)
d.entity("Idemia", "ORG", d.find("Idemia"), n=1)
d.entity("Bureau de la sécurité publique de Shanghai", "ORG",
         d.find("Bureau de la sécurité publique de Shanghai"), n=1)
d.entity("Axis Communications", "ORG", d.find("Axis Communications"), n=2)
d.entity("Guilin", "LOC", d.find("Guilin"), n=1)
d.entity("Noldus Information Technology", "ORG", d.find("Noldus Information Technology"), n=1)
d.entity("FaceReader", "MISC", d.find("FaceReader"), n=1)
d.entity("ministère de la Sécurité publique", "ORG",
         d.find("ministère de la Sécurité publique"), n=1)
d.entity("The Observer XT", "MISC", d.find("The Observer XT"), n=1)
d.entity("université de Shihezi", "ORG", d.find("université de Shihezi"), n=1)
d.entity(CPCX, "ORG", d.find(CPCX) + d.find("CPCX"), aliases=["CPCX"], n=2)
d.entity("règlement sur les biens à double usage", "MISC",
         d.find("règlement sur les biens à double usage"), n=1)

# ---------------- relations ----------------
MK = ("Merel Koning, responsable de la politique sur les technologies et les droits "
      "humains à Amnesty International")
d.rel("Merel Koning", "role",
      "responsable de la politique sur les technologies et les droits humains", MK)
d.rel("Merel Koning", "member_of", "Amnesty International", MK)
d.rel("Morpho", "member_of", "Idemia",
      "Morpho, qui fait aujourd’hui partie de la multinationale française Idemia")
d.rel("Idemia", "located_in", "France", "la multinationale française Idemia")
d.rel("Axis Communications", "located_in", "Suède", "Axis Communications, une entreprise suédoise")
d.rel("Noldus Information Technology", "located_in", "Pays-Bas",
      "Une entreprise néerlandaise, Noldus Information Technology")
d.rel("université de Shihezi", "member_of", CPCX,
      "université de Shihezi, qui relève du " + CPCX)

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
# Nested indirect speech (not inside quotation marks): a claim of its own.
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
# Quoted multi-phrase statement of an unnamed source, no cue.
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
# Continuation paragraph after «...», a déclaré Merel Koning.: same source and cue.
d.claim("Merel Koning", "déclarer",
        d.between("Tant que l’UE ne l’aura pas fait", "commises par les autorités chinoises."),
        "SAY", "direct")

# ---------------- dates (DCT unknown, narrative mode) ----------------
# Subject spans (as in part 1, rule 5): the clause of the dated event, from
# its subject when that precedes the verb (the date may fall inside); a
# coordinated verb phrase sharing an earlier subject alone; a participle or
# predicate modifying a noun alone (`tenue`, `vendu`, `en vigueur`); for a
# date inside a noun phrase, the head noun it dates (`régime`).
d.date(d.at("le 22 septembre"), "XXXX-09-22", "DATE",
       d.at("tenue", "tenue à Bruxelles le 22 septembre"))
d.date(d.at("le 1er juillet"), "XXXX-07-01", "DATE", d.at("qui assume la présidence de l’UE"))
d.date(d.at("le passé", "reconnu par le passé"), "PAST_REF", "DATE",
       d.between("L’Allemagne, qui assume", "en matière de droits humains"))
d.date(d.at("ce jour", "à ce jour"), "PRESENT_REF", "DATE",
       d.between("n’ont pas réussi", "l’échelon européen"))
d.date(d.at("actuellement", "exportations actuellement en vigueur ne fonctionne"),
       "PRESENT_REF", "DATE",
       d.at("en vigueur", "exportations actuellement en vigueur ne fonctionne"))
d.date(d.at("aujourd’hui", "qui fait aujourd’hui partie"), "PRESENT_REF", "DATE",
       d.at("qui fait aujourd’hui partie de la multinationale française Idemia"))
d.date(d.at("2015", "a décroché en 2015"), "2015", "DATE",
       d.between("Morpho, qui fait", "a décroché en 2015 un contrat"))
SUB_AXIS = d.between("a été qualifiée à plusieurs reprises", "pour des systèmes de surveillance",
                     "a été qualifiée à plusieurs reprises")
d.date(d.at("2012", "entre 2012 et 2019"), "2012", "DATE", SUB_AXIS)
d.date(d.at("2019", "entre 2012 et 2019"), "2019", "DATE", SUB_AXIS)
SUB_NOLDUS = d.between("l’entreprise néerlandaise avait vendu", "deux universités du Xinjiang")
d.date(d.at("2012", "entre 2012 et 2018"), "2012", "DATE", SUB_NOLDUS)
d.date(d.at("2018", "entre 2012 et 2018"), "2018", "DATE", SUB_NOLDUS)
d.date(d.at("2012", "vendu en 2012"), "2012", "DATE", d.at("vendu", "vendu en 2012"))
d.date(d.at("2012", "En 2012, on savait"), "2012", "DATE",
       d.between("on savait déjà", "et le terrorisme"))
d.date(d.at("les années qui ont suivi"), "PXY", "DURATION",
       d.between("l’utilisation des progrès technologiques", "est devenue manifeste"))
d.date(d.at("maintenant", "l’UE doit agir maintenant"), "PRESENT_REF", "DATE",
       d.at("l’UE doit agir", "l’UE doit agir maintenant"))
d.date(d.at("actuellement", "exportations actuellement en vigueur dans l’UE"),
       "PRESENT_REF", "DATE",
       d.at("en vigueur", "exportations actuellement en vigueur dans l’UE"))
d.date(d.at("actuel", "du régime actuel de contrôle"), "PRESENT_REF", "DATE",
       d.at("régime", "du régime actuel de contrôle"))


# =========================================================================
# checks and output
# =========================================================================
FIELDS = {
    "type": ["doc", "kind", "subject", "predicate", "object", "aliases", "mentions"],
    "rel": ["doc", "kind", "subject", "predicate", "object", "text", "start", "end"],
    "claim": ["doc", "kind", "subject", "predicate", "object", "category", "mode",
              "target", "text", "start", "end"],
    "date": ["doc", "kind", "subject", "subject_start", "subject_end", "predicate",
             "object", "type", "text", "start", "end"],
}


def check(facts):
    texts = {doc: load(doc) for doc in DCT}
    for f in facts:
        t = texts[f["doc"]]
        if f["kind"] == "entity":
            key = "type" if f["predicate"] == "type" else "rel"
        else:
            key = f["kind"]
        assert list(f) == FIELDS[key], (list(f), key)
        if "start" in f:
            assert t[f["start"]:f["end"]] == f["text"], f
        if "subject_start" in f:
            assert t[f["subject_start"]:f["subject_end"]] == f["subject"], f
        if f["kind"] == "claim":
            assert f["object"] == f["text"], f
        for s, e in f.get("mentions", []):
            assert t[s:e] and t[s:e].strip() == t[s:e], f
    for doc in DCT:
        types = [f for f in facts if f["doc"] == doc and f["kind"] == "entity"
                 and f["predicate"] == "type"]
        # exactly one type fact per entity: no name shared by two type facts
        seen_names = {}
        for f in types:
            for n in [f["subject"]] + f["aliases"]:
                k = n.casefold()
                assert k not in seen_names, (doc, n)
                seen_names[k] = f["subject"]
        # no mention claimed twice
        seen = {}
        for f in types:
            for m in f["mentions"]:
                assert tuple(m) not in seen, (doc, m, f["subject"], seen.get(tuple(m)))
                seen[tuple(m)] = f["subject"]
        subjects = {f["subject"] for f in types}
        for f in facts:
            if f["doc"] == doc and f["predicate"] in ("member_of", "located_in"):
                assert f["subject"] in subjects and f["object"] in subjects, f
            if f["doc"] == doc and f["predicate"] == "role":
                assert f["subject"] in subjects, f
        # claims: no two claims with the same span
        spans = [(f["start"], f["end"]) for f in facts if f["doc"] == doc and f["kind"] == "claim"]
        assert len(spans) == len(set(spans)), doc
        dspans = [(f["start"], f["end"]) for f in facts if f["doc"] == doc and f["kind"] == "date"]
        assert len(dspans) == len(set(dspans)), doc


def sort_key(f):
    if "start" in f:
        start = f["start"]
    else:
        start = min(m[0] for m in f["mentions"])
    return (f["doc"], start, f["kind"], f["predicate"] or "", f.get("end", 0))


def main():
    check(facts)
    out = sorted(facts, key=sort_key)
    with open(OUT, "w", encoding="utf-8") as fh:
        for f in out:
            fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    c = Counter()
    for f in out:
        k = f["kind"]
        if k == "entity":
            k = "entity:type" if f["predicate"] == "type" else "entity:" + f["predicate"]
        c[(f["doc"], k)] += 1
    for k in sorted(c):
        print(*k, c[k])
    print("total", len(out), "->", OUT)


if __name__ == "__main__":
    main()
