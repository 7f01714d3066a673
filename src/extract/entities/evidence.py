"""Type evidence for one mention: what the model says, and what the words around it say.

A descriptor noun next to a name tells its type whatever the model thinks:
``Athena, un collectif`` (ORG), ``le logiciel FaceReader`` (MISC),
``l'avocate Chow Hang-Tung`` (PER), ``Guilin, une ville`` (LOC). A place
preposition (``à Redmond``) and an employer preposition (``chez X``) are weaker
votes. :mod:`.clusters` adds the votes of all mentions of one entity.

>>> d = descriptor_before(doc, mention)      # doctest: +SKIP
>>> d.label, doc[d.noun].text                 # doctest: +SKIP
('MISC', 'logiciel')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..doctext import doc_text
from ..lexicons import WEEKDAYS
from . import patterns as P
from .mention_record import Mention
from .name_rules import descriptor_at

_DETERMINERS = {
    "du",
    "au",
    "aux",
    "le",
    "la",
    "l'",
    "l’",
    "les",
    "un",
    "une",
    "des",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
}

_CONTRACTED = {"du", "au", "aux"}

# Weights: a rule that reads the text beats the model's guess on one mention.
W_DESCRIPTOR = 5.0  # a noun that says what the name is beats the model and a preposition
W_HEAD = 4.0
# Hashtags, datelines and quoted titles are what they are by their form, whatever the words around them say.
W_SOURCE = {
    "hashtag": ("MISC", 6.0),
    "dateline": ("LOC", 6.0),
    "title": ("MISC", 6.0),
    "acronym": ("ORG", 0.6),
}
W_PLACE_PREP = 1.5
W_EMPLOYER_PREP = 2.0
W_ORG_OWNED = 1.5
W_KNOWN_PLACE = 2.0
W_ORG_VERB = 3.5


@dataclass
class Descriptor:
    """A common noun describing a name, with the adjectives around it (`entreprise suédoise`)."""

    label: str
    noun: int
    start: int
    end: int
    adjectives: list[int]


def _descriptor_label(doc: Doc, i: int) -> str | None:
    tok = doc[i]
    # Lowercase nouns, and abbreviations written in capitals (`l'ONG X`).
    if not (tok.is_lower or (tok.is_upper and tok.is_alpha)) or tok.is_punct:
        return None
    return descriptor_at(doc, i)[0]


def descriptor_after(doc: Doc, m: Mention) -> Descriptor | None:
    """``X, une entreprise française`` / ``X, un collectif d'associations``."""
    i = m.end
    # `X est une entreprise`: a predicate says what the name is, like an apposition.
    if i + 1 < len(doc) and doc[i].lemma_ == "être" and doc[i + 1].lower_ in ("un", "une"):
        i += 1
    # `X, une entreprise`, or a gloss in brackets: `ICE [police de l'immigration]`.
    elif i >= len(doc) or doc[i].text not in (",", "[", "("):
        return None
    else:
        i += 1
    start = i
    while i < len(doc) and (doc[i].lower_ in _DETERMINERS or doc[i].lower_ in P.ROLE_KEPT_MODIFIERS):
        i += 1
    adjectives = []
    # An adjective may come first (`une grande entreprise`).
    while i < len(doc) and doc[i].pos_ == "ADJ" and _descriptor_label(doc, i) is None and doc[i].is_lower:
        adjectives.append(i)
        i += 1
    if i >= len(doc) or (label := _descriptor_label(doc, i)) is None:
        return None
    noun, j = i, i + 1
    while (
        j < len(doc)
        and doc[j].pos_ == "ADJ"
        and doc[j].is_lower
        and not P.SEAT_PARTICIPLE.fullmatch(doc[j].lower_)
    ):
        adjectives.append(j)
        j += 1
    participle = j < len(doc) and (
        "Part" in doc[j].morph.get("VerbForm") or bool(P.SEAT_PARTICIPLE.fullmatch(doc[j].lower_))
    )  # `une entreprise basée à`
    if doc[noun].dep_.startswith("nsubj") and j < len(doc) and doc[j].text != "," and not participle:
        return None  # `Pour X, une telle technologie est ...`: the subject of the next clause
    return Descriptor(label, noun, start, j, adjectives)


def _adjective(tok) -> bool:
    """A lowercase adjective; a demonym whatever its tag (`la start-up nantaise X`)."""
    return tok.is_lower and (tok.pos_ == "ADJ" or tok.lower_ in P.demonym_forms())


def _complement_modifier(tok) -> bool:
    """A lowercase word before a complement's noun: `petit` in `de petit électroménager`,
    `bas` in `à bas coût`."""
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "NOUN") and tok.lower_ not in P.DE_FORMS


def descriptor_before(doc: Doc, m: Mention) -> Descriptor | None:
    """``la firme israélienne X``, ``le logiciel X``, ``[logiciel] X``, ``une firme néerlandaise, X``,
    ``son logiciel de reconnaissance faciale (X)``."""
    i = m.start - 1
    while i >= 0 and doc[i].text.strip("*") == "":
        i -= 1  # Markdown emphasis: `la firme **AnyVision**`
    after_comma = i >= 0 and doc[i].text == ","
    if i >= 0 and doc[i].text in ("]", ","):
        i -= 1
    in_parens = i >= 0 and doc[i].text == "(" and m.end < len(doc) and doc[m.end].text == ")"
    if in_parens:
        # The noun phrase before the brackets, up to a few words back.
        for k in range(i - 1, max(i - 8, -1), -1):
            if doc[k].is_punct or doc[k].is_title:
                break  # another name before the brackets: `devant Vingegaard (Visma)`
            if (label := _descriptor_label(doc, k)) is not None:
                return Descriptor(label, k, k, i, [])
        return None
    adjectives = []
    while i >= 0 and _adjective(doc[i]) and _descriptor_label(doc, i) is None:
        adjectives.append(i)
        i -= 1
    # A complement between the noun and the name: `le cabinet d'avocats X`, `le fabricant
    # lyonnais d'équipements ferroviaires X`, `le groupe d'opposition X`.
    # The complement's noun may have its own adjectives before it (`le fabricant de petit
    # électroménager X`, `le transporteur à bas coût X`).
    modifiers = 0
    while modifiers < 2 and i - modifiers - 2 >= 0 and _complement_modifier(doc[i - modifiers - 1]):
        modifiers += 1
    if (
        i >= 3
        and doc[i - 1 - modifiers].lower_ in ("la", "l'", "l’")
        and doc[i - 2 - modifiers].lower_ in P.DE_FORMS
    ):
        article = 1  # `le géant allemand de la chimie BASF`
    else:
        article = 0
    link = doc[i - 1 - article - modifiers].lower_ if i - 1 - article - modifiers >= 0 else ""
    if (
        i >= 2
        and _descriptor_label(doc, i) in (None, "PER")
        and doc[i].is_lower
        and doc[i].pos_ == "NOUN"
        and (link in P.DE_FORMS or (link == "à" and _descriptor_label(doc, i) is None))
    ):
        k = i - 2 - article - modifiers
        inner = []
        while k >= 0 and _adjective(doc[k]) and _descriptor_label(doc, k) is None:
            inner.append(k)
            k -= 1
        # An organisation of people (`cabinet d'avocats`) is an organisation; a person of
        # an organisation (`porte-parole des associations X`) leaves X to the inner noun.
        outer = _descriptor_label(doc, k) if k >= 0 else None
        if link == "à" and outer not in ("ORG", "MISC"):
            outer = None  # `à` opens a company's trade (`à bas coût`), not a person's portfolio
        if outer is not None and (_descriptor_label(doc, i) is None or outer in ("ORG", "MISC")):
            adjectives = inner + adjectives  # `la compagnie à bas coût irlandaise X`
            i = k
    if i < 0 or (label := _descriptor_label(doc, i)) is None:
        return None
    noun = i = descriptor_at(doc, i)[1]
    # The noun must open its phrase (`le logiciel`, `[logiciel`), not end a longer one (`siège de`).
    prev = doc[i - 1] if i > 0 else None
    # `le président du club, X`: after a comma the noun must open its own phrase.
    if after_comma and prev is not None and prev.lower_ in _CONTRACTED:
        return None
    # `la présidente de l'association, X`, `la directrice de la société, X`: likewise.
    if (
        after_comma
        and prev is not None
        and prev.lower_ in ("la", "l'", "l’")
        and i >= 2
        and doc[i - 2].lower_ in ("de", "d'", "d’")
    ):
        return None
    if prev is not None and not (
        prev.lower_ in _DETERMINERS
        or (label == "MISC" and prev.lower_ in P.DE_FORMS)
        or prev.text in ("[", "(")
        or prev.lower_ in P.ROLE_KEPT_MODIFIERS
        or prev.is_sent_start
    ):
        if not (prev.pos_ == "ADJ" and i > 1 and doc[i - 2].lower_ in _DETERMINERS):
            return None
    return Descriptor(label, noun, noun, m.start, sorted(adjectives))


def _organisation_verb(doc: Doc, m: Mention) -> bool:
    """`Lactalis a racheté ...`, `... emploie 300 personnes`, `le rachat ... a racheté X`."""
    for t in doc[m.start : m.end]:
        head = t.head
        if head.i in range(m.start, m.end):
            continue
        if t.dep_ == "nsubj" and head.lemma_ in P.ORG_SUBJECT_VERBS:
            return True
        if t.dep_ == "obj" and head.lemma_ in P.ORG_OBJECT_VERBS and head.i < m.start:
            return True
    return False


_NAME_PARTS = re.compile(r"[\s\-‐‑]+")
_PLACE_ARTICLES = {"le", "la", "l'", "l’", "les", "au", "aux", "du", "des", "en"}
_PLACE_LINKS = {"de", "du", "des", "d'", "d’", "et", "sur", "lès", "les"}


def _built_on_country(doc: Doc, m: Mention) -> bool:
    """`Météo-France`, `Santé publique France`, `Radio France`: a common noun, or a sector
    with its adjective, before a country's name, written without the article a place would
    take (`le Sud-Liban`, `en Nouvelle-France`), is an organisation's or a medium's name.
    A link word keeps a place (`Île-de-France`) and a proper name first stays a place."""
    text = " ".join(m.text.split())
    low = text.lower()
    if m.model_label == "PER" or low in P.known_places():
        return False
    country = next(
        (
            c
            for c in P.country_names()
            if low.endswith(c) and len(low) > len(c) and low[-len(c) - 1] in " -‐‑"
        ),
        None,
    )
    if country is None:
        return False
    head = [w for w in _NAME_PARTS.split(text[: -len(country) - 1]) if w]
    if head and head[0].lower() in _DETERMINERS:
        return False  # `La Chine` at a sentence's start: the article of a place
    if not head or any(w.lower() in _PLACE_LINKS for w in head) or head[0].lower() not in P.COMMON_WORDS:
        return False
    if not head[0][:1].isupper():
        return False
    prev = doc[m.start - 1].lower_ if m.start > 0 else ""
    return prev not in _PLACE_ARTICLES


def _sports_club(doc: Doc, m: Mention) -> bool:
    """`Stade de Reims`, `Racing Club de Lens`, `En Avant Guingamp`: a word that opens clubs'
    names before a town, in an article about sport (`club`, `entraîneur`, `match`, `Ligue`), is
    the club; a venue keeps its place preposition (`au Stade de France`) or a country after `de`."""
    words = m.text.split()
    if len(words) < 2 or not any(
        " ".join(words[:n]) in P.club_first_words() for n in range(1, min(3, len(words)) + 1)
    ):
        return False
    prev = doc[m.start - 1].lower_ if m.start > 0 else ""
    if prev in P.PLACE_PREPOSITIONS or prev in ("au", "aux", "dans", "devant"):
        return False
    if words[-1].lower() in P.country_names():
        return False
    return any(t.lower_ in P.SPORT_WORDS for t in doc)


def _named_event(doc: Doc, m: Mention) -> bool:
    """`a remporté Paris-Roubaix`, `la 120e édition de Paris-Roubaix`, `le Tour des Flandres`."""
    first = doc[m.start]
    if (
        first.lower_ in P.EVENT_HEADS
        and first.is_title
        and m.end - m.start > 2
        and doc[m.start + 1].lower_ in P.DE_FORMS
    ):
        return True
    if any(
        t.dep_ == "obj" and t.head.lemma_ in P.EVENT_VERBS and t.head.i < m.start
        for t in doc[m.start : m.end]
    ):
        return True
    # `a remporté samedi X`: the verb just before, over a weekday or an adverb.
    k = m.start - 1
    while k >= 0 and (
        doc[k].lower_ in WEEKDAYS or doc[k].pos_ == "ADV" or doc[k].lower_ in ("hier", "soir", "matin")
    ):
        k -= 1
    if k >= 0 and doc[k].lemma_ in P.EVENT_VERBS and k < m.start - 1:
        return True
    i = m.start - 1
    if i >= 1 and doc[i].lower_ in ("le", "la", "l'", "l’"):
        i -= 1
    return i >= 1 and doc[i].lower_ in P.DE_FORMS and doc[i - 1].lower_ in P.EVENT_NOUNS


def _speech_channel(doc: Doc, m: Mention) -> bool:
    """`a réagi sur France Info`, `a confié à Ouest-France`, `a salué sur Instagram`: what one
    speaks on or to is a medium or a person, not a place."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in ("l'", "l’", "la", "le"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("sur", "à", "au"):
        return False
    for t in doc[m.start : m.end]:
        if t.head.i not in range(m.start, m.end) and t.head.lemma_ in P.SPEECH_CHANNEL_VERBS:
            return t.head.i < m.start
    # The verb right before, over adverbs: `a réagi mardi sur X` (a parse may hang X elsewhere).
    k = i - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ in WEEKDAYS):
        k -= 1
    return k >= 0 and doc[k].lemma_ in P.SPEECH_CHANNEL_VERBS


def _channel_preposition(doc: Doc, m: Mention) -> str:
    i = m.start - 1
    if i >= 0 and doc[i].lower_ in ("l'", "l’", "la", "le"):
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _numbered_series(doc: Doc, m: Mention) -> bool:
    """`Ligue 2`, `RER B`, `ligne 14`: a competition or a line named by a number or a letter."""
    if m.end - m.start != 2 or doc[m.start].lower_ not in P.numbered_series():
        return False
    last = doc[m.start + 1].text
    return last.isdigit() or (len(last) <= 2 and last[:1].isupper() and last.isalnum())


def _possessive_owner(doc: Doc, i: int) -> bool:
    """`son usine de Douai`: the owner is the possessive, so the `de` complement is a place."""
    return i >= 1 and doc[i - 1].lower_ in (
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
    )


def add_votes(doc: Doc, m: Mention) -> None:
    """Fill ``m.votes`` from the model, the rule that found it and its context."""
    if m.source in W_SOURCE:
        label, weight = W_SOURCE[m.source]
        m.vote(label, weight)
    if m.head_label:
        m.vote(m.head_label, W_HEAD)
    for d in (descriptor_before(doc, m), descriptor_after(doc, m)):
        if d is not None:
            m.vote(d.label, W_DESCRIPTOR)
    words = [t.text for t in doc[m.start : m.end] if not t.is_punct]
    if "&" in words[1:-1]:
        m.vote("ORG", W_HEAD)  # `Procter & Gamble`, `Rothschild & Co`
    if len(words) >= 2 and any(
        w in P.org_name_words() or w.rstrip(".") in P.org_name_words() for w in words[1:]
    ):
        m.vote("ORG", W_DESCRIPTOR)  # `Siemens AG`, `Blackstone Capital Partners`: a company's name
    based = P.BASED_IN_CUES.match(doc_text(doc)[m.end_char : m.end_char + 80])
    if based and "siège" in based.group(0).lower():
        m.vote("ORG", W_DESCRIPTOR)  # `X, dont le siège est à Y`: only an organisation has a seat
    if P.PART_OF_CUES.match(doc_text(doc)[m.end_char : m.end_char + 80]):
        m.vote("ORG", W_DESCRIPTOR)  # `X, qui fait partie de Y`: X is an organisation
    if " ".join(m.text.split()).lower() in P.known_places():
        m.vote("LOC", W_KNOWN_PLACE)  # a country or city of the lexicon is named literally (FACTS.md §2.1)
    if (
        m.start >= 2
        and doc[m.start - 1].lower_ in P.DE_FORMS
        and doc[m.start - 2].lower_ in P.org_owned()
        and not _possessive_owner(doc, m.start - 2)
    ):
        m.vote("ORG", W_ORG_OWNED)  # `les salariés de X`: X employs people
    if len(words) >= 2 and (words[0] in P.club_abbreviations() or words[-1] in P.club_abbreviations()):
        m.vote("ORG", W_DESCRIPTOR)  # `US Orléans`, `Amiens SC`: a club, not its town
    first = doc[m.start]
    if (
        m.end - m.start == 1
        and first.lower_ in P.CAPITALISED_BODIES
        and first.is_title
        and not first.is_sent_start
    ):
        m.vote("ORG", W_HEAD)  # `la Région` after `la Région Bretagne`: the council
    if _numbered_series(doc, m):
        m.vote("MISC", 2 * W_DESCRIPTOR)  # over the head `ligue` (ORG) and the model
    channel = _speech_channel(doc, m)
    # `sur X` is a medium (`a réagi sur France Info`); `à X` may be a listener or where
    # one spoke (`a déclaré à Genève`), so it only loses its vote for a place.
    if channel and m.model_label != "PER" and _channel_preposition(doc, m) == "sur":
        m.vote("ORG", W_DESCRIPTOR)
    if (
        m.start >= 2
        and doc[m.start - 1].text == "("
        and m.end < len(doc)
        and doc[m.end].text == ")"
        and doc[m.start - 2].ent_type_ == "PER"
    ):
        m.vote("ORG", W_EMPLOYER_PREP)  # `Marie Roy (Verts)`: a person's party or team
    elif (
        m.start >= 1
        and doc[m.start - 1].text == "("
        and m.end < len(doc)
        and doc[m.end].text == ")"
        and m.text.isupper()
        and m.text.isalpha()
        and m.text not in P.country_abbreviations()
        and m.start >= 2
        and P.descriptors().get(doc[m.start - 2].lower_) == "PER"
    ):
        m.vote("ORG", W_EMPLOYER_PREP)  # `X, maire (PS)`: initials after a title, a party
    # Places do not hire nor buy; a full name the model took for a person may well do.
    if _organisation_verb(doc, m) and not (m.model_label == "PER" and m.end - m.start > 1):
        m.vote("ORG", W_ORG_VERB)
    if _named_event(doc, m):
        m.vote("MISC", W_DESCRIPTOR)
    if _sports_club(doc, m):
        m.vote("ORG", 2 * W_DESCRIPTOR)  # over the head `stade` (LOC) and the model
    if _built_on_country(doc, m):
        m.vote("ORG", W_DESCRIPTOR)  # `Météo-France`, `Radio France`: no place takes no article
    prev = doc[m.start - 1].lower_ if m.start > 0 else ""
    if prev in P.PLACE_PREPOSITIONS and not m.head_label and not channel:
        m.vote("LOC", W_PLACE_PREP)
    elif prev == "chez":
        # `analyste chez X`: a person's post at X, an employer whatever the model says.
        role = m.start >= 2 and P.descriptors().get(doc[m.start - 2].lower_) == "PER"
        m.vote("ORG", W_DESCRIPTOR if role else W_EMPLOYER_PREP)


_LIST_LINKS = {",", "et", "ou"}


def list_votes(doc: Doc, mentions: list[Mention]) -> None:
    """A plural descriptor types every name of the list it opens: `les associations X, Y
    et Z`, `les groupes X et Y`."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for n, m in enumerate(ordered):
        d = descriptor_before(doc, m)
        if d is None or "Plur" not in doc[d.noun].morph.get("Number"):
            continue
        prev = m
        for nxt in ordered[n + 1 :]:
            gap = doc[prev.end : nxt.start]
            if not 1 <= len(gap) <= 2 or not all(t.lower_ in _LIST_LINKS for t in gap):
                break
            nxt.vote(d.label, W_DESCRIPTOR)
            prev = nxt
