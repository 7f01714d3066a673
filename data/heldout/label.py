"""Gold labels for the held-out set (data/heldout/raw), following FACTS.md and
docs/annotation.md.

Every label below was decided by reading the articles. Python only locates
the spans by their exact words and checks them:
  - span(s, anchor): s is searched inside the unique string `anchor` (the
    search starts at the anchor), or s must be unique in the text;
  - every span, subject span and mention is asserted to read its text;
  - entity mentions are the listed name forms, found with word boundaries
    inside the article body (boilerplate excluded), minus any occurrence that
    lies inside a longer name (FACTS 2.1: a name inside a longer name is not a
    mention of its own); the expected number of mentions is asserted.
Run: python3 label.py  -> writes gold.jsonl next to it.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.path.join(HERE, "gold.jsonl")

CATS = {"SAY", "REPORT", "ACCUSE", "DEMAND", "DENY", "ANNOUNCE", "ADMIT", "OTHER"}
MODES = {"direct", "indirect", "mixed"}
TYPES = {"PER", "ORG", "LOC", "MISC"}
DTYPES = {"DATE", "TIME", "DURATION", "SET"}

records = []


class Doc:
    def __init__(self, doc_id, body=None):
        self.id = doc_id
        with open(os.path.join(RAW, doc_id + ".txt"), encoding="utf-8") as f:
            t = f.read()
        if t.startswith("\ufeff"):
            t = t[1:]
        self.t = t.replace("\r\n", "\n").replace("\r", "\n")
        # article body (boilerplate outside it gives no facts)
        if body:
            lo = self.t.index(body[0])
            hi = self.t.index(body[1]) + len(body[1])
        else:
            lo, hi = 0, len(self.t)
        self.lo, self.hi = lo, hi
        self.ents = []  # (subject, type, aliases, forms, expected count)
        self.rels = []
        self.claims = []
        self.dates = []

    # ------------------------------------------------------------ spans
    def span(self, s, anchor=None):
        t = self.t
        if anchor is not None:
            assert t.count(anchor) == 1, (self.id, "anchor not unique", anchor, t.count(anchor))
            a = t.index(anchor)
            i = t.index(s, a)
            assert i + len(s) <= a + len(anchor), (self.id, s, anchor)
        else:
            assert t.count(s) == 1, (self.id, "not unique", s, t.count(s))
            i = t.index(s)
        j = i + len(s)
        assert t[i:j] == s
        assert self.lo <= i and j <= self.hi, (self.id, "outside body", s)
        return i, j

    def near(self, s, pos):
        """Occurrence of s closest to offset pos (for subject spans)."""
        best = None
        for m in re.finditer(re.escape(s), self.t):
            d = abs(m.start() - pos)
            if best is None or d < best[0]:
                best = (d, m.start())
        assert best is not None, (self.id, "subject not found", s)
        assert best[0] < 400, (self.id, "subject too far", s)
        return best[1], best[1] + len(s)

    # ------------------------------------------------------------ facts
    def ent(self, subject, typ, n, aliases=(), forms=()):
        """n: expected number of mentions. forms: extra surface forms that are
        mentions but not aliases (names in capitals, D13)."""
        assert typ in TYPES
        self.ents.append((subject, typ, list(aliases), [subject, *aliases, *forms], n))

    def rel(self, subject, predicate, obj, evidence=None, anchor=None):
        assert predicate in ("role", "member_of", "located_in")
        r = {"doc": self.id, "kind": "entity", "subject": subject, "predicate": predicate, "object": obj}
        if evidence is not None:
            i, j = self.span(evidence, anchor)
            r.update(text=evidence, start=i, end=j)
        self.rels.append(r)

    def claim(self, source, pred, content, cat, mode, target=None, anchor=None):
        assert cat in CATS and mode in MODES
        if cat in ("SAY", "REPORT", "ANNOUNCE"):
            assert target is None
        i, j = self.span(content, anchor)
        r = {"doc": self.id, "kind": "claim", "subject": source, "predicate": pred,
             "object": content, "category": cat, "mode": mode, "target": target,
             "text": content, "start": i, "end": j}
        assert r["object"] == r["text"] == self.t[i:j]
        self.claims.append(r)

    def date(self, text, value, typ, subject, anchor=None):
        assert typ in DTYPES
        i, j = self.span(text, anchor)
        si, sj = self.near(subject, i)
        assert self.t[si:sj] == subject
        self.dates.append({"doc": self.id, "kind": "date", "subject": subject,
                           "subject_start": si, "subject_end": sj, "predicate": "date",
                           "object": value, "type": typ, "text": text, "start": i, "end": j})

    # ------------------------------------------------------------ output
    def finish(self):
        # all occurrences of every name form, inside the body
        occ = []  # (start, end, entity index)
        for k, (subject, typ, aliases, forms, n) in enumerate(self.ents):
            for f in forms:
                for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", self.t):
                    if self.lo <= m.start() and m.end() <= self.hi:
                        occ.append((m.start(), m.end(), k))
        occ = sorted(set(occ))
        kept = []
        for (s, e, k) in occ:
            inside = any((s2 <= s and e <= e2 and (s2, e2) != (s, e)) for (s2, e2, _) in occ)
            if not inside:
                kept.append((s, e, k))
        spans = [(s, e) for s, e, _ in kept]
        assert len(spans) == len(set(spans)), (self.id, "a span belongs to two entities")
        names = {}
        for k, (subject, typ, aliases, forms, n) in enumerate(self.ents):
            ms = [[s, e] for s, e, kk in kept if kk == k]
            assert len(ms) == n, (self.id, subject, "mentions", len(ms), "expected", n,
                                  [self.t[a:b] for a, b in ms])
            for a, b in ms:
                assert self.t[a:b] in forms
            records.append({"doc": self.id, "kind": "entity", "subject": subject, "predicate": "type",
                            "object": typ, "aliases": aliases, "mentions": ms})
            names[subject] = typ
        assert len(names) == len(self.ents), (self.id, "duplicate entity subject")
        for r in self.rels:
            assert r["subject"] in names, (self.id, r)
            if r["predicate"] in ("member_of", "located_in"):
                # exception list (annotation.md decision 7): countries given
                # only by an adjective get a relation but no type fact
                if r["object"] not in names:
                    assert (self.id, r["object"]) in ADJ_COUNTRIES, (self.id, r)
                    name, adj = ADJ_COUNTRIES[(self.id, r["object"])]
                    assert name not in self.t and adj in r["text"], (self.id, r)
            records.append(r)
        for r in self.claims:
            records.append(r)
        for r in self.dates:
            records.append(r)


ADJ_COUNTRIES = {("h04_eco_valmont", "Allemagne"): ("Allemagne", "allemand")}

# =====================================================================
# h01 - AFP dispatch. DCT 2023-11-07 (dateline "AGEN, 7 novembre 2023 (AFP) -",
# metadata). 2023-11-07 is a Tuesday.
# =====================================================================
d = Doc("h01_afp_talus")
d.ent("AGEN", "LOC", 1)
d.ent("AFP", "ORG", 2)
d.ent("Bordeaux", "LOC", 1)
d.ent("Toulouse", "LOC", 1)
d.ent("Layrac", "LOC", 1)
d.ent("SNCF Réseau", "ORG", 2)
d.ent("Lot-et-Garonne", "LOC", 1)
d.ent("Hélène Marchetti", "PER", 1)
d.ent("Nouvelle-Aquitaine", "LOC", 1)  # the one in the conseil régional's name is not a mention
d.ent("Marmande", "LOC", 1)
d.ent("Montauban", "LOC", 1)
d.ent("Sud-Rail", "ORG", 1)
d.ent("Météo-France", "ORG", 1)
d.ent("SNCF", "ORG", 1)  # "selon la SNCF"; the one in "SNCF Réseau" is not a mention
d.ent("conseil régional de Nouvelle-Aquitaine", "ORG", 1)
d.ent("Hervé Lacombe", "PER", 1)

d.rel("Hélène Marchetti", "role", "directrice territoriale", "Hélène Marchetti, directrice territoriale")
d.rel("Hélène Marchetti", "member_of", "SNCF Réseau", "Hélène Marchetti, directrice territoriale de SNCF Réseau")
d.rel("Hervé Lacombe", "role", "président",
      "président du conseil régional de Nouvelle-Aquitaine, Hervé Lacombe")
d.rel("Hervé Lacombe", "member_of", "conseil régional de Nouvelle-Aquitaine",
      "président du conseil régional de Nouvelle-Aquitaine, Hervé Lacombe")

d.claim("SNCF Réseau", "annoncer",
        "La circulation des trains entre Bordeaux et Toulouse restera interrompue au moins jusqu'à vendredi après l'effondrement partiel d'un talus près de Layrac",
        "ANNOUNCE", "indirect")
d.claim("la préfecture", "selon",
        "Aucun train ne circulait alors sur la voie et personne n'a été blessé", "SAY", "indirect")
d.claim("Hélène Marchetti", "déclarer",
        "Nous avons mobilisé plus de 80 agents dès la nuit dernière", "SAY", "direct")
d.claim("Hélène Marchetti", "ajouter",
        "La priorité est de stabiliser le terrain avant de reposer les rails", "SAY", "direct")
d.claim("Sud-Rail", "dénoncer",
        "le sous-investissement chronique dans l'entretien des lignes régionales", "ACCUSE", "direct")
d.claim("Sud-Rail", "réclamer", "un plan d'urgence pour les ouvrages en terre", "DEMAND", "indirect")
d.claim("Météo-France", "d'après",
        "près de 190 millimètres de pluie sont tombés en 72 heures, l'équivalent de deux mois de précipitations",
        "SAY", "indirect")
d.claim("SNCF", "selon", "Quelque 12 000 voyageurs empruntent chaque jour cette ligne", "SAY", "indirect")
d.claim("Hervé Lacombe", "estimer", "le gouvernement devait « prendre ses responsabilités »", "SAY", "mixed")
d.claim("Hervé Lacombe", "demander", "un rendez-vous « dans les prochains jours »", "DEMAND", "mixed",
        target="la ministre chargée des Transports")

d.date("vendredi", "2023-11-10", "DATE",
       "La circulation des trains entre Bordeaux et Toulouse restera interrompue")
d.date("mardi", "2023-11-07", "DATE", "a annoncé", anchor="a annoncé mardi")
d.date("lundi à 23 h 15", "2023-11-06T23:15", "TIME", "L'éboulement s'est produit")
d.date("trois jours", "P3D", "DURATION", "tombées")
d.date("la nuit dernière", "2023-11-06TNI", "TIME", "Nous avons mobilisé plus de 80 agents")
d.date("toutes les deux heures", "PT2H", "SET",
       "Des cars de substitution circulent entre Marmande et Montauban")
d.date("il y a trois ans", "2020", "DATE", "Le même talus avait déjà été consolidé")
d.date("72 heures", "PT72H", "DURATION", "près de 190 millimètres de pluie sont tombés")
d.date("deux mois", "P2M", "DURATION", "précipitations")
d.date("dimanche", "2023-11-05", "DATE",
       "L'établissement public avait placé le département en vigilance orange")
d.date("chaque jour", "P1D", "SET", "Quelque 12 000 voyageurs empruntent chaque jour cette ligne")
d.date("les prochains jours", "FUTURE_REF", "DATE", "un rendez-vous")
d.finish()

# =====================================================================
# h02 - regional daily, municipal council. DCT 2022-10 (header " date 2022-10").
# Month-level DCT: weekday names resolve to 2022-10.
# =====================================================================
d = Doc("h02_conseil_vannes")
d.ent("piscine de Kerlann", "LOC", 2)
d.ent("VANNES", "LOC", 1)  # dateline city; every "Vannes" is inside a longer name
d.ent("conseil municipal de Vannes", "ORG", 1)
d.ent("place des Lices", "LOC", 1)
d.ent("Sophie Le Goff", "PER", 1)
d.ent("Yannick Daniel", "PER", 1)
d.ent("Vannes Ensemble", "ORG", 1)
d.ent("Vannes Natation", "ORG", 1)
d.ent("Marie Quéré", "PER", 1)
d.ent("Lorient", "LOC", 1)
d.ent("Thierry Morvan", "PER", 1)

d.rel("Sophie Le Goff", "role", "maire", "maire, Sophie Le Goff")
d.rel("Yannick Daniel", "role", "conseiller municipal", "Yannick Daniel, conseiller municipal")
d.rel("Yannick Daniel", "member_of", "Vannes Ensemble",
      "Yannick Daniel, conseiller municipal du groupe Vannes Ensemble")
d.rel("Marie Quéré", "role", "présidente", "présidente, Marie Quéré")
d.rel("Marie Quéré", "member_of", "Vannes Natation")
d.rel("Thierry Morvan", "role", "adjoint aux finances", "adjoint aux finances, Thierry Morvan")

d.claim("Sophie Le Goff", "annoncer", "la piscine fermerait du 19 décembre au 19 février", "ANNOUNCE", "indirect")
d.claim("Sophie Le Goff", "expliquer",
        "Chauffer un bassin olympique coûte désormais trois fois plus cher qu'en 2021", "SAY", "direct")
d.claim("Sophie Le Goff", "expliquer",
        "Nous préférons fermer deux mois plutôt qu'augmenter les tarifs.", "SAY", "direct")
d.claim("Yannick Daniel", "pour", "cette décision pénalise d'abord les écoles et les clubs", "SAY", "direct")
d.claim("Yannick Daniel", "accuser", "avoir « attendu le dernier moment »", "ACCUSE", "mixed",
        target="la majorité")
d.claim("Yannick Daniel", "exiger", "la publication de l'audit énergétique commandé l'an dernier",
        "DEMAND", "indirect")
d.claim("Vannes Natation", "s'inquiéter", "l'annulation de ses deux compétitions régionales", "SAY", "indirect")
d.claim("Marie Quéré", "indiquer", "les nageurs s'entraîneraient à Lorient trois soirs par semaine",
        "SAY", "indirect")
d.claim("Thierry Morvan", "rappeler",
        "la facture de gaz de la ville était passée de 1,2 million d'euros en 2021 à 3,4 millions cette année",
        "SAY", "indirect")
d.claim("Thierry Morvan", "promettre", "présenter un plan de sobriété « avant la fin du mois »",
        "ANNOUNCE", "mixed")
d.claim("l'architecte de la ville", "préciser",
        "Le chantier de la halle, lancé en 2020, doit s'achever au printemps 2024", "SAY", "indirect")

d.date("deux mois", "P2M", "DURATION", "la piscine de Kerlann fermera", anchor="fermera deux mois")
d.date("cet hiver", "2022-WI", "DATE", "la piscine de Kerlann fermera")
d.date("jeudi", "2022-10", "DATE", "Le conseil municipal de Vannes s'est réuni")
d.date("près de quatre heures", "PT4H", "DURATION", "Le conseil municipal de Vannes s'est réuni")
d.date("19 décembre", "2022-12-19", "DATE", "la piscine fermerait")
d.date("19 février", "2023-02-19", "DATE", "la piscine fermerait")
d.date("désormais", "PRESENT_REF", "DATE", "Chauffer un bassin olympique coûte désormais trois fois plus cher")
d.date("2021", "2021", "DATE", "Chauffer un bassin olympique coûte", anchor="qu'en 2021")
d.date("deux mois", "P2M", "DURATION", "fermer", anchor="fermer deux mois")
d.date("l'an dernier", "2021", "DATE", "commandé")
d.date("trois soirs par semaine", "P1W", "SET", "les nageurs s'entraîneraient à Lorient")
d.date("2021", "2021", "DATE", "la facture de gaz de la ville était passée", anchor="euros en 2021")
d.date("cette année", "2022", "DATE", "la facture de gaz de la ville était passée")
d.date("la fin du mois", "2022-10", "DATE", "présenter un plan de sobriété")
d.date("2020", "2020", "DATE", "lancé")
d.date("printemps 2024", "2024-SP", "DATE", "Le chantier de la halle, lancé en 2020, doit s'achever")
d.date("le lundi 14 novembre à 18 h 30", "2022-11-14T18:30", "TIME", "Le prochain conseil municipal se tiendra")
d.finish()

# =====================================================================
# h03 - national politics. DCT 2025-01-15 (dateline "Mercredi 15 janvier 2025").
# =====================================================================
d = Doc("h03_politique_chomage")
d.ent("Julien Ferrand", "PER", 1)
d.ent("Conseil des ministres", "ORG", 1)
d.ent("Assemblée nationale", "ORG", 1)
d.ent("Claire Besson", "PER", 1)
d.ent("Mathilde Rouvier", "PER", 1)
d.ent("France insoumise", "ORG", 2, aliases=["LFI"])
d.ent("Parti socialiste", "ORG", 2, aliases=["PS"])
d.ent("Républicains", "ORG", 2, aliases=["LR"])
d.ent("Antoine Delmas", "PER", 1)
d.ent("Rassemblement national", "ORG", 1)
d.ent("Matignon", "LOC", 1)

d.rel("Julien Ferrand", "role", "ministre du Travail", "ministre du Travail, Julien Ferrand")
d.rel("Claire Besson", "role", "porte-parole du gouvernement", "porte-parole du gouvernement, Claire Besson")
d.rel("Mathilde Rouvier", "role", "cheffe de file des députés", "Mathilde Rouvier, cheffe de file des députés")
d.rel("Mathilde Rouvier", "member_of", "France insoumise",
      "Mathilde Rouvier, cheffe de file des députés de La France insoumise")
d.rel("Antoine Delmas", "role", "secrétaire général", "secrétaire général, Antoine Delmas")
d.rel("Antoine Delmas", "member_of", "Républicains")

d.claim("Julien Ferrand", "affirmer",
        "Notre objectif est simple : que le travail paie toujours plus que l'inactivité", "SAY", "direct")
d.claim("Claire Besson", "assurer", "l'exécutif ne recourrait pas au 49.3 « sur ce texte »", "SAY", "mixed")
d.claim("Mathilde Rouvier", "accuser", "faire les poches des chômeurs pour boucher les trous du budget",
        "ACCUSE", "direct", target="le gouvernement")
d.claim("Parti socialiste", "annoncer", "il déposerait une motion de censure si le texte était adopté sans vote",
        "ANNOUNCE", "indirect")
d.claim("Antoine Delmas", "selon", "la réforme « va dans le bon sens » mais arrive « trop tard »", "SAY", "mixed")
d.claim("Rassemblement national", "exhorter", "retirer le projet", "DEMAND", "indirect",
        target="le Premier ministre")
d.claim("Rassemblement national", "demander", "l'organisation d'un référendum sur la protection sociale",
        "DEMAND", "indirect")

d.date("mercredi", "2025-01-15", "DATE",
       "Le ministre du Travail, Julien Ferrand, a présenté mercredi en Conseil des ministres un projet de loi")
d.date("dix-huit mois", "P18M", "DURATION", "réduirait la durée maximale d'indemnisation des demandeurs d'emploi")
d.date("quinze mois", "P15M", "DURATION", "réduirait la durée maximale d'indemnisation des demandeurs d'emploi")
d.date("3 février", "2025-02-03", "DATE", "Le texte sera examiné à l'Assemblée nationale")
d.date("lundi", "2025-01-13", "DATE", "reçus")
d.date("une heure", "PT1H", "DURATION", "Les syndicats, reçus lundi à Matignon, ont quitté la réunion")
d.date("2019", "2019", "DATE", "la troisième réforme de l'assurance chômage")
d.date("il y a deux ans", "2023", "DATE", "entrée en vigueur")
d.finish()

# =====================================================================
# h04 - economy. DCT 2024-03 (header " date 2024-03"). 11 March 2024 is a Monday.
# =====================================================================
d = Doc("h04_eco_valmont")
d.ent("Valmont Emballages", "ORG", 2)
d.ent("Kessler Verpackung", "ORG", 2)
d.ent("Saint-Quentin", "LOC", 1)
d.ent("Aisne", "LOC", 2)
d.ent("Europe de l'Est", "LOC", 1)
d.ent("Marc Lefebvre", "PER", 1)
d.ent("France", "LOC", 1)
d.ent("Vierzon", "LOC", 1)
d.ent("Cholet", "LOC", 1)
d.ent("Confédération générale du travail", "ORG", 3, aliases=["CGT"])
d.ent("Confédération française démocratique du travail", "ORG", 3, aliases=["CFDT"])
d.ent("Nadia Benali", "PER", 1)
d.ent("ministère de l'Industrie", "ORG", 1)

d.rel("Valmont Emballages", "member_of", "Kessler Verpackung",
      "Valmont Emballages, filiale du groupe allemand Kessler Verpackung")
d.rel("Kessler Verpackung", "located_in", "Allemagne", "groupe allemand Kessler Verpackung")
d.rel("Valmont Emballages", "located_in", "Saint-Quentin", "son site de Saint-Quentin")
d.rel("Marc Lefebvre", "role", "directeur général", "directeur général, Marc Lefebvre")
d.rel("Marc Lefebvre", "member_of", "Valmont Emballages")
d.rel("Nadia Benali", "role", "déléguée syndicale", "Nadia Benali, déléguée syndicale")
d.rel("Nadia Benali", "member_of", "Confédération générale du travail", "Nadia Benali, déléguée syndicale CGT")

# headline: "les syndicats appellent à la grève" (DEMAND cue, noun-phrase content,
# decision 1). "les syndicats" are the CGT and the CFDT of the body, whose call it
# summarises: canonical name of the first coordinated source.
d.claim("Confédération générale du travail", "appeler", "la grève", "DEMAND", "indirect", anchor="les syndicats appellent à la grève")
d.claim("Valmont Emballages", "confirmer",
        "la suppression de 240 postes sur son site de Saint-Quentin (Aisne), soit près d'un tiers des effectifs",
        "SAY", "indirect")
d.claim("Valmont Emballages", "invoquer", "une baisse durable des commandes depuis la fin de 2022", "SAY", "direct")
d.claim("Marc Lefebvre", "expliquer", "Le site n'est plus compétitif face aux usines d'Europe de l'Est",
        "SAY", "direct")
d.claim("Confédération générale du travail", "appeler", "cesser le travail lundi 11 mars à 5 heures",
        "DEMAND", "indirect", target="les salariés")
d.claim("Nadia Benali", "dénoncer",
        "On nous annonce 240 licenciements au moment où le groupe publie des bénéfices record", "ACCUSE", "direct")
d.claim("Nadia Benali", "dénoncer", "C'est indécent.", "ACCUSE", "direct")
d.claim("Confédération française démocratique du travail", "d'après",
        "Kessler Verpackung a versé 85 millions d'euros de dividendes à ses actionnaires l'an dernier",
        "SAY", "indirect")
d.claim("Confédération française démocratique du travail", "reprocher", "ne pas avoir présenté de plan de reprise",
        "ACCUSE", "indirect", target="Valmont Emballages")  # "la direction" of the company
d.claim("Confédération française démocratique du travail", "réclamer", "la nomination d'un expert indépendant",
        "DEMAND", "indirect")
d.claim("ministère de l'Industrie", "indiquer", "suivre le dossier « avec la plus grande attention »",
        "SAY", "mixed")

d.date("jeudi", "2024-03", "DATE",
       "Le fabricant d'emballages Valmont Emballages, filiale du groupe allemand Kessler Verpackung, a confirmé jeudi la suppression de 240 postes")
d.date("1987", "1987", "DATE", "ouverte")
d.date("chaque année", "P1Y", "SET", "L'usine, ouverte en 1987, produit chaque année 900 millions de barquettes alimentaires")
d.date("la fin de 2022", "2022", "DATE", "une baisse durable des commandes")
d.date("2019", "2019", "DATE", "le groupe a déjà fermé deux usines en France")
d.date("lundi 11 mars à 5 heures", "2024-03-11T05:00", "TIME", "cesser le travail")
d.date("l'an dernier", "2023", "DATE",
       "Kessler Verpackung a versé 85 millions d'euros de dividendes à ses actionnaires")
d.date("la semaine prochaine", "2024-03", "DATE", "Le préfet de l'Aisne recevra les représentants du personnel")
d.date("quatre mois", "P4M", "DURATION", "Les négociations doivent durer")
d.finish()

# =====================================================================
# h05 - court report. No DCT (no header, dateline or "Publié le"): narrative
# mode; relative dates anchor on "le 4 juin 2024" (a Tuesday), the last
# absolute date before them. "Mercredi" is the day after the opening of the
# trial (2024-06-05); "au 9 juillet" -> 2024-07-09; "il y a cinq ans" -> 2019.
# =====================================================================
d = Doc("h05_justice_nanterre")
d.ent("Frédéric Aubert", "PER", 2, aliases=["Aubert"])
d.ent("tribunal correctionnel de Nanterre", "ORG", 1)
d.ent("Anne-Laure Vasseur", "PER", 1)
d.ent("Chypre", "LOC", 1)
d.ent("Aurelia Capital", "ORG", 1)
d.ent("Olivier Cazenave", "PER", 1)
d.ent("Leïla Haddad", "PER", 1)
d.ent("Autorité des marchés financiers", "ORG", 2, aliases=["AMF"])
d.ent("Josiane Perrin", "PER", 1)
d.ent("Rueil-Malmaison", "LOC", 1)

d.rel("Frédéric Aubert", "role", "ancien conseiller en gestion de patrimoine")
d.rel("Anne-Laure Vasseur", "role", "procureure", "procureure, Anne-Laure Vasseur")
d.rel("Aurelia Capital", "located_in", "Chypre", "basée à Chypre, Aurelia Capital")
d.rel("Olivier Cazenave", "role", "avocat", "avocat, Me Olivier Cazenave")
d.rel("Leïla Haddad", "role", "avocate des parties civiles", "avocate des parties civiles, Me Leïla Haddad")
d.rel("Josiane Perrin", "role", "retraitée", "Josiane Perrin, retraitée")

# headline: agentless passive "quatre ans de prison requis contre un ancien conseiller
# financier"; its source is named in the body (decision 12), the target is the
# person the phrase designates.
d.claim("Anne-Laure Vasseur", "requérir", "quatre ans de prison", "DEMAND", "indirect",
        target="Frédéric Aubert")
d.claim("Anne-Laure Vasseur", "requérir",
        "quatre ans d'emprisonnement, dont deux avec sursis, ainsi qu'une interdiction définitive d'exercer",
        "DEMAND", "indirect")
d.claim("Anne-Laure Vasseur", "déclarer",
        "Monsieur Aubert a bâti un système de cavalerie, où l'argent des nouveaux clients payait les intérêts des anciens",
        "SAY", "direct")
d.claim("Anne-Laure Vasseur", "déclarer", "Ce n'est pas une erreur de gestion, c'est une escroquerie.", "SAY", "direct")
d.claim("Frédéric Aubert", "nier", "toute intention frauduleuse", "DENY", "indirect")
d.claim("Frédéric Aubert", "affirmer",
        "il a été lui-même trompé par une société de courtage basée à Chypre, Aurelia Capital, dont les dirigeants sont introuvables depuis trois ans",
        "SAY", "indirect")
d.claim("Olivier Cazenave", "plaider", "la relaxe", "DEMAND", "indirect")
d.claim("Olivier Cazenave", "selon",
        "l'enquête de la brigade financière « n'a jamais établi le moindre enrichissement personnel »", "SAY", "mixed")
d.claim("Leïla Haddad", "réclamer", "le remboursement intégral des sommes", "DEMAND", "indirect")
d.claim("Leïla Haddad", "dénoncer",
        "le « silence » de l'Autorité des marchés financiers (AMF), alertée il y a cinq ans par une cliente",
        "ACCUSE", "mixed", target="Autorité des marchés financiers")
d.claim("Josiane Perrin", "témoigner", "J'ai perdu les économies de toute une vie", "SAY", "direct")

d.date("quatre ans", "P4Y", "DURATION", "requis", anchor="quatre ans de prison requis")
d.date("2016", "2016", "DATE", "Frédéric Aubert aurait détourné 3,7 millions d'euros auprès de 86 épargnants")
d.date("2021", "2021", "DATE", "Frédéric Aubert aurait détourné 3,7 millions d'euros auprès de 86 épargnants")
d.date("le 4 juin 2024", "2024-06-04", "DATE",
       "Le procès de l'ancien conseiller en gestion de patrimoine s'est ouvert")
d.date("Mercredi", "2024-06-05", "DATE", "la procureure, Anne-Laure Vasseur, a requis")
d.date("quatre ans", "P4Y", "DURATION", "emprisonnement", anchor="quatre ans d'emprisonnement")
d.date("trois ans", "P3Y", "DURATION", "dont les dirigeants sont introuvables")
d.date("il y a cinq ans", "2019", "DATE", "alertée")
d.date("9 juillet", "2024-07-09", "DATE", "Le jugement a été mis en délibéré")
d.finish()

# =====================================================================
# h06 - NGO press release in a web page. DCT 2023-10-03 ("Publié le 3
# octobre 2023" at the top of the body; metadata), a Tuesday. Body = from
# the title to the "qui sommes-nous" line; the navigation, the top contact
# block, the donation banner, the repeated contact block and the "Sur le
# même sujet" teasers are boilerplate. The contact line inside the release
# is part of the article.
# =====================================================================
d = Doc("h06_ong_granules", body=("Granulés plastiques : Vigie Littoral", "protège le littoral méditerranéen."))
d.ent("Vigie Littoral", "ORG", 5)
d.ent("Polyméra", "ORG", 3)
d.ent("Fos-sur-Mer", "LOC", 2)
d.ent("tribunal judiciaire de Marseille", "ORG", 1)
d.ent("Carro", "LOC", 1)
d.ent("Sausset-les-Pins", "LOC", 1)
d.ent("Lucie Fabre", "PER", 1)
d.ent("préfecture des Bouches-du-Rhône", "ORG", 1)
d.ent("Océans Propres", "ORG", 1)
d.ent("salle Jean-Moulin", "LOC", 1)
d.ent("Martigues", "LOC", 1)
d.ent("Camille Roux", "PER", 1)

d.rel("Polyméra", "located_in", "Fos-sur-Mer", "l'usine Polyméra, installée à Fos-sur-Mer")
d.rel("Lucie Fabre", "role", "directrice", "Lucie Fabre, directrice")
d.rel("Lucie Fabre", "member_of", "Vigie Littoral", "Lucie Fabre, directrice de Vigie Littoral")
d.rel("salle Jean-Moulin", "located_in", "Martigues", "salle Jean-Moulin de Martigues")
d.rel("Camille Roux", "role", "chargée de communication", "Camille Roux, chargée de communication")
d.rel("Camille Roux", "member_of", "Vigie Littoral")

d.claim("Vigie Littoral", "montrer",
        "80 % des granulés proviennent du même type de résine que celle utilisée par l'usine Polyméra, installée à Fos-sur-Mer depuis 2011",
        "REPORT", "indirect")
d.claim("Lucie Fabre", "déclarer",
        "Chaque jour qui passe, ces granulés sont avalés par les poissons et les oiseaux marins", "SAY", "direct")
d.claim("Lucie Fabre", "déclarer",
        "Nous ne pouvons plus attendre que les industriels fassent le ménage eux-mêmes.", "SAY", "direct")
d.claim("Vigie Littoral", "demander", "l'interdiction des rejets de granulés en mer", "DEMAND", "indirect")
d.claim("Vigie Littoral", "exhorter", "imposer un contrôle indépendant de l'usine", "DEMAND", "indirect",
        target="préfecture des Bouches-du-Rhône")
d.claim("Vigie Littoral", "accuser", "avoir ignoré deux signalements envoyés en mars et en juin",
        "ACCUSE", "indirect", target="Polyméra")
d.claim("Polyméra", "affirmer", "respecter « toutes les normes en vigueur »", "SAY", "mixed")

d.date("ce mardi", "2023-10-03", "DATE",
       "L'association Vigie Littoral a déposé ce mardi une plainte contre X")
d.date("le 12", "2023-09-12", "DATE", "nos bénévoles ont ramassé plus de 45 kilogrammes de ces billes")
d.date("le 24 septembre", "2023-09-24", "DATE", "nos bénévoles ont ramassé plus de 45 kilogrammes de ces billes")
d.date("2011", "2011", "DATE", "installée")
d.date("Chaque jour", "P1D", "SET", "ces granulés sont avalés par les poissons et les oiseaux marins")
d.date("mars", "2023-03", "DATE", "envoyés", anchor="en mars et en juin")
d.date("juin", "2023-06", "DATE", "envoyés", anchor="en mars et en juin")
d.date("la semaine dernière", "2023-W39", "DATE", "Contactée")
d.date("jeudi à 10 heures", "2023-10-05T10:00", "TIME", "Une conférence de presse aura lieu")
d.date("2015", "2015", "DATE", "créée")
d.finish()

# =====================================================================
# h07 - international. DCT 2025-04-18 (dateline "18 AVRIL 2025" under the
# title; metadata), a Friday.
# =====================================================================
d = Doc("h07_inter_fleuve")
d.ent("fleuve Sénégal", "LOC", 2)  # the one inside the OMVS name is not a mention
d.ent("Dakar", "LOC", 2)
d.ent("Nouakchott", "LOC", 1)
d.ent("Aminata Sow", "PER", 1)
d.ent("Sénégal", "LOC", 1)
d.ent("Mauritanie", "LOC", 1)
d.ent("Rosso", "LOC", 1)
d.ent("Ousmane Ndiaye", "PER", 1)
d.ent("Mariem Mint Ahmed", "PER", 1)
d.ent("Afrique de l'Ouest", "LOC", 1)
d.ent("Mali", "LOC", 1)
d.ent("Bamako", "LOC", 1)
d.ent("Organisation pour la mise en valeur du fleuve Sénégal", "ORG", 2, aliases=["OMVS"])
d.ent("Reuters", "ORG", 1)
d.ent("Kayes", "LOC", 1)
d.ent("Banque mondiale", "ORG", 1)
d.ent("Ibrahima Fall", "PER", 1)
d.ent("Podor", "LOC", 1)

d.rel("Aminata Sow", "role", "correspondante", "correspondante Aminata Sow")
d.rel("Ousmane Ndiaye", "role", "ministre de l'Hydraulique",
      "ministre sénégalais de l'Hydraulique, Ousmane Ndiaye")
d.rel("Mariem Mint Ahmed", "role", "ministre de l'Hydraulique",
      "ministre mauritanienne de l'Hydraulique, Mariem Mint Ahmed")
d.rel("Ibrahima Fall", "role", "président", "Ibrahima Fall, président")

d.claim("Ousmane Ndiaye", "déclarer", "C'est une victoire pour nos deux peuples", "SAY", "direct")
d.claim("Mariem Mint Ahmed", "saluer", "un modèle de coopération pour toute l'Afrique de l'Ouest", "SAY", "direct")
d.claim("Bamako", "reprocher", "avoir négocié « dans son dos »", "ACCUSE", "mixed", target="Dakar")
d.claim("Bamako", "réclamer",
        "la tenue d'un sommet de l'Organisation pour la mise en valeur du fleuve Sénégal (OMVS) avant l'été",
        "DEMAND", "indirect")
d.claim("un diplomate malien", "selon",
        "le gouvernement de transition craint que les nouveaux barrages réduisent l'irrigation dans la région de Kayes",
        "SAY", "indirect")
d.claim("le gouvernement de transition", "craindre",
        "les nouveaux barrages réduisent l'irrigation dans la région de Kayes", "SAY", "indirect")
d.claim("Banque mondiale", "annoncer", "elle débloquerait une première enveloppe de 300 millions de dollars",
        "ANNOUNCE", "indirect")
d.claim("les experts", "rappeler",
        "Le précédent accord, signé en 1972, ne prévoyait aucune règle en cas de sécheresse", "SAY", "indirect")
d.claim("les agriculteurs sénégalais de la vallée", "pour", "l'enjeu est vital", "SAY", "indirect")
d.claim("Ibrahima Fall", "expliquer", "Depuis dix ans, nous perdons une récolte sur trois", "SAY", "direct")
d.claim("Ibrahima Fall", "expliquer", "Sans eau, il n'y a pas de riz.", "SAY", "direct")

d.date("jeudi", "2025-04-17", "DATE",
       "Le Sénégal et la Mauritanie ont signé jeudi à Rosso un accord de partage des eaux du fleuve Sénégal")
d.date("dix-huit mois", "P18M", "DURATION", "négociations")
d.date("l'été", "2025-SU", "DATE", "la tenue d'un sommet")
d.date("mercredi", "2025-04-16", "DATE", "La Banque mondiale, qui financera 60 % des travaux, a annoncé")
d.date("2026", "2026", "DATE", "Les chantiers doivent démarrer")
d.date("cinq ans", "P5Y", "DURATION", "durer")
d.date("1972", "1972", "DATE", "signé")
d.date("dix ans", "P10Y", "DURATION", "nous perdons une récolte sur trois")
d.finish()

# =====================================================================
# h08 - sports. DCT 2024-06-09 (dateline "Dimanche 9 juin 2024"; metadata).
# =====================================================================
d = Doc("h08_sport_cyclisme")
d.ent("Léa Marchand", "PER", 2)
d.ent("Annecy-Chambéry", "MISC", 2)
d.ent("Alpes Cyclisme", "ORG", 1)
d.ent("Giulia Ferri", "PER", 3, aliases=["Ferri", "Giulia"])
d.ent("Sanne de Vries", "PER", 2)
d.ent("col de Leschaux", "LOC", 1)
d.ent("place du Palais-de-Justice", "LOC", 1)
d.ent("Tour de France Femmes", "MISC", 1)
d.ent("Pays-Bas", "LOC", 1)
d.ent("Fédération française de cyclisme", "ORG", 2, aliases=["FFC"])
d.ent("Alpes", "LOC", 1)  # the one in "Alpes Cyclisme" is not a mention
d.ent("conseil départemental de la Savoie", "ORG", 1)
d.ent("Aix-les-Bains", "LOC", 1)
d.ent("Patrick Vial", "PER", 1)

d.rel("Léa Marchand", "member_of", "Alpes Cyclisme", "Léa Marchand (équipe Alpes Cyclisme")
d.rel("Patrick Vial", "role", "directeur sportif", "directeur sportif, Patrick Vial")
d.rel("Sanne de Vries", "role", "championne", "Sanne de Vries, championne",
      anchor="Sanne de Vries, championne des Pays-Bas")

d.claim("Léa Marchand", "confier",
        "Je n'ai pas dormi, tellement j'avais peur de rater la montée du col de Leschaux", "SAY", "direct")
d.claim("Léa Marchand", "confier", "Quand j'ai vu que Giulia craquait, j'ai tout donné.", "SAY", "direct")
d.claim("Patrick Vial", "estimer", "elle « peut viser un top 10 » au Tour de France Femmes", "SAY", "mixed")
d.claim("Giulia Ferri", "reconnaître", "avoir « manqué de jambes dans les trois derniers kilomètres »",
        "ADMIT", "mixed")
d.claim("Sanne de Vries", "juger", "le parcours « plus dur que l'an dernier »", "SAY", "mixed")
d.claim("Fédération française de cyclisme", "selon", "le nombre de licenciées a augmenté de 40 % en cinq ans",
        "SAY", "indirect")
d.claim("Fédération française de cyclisme", "promettre",
        "organiser une deuxième course par étapes dans les Alpes dès l'an prochain", "ANNOUNCE", "indirect")
d.claim("Ses organisateurs", "regretter",
        "le conseil départemental de la Savoie ait réduit sa subvention de 30 % depuis 2022", "SAY", "indirect")
d.claim("Ses organisateurs", "demander", "ne pas laisser mourir le cyclisme féminin", "DEMAND", "direct",
        target="collectivités")
d.claim("le comité d'organisation", "préciser",
        "La prochaine édition aura lieu en juin 2025 et passera pour la première fois par Aix-les-Bains",
        "SAY", "indirect")

d.date("samedi", "2024-06-08", "DATE",
       "La Française Léa Marchand (équipe Alpes Cyclisme) a remporté samedi la course Annecy-Chambéry")
d.date("11 h 45", "2024-06-08T11:45", "TIME", "Partie")
d.date("3 h 52 min", "PT3H52M", "DURATION", "la coureuse a bouclé les 142 kilomètres")
d.date("12", "2024-08-12", "DATE", "L'épreuve se disputera", anchor="du 12 au 18 août")
d.date("18 août", "2024-08-18", "DATE", "L'épreuve se disputera")
d.date("2023", "2023", "DATE", "championne")
d.date("l'an dernier", "2023", "DATE", "le parcours")
d.date("cinq ans", "P5Y", "DURATION", "le nombre de licenciées a augmenté de 40 %")
d.date("l'an prochain", "2025", "DATE", "organiser une deuxième course par étapes dans les Alpes")
d.date("il y a dix ans", "2014", "DATE", "Créée")
d.date("chaque année", "P1Y", "SET", "la course réunit chaque année une centaine de coureuses")
d.date("2022", "2022", "DATE", "le conseil départemental de la Savoie ait réduit sa subvention de 30 %")
d.date("juin 2025", "2025-06", "DATE", "La prochaine édition aura lieu")
d.finish()

# =====================================================================
with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

c = Counter()
for r in records:
    c[(r["kind"], r["predicate"] if r["kind"] == "entity" else "")] += 1
for k, v in sorted(c.items()):
    print(k, v)
print(len(records), "facts in", len({r['doc'] for r in records}), "documents ->", OUT)
