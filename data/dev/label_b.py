#!/usr/bin/env python3
"""Dev gold, part B (d07-d12): labelled by reading; Python only computes and checks offsets.

Writes /work/main/data/dev/gold_b.jsonl
Helpers (reading, span search, the Doc builder, checks): data/labelkit.py.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import labelkit  # noqa: E402

RAW = os.path.join(HERE, "raw")
OUT = os.path.join(HERE, "gold_b.jsonl")
DOC_SET = labelkit.DocSet(RAW)
Doc = DOC_SET.doc
records = DOC_SET.records


# ---------------------------------------------------------------- d07
# DCT 2024-02 (month), header " date 2024-02" on line 1 (metadata).
d = Doc("d07_agriculteurs", body_start="Colère agricole")
d.ent("autoroute A7", "LOC", aliases=["A7"], n=2)
d.ent("Lyon", "LOC", n=2)
d.ent("Vienne", "LOC", n=1)
d.ent("Fédération nationale des syndicats d'exploitants agricoles", "ORG", aliases=["FNSEA"], n=3)
d.ent("Jeunes Agriculteurs", "ORG", n=2)
d.ent("Arnaud Delorme", "PER", n=1)
d.ent("Bernard Caillaux", "PER", n=1)
d.ent("Office français de la biodiversité", "ORG", aliases=["OFB"], n=2)
d.ent("France Inter", "ORG", n=1)
d.ent("Léa Fournier", "PER", n=1)
d.ent("Drôme", "LOC", n=1)
d.ent("loi Egalim", "MISC", n=1)
d.ent("Rhône", "LOC", n=1)
d.ent("Michel Aubry", "PER", n=1)
d.ent("Saint-Étienne", "LOC", n=1)
d.ent("Vinci Autoroutes", "ORG", n=1)
d.ent("Confédération paysanne", "ORG", n=1)
FNSEA = "Fédération nationale des syndicats d'exploitants agricoles"
d.rel("Arnaud Delorme", "role", "président", "président de la FNSEA, Arnaud Delorme")
d.rel("Arnaud Delorme", "member_of", FNSEA, "président de la FNSEA, Arnaud Delorme")
d.rel("Bernard Caillaux", "role", "ministre de l'Agriculture", "ministre de l'Agriculture, Bernard Caillaux")
d.rel("Léa Fournier", "role", "porte-parole", "Léa Fournier, porte-parole des Jeunes Agriculteurs")
d.rel("Léa Fournier", "member_of", "Jeunes Agriculteurs", "Léa Fournier, porte-parole des Jeunes Agriculteurs")
d.rel("Léa Fournier", "role", "éleveuse", "éleveuse")
d.rel("Michel Aubry", "role", "préfet", "préfet du Rhône, Michel Aubry")

d.claim("Arnaud Delorme", "déclarer",
        "Nous ne lèverons pas le camp tant que le gouvernement ne nous aura pas entendus", "SAY", "direct")
d.claim("Arnaud Delorme", "ajouter", "On travaille sans compter pour moins qu'un smic", "SAY", "direct")
d.claim(FNSEA, "exiger",
        "la suspension immédiate de la hausse de la taxe sur le gazole non routier", "DEMAND", "indirect")
d.claim(FNSEA, "accuser", "tirer les prix vers le bas depuis 2019", "ACCUSE", "direct",
        target="la grande distribution")
d.claim(FNSEA, "selon", "plus de 40 000 exploitations ont disparu en dix ans", "SAY", "indirect")
d.claim("Bernard Caillaux", "annoncer", "vouloir débloquer 150 millions d'euros d'aides d'urgence",
        "ANNOUNCE", "indirect")
d.claim("Bernard Caillaux", "assurer",
        "les contrôles de l'Office français de la biodiversité (OFB) seraient « allégés » d'ici mars",
        "SAY", "mixed")
d.claim("Bernard Caillaux", "estimer",
        "J'entends la détresse, mais bloquer les routes n'est pas une solution", "SAY", "direct")
d.claim("le ministère", "annoncer", "Une cellule de crise sera installée dans chaque département",
        "ANNOUNCE", "indirect")
d.claim("Léa Fournier", "pour", "ces annonces restent « très en deçà des attentes »", "SAY", "mixed")
d.claim("Léa Fournier", "exhorter", "revoir entièrement la loi Egalim", "DEMAND", "indirect",
        target="le gouvernement")
d.claim("Michel Aubry", "indiquer", "des déviations avaient été mises en place par Saint-Étienne",
        "SAY", "indirect")
d.claim("Vinci Autoroutes", "d'après", "la circulation était perturbée sur près de 30 kilomètres",
        "SAY", "indirect")
d.claim("Confédération paysanne", "dénoncer", "un plan qui profite d'abord aux plus gros",
        "ACCUSE", "direct")

d.date("mardi", "2024-02", "DATE", "Plusieurs centaines d'agriculteurs ont bloqué mardi l'autoroute A7",
       after="Plusieurs centaines")
d.date("jeudi", "2024-02", "DATE", "Le barrage devait être maintenu", after="Le barrage")
d.date("2019", "2019", "DATE", "tirer les prix vers le bas", after="tirer les prix")
d.date("dix ans", "P10Y", "DURATION", "plus de 40 000 exploitations ont disparu", after="plus de 40 000")
d.date("hier", "2024-02", "DATE", "Le ministre de l'Agriculture, Bernard Caillaux, a annoncé",
       after="Le ministre de l'Agriculture")
d.date("mars", "2024-03", "DATE",
       "les contrôles de l'Office français de la biodiversité (OFB) seraient « allégés »",
       after="les contrôles de l'Office")
d.date("mercredi", "2024-02", "DATE", "a annoncé mercredi le ministère", after="a annoncé mercredi")
d.date("trois ans", "P3Y", "DURATION", "installée", after="installée dans la Drôme")
d.date("lundi", "2024-02", "DATE", "Les agriculteurs prévoient de se rassembler à nouveau",
       after="Les agriculteurs prévoient")

# ---------------------------------------------------------------- d08
# DCT 2025-02-13 (Thursday), dateline "BRUXELLES, 13 FÉVRIER 2025 (AFP) -" (date part is metadata).
d = Doc("d08_sommet_ue_ua")
d.ent("Union européenne", "ORG", aliases=["UE"], n=5)
d.ent("Union africaine", "ORG", aliases=["UA"], n=5)
d.ent("Afrique", "LOC", n=2)
d.ent("Bruxelles", "LOC", extra=["BRUXELLES"], n=2)
d.ent("AFP", "ORG", n=1)
d.ent("Moussa Diallo", "PER", n=1)
d.ent("Paris", "LOC", n=1)
d.ent("Laurent Mercier", "PER", n=1)
d.ent("Europe", "LOC", n=1)
d.ent("Alger", "LOC", n=1)
d.ent("Karim Benali", "PER", n=1)
d.ent("Commission européenne", "ORG", n=1)
d.ent("Ingrid Vos", "PER", n=1)
d.ent("Youssef El Amrani", "PER", n=1)
d.ent("Maroc", "LOC", n=1)
d.ent("Amnesty International", "ORG", n=1)
d.ent("Abidjan", "LOC", n=1)
d.ent("Oxfam France", "ORG", n=1)
d.ent("Claire Ndiaye", "PER", n=1)
d.ent("Addis-Abeba", "LOC", n=1)
ev = "président en exercice de l'Union africaine, le Sénégalais Moussa Diallo"
d.rel("Moussa Diallo", "role", "président en exercice", ev)
d.rel("Moussa Diallo", "member_of", "Union africaine", ev)
d.rel("Laurent Mercier", "role", "président", "président français, Laurent Mercier")
d.rel("Karim Benali", "role", "ministre des Affaires étrangères",
      "ministre algérien des Affaires étrangères, Karim Benali")
d.rel("Ingrid Vos", "role", "présidente", "présidente de la Commission européenne, Ingrid Vos")
d.rel("Ingrid Vos", "member_of", "Commission européenne", "présidente de la Commission européenne, Ingrid Vos")
d.rel("Youssef El Amrani", "role", "Premier ministre", "Premier ministre marocain, Youssef El Amrani")
d.rel("Claire Ndiaye", "role", "directrice", "directrice d'Oxfam France, Claire Ndiaye")
d.rel("Claire Ndiaye", "member_of", "Oxfam France", "directrice d'Oxfam France, Claire Ndiaye")
d.rel("Union africaine", "located_in", "Addis-Abeba", "Addis-Abeba, siège de l'UA")

d.claim("Afrique", "réclamer", "des actes", "DEMAND", "direct", after="Sommet entre")
d.claim("Moussa Diallo", "prévenir", "L'Afrique ne veut plus être un sujet, elle veut être un partenaire",
        "SAY", "direct")
d.claim("Moussa Diallo", "prévenir", "Nous attendons des actes, pas des communiqués.", "SAY", "direct")
d.claim("Paris", "plaider", "un « pacte d'investissement » de 150 milliards d'euros d'ici 2030",
        "DEMAND", "mixed")
d.claim("Laurent Mercier", "affirmer", "l'Europe devait « cesser de donner des leçons »", "SAY", "mixed")
d.claim("Alger", "rejeter", "toute conditionnalité migratoire", "DENY", "indirect")
d.claim("Karim Benali", "selon", "le développement ne se négocie pas contre des visas", "SAY", "direct")
d.claim("Ingrid Vos", "saluer", "un dialogue franc et utile", "SAY", "direct")
d.claim("Ingrid Vos", "annoncer",
        "l'UE créerait un fonds commun pour la transition énergétique, doté de 20 milliards d'euros sur cinq ans",
        "ANNOUNCE", "indirect")
d.claim("Ingrid Vos", "préciser", "les premiers projets seraient sélectionnés avant l'été", "SAY", "indirect")
d.claim("Youssef El Amrani", "exhorter", "ouvrir davantage de voies de migration légale", "DEMAND",
        "indirect", target="les Vingt-Sept")
d.claim("Youssef El Amrani", "rappeler",
        "Le Maroc accueille chaque année plusieurs dizaines de milliers de migrants subsahariens",
        "SAY", "indirect")
d.claim("Amnesty International", "accuser",
        "vouloir « sous-traiter » le contrôle de ses frontières à des pays qui violent les droits humains",
        "ACCUSE", "mixed", target="Union européenne")
d.claim("Claire Ndiaye", "estimer",
        "Ce sommet ressemble à celui d'Abidjan, il y a sept ans : de grandes promesses, peu de résultats",
        "SAY", "direct")

d.date("jeudi", "2025-02-13", "DATE",
       "Les dirigeants de l'Union européenne (UE) et de l'Union africaine (UA) se sont retrouvés jeudi à Bruxelles",
       after="Les dirigeants")
d.date("deux jours", "P2D", "DURATION", "sommet", after="un sommet de deux jours")
d.date("2022", "2022", "DATE", "le premier", after="le premier depuis")
d.date("2030", "2030", "DATE", "un « pacte d'investissement » de 150 milliards d'euros", after="un « pacte")
d.date("cinq ans", "P5Y", "DURATION", "doté", after="doté de 20")
d.date("l'été", "2025-SU", "DATE", "les premiers projets seraient sélectionnés", after="les premiers projets")
d.date("chaque année", "P1Y", "SET",
       "Le Maroc accueille chaque année plusieurs dizaines de milliers de migrants subsahariens",
       after="Le Maroc accueille")
d.date("il y a sept ans", "2018", "DATE", "celui d'Abidjan", after="celui d'Abidjan")
d.date("vendredi à 13 heures", "2025-02-14T13:00", "TIME", "Le sommet doit s'achever",
       after="Le sommet doit")
d.date("2027", "2027", "DATE", "Le prochain se tiendra", after="Le prochain se tiendra")

# ---------------------------------------------------------------- d09
# DCT unknown (no header, dateline or "Publié le"): narrative mode, anchored on "le 4 mars 2024".
d = Doc("d09_fusion")
d.ent("Valmont", "ORG", n=6)
d.ent("Hessler Industrie", "ORG", aliases=["Hessler"], n=4)
d.ent("Düsseldorf", "LOC", n=1)
d.ent("Commission européenne", "ORG", n=1)
d.ent("Hélène Garnier", "PER", n=1)
d.ent("France", "LOC", n=1)
d.ent("comité social et économique", "ORG", aliases=["CSE"], n=2)
d.ent("Alstom", "ORG", n=1)
d.ent("Karim Haddad", "PER", n=1)
d.ent("CGT", "ORG", n=1)
d.ent("Bourse de Paris", "ORG", n=1)
d.ent("Marc Lefebvre", "PER", n=1)
d.ent("Oddo BHF", "ORG", n=1)
d.ent("Paul Ravel", "PER", n=1)
d.ent("Jürgen Albrecht", "PER", n=1)
d.rel("Valmont", "located_in", "Lyon", "fabricant lyonnais d'équipements ferroviaires Valmont")
d.rel("Hessler Industrie", "located_in", "Allemagne", "groupe allemand Hessler Industrie")
d.rel("Hessler Industrie", "located_in", "Düsseldorf", "Hessler Industrie, basé à Düsseldorf")
d.rel("Hélène Garnier", "role", "PDG", "PDG de Valmont, Hélène Garnier")
d.rel("Hélène Garnier", "member_of", "Valmont", "PDG de Valmont, Hélène Garnier")
d.rel("comité social et économique", "member_of", "Valmont", "comité social et économique (CSE) de Valmont")
d.rel("Karim Haddad", "role", "secrétaire", "secrétaire, Karim Haddad")
d.rel("Karim Haddad", "member_of", "comité social et économique", "secrétaire, Karim Haddad")
d.rel("Karim Haddad", "role", "délégué", "Karim Haddad, délégué CGT")
d.rel("Karim Haddad", "member_of", "CGT", "Karim Haddad, délégué CGT")
d.rel("Marc Lefebvre", "role", "analyste", "analyste Marc Lefebvre")
d.rel("Marc Lefebvre", "member_of", "Oddo BHF", "Marc Lefebvre, de la banque Oddo BHF")
d.rel("Paul Ravel", "role", "ministre de l'Industrie", "ministre de l'Industrie, Paul Ravel")
d.rel("Jürgen Albrecht", "role", "président du directoire",
      "président du directoire de Hessler, Jürgen Albrecht")
d.rel("Jürgen Albrecht", "member_of", "Hessler Industrie",
      "président du directoire de Hessler, Jürgen Albrecht")

d.claim("Hélène Garnier", "assurer",
        "C'est une alliance entre égaux, qui donnera naissance à un champion européen du rail", "SAY", "direct")
d.claim("Hélène Garnier", "promettre", "aucun site ne serait fermé en France pendant trois ans",
        "ANNOUNCE", "indirect")
CSE = "comité social et économique"
d.claim(CSE, "dénoncer", "une absorption déguisée", "ACCUSE", "direct")
d.claim(CSE, "demander", "l'ouverture d'une expertise indépendante sur les conséquences sociales du rachat",
        "DEMAND", "indirect")
d.claim("Karim Haddad", "déclarer",
        "Les promesses n'engagent que ceux qui les croient. Nous avons vu ce qui s'est passé chez Alstom",
        "SAY", "direct")
d.claim("Marc Lefebvre", "pour", "le prix est généreux et le projet industriel cohérent", "SAY", "direct")
d.claim("Paul Ravel", "indiquer", "il serait « extrêmement vigilant » sur l'emploi", "SAY", "mixed")
d.claim("Paul Ravel", "rappeler",
        "les pouvoirs publics disposaient d'un droit de regard sur les investissements étrangers",
        "SAY", "indirect")
d.claim("Jürgen Albrecht", "répondre", "son groupe n'avait « aucune intention de démanteler » Valmont",
        "SAY", "mixed")

d.date("le 4 mars 2024", "2024-03-04", "DATE", "annoncée", after="annoncée le 4 mars")
d.date("la fin de l'année", "2024", "DATE",
       "L'opération, annoncée le 4 mars 2024 et évaluée à 2,3 milliards d'euros, doit être finalisée")
d.date("2017", "2017", "DATE", "qui dirige l'entreprise", after="qui dirige l'entreprise")
d.date("trois ans", "P3Y", "DURATION", "aucun site ne serait fermé en France", after="aucun site")
d.date("mercredi 6 mars", "2024-03-06", "DATE", "publié", after="publié mercredi")
d.date("lundi 11 mars", "2024-03-11", "DATE", "Le ministre de l'Industrie, Paul Ravel, a indiqué",
       after="Le ministre de l'Industrie")
d.date("le lendemain", "2024-03-12", "DATE",
       "Le président du directoire de Hessler, Jürgen Albrecht, a répondu", after="Le président du directoire")

# ---------------------------------------------------------------- d10
# DCT 2024-03-17 (Sunday), dateline "17 MARS 2024" under the title (metadata).
d = Doc("d10_rugby")
d.ent("Top 14", "MISC", n=2)
d.ent("Stade Rochelais", "ORG", n=2)
d.ent("Toulouse", "LOC", n=2)
d.ent("Stade Toulousain", "ORG", n=2)
d.ent("stade Marcel-Deflandre", "LOC", n=1)
d.ent("Hugo Lartigue", "PER", n=2)
d.ent("Ronan Le Gall", "PER", n=2)
d.ent("Canal+", "ORG", n=1)
d.ent("Section paloise", "ORG", n=1)
d.ent("Vincent Merlin", "PER", n=1)
d.ent("Fabien Castel", "PER", n=1)
d.ent("Julien Perrin", "PER", n=1)
d.ent("Tomás Ortega", "PER", n=1)
d.ent("La Rochelle", "LOC", n=1)
d.ent("Clermont", "LOC", n=1)
d.ent("Racing 92", "ORG", n=1)
d.rel("Hugo Lartigue", "role", "ouvreur", "ouvreur Hugo Lartigue")
d.rel("Hugo Lartigue", "member_of", "Stade Rochelais", "ouvreur Hugo Lartigue")
d.rel("Hugo Lartigue", "role", "demi d'ouverture", "demi d'ouverture")
d.rel("Ronan Le Gall", "role", "entraîneur", "entraîneur rochelais, Ronan Le Gall")
d.rel("Ronan Le Gall", "member_of", "Stade Rochelais", "entraîneur rochelais, Ronan Le Gall")
d.rel("Vincent Merlin", "role", "président", "président du club, Vincent Merlin")
d.rel("Vincent Merlin", "member_of", "Stade Rochelais", "président du club, Vincent Merlin")
d.rel("Fabien Castel", "role", "manager", "manager du Stade Toulousain, Fabien Castel")
d.rel("Fabien Castel", "member_of", "Stade Toulousain", "manager du Stade Toulousain, Fabien Castel")
d.rel("Julien Perrin", "role", "arbitre", "arbitre, Julien Perrin")
d.rel("Tomás Ortega", "role", "pilier", "pilier, Tomás Ortega")
d.rel("Tomás Ortega", "member_of", "Stade Toulousain", "pilier, Tomás Ortega")

d.claim("Ronan Le Gall", "réagir",
        "On a montré un caractère énorme. Menés de dix points à la pause, beaucoup d'équipes auraient lâché",
        "SAY", "direct")
d.claim("Ronan Le Gall", "insister", "Ce groupe ne lâche jamais", "SAY", "direct")
d.claim("Hugo Lartigue", None, "C'est pour ce genre de soirées qu'on joue au rugby.", "SAY", "direct")
d.claim("Hugo Lartigue", "reconnaître", "il avait « tremblé » au moment de tirer la dernière pénalité",
        "ADMIT", "mixed")
d.claim("Fabien Castel", "accuser", "avoir « sifflé à sens unique » en seconde période", "ACCUSE", "mixed",
        target="Julien Perrin")
d.claim("Fabien Castel", "regretter", "On perd un match qu'on n'aurait jamais dû perdre", "SAY", "direct")
d.claim("Fabien Castel", "annoncer", "le club ferait appel de la suspension de son pilier, Tomás Ortega",
        "ANNOUNCE", "indirect")
d.claim("Vincent Merlin", "affirmer", "l'objectif restait « une place en demi-finale »", "SAY", "mixed")
d.claim("Vincent Merlin", "d'après",
        "l'affluence a dépassé les 16 000 spectateurs pour la troisième fois depuis le début du championnat",
        "SAY", "indirect")

d.date("samedi soir", "2024-03-16TEV", "TIME", "Le Stade Rochelais s'est imposé",
       after="Le Stade Rochelais s'est")
d.date("2022", "2022", "DATE", "arrivé", after="arrivé de la Section")
d.date("novembre dernier", "2023-11", "DATE", "arrivée", after="l'arrivée de Ronan")
d.date("dimanche", "2024-03-17", "DATE", "Le président du club, Vincent Merlin, a affirmé",
       after="Le président du club")
d.date("le samedi 30 mars à 21 heures", "2024-03-30T21:00", "TIME", "déplacement",
       after="un déplacement à Clermont")
d.date("le lendemain", "2024-03-31", "DATE", "Toulouse recevra le Racing 92", after="Toulouse recevra")

# ---------------------------------------------------------------- d11
# DCT 2024-10-08 (Tuesday), "Publié le mardi 8 octobre 2024 à 7 h 15" under the title (metadata).
# Navigation, cookie banner and the "À lire aussi" teasers are boilerplate: no facts.
d = Doc("d11_tramway", body_start="Rouen : la ligne T5", body_end="À lire aussi")
d.ent("Rouen", "LOC", excl=["Métropole Rouen Normandie", "Rouen-Rive-Droite", "Rouen Demain"], n=1)
d.ent("ligne T5", "MISC", n=2)
d.ent("Métropole Rouen Normandie", "ORG", aliases=["MRN"], n=4)
d.ent("gare de Rouen-Rive-Droite", "LOC", n=1)
d.ent("Mont-Saint-Aignan", "LOC", n=1)
d.ent("Thierry Lenormand", "PER", n=1)
d.ent("Rouen Demain", "ORG", n=1)
d.ent("Sophie Marchal", "PER", n=1)
d.ent("quartier Saint-Marc", "LOC", n=1)
d.ent("Claire Dubosc", "PER", n=1)
d.ent("halle aux Toiles", "LOC", n=1)
MRN = "Métropole Rouen Normandie"
d.rel("Thierry Lenormand", "role", "président", "président de la MRN, Thierry Lenormand")
d.rel("Thierry Lenormand", "member_of", MRN, "président de la MRN, Thierry Lenormand")
d.rel("Sophie Marchal", "role", "élue", "élue Sophie Marchal")
d.rel("Sophie Marchal", "member_of", "Rouen Demain", "Rouen Demain, emmené par l'élue Sophie Marchal")
d.rel("Claire Dubosc", "role", "vice-présidente chargée des mobilités",
      "vice-présidente de la MRN chargée des mobilités, Claire Dubosc")
d.rel("Claire Dubosc", "member_of", MRN, "vice-présidente de la MRN chargée des mobilités, Claire Dubosc")

d.claim("Rouen Demain", "dénoncer", "un chantier à l'aveugle", "ACCUSE", "direct")
d.claim("Thierry Lenormand", "déclarer", "Ce tramway, les habitants des plateaux l'attendent depuis vingt ans",
        "SAY", "direct")
d.claim("Thierry Lenormand", "déclarer", "Les travaux commenceront à l'automne 2026 et dureront trois ans.",
        "SAY", "direct")
d.claim("Rouen Demain", "accuser", "passer en force", "ACCUSE", "direct", target="l'exécutif")
d.claim("Rouen Demain", "demander", "l'organisation d'une nouvelle concertation publique", "DEMAND", "indirect")
d.claim("Sophie Marchal", "dénoncer",
        "Le tracé coupe en deux le quartier Saint-Marc et supprime 300 places de stationnement",
        "ACCUSE", "direct")
d.claim("Sophie Marchal", "exhorter", "écouter les commerçants", "DEMAND", "direct", target="la majorité")
d.claim("Claire Dubosc", "selon", "70 % des participants étaient favorables au projet", "SAY", "direct")
d.claim("Claire Dubosc", "assurer", "les commerçants seraient indemnisés pendant toute la durée du chantier",
        "SAY", "indirect")

d.date("plus de deux heures", "PT2H", "DURATION", "débats", after="plus de deux heures")
d.date("future", "FUTURE_REF", "DATE", "ligne", after="la future ligne")
d.date("lundi soir", "2024-10-07TEV", "TIME",
       "le conseil de la Métropole Rouen Normandie (MRN) a approuvé", after="le conseil de la Métropole")
d.date("2030", "2030", "DATE", "qui reliera la gare de Rouen-Rive-Droite à Mont-Saint-Aignan",
       after="qui reliera")
d.date("vingt ans", "P20Y", "DURATION", "les habitants des plateaux l'attendent", after="les habitants des")
d.date("l'automne 2026", "2026-FA", "DATE", "Les travaux commenceront", after="Les travaux commenceront")
d.date("trois ans", "P3Y", "DURATION", "dureront", after="dureront trois")
d.date("dimanche", "2024-10-06", "DATE", "publié", after="publié dimanche")
d.date("3", "2024-06-03", "DATE", "organisée", after="organisée du 3")
d.date("28 juin", "2024-06-28", "DATE", "organisée", after="organisée du 3")
d.date("jeudi 17 octobre à 18 h 30", "2024-10-17T18:30", "TIME", "Une réunion publique est prévue",
       after="Une réunion publique")

# ---------------------------------------------------------------- d12
# DCT 2024-06-05 (Wednesday), "Mis à jour le 5 juin 2024" under the title (metadata).
d = Doc("d12_festival")
d.ent("Lumières d'Afrique", "MISC", n=2)
d.ent("Prix Lumière d'or", "MISC", n=1)
d.ent("Besançon", "LOC", excl=["musée des Beaux-Arts et d'Archéologie de Besançon"], n=1)
d.ent("Awa Sarr", "PER", n=1)
d.ent("Les Filles du fleuve", "MISC", n=1)
d.ent("Saint-Louis", "LOC", n=1)
d.ent("Fatou Ndoye", "PER", n=1)
d.ent("musée des Beaux-Arts et d'Archéologie de Besançon", "ORG", n=1)
d.ent("Nicolas Girard", "PER", n=1)
d.ent("Élise Moreau", "PER", n=1)
d.ent("Cinémas du Sud", "ORG", n=1)
d.ent("Marseille", "LOC", n=1)
d.ent("préfecture du Doubs", "ORG", n=1)
d.ent("Mariam Koné", "PER", n=1)
d.ent("Écrans libres", "ORG", n=1)
MUSEE = "musée des Beaux-Arts et d'Archéologie de Besançon"
d.rel("Awa Sarr", "role", "cinéaste", "cinéaste")
d.rel("Fatou Ndoye", "role", "présidente du jury", "présidente du jury, l'actrice Fatou Ndoye")
d.rel("Fatou Ndoye", "role", "actrice", "actrice Fatou Ndoye")
d.rel("Nicolas Girard", "role", "directeur", "directeur du musée des Beaux-Arts et d'Archéologie de Besançon, Nicolas Girard")
d.rel("Nicolas Girard", "member_of", MUSEE, "directeur du musée des Beaux-Arts et d'Archéologie de Besançon, Nicolas Girard")
d.rel("Élise Moreau", "role", "ministre de la Culture", "ministre de la Culture, Élise Moreau")
d.rel("Cinémas du Sud", "located_in", "Marseille", "Cinémas du Sud, basée à Marseille")
d.rel("Mariam Koné", "role", "présidente", "présidente, Mariam Koné")
d.rel("Mariam Koné", "member_of", "Cinémas du Sud", "présidente, Mariam Koné")

d.claim("Awa Sarr", "déclarer",
        "Ce prix, je le dédie à toutes les femmes de Saint-Louis qui m'ont confié leur histoire", "SAY", "direct")
d.claim("Nicolas Girard", "annoncer", "vouloir accueillir chaque année une exposition consacrée aux cinémas africains",
        "ANNOUNCE", "indirect")
d.claim("Nicolas Girard", "souligner",
        "Depuis 2019, notre fréquentation a progressé de 40 % grâce à ces collaborations", "SAY", "direct")
d.claim("Élise Moreau", "saluer", "un festival « devenu incontournable »", "SAY", "mixed")
d.claim("Élise Moreau", "promettre", "le gouvernement maintiendrait son soutien financier", "ANNOUNCE", "indirect")
d.claim("Élise Moreau", "selon", "la culture « doit rester un service public partout sur le territoire »",
        "SAY", "mixed")
d.claim("Cinémas du Sud", "accuser", "avoir refusé des visas à trois réalisateurs maliens invités",
        "ACCUSE", "indirect", target="préfecture du Doubs")
d.claim("Mariam Koné", "dénoncer", "Leur absence est une honte", "ACCUSE", "direct")
d.claim("Écrans libres", "accuser", "privilégier les productions financées par des fonds européens",
        "ACCUSE", "indirect", target="Lumières d'Afrique")

d.date("28 mai", "2024-05-28", "DATE", "qui se tenait", after="qui se tenait")
d.date("2 juin", "2024-06-02", "DATE", "qui se tenait", after="qui se tenait")
d.date("dimanche soir", "2024-06-02TEV", "TIME",
       "Le Prix Lumière d'or de la 12e édition du festival Lumières d'Afrique, qui se tenait du 28 mai au 2 juin à Besançon, a été attribué")
d.date("le 18 septembre", "2024-09-18", "DATE", "Le film, tourné en wolof, sortira en salles",
       after="Le film, tourné")
d.date("chaque année", "P1Y", "SET", "accueillir", after="accueillir chaque année")
d.date("2019", "2019", "DATE", "notre fréquentation a progressé de 40 %", after="Depuis 2019")
d.date("samedi", "2024-06-01", "DATE", "venue", after="venue samedi")
d.date("mai 2025", "2025-05", "DATE", "La prochaine édition aura lieu", after="La prochaine édition")

# ---------------------------------------------------------------- checks and output
# member_of / located_in objects are type-fact subjects, except countries/cities given by adjective only
ADJ_ONLY = {("d09_fusion", "Lyon"): "lyonnais", ("d09_fusion", "Allemagne"): "allemand"}
labelkit.check_facts(records, DOC_SET.texts, adj_only=ADJ_ONLY)
labelkit.write_jsonl(OUT, records)

c = Counter((r["kind"], r["predicate"] if r["kind"] == "entity" else "") for r in records)
print(len(records), "facts ->", OUT)
for k, v in sorted(c.items()):
    print(k, v)
