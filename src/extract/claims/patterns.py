"""Word lists and patterns of the claim rules, kept apart from the code that uses them.

The lexicons users extend (cues, descriptions, documents) are JSON files next to
this module; these are the closed grammatical classes of French the rules rely on:
complementizers, clitics, auxiliaries, quotation marks.

>>> "qu’" in QUE
True
"""

import re

# The verb group of a cue
NEGATION = {"ne", "n'", "n’", "pas", "jamais", "guère", "nullement", "aucunement"}
REFLEXIVE = {"se", "s'", "s’"}
CLITICS = {"-il", "-elle", "-ils", "-elles", "-on"}
# Words between a verb and the start of its group: auxiliaries, clitics, negation.
SKIP_BEFORE = {
    "a",
    "ont",
    "avait",
    "avaient",
    "aura",
    "est",
    "sont",
    "était",
    "étaient",
    "sera",
    "«",
    "“",
    "-t",
    "ne",
    "n'",
    "n’",
}
SKIP_BEFORE |= CLITICS
# A quote closing on its own final stop, then a capital: a new sentence starts.
QUOTE_SENTENCE_END = re.compile(r"[.!?…]\s*[»”]\s+(?=[A-ZÀ-ÖØ-Þ])")
# A closing mark and a full stop outside it: the sentence ends whatever the parser said.
QUOTE_THEN_STOP = re.compile(r"[»”]\s*[.!?…](?=\s)")
# ``, tout en jugeant que``: a gerund after a comma is the speaker's next act, not the content.
GERUND_AFTER = re.compile(r"\s+(?:tout\s+)?en\s+\w+ant\b")
# Strong pronouns set off by commas after a verb (``réclame, elle, ...``).
ASIDE_PRONOUNS = {"elle", "elles", "lui", "eux"}
# Clitics and negation between ``de`` / ``à`` and an infinitive (``de ne pas lui avoir donné``).
BEFORE_INFINITIVE = {
    "«",
    "“",
    "ne",
    "n'",
    "n’",
    "pas",
    "jamais",
    "plus",
    "se",
    "s'",
    "s’",
    "lui",
    "leur",
    "les",
    "la",
    "le",
    "l'",
    "l’",
    "y",
    "en",
    "me",
    "m'",
    "m’",
    "te",
    "t'",
    "t’",
    "nous",
    "vous",
}
# What may end a sentence; a parser's sentence ending on anything else goes on.
SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "”", '"', "...", ")", "*", "**"}
PUNCT_BEFORE_INCISE = {",", "»", "”", '"', "*", "**", "***"}

# Endings of deverbal nouns of events and decisions (``fermeture``, ``création``, ``lancement``)
EVENT_SUFFIXES = ("tion", "sion", "ment", "ure", "age", "ance", "ence")
# Deverbal nouns of acts and decisions with other endings (``le dépôt d'un recours``).
EVENT_NOUNS = {
    "dépôt",
    "fin",
    "transfert",
    "envoi",
    "retrait",
    "report",
    "rachat",
    "départ",
    "rejet",
    "maintien",
    "retour",
    "gel",
    "arrêt",
    "recours",
    "déblocage",
    "vente",
    "achat",
    "hausse",
    "baisse",
    "refus",
    "renvoi",
    "abandon",
    "rappel",
    "accord",
    "appel",
    "bilan",
}

# Prepositions of adjuncts that tell how or where something was said, not what.
SAYING_ADJUNCTS = {"dans", "sur", "lors", "devant", "selon", "pour", "auprès", "via", "au", "à"}

# Acts of an authority that order something (``un arrêté interdisant ...``, ``un décret sur ...``).
DECISION_NOUNS = {"arrêté", "décret", "ordonnance", "circulaire", "moratoire", "couvre-feu"}
# Nouns of time after ``pour`` / ``à`` that date what is asked (``pour l'année 2025``).
TIME_NOUNS = {
    "année",
    "an",
    "mois",
    "semaine",
    "jour",
    "période",
    "saison",
    "exercice",
    "trimestre",
    "horizon",
}

# ``avant de`` / ``après`` + infinitive: a next act of the same speaker, not a complement.
SEQUENCE_MARKS = {"avant", "après", "sans", "afin", "pour"}

# Cues that, in the compound past with any definite noun subject, report someone speaking
# (``La présidence a indiqué que``), unlike ``rappeler`` or ``souligner`` (``la crise a rappelé``).
PAST_STATEMENT_CUES = {"indiquer", "signaler", "préciser", "faire savoir"}
INDEFINITE = {"un", "une", "des", "du", "de", "d'", "d’"}
# Indefinite speakers the press quotes without a name (``a indiqué une source proche du dossier``).
UNNAMED_SPEAKERS = {
    "source",
    "proche",
    "témoin",
    "habitant",
    "riverain",
    "membre",
    "collègue",
    "ami",
    "amie",
    "parent",
    "mère",
    "père",
    "homme",
    "femme",
    "passant",
    "participant",
    "spécialiste",
}

# Complementizers and prepositions that open the reported content
QUE = {"que", "qu'", "qu’"}
DE = {"de", "d'", "d’"}
A = {"à", "au", "aux"}

# Shaping a content span
TRAIL = " \t\n.,;:!?…*_-–—"
LEAD = " \t\n*_,:"
OPENERS = '«“"'
# Subordinate clauses that leave the reported content (``..., alors que les manifestations continuent``).
CLAUSE_BREAK = re.compile(
    r",\s+(?:alors que|alors qu['’]|tandis que|tandis qu['’]|parce que|parce qu['’]|puisque|car|mais|même si|bien que"
    r"|ce que|ce qu['’]|ce qui)\b"
    # ``accuse X de « tricher » en poursuivant ...``: a gerund after the quote is the article's.
    r"|(?<=[»”])\s+en\s+\w+ant\b"
)
# ``, ce qu'il conteste``: the article's comment on the claim.
COMMENT_CLAUSE = re.compile(r",\s+ce\s+qu")
# ``..., alors qu'elles s'étaient développées``: a pronoun goes on with the reported topic.
PRONOUN_NEXT = re.compile(r"\s*(?:il|elle|ils|elles)\b")
CONNECTIVES = {"soit", "et", "mais", "or", "donc", "ainsi", "puis", "bref", "enfin"}

# Reading a source phrase
# Words that end a source phrase read linearly after an incise verb.
STOP_TEXT = {",", ".", ";", ":", "(", ")", "[", "]", "«", "»", "“", "”", '"', "!", "?", "—", "–", "|"}
PHRASE_ADP = {"de", "d'", "d’", "du", "des", "par", "pour", "en", "à", "au", "aux"}
DETERMINERS = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"}
TIME_WORDS = {"hier", "aujourd'hui", "aujourd’hui", "matin", "soir", "midi", "après-midi", "encore"}
ARTICLES = {"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette"}
# What closes an apposed name (``Son avocat, Me X, a dit``); anything else starts a new clause.
APPOSITION_CLOSE = {",", ".", ":", ";", "(", ")", "!", "?", "»", "”"}
ELIDED = re.compile(r"^(?:l|d)['’]")

# Quotes with no cue verb before them
CLAUSE_OPENERS = {"mais", "et", "or", "donc", "ainsi", "enfin", "puis"}
DECOR = {"*", "**", "***", "_"}
MIN_QUOTE_WORDS = 4
# Quoted terms and titles are short; a quotation woven into a sentence is a clause long.
MIN_EMBEDDED_WORDS = 12

# Cues whose ``pour`` + infinitive states what a gathering or a petition stands for.
PURPOSE_STANCES = {"DEMAND", "ACCUSE", "DENY"}

# Passive cues that still report a claim (``est accusée de``), unlike ``est estimé à``
PASSIVE_OK = {"ACCUSE", "DEMAND", "DENY", "OTHER"}

# Words that open a relative clause or an aside, not a full clause before an incise.
RELATIVE_OPENERS = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}

# A coordinated second cue (``a reconnu que A et assuré que B``): words left between the two contents.
AUX_TAIL = (" a", " ont", " avait", " s’est", " s'est", " est", " se", " s’", " s'")
COORDINATORS = (" et", ",", " mais")
# A subject pronoun opening the coordinated clause (``, mais il réclame``).
SUBJECT_TAIL = (" il", " elle", " ils", " elles", " on")

# ``un article selon lequel ...``: selon + a relative pronoun reports what the noun before says.
RELATIVE_PRONOUNS = {"lequel", "laquelle", "lesquels", "lesquelles", "qui"}
