"""Hand labels (by reading) for dev2 part A, articles e01-e06, following FACTS.md,
docs/annotation.md and the decisions of data/dev/README.md (plus README_A.md).

Every span is found by its exact string; `after` gives the search start (the first
occurrence of an anchor string), and without `after` the string must be unique in the
text (word-bounded). Every offset is checked. Writes gold_A.jsonl next to this script.
Helpers (reading, span search, fact builders, checks): data/labelkit.py.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import labelkit  # noqa: E402

RAW = os.path.join(HERE, "raw")
FILES = ["e01_censure.txt", "e02_assises.txt", "e03_ardelle.txt",
         "e04_conseil_securite.txt", "e05_sommeil_ecrans.txt", "e06_maire_logement.txt"]
TEXT = labelkit.read_texts(RAW, FILES)


def quote_marks(t, content, mode, start, end):
    """direct content has no guillemets at its ends; mixed content contains one"""
    if mode == "direct":
        assert not content.startswith("«") and not content.endswith("»"), content
    if mode == "mixed":
        assert "«" in content or "“" in content, content
    if mode == "indirect":
        assert "«" not in content, content


LABELS = labelkit.Labels(TEXT, claim_check=quote_marks)
FACTS = LABELS.facts
ent, rel, claim, date = LABELS.ent, LABELS.rel, LABELS.claim, LABELS.date


# ====================================================================== e01
# DCT 2025-10-08 (Wednesday), first-line header ` date 2025-10-08`
D = "e01_censure"
ent(D, "Étienne Rocher", "PER")
ent(D, "Rassemblement national", "ORG", ["RN"])
ent(D, "La France insoumise", "ORG", ["LFI"])
ent(D, "projet de loi de financement de la Sécurité sociale", "MISC", ["PLFSS"])
ent(D, "Assemblée nationale", "ORG", ["Assemblée"])
ent(D, "Mathilde Serrano", "PER")
ent(D, "Seine-Saint-Denis", "LOC")
ent(D, "Parlement", "ORG")
ent(D, "Julien Ferrand", "PER")
ent(D, "Palais-Bourbon", "LOC")
ent(D, "AFP", "ORG")
ent(D, "Parti socialiste", "ORG", ["PS"])
ent(D, "Olivier Brunet", "PER")
ent(D, "Bruno Caradec", "PER")
ent(D, "Sécurité sociale", "ORG")
ent(D, "Les Républicains", "ORG", ["LR"])
ent(D, "Claire Dumesnil", "PER")
ent(D, "France", "LOC")
ent(D, "France Inter", "ORG")
ent(D, "Matignon", "LOC")
ent(D, "Le Parisien", "ORG")

rel(D, "Étienne Rocher", "role", "Premier ministre", "Premier ministre Étienne Rocher")
rel(D, "Mathilde Serrano", "role", "présidente", "présidente du groupe LFI, Mathilde Serrano")
rel(D, "Mathilde Serrano", "member_of", "La France insoumise", "présidente du groupe LFI, Mathilde Serrano")
rel(D, "Mathilde Serrano", "role", "députée", "députée de Seine-Saint-Denis")
rel(D, "Julien Ferrand", "role", "président", "président, Julien Ferrand")
rel(D, "Julien Ferrand", "member_of", "Rassemblement national",
    "Rassemblement national (RN) tient la clé du scrutin. Son président, Julien Ferrand")
rel(D, "Olivier Brunet", "role", "premier secrétaire", "premier secrétaire, Olivier Brunet")
rel(D, "Olivier Brunet", "member_of", "Parti socialiste",
    "Parti socialiste (PS), la ligne reste floue. Son premier secrétaire, Olivier Brunet")
rel(D, "Bruno Caradec", "role", "ministre de l'Économie", "ministre de l'Économie, Bruno Caradec")
rel(D, "Claire Dumesnil", "role", "présidente de groupe", "présidente de groupe à l'Assemblée, Claire Dumesnil")
rel(D, "Claire Dumesnil", "member_of", "Les Républicains",
    "Les Républicains (LR), on votera contre la censure. « Censurer ce soir, c'est plonger le pays dans l'inconnu », juge leur présidente de groupe à l'Assemblée, Claire Dumesnil")
rel(D, "Claire Dumesnil", "member_of", "Assemblée nationale", "présidente de groupe à l'Assemblée, Claire Dumesnil")

claim(D, "Mathilde Serrano", "lancer",
      "Ce budget est une provocation pour les millions de Français qui ne se soignent plus,", "SAY", "direct")
claim(D, "Mathilde Serrano", "lancer",
      "Vous demandez aux malades de payer l'addition de vos cadeaux fiscaux.", "SAY", "direct")
claim(D, "Mathilde Serrano", "accuser",
      "avoir « méprisé le Parlement » en recourant au 49.3 pour la troisième fois depuis sa nomination, en juin",
      "ACCUSE", "mixed", "Étienne Rocher")
claim(D, "Mathilde Serrano", "exhorter",
      "voter la censure et à « prendre enfin leurs responsabilités »", "DEMAND", "mixed", "les socialistes")
claim(D, "Julien Ferrand", "prévenir",
      "Nous ne voterons pas une motion écrite par l'extrême gauche par simple réflexe. Mais nous ne serons pas "
      "la béquille d'un gouvernement qui matraque les retraités.\n\n« Si le Premier ministre ne renonce pas au gel "
      "des pensions d'ici ce soir, nos 123 députés voteront la censure.", "SAY", "direct")
claim(D, "AFP", "selon",
      "au moins 274 députés devraient voter la motion, soit quinze de moins que le seuil requis", "SAY", "indirect")
claim(D, "Olivier Brunet", "affirmer", "son camp « ne cherche pas le chaos »", "SAY", "mixed")
claim(D, "Olivier Brunet", "réclamer",
      "la suppression du gel des pensions et du doublement des franchises médicales", "DEMAND", "indirect")
claim(D, "Olivier Brunet", "ajouter", "On ne peut pas voter un budget qui fait payer les malades", "SAY", "direct")
claim(D, "Olivier Brunet", "ajouter", "On ne peut pas non plus offrir le pays au RN.", "SAY", "direct")
claim(D, "l'opposition", "accuser",
      "avoir « maquillé » les comptes de la Sécurité sociale pour justifier les économies",
      "ACCUSE", "mixed", "Bruno Caradec")
claim(D, "Bruno Caradec", "répondre",
      "le déficit serait ramené à 15 milliards d'euros en 2026 « sans toucher à l'hôpital »", "SAY", "mixed")
claim(D, "Claire Dumesnil", "juger", "Censurer ce soir, c'est plonger le pays dans l'inconnu", "SAY", "direct")
claim(D, "Claire Dumesnil", "accuser", "jouer avec les institutions", "ACCUSE", "direct", "La France insoumise")
claim(D, "Étienne Rocher", "assurer",
      "Je respecterai le vote de la représentation nationale, quel qu'il soit", "SAY", "direct")
claim(D, "Étienne Rocher", "estimer",
      "la France « ne peut pas se permettre une crise politique » à quelques semaines de l'examen du budget de l'État",
      "SAY", "mixed")
claim(D, "Le Parisien", "révéler",
      "les contacts noués dimanche avec l'entourage de Julien Ferrand", "REPORT", "indirect")

date(D, "ce mercredi après-midi", "2025-10-08TAF", "TIME",
     "Les députés ont entamé ce mercredi après-midi l'examen de la motion de censure")
date(D, "lundi", "2025-10-06", "DATE",
     "qui a engagé lundi sa responsabilité sur le projet de loi de financement de la Sécurité sociale (PLFSS)")
date(D, "20 heures", "2025-10-08T20:00", "TIME", "Le scrutin est attendu")
date(D, "juin", "2025-06", "DATE", "nomination", after="en juin")
date(D, "début d'après-midi", "2025-10-08TAF", "TIME", "Il a prévenu")
date(D, "ce soir", "2025-10-08TEV", "TIME",
     "le Premier ministre ne renonce pas au gel des pensions", after="d'ici ce soir")
date(D, "2026", "2026", "DATE", "le déficit serait ramené à 15 milliards d'euros")
date(D, "ce soir", "2025-10-08TEV", "TIME", "Censurer", after="Censurer ce soir")
date(D, "mercredi matin", "2025-10-08TMO", "TIME", "a-t-il assuré mercredi matin sur France Inter")
date(D, "quelques semaines", "PXW", "DURATION", "l'examen du budget de l'État")
date(D, "dimanche", "2025-10-05", "DATE", "noués")
date(D, "1958", "1958", "DATE", "seules deux motions de censure ont abouti")
date(D, "octobre 1962", "1962-10", "DATE", "seules deux motions de censure ont abouti")
date(D, "décembre 2024", "2024-12", "DATE", "seules deux motions de censure ont abouti")
date(D, "la soirée", "2025-10-08TEV", "TIME", "Le résultat du vote sera connu")

# ====================================================================== e02
# DCT 2025-05-15 (Thursday), `Publié le jeudi 15 mai 2025 à 18h40` under the title
D = "e02_assises"
ent(D, "Mérignac", "LOC")
ent(D, "Yannick Ferreira", "PER")
ent(D, "Sandrine Achard", "PER")
ent(D, "cour d'assises de la Gironde", "ORG")
ent(D, "Bordeaux", "LOC")
ent(D, "Laurent Guérin", "PER")
ent(D, "Girondine Express", "ORG")
ent(D, "Pessac", "LOC")
ent(D, "Alain Mercier", "PER")
ent(D, "Paul-Henri Vidal", "PER")
ent(D, "Inès Chabane", "PER")
ent(D, "Nathalie Guérin", "PER")
ent(D, "Frédéric Lasserre", "PER")
ent(D, "Michel Darrieux", "PER")

rel(D, "Sandrine Achard", "role", "avocate générale", "avocate générale, Sandrine Achard")
rel(D, "cour d'assises de la Gironde", "located_in", "Bordeaux", "cour d'assises de la Gironde, à Bordeaux")
rel(D, "Laurent Guérin", "role", "associé", "Laurent Guérin, son associé")
rel(D, "Laurent Guérin", "member_of", "Girondine Express",
    "Laurent Guérin, son associé au sein de la société de transport Girondine Express")
rel(D, "Yannick Ferreira", "member_of", "Girondine Express",
    "Yannick Ferreira, jugé depuis lundi pour le meurtre de Laurent Guérin, son associé au sein de la société de transport Girondine Express")
rel(D, "Girondine Express", "located_in", "Mérignac",
    "Girondine Express, tué de trois coups de couteau le 8 novembre 2022 dans les locaux de l'entreprise, à Mérignac")
rel(D, "Alain Mercier", "role", "expert psychiatre", "expert psychiatre, le docteur Alain Mercier")
rel(D, "Paul-Henri Vidal", "role", "avocat", "Paul-Henri Vidal, l'un des deux avocats")
rel(D, "Inès Chabane", "role", "avocate", "avocate de la défense, Me Inès Chabane")
rel(D, "Frédéric Lasserre", "role", "avocat", "avocat, Me Frédéric Lasserre")
rel(D, "Michel Darrieux", "role", "président", "président de la cour, Michel Darrieux")
rel(D, "Michel Darrieux", "member_of", "cour d'assises de la Gironde", "président de la cour, Michel Darrieux")

claim(D, "Sandrine Achard", "requérir", "vingt-deux ans de réclusion", "DEMAND", "indirect", "Yannick Ferreira",
      after="Meurtre de Mérignac")
claim(D, "Sandrine Achard", "conclure", "Il n'y a pas de place pour le doute dans ce dossier.", "SAY", "direct")
claim(D, "Sandrine Achard", "requérir", "vingt-deux ans de réclusion criminelle", "DEMAND", "indirect",
      "Yannick Ferreira")
claim(D, "Sandrine Achard", "pour",
      "l'accusé a agi « avec froideur » après des mois de conflit sur le rachat des parts de la société",
      "SAY", "mixed")
claim(D, "Sandrine Achard", "rappeler",
      "Yannick Ferreira avait acheté le couteau la veille des faits, dans un supermarché de Pessac, et qu'il avait "
      "effacé le contenu de son téléphone dans les heures suivantes", "SAY", "indirect")
claim(D, "Sandrine Achard", None, "Ce n'est pas une dispute qui dégénère. C'est un projet.", "SAY", "direct")
claim(D, "Alain Mercier", "décrire", "un homme « rigide » mais « accessible à une sanction pénale »", "SAY", "mixed")
claim(D, "l'enquête de voisinage", "d'après",
      "les deux hommes ne se parlaient plus depuis l'été 2022", "SAY", "indirect")
claim(D, "La défense", "plaider", "l'homicide involontaire", "DEMAND", "indirect")
claim(D, "Paul-Henri Vidal", "contester", "toute préméditation", "DENY", "indirect")
claim(D, "Paul-Henri Vidal", "affirmer",
      "son client « a paniqué » lorsque la victime l'a menacé avec une barre de fer", "SAY", "mixed")
claim(D, "Paul-Henri Vidal", "lancer",
      "On vous demande de condamner un homme pour ce qu'il n'a pas voulu faire,", "SAY", "direct")
claim(D, "Paul-Henri Vidal", "lancer", "Ce dossier a été instruit uniquement à charge.", "SAY", "direct")
claim(D, "Paul-Henri Vidal", "reprocher", "ne jamais avoir recherché la barre de fer en question",
      "ACCUSE", "indirect", "enquêteurs")
claim(D, "Paul-Henri Vidal", "selon",
      "les premières constatations, réalisées dans la précipitation, « ont été bâclées »", "SAY", "mixed")
claim(D, "Inès Chabane", "insister", "Vous jugez un homme, pas un monstre", "SAY", "direct")
claim(D, "Inès Chabane", "demander", "ne pas céder à l'émotion", "DEMAND", "direct", "neuf jurés")
claim(D, "Frédéric Lasserre", "dénoncer",
      "une stratégie de défense indigne, qui salit la mémoire d'un homme qui ne peut plus se défendre",
      "ACCUSE", "direct")
claim(D, "Frédéric Lasserre", "demander", "reconnaître « la souffrance d'une famille détruite »",
      "DEMAND", "mixed", "cour d'assises de la Gironde")
claim(D, "Michel Darrieux", "rappeler",
      "la qualification de meurtre suppose une intention de tuer, pas nécessairement une préméditation",
      "SAY", "indirect")
claim(D, "Yannick Ferreira", "soutenir", "avoir agi en état de légitime défense", "SAY", "indirect")

date(D, "vingt-deux ans", "P22Y", "DURATION", "réclusion", after="Meurtre de Mérignac")
date(D, "jeudi après-midi", "2025-05-15TAF", "TIME",
     "l'avocate générale, Sandrine Achard, a conclu jeudi après-midi un réquisitoire")
date(D, "près de deux heures", "PT2H", "DURATION", "réquisitoire")
date(D, "vingt-deux ans", "P22Y", "DURATION", "réclusion criminelle", after="Elle a requis")
date(D, "lundi", "2025-05-12", "DATE", "jugé")
date(D, "le 8 novembre 2022", "2022-11-08", "DATE", "tué")
date(D, "des mois", "PXM", "DURATION", "conflit")
date(D, "la veille des faits", "2022-11-07", "DATE", "Yannick Ferreira avait acheté le couteau")
date(D, "les heures suivantes", "PXH", "DURATION", "il avait effacé le contenu de son téléphone")
date(D, "Mardi", "2025-05-13", "DATE", "un expert psychiatre, le docteur Alain Mercier, avait décrit un homme")
date(D, "l'été 2022", "2022-SU", "DATE", "les deux hommes ne se parlaient plus")
date(D, "vendredi matin", "2025-05-16TMO", "TIME",
     "Yannick Ferreira, qui a toujours soutenu avoir agi en état de légitime défense, aura la parole en dernier vendredi matin")
date(D, "trente ans", "P30Y", "DURATION", "réclusion criminelle")

# ====================================================================== e03
# DCT 2025-03 (month only), first-line header ` date 2025-03`
D = "e03_ardelle"
ent(D, "Ardelle", "ORG")
ent(D, "France", "LOC")
ent(D, "Saint-Dié-des-Vosges", "LOC")
ent(D, "Vosges", "LOC")
ent(D, "Morettini", "ORG")
ent(D, "Cuisio", "MISC")
ent(D, "Christophe Lanvin", "PER")
ent(D, "CGT", "ORG")
ent(D, "Milan", "LOC")
ent(D, "Sylvie Marchal", "PER")
ent(D, "CFDT", "ORG")
ent(D, "Giulia Benedetti", "PER")
ent(D, "Brescia", "LOC")
ent(D, "Lombardie", "LOC")
ent(D, "Bourse de Milan", "ORG")
ent(D, "Raphaël Kessler", "PER")
ent(D, "Bercy", "LOC")
ent(D, "Antoine Ribeiro", "PER")
ent(D, "Kepler Cheuvreux", "ORG")
ent(D, "Asie", "LOC")

rel(D, "Ardelle", "located_in", "France", "fabricant français de petit électroménager Ardelle")
rel(D, "Ardelle", "member_of", "Morettini", "filiale depuis 2019 du groupe italien Morettini")
rel(D, "Morettini", "located_in", "Italie", "groupe italien Morettini")
rel(D, "Morettini", "located_in", "Milan", "Morettini, basé à Milan")
rel(D, "Christophe Lanvin", "role", "PDG", "Christophe Lanvin, le PDG")
rel(D, "Christophe Lanvin", "member_of", "Ardelle", "Christophe Lanvin, le PDG d'Ardelle")
rel(D, "Sylvie Marchal", "role", "déléguée syndicale", "Sylvie Marchal, déléguée syndicale")
rel(D, "Sylvie Marchal", "member_of", "CGT", "Sylvie Marchal, déléguée syndicale CGT")
rel(D, "Giulia Benedetti", "role", "directrice générale", "directrice générale, Giulia Benedetti")
rel(D, "Giulia Benedetti", "member_of", "Morettini",
    "Morettini, basé à Milan, qui détient 100 % du capital d'Ardelle, a confirmé dans un communiqué vouloir « recentrer » sa filiale française sur la conception et le haut de gamme. Sa directrice générale, Giulia Benedetti")
rel(D, "Raphaël Kessler", "role", "ministre de l'Industrie", "ministre de l'Industrie, Raphaël Kessler")
rel(D, "Antoine Ribeiro", "role", "analyste", "Antoine Ribeiro, analyste")
rel(D, "Antoine Ribeiro", "member_of", "Kepler Cheuvreux", "Antoine Ribeiro, analyste chez Kepler Cheuvreux")

claim(D, "Ardelle", "annoncer",
      "la suppression de 640 emplois en France d'ici à la fin de 2026, dont 410 sur son site historique de "
      "Saint-Dié-des-Vosges (Vosges), qui fermera ses portes", "ANNOUNCE", "indirect")
claim(D, "Christophe Lanvin", "reconnaître", "L'année 2024 a été la plus difficile de notre histoire", "ADMIT", "direct")
claim(D, "Christophe Lanvin", "évoquer",
      "un marché européen « saturé » et la concurrence « féroce » des marques asiatiques vendues en ligne",
      "SAY", "mixed")
claim(D, "Christophe Lanvin", "assurer", "le plan est « la condition de la survie » de l'entreprise", "SAY", "mixed")
claim(D, "Christophe Lanvin", "promettre", "chaque salarié concerné se verra proposer une solution",
      "ANNOUNCE", "direct")
claim(D, "CGT", "dénoncer", "un plan de casse sociale", "ACCUSE", "direct")
claim(D, "CGT", "accuser", "sacrifier les Vosges pour rassurer Milan", "ACCUSE", "direct", "la direction")
claim(D, "Sylvie Marchal", "s'indigner",
      "On nous a menti pendant deux ans. En 2023 encore, on nous jurait que le site n'était pas menacé",
      "SAY", "direct")
claim(D, "CFDT", "réclamer",
      "l'ouverture « immédiate » de négociations sur les indemnités de départ", "DEMAND", "mixed")
claim(D, "CFDT", "exhorter", "conditionner ses aides à l'innovation au maintien de l'emploi",
      "DEMAND", "indirect", "l'État")
claim(D, "CFDT", "selon", "Ardelle a touché 12 millions d'euros d'aides publiques entre 2020 et 2024",
      "SAY", "indirect")
claim(D, "Morettini", "confirmer",
      "vouloir « recentrer » sa filiale française sur la conception et le haut de gamme", "SAY", "mixed")
claim(D, "Giulia Benedetti", "préciser",
      "la production des robots Cuisio serait transférée d'ici à l'été 2026 vers l'usine du groupe à Brescia, "
      "en Lombardie", "SAY", "indirect")
claim(D, "Raphaël Kessler", "juger", "la fermeture du site vosgien « inacceptable »", "SAY", "mixed")
claim(D, "Raphaël Kessler", "annoncer",
      "il recevrait la direction et les syndicats mardi 25 mars à 14 heures à Bercy", "ANNOUNCE", "indirect")
claim(D, "Antoine Ribeiro", "pour", "la restructuration était « inévitable »", "SAY", "mixed")
claim(D, "Antoine Ribeiro", None,
      "Ardelle produit encore en France des appareils que ses concurrents fabriquent en Asie pour moitié moins cher.",
      "SAY", "direct")
claim(D, "Les syndicats", "appeler",
      "une journée de grève la semaine prochaine sur l'ensemble des sites du groupe en France", "DEMAND", "indirect")

date(D, "jeudi", "2025-03", "DATE",
     "Le fabricant français de petit électroménager Ardelle a publié jeudi des résultats annuels en forte baisse")
date(D, "la fin de 2026", "2026", "DATE", "suppression")
date(D, "l'exercice 2024", "2024", "DATE",
     "le chiffre d'affaires de l'entreprise, filiale depuis 2019 du groupe italien Morettini, a reculé")
date(D, "2019", "2019", "DATE", "filiale", after="depuis 2019")
date(D, "un an plus tôt", "2023", "DATE", "bénéfice")
date(D, "2019", "2019", "DATE", "la société avait pourtant profité de l'engouement pour les robots de cuisine",
     after="Entre 2019")
date(D, "2022", "2022", "DATE", "la société avait pourtant profité de l'engouement pour les robots de cuisine")
date(D, "L'année 2024", "2024", "DATE", "L'année 2024 a été la plus difficile de notre histoire")
date(D, "deux ans", "P2Y", "DURATION", "On nous a menti")
date(D, "2023", "2023", "DATE", "on nous jurait que le site n'était pas menacé")
date(D, "1953", "1953", "DATE", "l'usine emploie des ouvriers")
date(D, "2020", "2020", "DATE", "Ardelle a touché 12 millions d'euros d'aides publiques")
date(D, "2024", "2024", "DATE", "Ardelle a touché 12 millions d'euros d'aides publiques", after="2020 et 2024")
date(D, "l'été 2026", "2026-SU", "DATE", "la production des robots Cuisio serait transférée")
date(D, "l'an dernier", "2024", "DATE",
     "Le groupe italien, coté à la Bourse de Milan, a lui-même vu son bénéfice chuter de 40 %")
date(D, "mardi 25 mars à 14 heures", "2025-03-25T14:00", "TIME", "il recevrait la direction et les syndicats")
date(D, "le 3 avril", "2025-04-03", "DATE", "Un comité social et économique extraordinaire est convoqué")
date(D, "la fin du premier semestre", "2025-H1", "DATE", "Les négociations devraient s'achever")
date(D, "la semaine prochaine", "2025-03", "DATE", "journée de grève")

# ====================================================================== e04
# DCT 2025-06-27 (Friday), dateline `NEW YORK, 27 juin 2025 (AFP) -`
D = "e04_conseil_securite"
ent(D, "Soudan", "LOC")
ent(D, "Conseil de sécurité", "ORG", ["Conseil"])
ent(D, "El-Facher", "LOC")
ent(D, "New York", "LOC", extra=["NEW YORK"])
ent(D, "AFP", "ORG")
ent(D, "Nations unies", "ORG", ["ONU"])
ent(D, "Russie", "LOC")
ent(D, "Royaume-Uni", "LOC")
ent(D, "Sierra Leone", "LOC")
ent(D, "Darfour-Nord", "LOC")
ent(D, "Forces de soutien rapide", "ORG", ["FSR"])
ent(D, "Chine", "LOC")
ent(D, "Paris", "LOC")
ent(D, "Antoine Vidalie", "PER")
ent(D, "Moscou", "LOC")
ent(D, "Vassili Orlov", "PER")
ent(D, "Liu Jianming", "PER")
ent(D, "Omar Abdelrahman", "PER")
ent(D, "Darfour", "LOC")
ent(D, "Emily Carrow", "PER")
ent(D, "Afrique", "LOC")
ent(D, "Londres", "LOC")
ent(D, "Linda Pearce", "PER")
ent(D, "Programme alimentaire mondial", "ORG", ["PAM"])
ent(D, "Aminata Diallo", "PER")
ent(D, "Afrique de l'Est", "LOC")
ent(D, "Genève", "LOC")

rel(D, "Conseil de sécurité", "member_of", "Nations unies", "Conseil de sécurité de l'ONU")
rel(D, "Antoine Vidalie", "role", "ministre des Affaires étrangères",
    "ministre français des Affaires étrangères, Antoine Vidalie")
rel(D, "Vassili Orlov", "role", "ambassadeur", "ambassadeur russe auprès des Nations unies, Vassili Orlov")
rel(D, "Liu Jianming", "role", "représentant", "représentant, Liu Jianming")
rel(D, "Omar Abdelrahman", "role", "ministre des Affaires étrangères",
    "ministre soudanais des Affaires étrangères, Omar Abdelrahman")
rel(D, "Emily Carrow", "role", "secrétaire d'État chargée de l'Afrique",
    "secrétaire d'État britannique chargée de l'Afrique, Emily Carrow")
rel(D, "Linda Pearce", "role", "représentante", "représentante américaine, Linda Pearce")
rel(D, "Programme alimentaire mondial", "member_of", "Nations unies",
    "Programme alimentaire mondial (PAM), qui fait partie du système des Nations unies")
rel(D, "Aminata Diallo", "role", "directrice", "directrice pour l'Afrique de l'Est, Aminata Diallo")
rel(D, "Aminata Diallo", "member_of", "Programme alimentaire mondial",
    "PAM), qui fait partie du système des Nations unies, estime que plus de 600 000 personnes sont menacées de famine dans la région. « Nos camions attendent depuis le 14 avril à la frontière tchadienne. Nous n'avons plus accès à la ville », déplore sa directrice pour l'Afrique de l'Est, Aminata Diallo")

claim(D, "Royaume-Uni", "réclamer",
      "un cessez-le-feu immédiat à El-Facher, la capitale du Darfour-Nord assiégée depuis plus d'un an par les "
      "Forces de soutien rapide (FSR)", "DEMAND", "indirect")
claim(D, "Antoine Vidalie", "accuser", "condamner des centaines de milliers de civils à la famine",
      "ACCUSE", "direct", "Moscou")
claim(D, "Antoine Vidalie", "marteler",
      "Ce veto n'est pas un vote, c'est un choix. Et ce choix a un prix, que paieront les enfants d'El-Facher",
      "SAY", "direct")
claim(D, "Vassili Orlov", "affirmer",
      "le texte « ignorait la souveraineté du Soudan » et « faisait le jeu des rebelles »", "SAY", "mixed")
claim(D, "Vassili Orlov", "selon", "la résolution aurait ouvert la voie à une « ingérence » occidentale",
      "SAY", "mixed")
claim(D, "Chine", "appeler", "la retenue", "DEMAND", "indirect", "toutes les parties")
claim(D, "Liu Jianming", "regretter", "une « occasion manquée »", "SAY", "mixed")
claim(D, "Liu Jianming", "juger", "les sanctions ne règlent rien", "SAY", "direct")
claim(D, "Omar Abdelrahman", "exhorter",
      "ne pas « mettre sur le même plan » l'armée régulière et les FSR, qu'il accuse de commettre des "
      "« crimes de guerre » au Darfour", "DEMAND", "mixed", "Conseil de sécurité")
claim(D, "Omar Abdelrahman", "accuser", "commettre des « crimes de guerre » au Darfour",
      "ACCUSE", "mixed", "Forces de soutien rapide")
claim(D, "Forces de soutien rapide", "nier", "toute attaque contre des civils", "DENY", "indirect")
claim(D, "Emily Carrow", "déclarer", "Chaque jour de retard se paie en vies humaines", "SAY", "direct")
claim(D, "Londres", "annoncer",
      "il reviendrait à la charge « dès la semaine prochaine » avec un texte amendé", "ANNOUNCE", "mixed")
claim(D, "Linda Pearce", "pour", "le monde regarde et ne pardonnera pas", "SAY", "direct")
claim(D, "Programme alimentaire mondial", "estimer",
      "plus de 600 000 personnes sont menacées de famine dans la région", "SAY", "indirect")
claim(D, "Aminata Diallo", "déplorer",
      "Nos camions attendent depuis le 14 avril à la frontière tchadienne. Nous n'avons plus accès à la ville",
      "SAY", "direct")
claim(D, "Nations unies", "selon",
      "La guerre, qui oppose depuis avril 2023 l'armée régulière aux FSR, a fait des dizaines de milliers de morts "
      "et plus de douze millions de déplacés", "SAY", "indirect")

date(D, "jeudi", "2025-06-26", "DATE",
     "Le Conseil de sécurité de l'ONU a de nouveau échoué jeudi à adopter une résolution sur le Soudan")
date(D, "plus d'un an", "P1Y", "DURATION", "assiégée")
date(D, "huit mois", "P8M", "DURATION", "C'est le deuxième veto russe sur le dossier soudanais")
date(D, "10 heures", "2025-06-26T10:00", "TIME", "prévu")
date(D, "16 heures", "2025-06-26T16:00", "TIME", "prévu")
date(D, "près d'une heure", "PT1H", "DURATION", "Le vote, prévu à 10 heures (16 heures à Paris), avait été retardé")
date(D, "la semaine prochaine", "2025-W27", "DATE", "il reviendrait à la charge")
date(D, "le 14 avril", "2025-04-14", "DATE", "Nos camions attendent")
date(D, "avril 2023", "2023-04", "DATE", "qui oppose depuis avril 2023 l'armée régulière aux FSR")
date(D, "30 juin", "2025-06-30", "DATE", "Une conférence humanitaire sur le Soudan doit se tenir")
date(D, "2 juillet", "2025-07-02", "DATE", "Une conférence humanitaire sur le Soudan doit se tenir")

# ====================================================================== e05
# no DCT; narrative mode anchored on `mercredi 9 avril 2025` in the first paragraph
D = "e05_sommeil_ecrans"
ent(D, "Institut national de la santé et de la recherche médicale", "ORG", ["Inserm"])
ent(D, "CHU de Montpellier", "ORG")
ent(D, "JAMA Pediatrics", "ORG")
ent(D, "Occitanie", "LOC")
ent(D, "Sommeil-Ados", "MISC")
ent(D, "Camille Roux", "PER")
ent(D, "Karim Haddad", "PER")
ent(D, "Société française de recherche et médecine du sommeil", "ORG", ["SFRMS"])
ent(D, "Santé publique France", "ORG")
ent(D, "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail", "ORG",
    ["Anses"])
ent(D, "Hélène Baudry", "PER")
ent(D, "Agence nationale de la recherche", "ORG", ["ANR"])

rel(D, "Camille Roux", "role", "épidémiologiste", "Camille Roux, épidémiologiste")
rel(D, "Camille Roux", "member_of", "Institut national de la santé et de la recherche médicale",
    "Camille Roux, épidémiologiste à l'Inserm")
rel(D, "Karim Haddad", "role", "neurologue", "Karim Haddad, neurologue")
rel(D, "Karim Haddad", "member_of", "CHU de Montpellier", "Karim Haddad, neurologue au CHU de Montpellier")
rel(D, "Karim Haddad", "member_of", "Société française de recherche et médecine du sommeil",
    "Karim Haddad, neurologue au CHU de Montpellier et membre de la Société française de recherche et médecine du sommeil")
rel(D, "Hélène Baudry", "role", "directrice de l'évaluation des risques",
    "directrice de l'évaluation des risques, Hélène Baudry")
rel(D, "Hélène Baudry", "member_of",
    "Agence nationale de sécurité sanitaire de l'alimentation, de l'environnement et du travail",
    "Anses), qui avait alerté dès 2019 sur les effets de la lumière bleue, « prend acte » de ces résultats. Sa directrice de l'évaluation des risques, Hélène Baudry")

INS = "Institut national de la santé et de la recherche médicale"
claim(D, INS, "selon", "les adolescents perdent près d'une heure de sommeil", "SAY", "indirect")
claim(D, INS, "selon",
      "Les adolescents qui utilisent un écran au lit dorment en moyenne 48 minutes de moins que les autres",
      "SAY", "indirect")
claim(D, "Camille Roux", "expliquer", "L'effet est net et il est cumulatif,", "SAY", "direct")
claim(D, "Camille Roux", "expliquer",
      "Un adolescent qui perd trois heures de sommeil chaque semaine accumule une dette qu'il ne rattrape jamais.",
      "SAY", "direct")
claim(D, "les auteurs", "selon", "la lumière bleue n'explique qu'une partie du phénomène", "SAY", "indirect")
claim(D, "Karim Haddad", "d'après",
      "les notifications et les réseaux sociaux entretiennent surtout un état d'éveil « incompatible avec l'endormissement »",
      "SAY", "mixed")
claim(D, "les auteurs", "constater",
      "Les adolescents les plus exposés présentent deux fois plus de symptômes anxieux et obtiennent des résultats "
      "scolaires moins bons", "REPORT", "indirect")
claim(D, "les auteurs", "appeler", "ne pas culpabiliser les familles", "DEMAND", "direct")
claim(D, "Santé publique France", "rappeler",
      "Il y a dix ans, les adolescents français dormaient en moyenne huit heures ; ils en dorment aujourd'hui moins de sept",
      "SAY", "indirect")
claim(D, "Hélène Baudry", "juger", "ils « confortent » les recommandations de l'agence", "SAY", "mixed")
claim(D, "Hélène Baudry", "appeler",
      "éloigner les téléphones des chambres au moins une heure avant le coucher", "DEMAND", "indirect", "les parents")
claim(D, "Hélène Baudry", "estimer", "Le sommeil n'est pas une variable d'ajustement", "SAY", "direct")
claim(D, "Les chercheurs", "reconnaître",
      "leurs données reposent en partie sur des questionnaires remplis par les adolescents eux-mêmes",
      "ADMIT", "indirect")

date(D, "près d'une heure", "PT1H", "DURATION", "les adolescents perdent")
date(D, "48 minutes", "PT48M", "DURATION", "Les adolescents qui utilisent un écran au lit dorment")
date(D, "mercredi 9 avril 2025", "2025-04-09", "DATE", "publiée")
date(D, "trois ans", "P3Y", "DURATION", "Les chercheurs ont suivi")
date(D, "2019", "2019", "DATE", "recrutés", after="entre 2019")
date(D, "2021", "2021", "DATE", "recrutés")
date(D, "Chaque année", "P1Y", "SET", "les participants portaient un bracelet connecté")
date(D, "deux semaines", "P2W", "DURATION", "les participants portaient un bracelet connecté")
date(D, "trois heures", "PT3H", "DURATION", "qui perd trois heures de sommeil chaque semaine")
date(D, "chaque semaine", "P1W", "SET", "qui perd trois heures de sommeil chaque semaine")
date(D, "Il y a dix ans", "2015", "DATE", "les adolescents français dormaient en moyenne huit heures")
date(D, "huit heures", "PT8H", "DURATION", "les adolescents français dormaient en moyenne huit heures")
date(D, "aujourd'hui", "PRESENT_REF", "DATE", "ils en dorment aujourd'hui moins de sept")
date(D, "l'automne", "2025-FA", "DATE", "qui doit publier à l'automne de nouvelles recommandations")
date(D, "2019", "2019", "DATE", "qui avait alerté dès 2019 sur les effets de la lumière bleue", after="dès 2019")
date(D, "au moins une heure", "PT1H", "DURATION", "éloigner les téléphones des chambres")
date(D, "septembre", "2025-09", "DATE",
     "Une seconde phase de l'étude, financée à hauteur de 1,2 million d'euros par l'Agence nationale de la recherche (ANR), débutera")
date(D, "2028", "2028", "DATE", "durera")

# ====================================================================== e06
# DCT 2025-01-13 (Monday), date line `Lundi 13 janvier 2025` under the title
D = "e06_maire_logement"
ent(D, "Bayonne", "LOC")
ent(D, "Jean-Marc Irigoyen", "PER")
ent(D, "PS", "ORG")
ent(D, "Nive", "LOC")
ent(D, "loi Le Meur", "MISC")
ent(D, "loi SRU", "MISC")
ent(D, "La ville n'est pas à vendre", "MISC")
ent(D, "Petit Bayonne", "LOC")
ent(D, "Airbnb", "ORG")
ent(D, "San Francisco", "LOC")
ent(D, "Thierry Oyarzabal", "PER")
ent(D, "Républicains", "ORG")

rel(D, "Jean-Marc Irigoyen", "role", "maire", "Jean-Marc Irigoyen, maire")
rel(D, "Jean-Marc Irigoyen", "member_of", "PS", "Jean-Marc Irigoyen, maire (PS)")
rel(D, "Airbnb", "located_in", "États-Unis", "plateforme américaine Airbnb")
rel(D, "Airbnb", "located_in", "San Francisco", "Airbnb, dont le siège est à San Francisco")
rel(D, "Thierry Oyarzabal", "role", "conseiller municipal", "Thierry Oyarzabal, conseiller municipal")
rel(D, "Thierry Oyarzabal", "member_of", "Républicains",
    "Thierry Oyarzabal, conseiller municipal et membre des Républicains")

IRI = "Jean-Marc Irigoyen"
claim(D, IRI, "prévenir", "Nous ne voulons pas devenir une ville-musée", "SAY", "direct")
claim(D, IRI, None,
      "Entre 2015 et 2024, le prix du mètre carré a augmenté de 40 % à Bayonne. Une infirmière, un policier, un jeune "
      "couple ne peuvent plus se loger dans la ville où ils travaillent. C'est une fracture qui menace la cohésion même "
      "de notre territoire.\n\n« Pendant des années, on a laissé faire. Il y a cinq ans, on comptait 900 meublés de "
      "tourisme dans le centre ; il y en a aujourd'hui plus de 3 000. Chaque logement transformé en location "
      "saisonnière, c'est une famille qui part vivre à quarante kilomètres.", "SAY", "direct")
claim(D, IRI, "reconnaître", "la mesure « ne fera pas baisser les prix du jour au lendemain »", "ADMIT", "mixed")
claim(D, IRI, "insister",
      "Mais si on ne fait rien, dans dix ans, le centre-ville sera un décor pour touristes,", "SAY", "direct")
claim(D, IRI, "insister",
      "Je préfère être impopulaire chez quelques propriétaires que complice de l'exode des Bayonnais.", "SAY", "direct")
claim(D, IRI, "répondre", "Nous sommes à 19 %. Nous serons à 25 % d'ici 2030, c'est un engagement.", "SAY", "direct")
claim(D, "Airbnb", "contester", "l'efficacité de ces quotas", "DENY", "indirect")
claim(D, "Airbnb", "affirmer", "les meublés « représentent moins de 5 % du parc » bayonnais", "SAY", "mixed")
claim(D, "Airbnb", "accuser", "chercher « un bouc émissaire » à la crise du logement", "ACCUSE", "mixed",
      "les élus locaux")
claim(D, "l'opposition", "dénoncer", "une politique « punitive »", "ACCUSE", "mixed")
claim(D, "Thierry Oyarzabal", "accuser", "stigmatiser les propriétaires", "ACCUSE", "direct", IRI)
claim(D, "Thierry Oyarzabal", "réclamer",
      "la suppression de la surtaxe de 60 % sur les résidences secondaires, votée l'an dernier", "DEMAND", "indirect")
claim(D, "Thierry Oyarzabal", "marteler", "On fait fuir les investisseurs et on ne construit rien", "SAY", "direct")
claim(D, "La municipalité", "promettre", "un premier bilan des quotas dans six mois", "ANNOUNCE", "indirect")

date(D, "2020", "2020", "DATE", "Élu")
date(D, "jeudi", "2025-01-16", "DATE",
     "le conseil municipal doit voter jeudi un nouveau durcissement des règles sur les meublés de tourisme", after="voter jeudi")
date(D, "ce matin", "2025-01-13TMO", "TIME", "l'élu nous a reçus ce matin dans son bureau de l'hôtel de ville")
date(D, "2015", "2015", "DATE", "le prix du mètre carré a augmenté de 40 % à Bayonne")
date(D, "2024", "2024", "DATE", "le prix du mètre carré a augmenté de 40 % à Bayonne", after="2015 et 2024")
date(D, "des années", "PXY", "DURATION", "on a laissé faire")
date(D, "Il y a cinq ans", "2020", "DATE", "on comptait 900 meublés de tourisme dans le centre")
date(D, "aujourd'hui", "PRESENT_REF", "DATE", "il y en a aujourd'hui plus de 3 000")
date(D, "le 1er janvier", "2025-01-01", "DATE", "la commune applique la loi Le Meur")
date(D, "novembre 2024", "2024-11", "DATE", "adoptée")
date(D, "120", "P120D", "DURATION",
     "abaisser de 120 à 90 jours la durée maximale de location des résidences principales")
date(D, "90 jours", "P90D", "DURATION",
     "abaisser de 120 à 90 jours la durée maximale de location des résidences principales")
date(D, "1er mars", "2025-03-01", "DATE", "tout nouveau meublé de tourisme devra être compensé")
date(D, "dix ans", "2035", "DATE", "le centre-ville sera un décor pour touristes")
date(D, "2030", "2030", "DATE", "Nous serons à 25 %")
date(D, "2023", "2023", "DATE", "paru")
date(D, "vendredi", "2025-01-10", "DATE", "transmise")
date(D, "l'an dernier", "2024", "DATE", "votée")
date(D, "jeudi à 18 h 30", "2025-01-16T18:30", "TIME", "Le conseil municipal se réunira")
date(D, "six mois", "2025-07", "DATE", "un premier bilan des quotas")

# ====================================================================== mentions
LABELS.mentions()

# ====================================================================== checks and output
# adjective-only places (annotation rule 7): (doc, object): adjective in the evidence
NO_TYPE_OK = {("e03_ardelle", "Italie"): "italien", ("e06_maire_logement", "États-Unis"): "américaine"}
labelkit.check_facts(FACTS, TEXT, adj_only=NO_TYPE_OK, other_case="lower")
for f in FACTS:
    if f["kind"] == "claim":
        names = {g["subject"] for g in FACTS if g["doc"] == f["doc"] and g["kind"] == "entity" and g["predicate"] == "type"}
        # a source or target starting with an upper-case letter and no article is an entity name
        for who in (f["subject"], f["target"]):
            if who and who[0].isupper() and not re.match(r"(La|Le|Les|L')\s?", who):
                assert who in names, (who, f)

labelkit.write_jsonl(os.path.join(HERE, "gold_A.jsonl"), FACTS)


def key(f):
    return f["predicate"] if f["kind"] == "entity" else f["kind"]


c = Counter(key(f) for f in FACTS)
print("total", len(FACTS), dict(sorted(c.items())))
for doc in TEXT:
    cd = Counter(key(f) for f in FACTS if f["doc"] == doc)
    print(doc, dict(sorted(cd.items())))
print("entity types", dict(Counter(f["object"] for f in FACTS if f["kind"] == "entity" and f["predicate"] == "type")),
      "mentions", sum(len(f["mentions"]) for f in FACTS if f["kind"] == "entity" and f["predicate"] == "type"))
print("claim categories", dict(Counter(f["category"] for f in FACTS if f["kind"] == "claim")))
print("claim modes", dict(Counter(f["mode"] for f in FACTS if f["kind"] == "claim")))
print("date types", dict(Counter(f["type"] for f in FACTS if f["kind"] == "date")))
