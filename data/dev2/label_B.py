#!/usr/bin/env python3
"""Dev2 gold, part B (e07-e12): labelled by reading; Python only computes and checks offsets.

Writes /work/main/data/dev2/gold_B.jsonl. Modelled on data/dev/label_b.py: every span is
found by its exact string (unique in the text, or searched from an explicit unique anchor),
every offset, subject span and mention is asserted, and object == text for claims.
Helpers (reading, span search, the Doc builder, checks): data/labelkit.py.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import labelkit  # noqa: E402

RAW = os.path.join(HERE, "raw")
OUT = os.path.join(HERE, "gold_B.jsonl")


def quote_marks(t, content, mode, i, j):
    """mode is consistent with the quotation marks in the content"""
    if mode == "indirect":
        assert "«" not in content and "»" not in content, content
    if mode == "mixed":
        assert "«" in content, content
    if mode == "direct":
        # a direct span sits right inside its quotation marks
        assert t[:i].rstrip(" \u00a0\u202f").endswith("«"), content
        assert t[j:].lstrip(" \u00a0\u202f").startswith("»"), content


DOC_SET = labelkit.DocSet(RAW, claim_check=quote_marks)
Doc = DOC_SET.doc
records = DOC_SET.records


# ---------------------------------------------------------------- e07
# DCT 2025-03 (month), header " date 2025-03" on line 1 (metadata). Regional daily.
d = Doc("e07_contournement")
d.ent("Laval", "LOC", excl=["conseil municipal de Laval", "Laval en commun"], n=1)
d.ent("conseil municipal de Laval", "ORG", n=1)
d.ent("Jean-Marc Hervé", "PER", aliases=["Hervé"], n=2)
d.ent("Sandrine Le Roux", "PER", n=1)
d.ent("Laval en commun", "ORG", n=1)
d.ent("Autorité environnementale", "ORG", n=1)
d.ent("Bocage vivant", "ORG", n=2)
d.ent("Avesnières", "LOC", n=1)
d.ent("Saint-Pierre-le-Potier", "LOC", n=1)
d.ent("tribunal administratif de Nantes", "ORG", n=1)
d.ent("Gilles Ménard", "PER", n=1)
d.ent("conseil départemental de la Mayenne", "ORG", n=1)
d.ent("place du 11-Novembre", "LOC", n=1)

d.rel("Jean-Marc Hervé", "role", "maire", "maire, Jean-Marc Hervé")
d.rel("Sandrine Le Roux", "role", "cheffe de file", "cheffe de file, Sandrine Le Roux")
d.rel("Sandrine Le Roux", "role", "présidente", "Sandrine Le Roux, présidente du groupe Laval en commun")
d.rel("Sandrine Le Roux", "member_of", "Laval en commun", "Sandrine Le Roux, présidente du groupe Laval en commun")
d.rel("Sandrine Le Roux", "role", "élue", "élue", after="Selon l'élue")
d.rel("Gilles Ménard", "role", "président", "président, Gilles Ménard")
d.rel("Gilles Ménard", "member_of", "Bocage vivant", "président, Gilles Ménard")
d.rel("Gilles Ménard", "role", "ancien agriculteur", "Gilles Ménard, un ancien agriculteur")

JMH = "Jean-Marc Hervé"
d.claim(JMH, "déclarer",
        "Cette route, les habitants l'attendent depuis trente ans. Chaque jour, 18 000 véhicules traversent "
        "le centre-ville, dont 1 200 poids lourds", "SAY", "direct")
d.claim(JMH, "déclarer", "Nous ne pouvons plus attendre.", "SAY", "direct")
d.claim("Sandrine Le Roux", "accuser", "sacrifier le bocage pour gagner dix minutes en voiture", "ACCUSE", "direct",
        target="la majorité")
d.claim("Sandrine Le Roux", "selon",
        "le tracé retenu détruira près de 40 hectares de terres agricoles et deux kilomètres de haies", "SAY",
        "indirect")
d.claim("Sandrine Le Roux", "réclamer",
        "la suspension du projet jusqu'à la publication de l'avis de l'Autorité environnementale, attendu dans les "
        "prochaines semaines", "DEMAND", "indirect")
d.claim("Bocage vivant", "annoncer",
        "le dépôt d'un recours devant le tribunal administratif de Nantes « dès la publication de l'arrêté "
        "préfectoral »", "ANNOUNCE", "mixed")
d.claim("Gilles Ménard", "estimer",
        "On nous a présenté un projet ficelé d'avance. La concertation de l'automne dernier n'était qu'une façade",
        "SAY", "direct")
d.claim(JMH, "contester", "la concertation ait été bâclée", "DENY", "indirect")
d.claim(JMH, "assurer",
        "les six réunions publiques organisées entre septembre et novembre 2024 ont réuni « plus de 2 000 habitants »",
        "SAY", "mixed")
d.claim(JMH, "rappeler", "le conseil départemental de la Mayenne financera 40 % du chantier", "SAY", "indirect")
d.claim(JMH, "insister", "Le dossier est solide. Nous irons jusqu'au bout", "SAY", "direct")
d.claim("Les opposants", "appeler", "venir « nombreux » y déposer leurs observations", "DEMAND", "mixed",
        target="les habitants")

d.date("plus de quatre heures", "PT4H", "DURATION", "débats", after="plus de quatre heures")
d.date("jeudi", "2025-03", "DATE",
       "le conseil municipal de Laval a adopté jeudi, par 31 voix contre 12, le projet de contournement nord de la ville",
       after="le conseil municipal de Laval")
d.date("printemps 2026", "2026-SP", "DATE", "Le chantier, estimé à 48 millions d'euros, doit débuter")
d.date("fin 2028", "2028", "DATE", "mise en service", after="une mise en service")
d.date("trente ans", "P30Y", "DURATION", "les habitants l'attendent")
d.date("Chaque jour", "P1D", "SET", "18 000 véhicules traversent le centre-ville")
d.date("dix minutes", "PT10M", "DURATION", "gagner", after="gagner dix")
d.date("les prochaines semaines", "FUTURE_REF", "DATE", "attendu", after="attendu dans")
d.date("l'automne dernier", "2024-FA", "DATE", "La concertation", after="La concertation de l'automne")
d.date("futur", "FUTURE_REF", "DATE", "tracé", after="futur tracé")
d.date("vendredi", "2025-03", "DATE", "Interrogé", after="Interrogé vendredi")
d.date("septembre", "2024-09", "DATE", "organisées", after="organisées entre")
d.date("novembre 2024", "2024-11", "DATE", "organisées", safter="organisées entre")
d.date("5 mai", "2025-05-05", "DATE", "qui se tiendra du 5 mai au 6 juin à l'hôtel de ville")
d.date("6 juin", "2025-06-06", "DATE", "qui se tiendra du 5 mai au 6 juin à l'hôtel de ville")
d.date("samedi 22 mars à 10 heures", "2025-03-22T10:00", "TIME", "Bocage vivant organise une marche")

# ---------------------------------------------------------------- e08
# DCT 2025-06-12 (Thursday), AFP dateline "GRENOBLE, 12 juin 2025 (AFP) -" (the date is metadata;
# the dateline city and the agency are mentions).
d = Doc("e08_pfas")
d.ent("Générations Futures", "ORG", n=4)
d.ent("Grenoble", "LOC", extra=["GRENOBLE"], n=4)
d.ent("AFP", "ORG", n=3)
d.ent("Dervaux", "ORG", excl=["Dervaux France"], n=3)
d.ent("Dervaux France", "ORG", n=1)
d.ent("Drac", "LOC", n=1)
d.ent("tribunal judiciaire de Paris", "ORG", n=1)
d.ent("Jarrie", "LOC", excl=["Jarrie sans PFAS"], n=3)
d.ent("Bruxelles", "LOC", n=1)
d.ent("Union européenne", "ORG", n=1)
d.ent("François Vidal", "PER", n=1)
d.ent("préfecture de l'Isère", "ORG", n=1)
d.ent("Catherine Vallet", "PER", n=1)
ARS = "Agence régionale de santé Auvergne-Rhône-Alpes"
d.ent(ARS, "ORG", aliases=["ARS"], n=3)
d.ent("Jarrie sans PFAS", "ORG", n=1)

d.rel("Dervaux", "located_in", "Belgique", "groupe chimique belge Dervaux")
d.rel("Dervaux France", "member_of", "Dervaux", "Dervaux France, filiale du groupe")
d.rel("Dervaux", "located_in", "Bruxelles", "groupe dont le siège est à Bruxelles")
d.rel("François Vidal", "role", "porte-parole", "François Vidal, porte-parole de Générations Futures")
d.rel("François Vidal", "member_of", "Générations Futures", "François Vidal, porte-parole de Générations Futures")
d.rel("Catherine Vallet", "role", "préfète", "préfète, Catherine Vallet")
d.rel("Catherine Vallet", "member_of", "préfecture de l'Isère", "préfète, Catherine Vallet")

GF = "Générations Futures"
d.claim(GF, "accuser",
        "avoir rejeté pendant plus de dix ans des polluants éternels (PFAS) dans le Drac, au sud de Grenoble",
        "ACCUSE", "indirect", target="Dervaux")
d.claim(GF, "d'après",
        "les eaux prélevées en aval du site contiennent jusqu'à 40 fois la valeur limite fixée par l'Union "
        "européenne pour l'eau potable", "SAY", "indirect")
d.claim("François Vidal", "déclarer",
        "Les riverains boivent cette eau depuis des années sans le savoir. Les autorités connaissent les premiers "
        "résultats depuis 2021 et n'ont rien fait.\n\n« Nous ne demandons pas la fermeture de l'usine, mais l'arrêt "
        "immédiat des rejets et un dépistage gratuit pour tous les habitants de la vallée. Tant que l'État fera "
        "l'autruche, nous irons devant les juges.", "SAY", "direct")
d.claim("Dervaux", "affirmer", "le site de Jarrie « respecte l'ensemble des seuils réglementaires »", "SAY", "mixed")
d.claim("Dervaux", "rappeler", "avoir investi 12 millions d'euros depuis 2022 dans une station de traitement",
        "SAY", "indirect")
d.claim(GF, "affirmer", "les rejets de l'usine ont triplé entre 2015 et 2020", "SAY", "indirect")
d.claim("préfecture de l'Isère", "annoncer",
        "un arrêté interdisant la consommation des œufs et des légumes des potagers situés dans un rayon de cinq "
        "kilomètres autour de l'usine", "ANNOUNCE", "indirect")
d.claim("Catherine Vallet", "indiquer",
        "une campagne de prélèvements sanguins serait menée par l'Agence régionale de santé Auvergne-Rhône-Alpes "
        "(ARS) auprès de 500 volontaires à partir du 1er juillet", "SAY", "indirect")
d.claim(ARS, "pour", "il n'existe pour l'instant aucun risque sanitaire avéré", "SAY", "direct")
d.claim(ARS, "recommander", "ne pas consommer l'eau du robinet en attendant les résultats", "DEMAND", "indirect",
        target="femmes enceintes")
d.claim("Jarrie sans PFAS", "dénoncer", "une position « incohérente »", "ACCUSE", "mixed")
d.claim("Jarrie sans PFAS", "exhorter",
        "financer le raccordement des communes concernées au réseau d'eau de Grenoble", "DEMAND", "indirect",
        target="l'État")

d.date("jeudi", "2025-06-12", "DATE", "L'ONG Générations Futures a porté plainte")
d.date("plus de dix ans", "P10Y", "DURATION", "avoir rejeté")
d.date("mars", "2025-03", "DATE", "réalisées", after="réalisées en mars")
d.date("des années", "PXY", "DURATION", "Les riverains boivent cette eau")
d.date("2021", "2021", "DATE", "Les autorités connaissent les premiers résultats")
d.date("2022", "2022", "DATE", "avoir investi 12 millions d'euros")
d.date("2015", "2015", "DATE", "les rejets de l'usine ont triplé")
d.date("2020", "2020", "DATE", "les rejets de l'usine ont triplé")
d.date("mercredi soir", "2025-06-11TEV", "TIME", "La préfecture de l'Isère a de son côté annoncé")
d.date("1er juillet", "2025-07-01", "DATE", "une campagne de prélèvements sanguins serait menée")
d.date("l'instant", "PRESENT_REF", "DATE", "il n'existe pour l'instant aucun risque sanitaire avéré")
d.date("le 24 juin à 19 heures", "2025-06-24T19:00", "TIME", "Une réunion publique est prévue")
d.date("la fin de l'été", "2025-SU", "DATE", "Les résultats des premiers prélèvements sont attendus")

# ---------------------------------------------------------------- e09
# DCT 2025-09-23 (Tuesday), "Publié le 23/09/2025 à 08h05" under the title (metadata). Web news.
d = Doc("e09_cnil")
CNIL = "Commission nationale de l'informatique et des libertés"
d.ent(CNIL, "ORG", aliases=["CNIL"], n=5)
d.ent("Vidora", "ORG", n=5)
d.ent("France", "LOC", excl=["France Info"], n=3)
d.ent("Lanmei Technology", "ORG", n=1)
d.ent("Shenzhen", "LOC", n=1)
d.ent("Chine", "LOC", n=2)
d.ent("Hélène Marchetti", "PER", n=1)
d.ent("RGPD", "MISC", n=1)
d.ent("Conseil d'État", "ORG", n=1)
d.ent("Irlande", "LOC", n=1)
d.ent("Daniel Fischer", "PER", n=1)
d.ent("Europe", "LOC", n=1)
d.ent("LinkedIn", "ORG", n=1)
d.ent("Claire Aubertin", "PER", n=1)
d.ent("France Info", "ORG", n=1)
d.ent("Commission européenne", "ORG", n=1)
d.ent("règlement sur les services numériques", "MISC", aliases=["DSA"], n=2)
d.ent("UFC-Que Choisir", "ORG", n=1)
d.ent("Marc Bellanger", "PER", n=1)
d.ent("Autorité de la concurrence", "ORG", n=1)

d.rel("Vidora", "located_in", "Chine", "plateforme chinoise Vidora")
d.rel("Vidora", "member_of", "Lanmei Technology", "Vidora, propriété du groupe chinois Lanmei Technology")
d.rel("Lanmei Technology", "located_in", "Chine", "groupe chinois Lanmei Technology")
d.rel("Lanmei Technology", "located_in", "Shenzhen", "Lanmei Technology, basé à Shenzhen")
d.rel("Hélène Marchetti", "role", "présidente", "présidente de la CNIL, Hélène Marchetti")
d.rel("Hélène Marchetti", "member_of", CNIL, "présidente de la CNIL, Hélène Marchetti")
d.rel("Daniel Fischer", "role", "directeur", "directeur pour l'Europe, Daniel Fischer")
d.rel("Daniel Fischer", "member_of", "Vidora", "directeur pour l'Europe, Daniel Fischer")
d.rel("Claire Aubertin", "role", "ministre déléguée chargée du Numérique",
      "ministre déléguée chargée du Numérique, Claire Aubertin")
d.rel("Marc Bellanger", "role", "président", "président, Marc Bellanger")
d.rel("Marc Bellanger", "member_of", "UFC-Que Choisir", "président, Marc Bellanger")

d.claim(CNIL, "reprocher",
        "avoir transféré vers des serveurs situés en Chine les données de plus de 8 millions d'utilisateurs "
        "français, dont de nombreux mineurs, sans les en informer", "ACCUSE", "indirect", target="Vidora")
d.claim("Hélène Marchetti", "déclarer",
        "Les enfants ne sont pas une marchandise. Aucune plateforme, quelle que soit sa taille ou sa nationalité, "
        "n'est au-dessus du RGPD", "SAY", "direct")
d.claim("Hélène Marchetti", "déclarer", "Nous avons relevé des manquements graves et répétés, qui durent depuis 2021.",
        "SAY", "direct")
d.claim("Vidora", "contester", "la décision", "DENY", "indirect", after="« conteste vigoureusement »")
d.claim("Vidora", "annoncer", "elle saisira le Conseil d'État", "ANNOUNCE", "indirect")
d.claim("Vidora", "assurer", "les données des utilisateurs européens sont « stockées en Irlande depuis 2023 »",
        "SAY", "mixed")
d.claim("Vidora", "assurer", "aucun employé basé en Chine n'y a accès", "SAY", "direct")
d.claim("Daniel Fischer", "estimer",
        "la sanction était « disproportionnée et motivée par des considérations politiques »", "SAY", "mixed")
d.claim("Le gouvernement", "saluer", "une décision « courageuse »", "SAY", "mixed")
d.claim("Claire Aubertin", "réagir",
        "Cette amende envoie un message clair à toutes les plateformes : en France, la protection des mineurs "
        "n'est pas négociable", "SAY", "direct")
d.claim("Claire Aubertin", "exhorter",
        "ouvrir une enquête au titre du règlement sur les services numériques (DSA)", "DEMAND", "indirect",
        target="Commission européenne")
d.claim("UFC-Que Choisir", "pour", "la sanction arrive « bien trop tard »", "SAY", "mixed")
d.claim("UFC-Que Choisir", "réclamer", "la création d'un fonds d'indemnisation pour les familles concernées",
        "DEMAND", "indirect")
d.claim("Marc Bellanger", "appeler",
        "vérifier dès aujourd'hui les paramètres de confidentialité des comptes de leurs enfants", "DEMAND",
        "indirect", target="les parents")

d.date("lundi", "2025-09-22", "DATE",
       "La Commission nationale de l'informatique et des libertés (CNIL) a sanctionné")
d.date("2021", "2021", "DATE", "qui durent")
d.date("2023", "2023", "DATE", "stockées")
d.date("mardi matin", "2025-09-23TMO", "TIME",
       "a réagi la ministre déléguée chargée du Numérique, Claire Aubertin, sur France Info mardi matin")
d.date("janvier 2024", "2024-01", "DATE", "qui avait saisi la CNIL")
d.date("aujourd'hui", "2025-09-23", "DATE",
       "vérifier dès aujourd'hui les paramètres de confidentialité des comptes de leurs enfants")
d.date("deux mois", "P2M", "DURATION",
       "Vidora, qui revendique 15 millions d'utilisateurs en France, dispose de deux mois pour se mettre en conformité")
d.date("L'an dernier", "2024", "DATE",
       "l'Autorité de la concurrence avait déjà ouvert une enquête sur ses pratiques publicitaires")
d.date("début 2026", "2026", "DATE", "elle doit rendre ses conclusions")

# ---------------------------------------------------------------- e10
# DCT 2025-10-06 (Monday), header " date 2025-10-06" on line 1 (metadata). Sports web news.
d = Doc("e10_football")
MHSC = "Montpellier Hérault Sport Club"
d.ent("Montpellier", "LOC", excl=[MHSC], n=1)
d.ent("Olivier Cantarel", "PER", aliases=["Cantarel"], n=4)
d.ent("Guingamp", "LOC", excl=["En Avant Guingamp"], n=1)
d.ent(MHSC, "ORG", aliases=["MHSC"], n=4)
d.ent("En Avant Guingamp", "ORG", n=1)
d.ent("Ligue 2", "MISC", n=2)
d.ent("Bernard Azéma", "PER", n=1)
d.ent("Yanis Belkacem", "PER", n=1)
d.ent("Moussa Sangaré", "PER", n=1)
d.ent("Stade de Reims", "ORG", n=1)
d.ent("Rémi Costa", "PER", n=1)
d.ent("Amiens SC", "ORG", n=1)
d.ent("Ligue de football professionnel", "ORG", aliases=["LFP"], n=3)
d.ent("Bastia", "LOC", n=1)

d.rel("Olivier Cantarel", "role", "entraîneur", "entraîneur, Olivier Cantarel")
d.rel("Olivier Cantarel", "member_of", MHSC, "entraîneur, Olivier Cantarel")
d.rel("Bernard Azéma", "role", "président", "président du MHSC, Bernard Azéma")
d.rel("Bernard Azéma", "member_of", MHSC, "président du MHSC, Bernard Azéma")
d.rel("Yanis Belkacem", "role", "capitaine", "capitaine montpelliérain, Yanis Belkacem")
d.rel("Yanis Belkacem", "member_of", MHSC, "capitaine montpelliérain, Yanis Belkacem")
d.rel("Yanis Belkacem", "role", "milieu de terrain", "milieu de terrain", after="Le milieu de terrain")
d.rel("Moussa Sangaré", "role", "attaquant", "attaquant Moussa Sangaré")
d.rel("Rémi Costa", "role", "entraîneur des moins de 19 ans", "entraîneur des moins de 19 ans du club, Rémi Costa")
d.rel("Rémi Costa", "member_of", MHSC, "entraîneur des moins de 19 ans du club, Rémi Costa")

d.claim(MHSC, "annoncer", "la fin de sa collaboration avec son entraîneur, Olivier Cantarel", "ANNOUNCE", "indirect")
d.claim("Bernard Azéma", "expliquer",
        "C'est une décision difficile, mais nécessaire. Le contenu des matchs ne correspond plus à nos ambitions",
        "SAY", "direct")
d.claim("Bernard Azéma", "affirmer",
        "avoir « tout essayé » pour relancer l'équipe, y compris une mise au vert de trois jours à la fin septembre",
        "SAY", "mixed")
d.claim("Son entourage", "dénoncer", "un « manque de patience »", "ACCUSE", "mixed")
d.claim("Son entourage", "accuser", "ne pas lui avoir donné les moyens de ses ambitions", "ACCUSE", "indirect",
        target="la direction")
d.claim("Yanis Belkacem", "confier", "On est tous responsables, pas seulement le coach", "SAY", "direct")
d.claim("Yanis Belkacem", "assurer", "les joueurs « ne lâcheront rien »", "SAY", "mixed")
d.claim("Moussa Sangaré", "estimer", "le groupe doit « se regarder dans la glace »", "SAY", "mixed")
d.claim("plusieurs médias locaux", "selon", "la direction aurait déjà contacté deux techniciens sans club",
        "SAY", "indirect")
d.claim("La commission de discipline de la LFP", "reprocher", "un « défaut d'organisation » de la sécurité",
        "ACCUSE", "mixed", target=MHSC)

d.date("lundi matin", "2025-10-06TMO", "TIME", "Le Montpellier Hérault Sport Club (MHSC) a annoncé")
d.date("samedi", "2025-10-04", "DATE", "concédée", after="concédée samedi")
d.date("printemps", "2025-SP", "DATE", "relégué", after="relégué en Ligue 2")
d.date("trois jours", "P3D", "DURATION", "une mise au vert")
d.date("la fin septembre", "2025-09", "DATE", "une mise au vert")
d.date("juin 2024", "2024-06", "DATE", "Arrivé", after="Arrivé en juin")
d.date("trois ans", "P3Y", "DURATION", "contrat", after="un contrat de trois")
d.date("cet été", "2025-SU", "DATE", "seules deux recrues sont arrivées")
d.date("août", "2025-08", "DATE", "arrivé", after="arrivé en août")
d.date("samedi à 20 heures", "2025-10-11T20:00", "TIME", "l'intérim sera assuré")
d.date("mardi dernier", "2025-09-30", "DATE", "La Ligue de football professionnel (LFP) a ouvert")
d.date("le 20 septembre", "2025-09-20", "DATE", "match", after="lors du match contre Bastia")
d.date("le 16 octobre", "2025-10-16", "DATE", "qui doit se prononcer")
d.date("cinq semaines", "P5W", "DURATION", "qui n'a plus gagné")

# ---------------------------------------------------------------- e11
# DCT unknown: no header, dateline or "Publié le" line. Narrative mode, anchored on
# "mardi 4 novembre 2025 à 20 heures" in the first paragraph. National daily.
d = Doc("e11_greve_sncf")
d.ent("SNCF", "ORG", n=4)
d.ent("CGT-Cheminots", "ORG", n=2)
d.ent("SUD-Rail", "ORG", n=2)
d.ent("Île-de-France", "LOC", n=1)
d.ent("RER B", "MISC", n=1)
d.ent("RER D", "MISC", n=1)
d.ent("gare de Lyon", "LOC", n=1)
d.ent("Paris", "LOC", n=1)
d.ent("Fabien Monnier", "PER", n=1)
d.ent("Pascal Orsini", "PER", n=1)
d.ent("Arnaud Véron", "PER", n=2)
d.ent("gare Saint-Charles", "LOC", n=1)
d.ent("Marseille", "LOC", n=1)
d.ent("Lyon", "LOC", excl=["gare de Lyon"], n=1)
d.ent("Inès Baraka", "PER", n=1)
FNAUT = "Fédération nationale des associations d'usagers des transports"
d.ent(FNAUT, "ORG", aliases=["FNAUT"], n=2)
d.ent("Olivier Brunel", "PER", n=1)

d.rel("gare de Lyon", "located_in", "Paris", "gare de Lyon, à Paris")
d.rel("Fabien Monnier", "role", "secrétaire général", "secrétaire général de SUD-Rail, Fabien Monnier")
d.rel("Fabien Monnier", "member_of", "SUD-Rail", "secrétaire général de SUD-Rail, Fabien Monnier")
d.rel("Pascal Orsini", "role", "secrétaire fédéral", "secrétaire fédéral, Pascal Orsini")
d.rel("Pascal Orsini", "member_of", "CGT-Cheminots", "CGT-Cheminots, dont le secrétaire fédéral, Pascal Orsini")
d.rel("Arnaud Véron", "role", "PDG", "PDG de la SNCF, Arnaud Véron")
d.rel("Arnaud Véron", "member_of", "SNCF", "PDG de la SNCF, Arnaud Véron")
d.rel("gare Saint-Charles", "located_in", "Marseille", "gare Saint-Charles, à Marseille")
d.rel("Inès Baraka", "role", "étudiante en droit", "Inès Baraka, une étudiante en droit")
d.rel("Olivier Brunel", "role", "ministre des Transports", "ministre des Transports, Olivier Brunel")

d.claim("le gouvernement", "appeler", "dialogue", "DEMAND", "indirect", after="appelle au dialogue")
d.claim("CGT-Cheminots", "réclamer",
        "une hausse générale des salaires de 6 % et le retrait du projet de réorganisation des plannings, présenté "
        "en septembre par la direction", "DEMAND", "indirect")
d.claim("SNCF", "selon",
        "un train à grande vitesse sur trois et un train régional sur deux seulement circulaient mercredi",
        "SAY", "indirect")
d.claim("SNCF", "prévoir", "un trafic « très perturbé » au moins jusqu'à dimanche", "SAY", "mixed")
d.claim("Fabien Monnier", None,
        "Depuis deux ans, on nous promet des négociations qui n'arrivent jamais. Cette fois, nous ne reprendrons "
        "pas le travail sans un accord signé.", "SAY", "direct")
d.claim("Pascal Orsini", "accuser", "jouer le pourrissement", "ACCUSE", "direct", target="la direction")
d.claim("Pascal Orsini", "exhorter", "rouvrir « immédiatement » les négociations salariales", "DEMAND", "mixed",
        target="Arnaud Véron")
d.claim("Arnaud Véron", "juger",
        "les revendications « irréalistes » au regard de la situation financière de l'entreprise", "SAY", "mixed")
d.claim("Arnaud Véron", "rappeler", "une prime de 400 euros a déjà été versée en juin", "SAY", "indirect")
d.claim("Arnaud Véron", "écrire", "La porte du dialogue reste ouverte, mais pas sous la menace", "SAY", "direct")
d.claim("Inès Baraka", "raconter",
        "Mon train pour Lyon a été supprimé trois fois en trois jours. Personne ne nous explique rien", "SAY", "direct")
d.claim(FNAUT, "réclamer", "un remboursement intégral des abonnements du mois de novembre", "DEMAND", "indirect")
d.claim("Olivier Brunel", "appeler", "la responsabilité de chacun", "DEMAND", "direct")
d.claim("Olivier Brunel", "inviter", "se retrouver « dans les plus brefs délais »", "DEMAND", "mixed",
        target="syndicats et direction")
d.claim("Olivier Brunel", "exclure", "toute intervention de l'État dans les négociations", "DENY", "indirect")
d.claim("Olivier Brunel", "selon", "le conflit « doit se régler dans l'entreprise »", "SAY", "mixed")

d.date("mardi 4 novembre 2025 à 20 heures", "2025-11-04T20:00", "TIME",
       "les contrôleurs et les aiguilleurs de la SNCF ont cessé le travail")
d.date("septembre", "2025-09", "DATE", "présenté", after="présenté en septembre")
d.date("mercredi", "2025-11-05", "DATE",
       "un train à grande vitesse sur trois et un train régional sur deux seulement circulaient")
d.date("dimanche", "2025-11-09", "DATE", "un trafic « très perturbé »")
d.date("deux ans", "P2Y", "DURATION", "on nous promet des négociations qui n'arrivent jamais")
d.date("jeudi", "2025-11-06", "DATE", "adressé", after="adressé aux salariés jeudi")
d.date("juin", "2025-06", "DATE", "une prime de 400 euros a déjà été versée")
d.date("trois jours", "P3D", "DURATION", "Mon train pour Lyon a été supprimé trois fois")
d.date("mois de novembre", "2025-11", "DATE", "abonnements", after="abonnements du mois")
d.date("jeudi soir", "2025-11-06TEV", "TIME", "Le ministre des Transports, Olivier Brunel, a appelé")
d.date("lundi", "2025-11-10", "DATE", "Une table ronde pourrait se tenir")

# ---------------------------------------------------------------- e12
# DCT 2025-07-01 (Tuesday), date line "Mardi 1er juillet 2025" under the title (metadata). Culture page.
d = Doc("e12_festival")
TRET = "Les Tréteaux du Lot"
d.ent(TRET, "MISC", aliases=["Tréteaux"], n=3)
d.ent("Cahors", "LOC", n=1)
d.ent("conseil départemental du Lot", "ORG", n=1)
d.ent("Nathalie Rouquier", "PER", n=1)
d.ent("Karim Benhamou", "PER", n=1)
d.ent("La Lanterne", "ORG", n=1)
d.ent("Serge Lacombe", "PER", n=1)
d.ent("ministère de la Culture", "ORG", n=1)
DRAC = "direction régionale des affaires culturelles d'Occitanie"
d.ent(DRAC, "ORG", aliases=["DRAC"], n=2)
d.ent("Occitanie", "LOC", excl=[DRAC], n=1)
d.ent("Scènes en lutte", "ORG", n=1)
d.ent("Julie Mas", "PER", n=1)
d.ent("place Lafayette", "LOC", n=1)
d.ent("Les Oiseaux de passage", "MISC", n=1)
d.ent("Théâtre du Fil", "ORG", n=1)
d.ent("musée Henri-Martin", "ORG", n=1)

d.rel("Nathalie Rouquier", "role", "directrice", "directrice, Nathalie Rouquier")
d.rel("Karim Benhamou", "role", "metteur en scène",
      "Karim Benhamou, metteur en scène de la compagnie cadurcienne La Lanterne")
d.rel("Karim Benhamou", "member_of", "La Lanterne",
      "Karim Benhamou, metteur en scène de la compagnie cadurcienne La Lanterne")
d.rel("La Lanterne", "located_in", "Cahors", "compagnie cadurcienne La Lanterne")
d.rel("Serge Lacombe", "role", "président", "Président du conseil départemental, Serge Lacombe")
d.rel("Serge Lacombe", "member_of", "conseil départemental du Lot",
      "Président du conseil départemental, Serge Lacombe")
d.rel("Serge Lacombe", "role", "élu", "élu", after="D'après l'élu")
d.rel("Julie Mas", "role", "porte-parole", "porte-parole, la comédienne Julie Mas")
d.rel("Julie Mas", "member_of", "Scènes en lutte", "porte-parole, la comédienne Julie Mas")
d.rel("Julie Mas", "role", "comédienne", "comédienne Julie Mas")
d.rel("Théâtre du Fil", "located_in", "Toulouse", "compagnie toulousaine Théâtre du Fil")

d.claim("Nathalie Rouquier", "expliquer",
        "Nous avons fait le choix de sauver l'essentiel : les compagnies, les techniciens et la gratuité des "
        "spectacles de rue", "SAY", "direct")
d.claim("Nathalie Rouquier", "estimer", "Mais on ne pourra pas tenir deux ans dans ces conditions", "SAY", "direct")
d.claim("Nathalie Rouquier", "évoquer", "un déficit prévisionnel de 180 000 euros", "SAY", "indirect")
d.claim("Karim Benhamou", "souligner",
        "Sans les Tréteaux, beaucoup de petites compagnies n'auraient jamais joué devant un public de mille personnes",
        "SAY", "direct")
d.claim("Serge Lacombe", "défendre", "un choix « douloureux mais responsable »", "SAY", "mixed")
d.claim("Serge Lacombe", "d'après",
        "la collectivité a dû économiser 14 millions d'euros sur son budget 2025 « sans toucher aux solidarités »",
        "SAY", "mixed")
d.claim("les artistes", "accuser", "sacrifier la culture en premier", "ACCUSE", "direct", target="Serge Lacombe")
d.claim("ministère de la Culture", "rappeler", "avoir maintenu son soutien, à hauteur de 250 000 euros", "SAY",
        "indirect")
d.claim("ministère de la Culture", "regretter", "la décision du département", "SAY", "indirect")
d.claim(DRAC, "promettre", "étudier « dans les prochains jours » une aide exceptionnelle", "ANNOUNCE", "mixed")
d.claim("Scènes en lutte", "demander", "le rétablissement de la subvention", "DEMAND", "indirect")
d.claim("Julie Mas", "exhorter", "revenir sur leur vote avant le budget de l'an prochain", "DEMAND", "indirect",
        target="l'ensemble des élus du département")

d.date("le 17 juillet", "2025-07-17", "DATE",
       "Le festival de théâtre Les Tréteaux du Lot ouvrira sa 28e édition")
d.date("le 23 juin", "2025-06-23", "DATE", "votée", after="votée le 23 juin")
d.date("trois jours", "P3D", "DURATION", "Le festival a toutefois été raccourci")
d.date("2016", "2016", "DATE", "qui dirige la manifestation")
d.date("deux ans", "P2Y", "DURATION", "on ne pourra pas tenir")
d.date("quinze ans", "P15Y", "DURATION", "fidèle", after="fidèle au festival")
d.date("2025", "2025", "DATE", "budget", after="son budget 2025")
d.date("les prochains jours", "FUTURE_REF", "DATE", "étudier", after="étudier « dans")
d.date("une semaine", "P1W", "DURATION", "signée", after="signée par plus")
d.date("l'an prochain", "2026", "DATE", "le budget", after="avant le budget de l'an")
d.date("le jeudi 17 juillet à 21 h 30", "2025-07-17T21:30", "TIME", "Le festival s'ouvrira")
d.date("trente ans", "P30Y", "DURATION", "retraçant", after="retraçant trente")
d.date("10 juillet", "2025-07-10", "DATE",
       "Une exposition de photographies retraçant trente ans de festival sera par ailleurs présentée")
d.date("31 août", "2025-08-31", "DATE",
       "Une exposition de photographies retraçant trente ans de festival sera par ailleurs présentée")

# ---------------------------------------------------------------- checks and output
DOCS = sorted({r["doc"] for r in records})
# member_of / located_in objects are type-fact subjects, except countries/cities given by an adjective only
ADJ_ONLY = {("e08_pfas", "Belgique"): "belge", ("e12_festival", "Toulouse"): "toulousaine"}
labelkit.check_facts(records, DOC_SET.texts, adj_only=ADJ_ONLY)
for r in records:
    if r["kind"] == "date":
        assert r["object"] and r["text"].strip() == r["text"], r
# one type fact per entity name per document
seen = Counter((r["doc"], n) for r in records if r.get("predicate") == "type"
               for n in [r["subject"], *r["aliases"]])
assert all(v == 1 for v in seen.values()), [k for k, v in seen.items() if v > 1]
# claim sources and targets that are entity names use the canonical subject
names_to_canon = {}
for r in records:
    if r.get("predicate") == "type":
        for n in r["aliases"]:
            names_to_canon[(r["doc"], n)] = r["subject"]
for r in records:
    if r["kind"] == "claim":
        for f in ("subject", "target"):
            assert (r["doc"], r[f]) not in names_to_canon, (f, r)

labelkit.write_jsonl(OUT, records)

if __name__ == "__main__":
    c = Counter((r["kind"], r["predicate"] if r["kind"] == "entity" else "") for r in records)
    print(len(records), "facts ->", OUT)
    for k, v in sorted(c.items()):
        print(" ", k, v)
    print("per doc (type/role/member_of/located_in, claims, dates):")
    for doc in DOCS:
        rs = [r for r in records if r["doc"] == doc]
        e = Counter(r["predicate"] for r in rs if r["kind"] == "entity")
        print(f"  {doc}: {e['type']}/{e['role']}/{e['member_of']}/{e['located_in']}, "
              f"{sum(r['kind'] == 'claim' for r in rs)}, {sum(r['kind'] == 'date' for r in rs)}")
    print("types:", Counter(r["object"] for r in records if r.get("predicate") == "type"))
    print("mentions:", sum(len(r["mentions"]) for r in records if r.get("predicate") == "type"))
    print("claims:", Counter(r["category"] for r in records if r["kind"] == "claim"),
          Counter(r["mode"] for r in records if r["kind"] == "claim"))
    print("dates:", Counter(r["type"] for r in records if r["kind"] == "date"))
