"""Data of the entity rules: word lists and regexes, general French, no article's names.

Lexicons shared with other components (demonyms, type-telling nouns) live in
``extract/lexicons/``; :func:`lexicon` gives their derived forms.

>>> "suédoises" in demonym_forms()
True
>>> country_of("néerlandaise")
'Pays-Bas'
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load

LABELS = ("PER", "ORG", "LOC", "MISC")

# Leading words that are not part of a name (`de la Chine` -> `Chine`).
LEADING_NON_NAME = {
    "de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les", "à", "au", "aux", "en", "par", "pour",
    "sur", "chez", "avec", "et", "ou", "un", "une", "ce", "cette", "ces", "son", "sa", "ses",
}  # fmt: skip
# Honorifics before a person's name (`Me Anne Kerjean` -> `Anne Kerjean`).
HONORIFICS = {
    "m.",
    "mme",
    "mlle",
    "me",
    "maître",
    "dr",
    "pr",
    "mgr",
    "sœur",
    "père",
    "frère",
    "monsieur",
    "madame",
}
# Forms of address before a name, no role (`le docteur X`, `Maître X`).
ADDRESS_NOUNS = {"docteur", "docteure", "maître", "me", "dr", "pr", "m.", "mme", "monsieur", "madame"}
# Titles whose capitalised complement is a portfolio, not an organisation (`ministre des
# Affaires étrangères`).
PORTFOLIO_TITLES = {"ministre", "secrétaire", "ministres", "secrétaires"}
# Person nouns whose `de` complement is an organisation, not a portfolio (`membre des Verts`).
MEMBERSHIP_NOUNS = {
    "membre",
    "membres",
    "adhérent",
    "adhérente",
    "adhérents",
    "militant",
    "militante",
    "militants",
}
# Participles that link a minister to a portfolio (`ministre délégué chargé des Transports`).
PORTFOLIO_LINKS = {"chargé", "chargée", "chargés", "chargées"}
# Particles that open a surname (`Le Pen`, `De Gaulle`, `Van Gogh`).
SURNAME_PARTICLES = {
    "le",
    "la",
    "de",
    "du",
    "des",
    "van",
    "von",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "el",
    "al",
    "ben",
}

# Trailing words a model span sometimes drags in (`Bureau de la sécurité publique de`).
TRAILING_NON_NAME = {
    "de",
    "du",
    "des",
    "d'",
    "d’",
    "l'",
    "l’",
    "la",
    "le",
    "les",
    "et",
    "à",
    "au",
    "aux",
    "en",
}

# Tokens that split a model span: markup, separators, quotes.
SPLIT_TOKENS = {
    "|",
    "[",
    "]",
    "(",
    ")",
    "*",
    "**",
    "«",
    "»",
    "“",
    "”",
    '"',
    ":",
    ";",
    "–",
    "—",
    "/",
    "\\",
    "•",
}

# Editorial abbreviations and rubric labels: never entities (`[ALERTE]`, `NDLR`).
EDITORIAL = {
    "ndlr", "n.d.l.r.", "n.d.l.r", "ndt", "afp photo", "flash", "flash info", "info", "infos", "urgent", "alerte",
    "exclusif", "vidéo", "video", "direct", "en direct", "breaking", "réaction", "rapport", "analyse", "enquête",
    "tribune", "édito", "éditorial", "interview", "entretien", "photos", "photo", "communiqué", "décryptage",
    "reportage", "portrait", "chronique", "opinion", "point de vue", "contact", "contact presse", "source",
    "sources", "agir", "espace journalistes", "lire aussi", "à lire aussi", "voir aussi", "mise à jour",
}  # fmt: skip

# Common nouns that French capitalises but that name no particular entity.
GENERIC_CAPITALISED = {
    "état", "états", "etat", "etats", "internet", "web", "gouvernement", "président", "présidente", "ministre",
    "premier ministre", "nation", "nations", "république", "bloc", "dieu", "etat membre", "états membres",
    "église", "justice", "assemblée", "sénat",
}  # fmt: skip
# `Sénat`, `Assemblée` alone name an institution only with a country in view; the
# model tags them ORG and is right often enough: they are dropped only when not ORG.
GENERIC_KEEP_IF_ORG = {"sénat", "assemblée", "justice", "église"}

# Diseases and epidemics: not named entities in the annotation guide.
DISEASES = {"covid", "covid-19", "coronavirus", "sras", "sras-cov-2", "sida", "ebola", "mpox", "zika", "h1n1"}

# Articles that make a head-noun phrase a description, not a name (`un Conseil d'artistes`).
INDEFINITE = {"un", "une", "plusieurs", "certains", "certaines", "chaque"}

# All-capital abbreviations of common nouns (French and international), not entities. Not
# `PS`: in French news the Parti socialiste far more often than a post-scriptum.
COMMON_ACRONYMS = {
    "IVG", "PIB", "PMA", "GPA", "ADN", "VIH", "SIDA", "TVA", "CDI", "CDD", "RSA", "SMS", "PDF", "GPS", "IA", "OGM",
    "QR", "TV", "PC", "LGBT", "LGBTQ", "LGBTQI", "ONG", "PDG", "DG", "DRH", "BTP", "PME", "TPE", "ETI", "CO2", "HLM",
    "SDF", "RER", "TGV", "TER", "SUV", "USB", "URL", "HTML", "FAQ", "CV", "OK", "KO", "JT", "BD", "VTC", "IRM",
    "RGPD", "RH", "HT", "TTC", "NB", "AM", "PM", "ID", "IT", "VS", "II", "III", "IV", "VI", "VII", "VIII",
    "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "NDLR", "NDT", "RIP",
    "CEO", "CTO", "CFO", "COO", "PhD", "MD", "DJ", "VIP", "WC", "UV", "HD", "4G", "5G", "3D", "VR", "AR", "API",
}  # fmt: skip

# Words written in capitals for emphasis, not acronyms (`C'est NON`).
EMPHATIC_WORDS = {
    "NON", "OUI", "STOP", "RIEN", "TOUT", "TOUS", "JAMAIS", "AUCUN", "AUCUNE", "URGENT", "DANGER", "ATTENTION", "FIN",
    "GRATUIT", "NOUVEAU", "VRAI", "FAUX", "MAIS", "PAS", "PLUS", "TRÈS", "ENFIN", "BRAVO", "MERCI", "SOS", "HELP",
}  # fmt: skip

# Function words skipped when an acronym is matched to its expansion (`JVP` = Jewish Voice for Peace).
ACRONYM_FILLERS = {
    "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "à", "au", "aux", "en", "pour", "sur",
    "for", "of", "the", "and", "in", "on", ",", "-",
}  # fmt: skip

# Place nouns that open a name through `de` (`rue de Rivoli`); `région de Lyon` is not one name.
STREET_HEADS = {
    "place", "rue", "avenue", "boulevard", "quai", "pont", "parc", "square", "allée", "impasse", "chemin", "cours",
    "esplanade", "gare", "aéroport", "port", "stade", "palais", "château", "cathédrale", "église", "mosquée", "porte",
    "gymnase", "halle", "salle", "col", "quartier", "piscine", "cimetière", "hippodrome", "vélodrome", "arène", "arènes",
    "barrage", "viaduc", "tunnel",
}  # fmt: skip

# An event or a race is what one wins or runs (`a remporté Paris-Roubaix`), and what has
# editions and winners (`la 120e édition de X`, `le vainqueur du X`): MISC, even when
# named after places (FACTS.md §2.1).
EVENT_VERBS = {"remporter", "disputer", "courir", "organiser", "boycotter"}
EVENT_NOUNS = {
    "édition", "éditions", "vainqueur", "vainqueure", "vainqueurs", "lauréat", "lauréate", "lauréats", "podium",
    "gagnant", "gagnante", "favori", "favorite", "finale", "demi-finale",
}  # fmt: skip
# A capitalised head that names an event before `de` (`Tour de France`, `Tour des Flandres`),
# where its lowercase form names a place (`la tour de Pise`).
EVENT_HEADS = {"tour"}

# Nouns of regulations, named with their title (D18 of docs/annotation.md).
LAW_NOUNS = {"loi", "règlement", "directive", "décret", "ordonnance"}
# Institutions housed in a building, named after a person or a place with their noun
# (`hôpital Édouard-Herriot`, `lycée Victor-Hugo`): the noun is part of the name (ORG).
BUILDING_INSTITUTIONS = {
    "hôpital", "lycée", "collège", "école", "université", "clinique", "musée", "conservatoire", "bibliothèque",
    "médiathèque", "théâtre", "opéra", "institut",
}  # fmt: skip
# Organisation nouns that describe rather than name before `de` (`le groupe de la Gauche`,
# `la société de Jean Roy`): lowercase, they open no name.
LOOSE_HEADS = {
    "groupe",
    "société",
    "compagnie",
    "cabinet",
    "union",
    "coalition",
    "alliance",
    "service",
    "direction",
    "forces",  # `les forces de Kiev`, but `les Forces de soutien rapide`
}

# Verbs whose subject is an organisation (`X a racheté`, `X emploie 300 personnes`), and
# verbs whose object is one (`racheter X`): a vote for ORG, weaker than a descriptor.
ORG_SUBJECT_VERBS = {
    "racheter", "acquérir", "licencier", "embaucher", "recruter", "employer", "fusionner", "délocaliser",
    "commercialiser", "breveter", "coter", "facturer", "sous-traiter", "restructurer", "externaliser",
}  # fmt: skip
ORG_OBJECT_VERBS = {"racheter", "acquérir", "absorber", "privatiser", "nationaliser"}

# Prepositions before a place (`à Redmond`, `en Suède`): a vote for LOC.
PLACE_PREPOSITIONS = {"à", "en", "au", "aux", "vers", "depuis"}
# Prepositions before an employer (`programmeur chez Microsoft`).
EMPLOYER_PREPOSITIONS = {"chez", "à", "au", "auprès", "pour"}
# `de` forms that link a role to its organisation (`directrice de la communication de X`).
DE_FORMS = {"de", "du", "des", "d'", "d’"}
# Modifiers that stay in a role (FACTS.md §2.1).
ROLE_KEPT_MODIFIERS = {"ancien", "ancienne", "nouveau", "nouvelle", "ex", "ex-", "futur", "future"}
# Endings of French person nouns not in the lexicon (`programmeur`, `chercheuse`, `activiste`).
PERSON_NOUN_SUFFIXES = ("eur", "euse", "rice", "iste", "logue", "ienne", "ien", "aire")
# Person nouns that type a name but are no title or function (`son fils X`, `un habitant`).
NON_ROLE_NOUNS = {
    "fils", "fille", "mère", "père", "épouse", "mari", "habitant", "habitante", "témoin", "manifestant",
    "manifestante", "victime", "ami", "amie", "voisin", "voisine", "compagnon", "compagne",
}  # fmt: skip
# Words that end a role phrase.
ROLE_STOP_WORDS = {
    "qui",
    "que",
    "qu'",
    "qu’",
    "dont",
    "où",
    "lequel",
    "laquelle",
    "depuis",
    "lors",
    "après",
    "avant",
}

# Premises of an organisation: `le campus de Microsoft à Redmond` -> located_in Redmond.
PREMISES = {
    "siège",
    "campus",
    "bureaux",
    "usine",
    "usines",
    "locaux",
    "site",
    "antenne",
    "succursale",
    "laboratoire",
}
# Nouns for a company: `l'entreprise suédoise` cannot refer back to `l'ONG X`.
COMPANY_NOUNS = {
    "entreprise", "entreprises", "société", "sociétés", "firme", "firmes", "groupe", "multinationale", "compagnie",
    "start-up", "startup", "géant", "constructeur", "fabricant", "opérateur", "éditeur", "fournisseur", "banque",
    "assureur", "distributeur", "enseigne", "filiale", "prestataire", "laboratoire",
}  # fmt: skip
# Definite articles of an anaphoric description (`l'entreprise suédoise` after `Axis`).
DEFINITE = {"le", "la", "l'", "l’"}

# Organisation -> parent organisation cues, after the child name (`X, qui fait partie de Y`).
PART_OF_CUES = re.compile(
    r"^\s*,?\s*(?:(?:qui|et)\s+)?(?:(?:fait|faisait|font|faisant)\s+(?:[\w'’]+\s+)?partie|"
    r"(?:une?\s+)?(?:filiale|branche|division|composante|membre)|(?:qui\s+)?(?:appartient|appartenant|rattachée?s?|relève|relevant))"
    r"\s*(?:de|du|des|d['’]|à|au|aux)\s*",
    re.IGNORECASE,
)
# Organisation -> place cues (`X, basée à Y`).
BASED_IN_CUES = re.compile(
    r"^\s*,?\s*(?:(?:qui\s+)?(?:est|sont|était)\s+)?(?:(?:dont\s+le\s+siège\s+(?:social\s+)?est\s+)?"
    r"(?:basée?s?|installée?s?|implantée?s?|établie?s?|située?s?|domiciliée?s?)|"
    r"dont\s+le\s+siège\s+(?:social\s+)?est|(?:qui\s+)?(?:a|ayant)\s+son\s+siège(?:\s+social)?|headquartered)"
    r"\s*(?:à|en|au|aux|dans)\s*",
    re.IGNORECASE,
)

# Participles that state a seat (`basée`, `implantés`).
SEAT_PARTICIPLE = re.compile(r"(?:basé|installé|implanté|établi|situé|domicilié)e?s?")
# `X, siège de Y` / `X, où siège Y`: Y is based in the place X.
SEAT_OF_CUES = re.compile(
    r"^\s*,\s*(?:siège|capitale)\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+)?", re.IGNORECASE
)

HASHTAG = re.compile(r"#\w[\w-]*")
ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,7}$")
# A dateline at the top of an article: `SAN FRANCISCO |`, `PARIS (AFP) -`, `LYON, 3 mai`.
DATELINE = re.compile(
    # The separator is on the same line; a hyphen separates only after a space (`ÉTATS-UNIS` is a name).
    r"^(?:\s*date\s+\S+)?\s*([A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,3})"
    r"(?:[ \t]*(?:\||,|—|–|\()|[ \t]+-)"
)


class CommonWords:
    """The model's lemmatizer tables as a lexicon of general French (`grève`, `interrogé`,
    `prochain`), to tell a word capitalised at a sentence start from a name. Empty when the
    pipeline has no lookup lemmatizer: the rules that need it then stay silent."""

    def __init__(self) -> None:
        self.tables: list = []

    def load_from(self, nlp) -> None:
        if "lemmatizer" not in nlp.pipe_names:
            return
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is None:
            return
        tables = []
        if lookups.has_table("lemma_lookup"):
            tables.append(lookups.get_table("lemma_lookup"))
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            tables.extend(frozenset(index[k]) for k in index.keys())
        self.tables = tables

    def __contains__(self, word: str) -> bool:
        return any(word in t for t in self.tables)


COMMON_WORDS = CommonWords()


def _inflect(base: str) -> set[str]:
    """French adjective forms of a masculine singular (`suédois` -> `suédoise`, `suédoises`)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s"}
    elif base.endswith(("ien", "éen", "on")):
        forms |= {base + "s", base + "ne", base + "nes"}
    elif base.endswith("al"):  # provençal -> provençale, provençaux
        forms |= {base + "e", base + "es", base[:-2] + "aux"}
    elif base.endswith("eau"):  # tourangeau -> tourangelle, tourangeaux
        forms |= {base + "x", base[:-3] + "elle", base[:-3] + "elles"}
    elif base.endswith("c"):  # turc -> turque, grec -> grecque
        forms |= {base + "s", base[:-1] + "que", base[:-1] + "ques", base + "que", base + "ques"}
    elif base.endswith(("s", "x")):
        forms |= {base + "e", base + "es"}
    else:
        forms |= {base + "s", base + "e", base + "es"}
    return forms


@cache
def _demonym_table() -> dict[str, str | None]:
    data = load("demonyms.json")
    table: dict[str, str | None] = {}
    for section in ("countries", "places", "regions", "continents"):
        for base, place in data[section].items():
            for form in _inflect(base):
                table.setdefault(form, place)
    for base in (*data["groups"], *data.get("teams", ())):
        for form in _inflect(base):
            table.setdefault(form, None)
    return table


@cache
def _region_forms() -> frozenset[str]:
    """Forms of the demonyms of regions and départements (`savoyarde`): no `located_in`."""
    return frozenset(f for base in load("demonyms.json")["regions"] for f in _inflect(base))


@cache
def demonym_forms() -> frozenset[str]:
    """Every lowercase form of a demonym, nationality or ethnic/religious group."""
    return frozenset(_demonym_table())


@cache
def _continents() -> frozenset[str]:
    return frozenset(load("demonyms.json")["continents"].values())


def country_of(word: str) -> str | None:
    """The country or city a place adjective points to, `None` for continents, regions and
    groups (`savoyarde`: no country or city)."""
    word = word.lower()
    place = _demonym_table().get(word)
    if place in _continents() or word in _region_forms():
        return None
    return place


@cache
def descriptors() -> dict[str, str]:
    """Lowercase noun -> entity type it describes (`collectif` -> ORG, `avocate` -> PER)."""
    out: dict[str, str] = {}
    for label, words in load("entity_heads.json")["descriptors"].items():
        for w in words:
            out.setdefault(w, label)
    return out


@cache
def name_heads() -> dict[str, str]:
    """Lowercase noun that opens a name -> its type (`ministère` -> ORG, `place` -> LOC)."""
    out: dict[str, str] = {}
    for label, words in load("entity_heads.json")["name_heads"].items():
        for w in words:
            out.setdefault(w, label)
    return out


@cache
def org_name_words() -> frozenset[str]:
    """Words that make a name of two words or more an organisation (`Siemens AG`,
    `Tata Motors`, `Blackstone Capital Partners`), as written."""
    return frozenset(load("entity_heads.json")["org_name_words"])


@cache
def org_name_adjectives() -> frozenset[str]:
    """Adjectives that close an organisation's name (`Amnesty international`, `Banque mondiale`)."""
    return frozenset(load("entity_heads.json")["org_name_adjectives"])


def country_abbreviations() -> dict[str, str]:
    """`USA` -> `États-Unis`: abbreviations whose letters are not the French name's initials."""
    return load("demonyms.json")["abbreviations"]


@cache
def country_names() -> frozenset[str]:
    """Lowercase names of the countries in the demonym lexicon (`suède`, `pays-bas`)."""
    return frozenset(v.lower() for v in load("demonyms.json")["countries"].values())


@cache
def org_owned() -> frozenset[str]:
    """Nouns whose `de` complement is an organisation (`les salariés de X`, `le siège de X`)."""
    return frozenset(load("entity_heads.json")["org_owned"])


@cache
def known_places() -> frozenset[str]:
    """Lowercase names of the countries, regions and cities the demonym lexicon points to."""
    data = load("demonyms.json")
    names = {*data["countries"].values(), *data["places"].values(), *data["regions"].values()}
    names |= set(data["continents"].values())
    names |= set(data["abbreviations"].values())
    return frozenset(n.lower() for n in names)


@cache
def club_abbreviations() -> frozenset[str]:
    """Abbreviations that make a name a sports club (`US Orléans`, `Amiens SC`), as written."""
    return frozenset(load("entity_heads.json")["club_abbreviations"])


@cache
def club_first_words() -> frozenset[str]:
    """Words that open sports clubs' names before a town (`Stade de Reims`, `En Avant X`), as written."""
    return frozenset(load("entity_heads.json")["club_first_words"])


# Words that make an article one about sport, for club names built like venues.
SPORT_WORDS = {
    "club", "clubs", "joueur", "joueurs", "joueuse", "joueuses", "entraîneur", "entraîneuse", "match",
    "matchs", "ligue", "championnat", "attaquant", "défenseur", "gardien", "footballeur", "footballeurs",
    "supporters", "rugby", "football",
}  # fmt: skip


@cache
def numbered_series() -> frozenset[str]:
    """Nouns that name a competition or a line with a number or a letter (`Ligue 2`, `RER B`)."""
    return frozenset(load("entity_heads.json")["numbered_series"])


# A collective's name may go on in lower case after its capitalised first word, through a
# preposition and one word (`le collectif Scènes en lutte`, `la liste Rennes pour tous`).
NAME_TAIL_PREPOSITIONS = {"en", "sans", "pour", "contre"}
# Descriptors of collectives whose names are slogans (`l'association Vélo en ville`).
SLOGAN_NAME_DESCRIPTORS = {
    "collectif", "collectifs", "association", "associations", "groupe", "liste", "mouvement", "coalition",
    "intersyndicale", "compagnie", "troupe",
}  # fmt: skip
# Verbs of speech whose `sur`/`à` complement is a medium, not a place (`a réagi sur France Info`,
# `a confié à Ouest-France`).
SPEECH_CHANNEL_VERBS = {
    "déclarer", "dire", "confier", "expliquer", "réagir", "affirmer", "indiquer", "saluer", "écrire", "annoncer",
    "assurer", "estimer", "préciser", "raconter", "tweeter", "répondre", "dénoncer", "publier", "souligner",
    "regretter", "témoigner", "rappeler", "promettre", "admettre", "reconnaître", "prévenir", "interroger",
    "exprimer", "intervenir",
}  # fmt: skip

# Territory nouns that, capitalised inside a sentence, name the territory's elected body
# (`la Région Bretagne a voté`, `la Région` alone) where lower case names the land.
CAPITALISED_BODIES = {"région"}


@cache
def title_nouns() -> frozenset[str]:
    """Nouns of works and programmes whose quoted title is a name (`le documentaire « X »`)."""
    return frozenset(load("entity_heads.json")["title_nouns"])


# Nouns that quote a word, not a name: `le mot « Soif »`, `le terme « rééducation »`.
QUOTED_WORD_NOUNS = {"mot", "mots", "terme", "termes", "expression", "qualificatif", "adjectif"}
