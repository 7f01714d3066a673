"""Adjacent mentions that are one name, or one name and its neighbour:

- ``Bureau de la sécurité publique`` + ``de Shanghai``: an institution and its place;
- ``Paris`` + ``-`` + ``Nantes``: a route or a race (MISC), but ``à Addis-Abeba`` a place;
- ``Le`` + ``Goff``: a surname particle stripped as an article;
- ``Amnesty International`` + ``France``: a national section;
- ``Kessler`` + ``Industrie GmbH``: a company word after a name;
- ``La Quadrature`` + ``du Net``: an organisation's name and its complement;
- ``UFC`` + ``-Que Choisir``: a hyphenated tail that ends on a function word goes on.

>>> [m.text for m in merge_adjacent(doc, mentions)]     # doctest: +SKIP
['Bureau de la sécurité publique de Shanghai']
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import patterns as P
from .mention_record import Mention, make_mention


def _acronym(m: Mention) -> bool:
    return m.text.isupper() and m.text.isalpha() and len(m.text) >= 2


def _merge_institution_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``Bureau de la sécurité publique`` + ``de Shanghai`` is one name (FACTS.md §2.1)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        # `Conseil de sécurité de l'ONU`: an acronym is an organisation of its own, no place.
        if prev is not None and P.name_heads().get(doc[prev.start].lower_) == "ORG" and not _acronym(m):
            gap = doc[prev.end : m.start]
            if (
                1 <= len(gap) <= 2
                and gap[0].lower_ in P.DE_FORMS
                and all(t.lower_ in P.LEADING_NON_NAME for t in gap)
            ):
                merged = make_mention(
                    doc, prev.start, m.end, "head", head_label=P.name_heads()[doc[prev.start].lower_]
                )
                out[-1] = merged
                continue
        out.append(m)
    return out


def _merge_routes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two places joined by a hyphen name a route or a race (`Paris-Nantes`): one MISC."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end + 1 == m.start
            and doc[prev.end].text in ("-", "–")
            and not doc[prev.end - 1].whitespace_
            and not doc[prev.end].whitespace_
            and prev.model_label == "LOC"
            and m.model_label == "LOC"
        ):
            # `à Addis-Abeba` is one place; `le Paris-Nantes` a route or a race.
            place = prev.start > 0 and doc[prev.start - 1].lower_ in P.PLACE_PREPOSITIONS
            merged = make_mention(
                doc, prev.start, m.end, "ner" if place else "head", head_label=None if place else "MISC"
            )
            merged.model_label = "LOC" if place else None
            out[-1] = merged
            continue
        out.append(m)
    return out


def _surname_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`Le Goff était poursuivi`: a sentence-initial particle stripped as an article is part of
    a surname the document writes in full (`Michel Le Goff`)."""
    names = {" ".join(m.text.split()) for m in mentions}
    for m in mentions:
        if m.start == 0:
            continue
        prev = doc[m.start - 1]
        if prev.lower_ in P.SURNAME_PARTICLES and prev.text[:1].isupper():
            longer = f"{prev.text} {m.text}"
            if any(n != longer and n.endswith(" " + longer) for n in names):
                grown = make_mention(doc, m.start - 1, m.end, m.source, model_label=m.model_label)
                m.start, m.text, m.start_char = grown.start, grown.text, grown.start_char
    return mentions


def _merge_national_sections(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation followed by a country is its national section (`BDS France`,
    `Amnesty International France`): one name."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == m.start
            and (prev.model_label == "ORG" or prev.source == "acronym")
            and m.text.lower() in P.country_names()
            and not doc[prev.end - 1].whitespace_.count("\n")
        ):
            out[-1] = make_mention(doc, prev.start, m.end, prev.source, model_label="ORG")
            continue
        out.append(m)
    return out


def _merge_company_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`Kessler` + `Industrie GmbH`: a name right before a company word is its first part."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == m.start
            and doc[m.start].text in P.org_name_words()
            and "\n" not in doc[prev.end - 1].whitespace_
        ):
            out[-1] = make_mention(doc, prev.start, m.end, m.source, model_label="ORG")
            continue
        out.append(m)
    return out


def _merge_name_complements(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`La Quadrature` + `du Net`, `Parti` + `des Travailleurs`: an organisation's name goes on
    with `du`/`de la` and a capitalised word that names no place or person."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        gap = doc[prev.end : m.start] if prev is not None else []
        if (
            prev is not None
            and prev.model_label == "ORG"
            and 1 <= len(gap) <= 2
            and gap[0].lower_ in ("du", "de", "des", "d'", "d’")
            and all(t.lower_ in P.LEADING_NON_NAME for t in gap)
            and m.model_label in ("MISC", "ORG")
            and m.end - m.start == 1
            and not _acronym(m)
            and m.text.lower() not in P.known_places()
            and not any("\n" in t.whitespace_ for t in doc[prev.start : m.end - 1])
        ):
            out[-1] = make_mention(doc, prev.start, m.end, prev.source, model_label="ORG")
            continue
        out.append(m)
    return out


# Function words that cannot end a name: after one, the name goes on (`UFC-Que Choisir`).
_OPEN_ENDINGS = {
    "que",
    "qui",
    "sur",
    "sous",
    "en",
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "et",
    "à",
    "au",
    "aux",
}


def _glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen glued to the words on both sides (`UFC-Que`)."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _hyphen_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name whose hyphenated last word is a function word goes on over the next word:
    `UFC` + `-Que` + `Choisir` (`UFC-Que choisir` too)."""
    grown: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        e = m.end
        if e + 1 < len(doc) and _glued(doc, e) and doc[e + 1].text[:1].isupper():
            e += 2  # `UFC` | `-Que`
        opened = e - 2 >= m.start and _glued(doc, e - 2) and doc[e - 1].lower_ in _OPEN_ENDINGS
        if opened and e < len(doc) and doc[e].is_alpha and "\n" not in doc[e - 1].whitespace_:
            m = make_mention(
                doc, m.start, e + 1, m.source, model_label=m.model_label, head_label=m.head_label
            )
        if grown and grown[-1].end > m.start:
            continue  # swallowed by the name before it
        grown.append(m)
    return grown


def merge_adjacent(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """All the merges above, in order."""
    kept = _merge_name_complements(doc, _hyphen_tails(doc, mentions))
    kept = _merge_national_sections(doc, _merge_institution_place(doc, kept))
    kept = _merge_company_words(doc, kept)
    return _surname_particles(doc, _merge_routes(doc, kept))
