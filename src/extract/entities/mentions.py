"""Name mentions: the model's entities repaired, plus names found by general rules.

Sources, each a :class:`Mention` with the rule that found it:

- ``ner``: ``fr_core_news_md`` entities, cut at markup and line breaks, with a
  leading ``de``/``la`` and trailing punctuation removed (``de la Chine`` -> ``Chine``);
- ``head``: a name opened by an institution or place noun (``ministère de la
  Santé``, ``place Grenette``, ``tribunal de Poitiers``), one name even when it
  ends with a place (FACTS.md §2.1);
- ``hashtag`` (``#DropAnyVision``), ``acronym`` (``ACLU``), ``dateline``
  (``SAN FRANCISCO |`` at the top of the article).

Dropped: demonyms and groups (``Afro-Américain``, ``Ouïghours``), editorial
labels (``NDLR``, ``[ALERTE]``), e-mails, URLs, numbers, words of shouted
all-capital lines (names there are found again once the document's names are known).

>>> [(m.text, m.source) for m in find_mentions(nlp("Des juristes de l'université de Lyon et des Palestiniens."))]  # doctest: +SKIP
[('université de Lyon', 'head')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicons import MONTHS, load
from . import patterns as P
from .mention_record import Mention, in_ranges, make_mention, shouted_ranges
from .merges import merge_adjacent
from .name_rules import (
    acronym_mentions,
    company_mentions,
    dateline_mentions,
    demonym_like,
    descriptor_mentions,
    expansion_mentions,
    gloss_expansions,
    hashtag_mentions,
    head_noun_mentions,
    quoted_titles,
    quoted_words,
    regulation_mentions,
)

_MONTHS_RE = re.compile(
    r"\b(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b",
    re.IGNORECASE,
)
_LINKISH = re.compile(r"@|https?:|www\.|\.(?:org|com|net|fr|io|eu)\b|\]\(", re.IGNORECASE)
# Rule ranks for overlapping mentions; see _resolve_overlaps.
_PRIORITY = {
    "dateline": 6,
    "title": 5,
    "hashtag": 5,
    "expansion": 4,
    "head": 3,
    "regulation": 3,
    "descriptor": 2.5,
    "ner": 2,
    "company": 1.5,
    "acronym": 1,
    "caps": 0,
}


def _opens_name(doc: Doc, i: int, end: int) -> bool:
    """A lowercase noun that is part of the name: an institution before `de` (`ministère de
    la Santé`) or a street noun (`place Grenette`); not `programme` in `programme Erasmus`."""
    label = P.name_heads().get(doc[i].lower_)
    if label is None or doc[i].lower_ in P.LOOSE_HEADS:
        return False
    return doc[i].lower_ in P.STREET_HEADS or (i + 1 < end and doc[i + 1].lower_ in P.DE_FORMS)


def _article_of_name(doc: Doc, i: int, end: int) -> bool:
    """A capitalised article or `En` inside a sentence belongs to the name (`selon Le Monde`,
    `face à l'En Avant Guingamp`)."""
    tok = doc[i]
    return (
        i + 1 < end
        and tok.lower_ in ("le", "la", "les", "l'", "l’", "en")
        and tok.text[:1].isupper()
        and i > 0
        and not tok.is_sent_start
        and not doc[i - 1].is_punct
        and "\n" not in doc[i - 1].whitespace_
        and doc[i + 1].text[:1].isupper()
    )


def _demonym_before_name(doc: Doc, s: int, e: int) -> bool:
    """`la Sénégalaise Awa Sarr`, `l'Allemand Markus Feldmann`: a nationality noun before
    a person's name is no part of it."""
    return (
        doc[s].is_title
        # A known demonym, or one by its ending before a first name and a surname (not
        # `Le Républicain lorrain`).
        and (
            doc[s].lower_ in P.demonym_forms()
            or (demonym_like(doc[s].lower_) and s + 2 < e and doc[s + 2].is_title)
        )
        and s + 1 < e
        and doc[s + 1].is_title
        and s > 0
        and doc[s - 1].lower_ in ("le", "la", "l'", "l’", "les", "au", "aux", "du", "des")
    )


def _place_not_people(doc: Doc, m: Mention, low: str) -> bool:
    """`en Suisse`, `la Corse`, `le Limousin`: a place whose name is also a form of its
    demonym. A masculine article before a feminine name is a person (`le Corse`)."""
    if low not in P.known_places():
        return False
    return not (m.start > 0 and doc[m.start - 1].lower_ in ("le", "du", "au") and low.endswith("e"))


# Feminine and masculine singular endings of inhabitants' nouns that few place names share
# (not `-aine`, `-ine`, `-ane`, `-ande`, `-onne`: `Lorraine`, `Toscane`, `Irlande`, `Garonne`).
_DEMONYM_NOUN = re.compile(r"(?:aise|oise|ienne|éenne|arde|ien|éen|ard)$")


def _demonym_noun(doc: Doc, m: Mention, low: str) -> bool:
    """`la Savoyarde`, `le Vosgien`, `l'Ardéchoise`: a demonym by its ending used as a noun
    after a definite article, for a person named before; no name (FACTS.md §2.1). Not a
    name's own article (`selon Le Quotidien`) nor a nationality before a name."""
    s = m.start
    return (
        m.end - s == 1
        and s > 0
        and doc[s].is_title
        and doc[s - 1].lower_ in ("le", "la", "l'", "l’")
        and not (doc[s - 1].text[:1].isupper() and not doc[s - 1].is_sent_start)
        and len(low) >= 7
        and bool(_DEMONYM_NOUN.search(low))
        and low not in P.known_places()
        and not (m.end < len(doc) and doc[m.end].is_title)
    )


def repair(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of the name inside a model span, or None when no name is left."""
    # Cut at a line break or a separator: keep the first piece that holds a capital.
    pieces, cur = [], [start, start]
    for i in range(start, end):
        tok = doc[i]
        if tok.is_space or "\n" in tok.text_with_ws.rstrip(" ") or tok.text in P.SPLIT_TOKENS:
            if "\n" in tok.text_with_ws and not tok.is_space and tok.text not in P.SPLIT_TOKENS:
                cur[1] = i + 1
            pieces.append(tuple(cur))
            cur = [i + 1, i + 1]
        else:
            cur[1] = i + 1
    pieces.append(tuple(cur))
    for s, e in pieces:
        # Leading function words and lowercase words that open no name (`guerre d'Israël`).
        while (
            s < e
            and not _article_of_name(doc, s, e)
            and (
                doc[s].lower_ in P.LEADING_NON_NAME
                or (doc[s].lower_ in P.HONORIFICS and s + 1 < e and doc[s + 1].text[:1].isupper())
                or (doc[s].lower_ in P.demonym_forms() and s + 1 < e and doc[s + 1].lower_ in P.DE_FORMS)
                or _demonym_before_name(doc, s, e)
                or doc[s].is_punct
                or (doc[s].is_lower and not _opens_name(doc, s, e))
            )
        ):
            s += 1
        while e > s and (doc[e - 1].lower_ in P.TRAILING_NON_NAME or doc[e - 1].is_punct):
            e -= 1
        if s < e and any(t.text[:1].isupper() or t.text[:1] in "#" or t.text[:1].isdigit() for t in doc[s:e]):
            return s, e
    return None


def after_title(doc: Doc, i: int, titles: set[str] | None = None) -> bool:
    """Token ``i`` opens the complement of a person's title (`ministre du Travail`,
    `ministre algérien des Affaires étrangères`)."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in ("la", "l'", "l’"):
        j -= 1
    # `secrétaire d'État espagnole au Numérique`: a portfolio after `à` too, for a minister.
    to = j >= 1 and doc[j].lower_ in ("à", "au", "aux")
    if j < 1 or not (doc[j].lower_ in P.DE_FORMS or to):
        return False
    k = j - 1
    while (
        k > 0
        and doc[k].is_lower
        and (
            (doc[k].pos_ == "ADJ" and P.descriptors().get(doc[k].lower_) is None)
            or doc[k].lower_ in P.demonym_forms()
        )
    ):
        k -= 1  # `ministre algérien des`, `secrétaire d'État espagnole au` (tagged as a noun)
    if k >= 2 and doc[k].text == "État" and doc[k - 1].lower_ in ("d'", "d’"):
        k -= 2  # `secrétaire d'État`
    word = doc[k].lower_
    if to:
        return word in P.PORTFOLIO_TITLES and (titles is None or word in titles)
    if titles is not None:
        return word in titles
    return P.descriptors().get(word) == "PER"


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_


def _sentence_initial_word(doc: Doc, m: Mention) -> bool:
    """`Grève dans l'Éducation`, `Interrogé par ...`, `Prochain rendez-vous`, `Cantines
    scolaires : ...`: a common noun,
    verb or adjective capitalised only because it opens a sentence or a headline. A word
    written with its capital elsewhere in the text is a name (`Total`, `Orange`)."""
    if m.source not in ("ner", "caps") or not _line_start(doc, m.start):
        return False
    # `Cantines scolaires : ...`: the noun's own adjectives in lower case say no more.
    # Not an institution's name (`Banque mondiale`, `Parlement européen`).
    tail = doc[m.start + 1 : m.end]
    if any(not (t.is_lower and t.pos_ == "ADJ") or t.lower_ in P.org_name_adjectives() for t in tail):
        return False
    if len(tail) and doc[m.start].lower_ in P.name_heads():
        return False
    tok = doc[m.start]
    if tok.pos_ not in ("NOUN", "VERB", "ADJ", "ADV") or not tok.is_title or tok.lower_ not in P.COMMON_WORDS:
        return False
    if tok.lower_ in P.known_places():
        return False  # `Tours : le maire ...`
    return not any(t.text == tok.text and not _line_start(doc, t.i) for t in doc)


def _not_a_name(doc: Doc, m: Mention) -> bool:
    text = " ".join(m.text.split())
    low = text.lower().replace("’", "'")
    if len(text) < 2 or _LINKISH.search(text) or not re.search(r"[^\W\d_]", text):
        return True
    if low.replace(" ", "-") in load("numbers.json")["cardinals"]:
        return True  # `les Vingt-Sept`: a number written as a word
    if text.isupper() and low in MONTHS:
        return True  # `17 MARS 2024`: a month in capitals
    if (
        m.end - m.start == 1
        and text.isupper()
        and len(text) >= 4
        and m.source != "dateline"
        and low not in P.known_places()
        and low in P.COMMON_WORDS
    ):
        return True  # `CYCLISME.`, `SOCIÉTÉ :`: a rubric or a word shouted, not an acronym
    if _sentence_initial_word(doc, m):
        return True
    # `Premier ministre marocain`: a capitalised title and its adjectives, no name.
    words = low.split()
    for n in (2, 1):
        if (
            " ".join(words[:n]) in P.GENERIC_CAPITALISED
            and len(words) > n
            and all(t.is_lower for t in doc[m.start + n : m.end])
        ):
            return True
    if low in P.EDITORIAL or low.strip("[]") in P.EDITORIAL:
        return True
    if (low in P.demonym_forms() or low.replace(" ", "-") in P.demonym_forms()) and not _place_not_people(
        doc, m, low
    ):
        return True
    if _demonym_noun(doc, m, low):
        return True
    if m.end - m.start == 1 and m.end + 1 < len(doc) and _demonym_before_name(doc, m.start, m.end + 2):
        return True  # `le Ghanéen Kofi Mensah`: a nationality before a name
    if low in P.DISEASES:
        return True
    # `ministre du Travail`, `secrétaire d'État`: a common noun completing a title.
    if (
        m.end - m.start == 1
        and doc[m.start].pos_ == "NOUN"
        and after_title(doc, m.start)
        and not after_title(doc, m.start, P.MEMBERSHIP_NOUNS)  # `membre des Républicains`: a party
    ):
        return True
    # `les Bayonnais`, `aux Lavallois`: a town's inhabitants by their ending, no name.
    if (
        m.end - m.start == 1
        and m.start > 0
        and doc[m.start - 1].lower_ in ("les", "des", "aux", "ces")
        and low.endswith("s")
        and demonym_like(low)
        and low not in P.known_places()
        and low[:-1] not in P.org_name_adjectives()  # `les Républicains`, a party
    ):
        return True
    # `ministre déléguée chargée du Numérique`: a portfolio the tagger took for an adjective
    # or a name, still a word of general French.
    if (
        m.end - m.start == 1
        and doc[m.start].lower_ in P.COMMON_WORDS
        and doc[m.start].lower_ not in P.known_places()  # `chargée de l'Afrique`: a place
        and after_title(doc, m.start, P.PORTFOLIO_TITLES | P.PORTFOLIO_LINKS)
    ):
        return True
    # `ministre de l'Éducation nationale`: a minister's portfolio, capitalised, is no name.
    if (
        m.end - m.start > 1
        and doc[m.start].pos_ == "NOUN"
        and all(t.is_lower and t.pos_ == "ADJ" for t in doc[m.start + 1 : m.end])
        and after_title(doc, m.start, P.PORTFOLIO_TITLES)
    ):
        return True
    # `un Conseil d'artistes`, `une Commission d'enquête`: a description, not a name.
    if (
        (m.head_label or doc[m.start].lower_ in P.name_heads())
        and m.start > 0
        and doc[m.start - 1].lower_ in P.INDEFINITE
    ):
        return True
    if low in P.GENERIC_CAPITALISED and not (low in P.GENERIC_KEEP_IF_ORG and m.model_label == "ORG"):
        return True
    if m.source != "head" and _MONTHS_RE.search(text) and re.search(r"\d", text):
        return True  # a date the model took for a name
    if text.upper() in P.COMMON_ACRONYMS:
        return True
    # Regulations and institutions written out before their abbreviation may be lowercase.
    return text == text.lower() and not text.startswith("#") and m.source not in ("regulation", "expansion")


def _after_headline_noun(doc: Doc, start: int, end: int) -> int:
    """Start of the name after a common noun that opens a line: `Meurtre de Mérignac :`,
    `Grève à la SNCF` -> `Mérignac`, `SNCF` (not `Banque de France`, opened by a name head)."""
    first = doc[start]
    if not (
        _line_start(doc, start)
        and first.is_title
        and first.pos_ == "NOUN"
        and first.lower_ in P.COMMON_WORDS
        and first.lower_ not in P.name_heads()
        and first.lower_ not in P.descriptors()
    ):
        return start
    k = start + 1
    if k < end and doc[k].lower_ in P.DE_FORMS | {"à", "au", "aux"}:
        k += 1
        if k < end and doc[k].lower_ in ("la", "l'", "l’", "le", "les"):
            k += 1
    return k if start + 1 < k < end and doc[k].text[:1].isupper() else start


def _before_parent_acronym(doc: Doc, start: int, end: int) -> int:
    """End of a body's name before the organisation it belongs to, written as an acronym:
    `Conseil de sécurité` | `de l'ONU` (two organisations, as a name + `de` + place is two
    entities in FACTS.md §2.1)."""
    last = doc[end - 1]
    if end - start < 4 or not (last.is_upper and last.is_alpha and len(last) >= 2):
        return end
    k = end - 2
    if doc[k].lower_ in ("la", "l'", "l’"):
        k -= 1
    return k if k > start and doc[k].lower_ in P.DE_FORMS else end


def _model_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in P.LABELS:
            continue
        bounds = repair(doc, ent.start, ent.end)
        if bounds:
            bounds = (_after_headline_noun(doc, *bounds), _before_parent_acronym(doc, *bounds))
        if bounds and not in_ranges(doc[bounds[0]].idx, doc[bounds[1] - 1].idx + 1, shouted):
            m = make_mention(doc, *bounds, "ner", model_label=ent.label_)
            dropped = [
                t for t in doc[ent.start : bounds[0]] if t.is_alpha and t.lower_ not in P.LEADING_NON_NAME
            ]
            if dropped:
                m.model_weight = 0.3
            if _demonym_before_name(doc, ent.start, bounds[1]) or (
                bounds[0] > 0 and _demonym_before_name(doc, bounds[0] - 1, bounds[1])
            ):
                m.model_label, m.model_weight = "PER", 1.0  # a nationality noun names a person
            out.append(m)
    return _extend(doc, out)


def _extend(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Grow a model name over the capitalised words and name adjectives it left out
    (`Amazon` + `Web Services`, `Amnesty` + `international`)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        e = m.end
        # A hyphenated name the model cut at its hyphen (`Addis` | `-Abeba`).
        while (
            e + 1 < len(doc)
            and doc[e].text == "-"
            and not doc[e - 1].whitespace_
            and not doc[e].whitespace_
            and doc[e + 1].text[:1].isupper()
            and e + 1 not in taken
        ):
            e += 2
        if m.model_label in ("PER", "LOC"):
            if e > m.end:
                grown = make_mention(doc, m.start, e, m.source, model_label=m.model_label)
                m.end, m.text, m.end_char = grown.end, grown.text, grown.end_char
            continue
        while e < len(doc) and e not in taken and "\n" not in doc[e - 1].whitespace_:
            tok = doc[e]
            if tok.is_title and tok.pos_ in ("PROPN", "NOUN", "X") and tok.lower_ not in P.demonym_forms():
                e += 1
            elif tok.is_lower and (
                tok.lower_ in P.org_name_adjectives()
                or (
                    e == m.end
                    and demonym_like(tok.lower_)
                    and m.model_label == "ORG"
                    and tok.lower_ not in P.demonym_forms()
                )
            ):
                e += 1  # `Amnesty international`, `Section paloise`
                break
            elif (
                tok.like_num and e == m.end and doc[e - 1].is_upper and not doc[e - 1].whitespace_.count("\n")
            ):
                e += 1  # `CAC 40`, `COP 28`
                break
            else:
                break
        if e > m.end:
            grown = make_mention(doc, m.start, e, m.source, model_label=m.model_label)
            m.end, m.text, m.end_char = grown.end, grown.text, grown.end_char
    return mentions


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    # Datelines, hashtags and spelled-out acronyms first; then the longer name (the model's
    # `Organisation mondiale de la santé` over a rule's `Organisation mondiale`).
    ranked = sorted(
        mentions,
        key=lambda m: (-(_PRIORITY[m.source] >= 4), -(m.end - m.start), -_PRIORITY[m.source], m.start),
    )
    taken: set[int] = set()
    kept = []
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        taken.update(range(m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every name mention of the document, non-overlapping, in text order."""
    shouted = shouted_ranges(doc)
    model = _model_mentions(doc, shouted)
    heads = head_noun_mentions(doc, shouted)
    # A head-noun name only counts where it reaches a model name or is capitalised itself.
    model_tokens = {i for m in model for i in range(m.start, m.end)}
    heads = [
        h
        for h in heads
        if doc[h.start].text[:1].isupper()
        or doc[h.start].lower_ in P.STREET_HEADS  # `place Tian'anmen`, even when the model missed it
        or any(i in model_tokens for i in range(h.start, h.end))
        or any(t.pos_ == "PROPN" and t.is_title for t in doc[h.start + 1 : h.end])  # `préfecture du Doubs`
    ]
    acronyms = acronym_mentions(doc, shouted)
    found = model + heads + hashtag_mentions(doc) + acronyms + dateline_mentions(doc, shouted)
    found += (
        company_mentions(doc, shouted)
        + descriptor_mentions(doc, shouted)
        + expansion_mentions(doc, acronyms)
        + gloss_expansions(doc)
        + regulation_mentions(doc)
        + quoted_titles(doc)
    )
    words = quoted_words(doc)
    found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in words)]
    kept = _resolve_overlaps(found)
    # Copy the model's label onto a rule mention that covers a model entity.
    for m in kept:
        # A model name opened by an institution noun (`musée des Beaux-Arts de Besançon`):
        # the noun tells the type, as for the same name found by the head rule.
        head = P.name_heads().get(doc[m.start].lower_)
        if m.head_label is None and head and (doc[m.start].is_lower or head == "ORG") and m.end - m.start > 1:
            m.head_label = head
        if m.model_label is None:
            inner = [x.model_label for x in model if m.start <= x.start and x.end <= m.end]
            m.model_label = inner[0] if inner else None
    kept = merge_adjacent(doc, kept)
    return [m for m in kept if not _not_a_name(doc, m)]
