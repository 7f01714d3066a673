"""Relations between entities: ``role``, ``member_of``, ``located_in`` (FACTS.md §2.1).

- apposition after a person: ``Myaisha Hayes, directrice de la stratégie chez
  MediaJustice`` -> role ``directrice de la stratégie``, member_of ``MediaJustice``;
- title before a person: ``l'ancien procureur général Éric Holder``, ``le
  président chinois Xi Jinping`` (nationality dropped), ``le président de
  Microsoft, Brad Smith``;
- organisation and parent: ``Morpho, qui fait partie de ... Idemia``;
- place adjective of a descriptor: ``Axis Communications, une entreprise
  suédoise`` -> located_in ``Suède``; ``X, basée à Lyon``.

>>> [(r.predicate, r.subject, r.object) for r in find_relations(doc, entities)]  # doctest: +SKIP
[('role', 'Myaisha Hayes', 'directrice de la stratégie'), ('member_of', 'Myaisha Hayes', 'MediaJustice')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import doc_text
from ..textnorm import normalize_name
from . import patterns as P
from . import relation_patterns as RP
from .appositions import apposition
from .clusters import Entity
from .descriptions import described_org, description_at, description_relations
from .evidence import descriptor_after, descriptor_before
from .mention_record import Mention
from .relation_cues import cue_relations
from .relation_record import Relation
from .role_words import DETS, Index
from .titles import title_before


def _place_name(entities: list[Entity], place: str) -> str:
    key = normalize_name(place)
    for e in entities:
        if e.label == "LOC" and key in {normalize_name(n) for n in (e.canonical, *e.aliases)}:
            return e.canonical
    return place


def _organisation(doc: Doc, ix: Index, entities: list[Entity], e: Entity, m: Mention) -> list[Relation]:
    out = []
    for d in (descriptor_after(doc, m), descriptor_before(doc, m)):
        if d is None or d.label != "ORG":
            continue
        for a in d.adjectives:
            place = P.country_of(doc[a].lower_)
            if place:
                s, t = min(m.start_char, doc[d.start].idx), max(m.end_char, doc[a].idx + len(doc[a]))
                out.append(Relation("located_in", e.canonical, _place_name(entities, place), s, t))
    after = doc_text(doc)[m.end_char : m.end_char + 120]
    # `Programme alimentaire mondial (PAM), qui fait partie de`: past the abbreviation.
    bracket = _BRACKETED_ABBREVIATION.match(after)
    base_part = m.end_char + (bracket.end() if bracket else 0)
    after_part = doc_text(doc)[base_part : base_part + 120]
    cue = P.PART_OF_CUES.match(after_part) or RP.OWNED_BY_CUES.match(after_part)
    if cue and _complement_of_title(doc, m) and cue.group(0).lstrip(" ,").startswith("et"):
        cue = None  # `neurologue au CHU de X et membre de Y`: the person is the member
    if cue:
        k = base_part + cue.end()
        nxt = [x for x in ix.starts.values() if k <= x[1].start_char <= k + 60 and x[0].label == "ORG"]
        noun = next((t.i for t in doc[m.end :] if t.idx >= k and t.lower_ not in DETS), None)
        if noun is not None and doc[noun].idx - k < 4 and description_at(doc, ix, noun) is not None:
            # `X France, filiale du groupe dont ...`: the group the text named before.
            parent = described_org(doc, ix, noun)
            nxt = [parent] if parent is not None else []
        if nxt:
            parent_e, parent_m = min(nxt, key=lambda x: x[1].start_char)
            if parent_e is not e:
                out.append(
                    Relation(
                        "member_of",
                        e.canonical,
                        parent_e.canonical,
                        m.start_char,
                        max(m.end_char, parent_m.end_char),
                    )
                )
    cue = P.BASED_IN_CUES.match(after)
    base = m.end_char
    d = descriptor_after(doc, m)
    if cue is None and d is not None and d.label == "ORG":
        # `Arkema, le chimiste français basé à Colombes`: the cue after the apposition.
        base = doc[d.end - 1].idx + len(doc[d.end - 1])
        cue = P.BASED_IN_CUES.match(doc_text(doc)[base : base + 120])
    if cue:
        k = base + cue.end()
        nxt = [x for x in ix.starts.values() if k <= x[1].start_char <= k + 10 and x[0].label == "LOC"]
        if nxt:
            place_e, place_m = min(nxt, key=lambda x: x[1].start_char)
            out.append(Relation("located_in", e.canonical, place_e.canonical, m.start_char, place_m.end_char))
    return out


_BRACKETED_ABBREVIATION = re.compile(r"^\s*\([A-ZÀ-Ý][\w&-]{1,10}\)")


def _complement_of_title(doc: Doc, m: Mention) -> bool:
    """Is the name the complement of a preposition (`au CHU de X`, `chez Renault`)?"""
    k = m.start - 1
    while k >= 0 and doc[k].lower_ in DETS:
        k -= 1
    return k >= 0 and doc[k].lower_ in P.EMPLOYER_PREPOSITIONS | P.DE_FORMS


def _place_after(doc: Doc, ix: Index, e: Entity, m: Mention) -> list[Relation]:
    """``X de Y`` with X an organisation or a street and Y a place (`place Grenette de
    Grenoble`); ``le campus de X à Y``."""
    i = m.end
    if i + 1 >= len(doc):
        return []
    preps = set(P.DE_FORMS)
    if m.start >= 2 and doc[m.start - 1].lower_ in P.DE_FORMS and doc[m.start - 2].lower_ in P.PREMISES:
        preps |= {"à", "en"}
    if doc[i].lower_ not in preps:
        return []
    hit = ix.starts.get(i + 1)
    if hit is None or hit[0].label != "LOC" or hit[0] is e:
        return []
    return [Relation("located_in", e.canonical, hit[0].canonical, m.start_char, hit[1].end_char)]


def _compatible(doc: Doc, e: Entity, noun: str) -> bool:
    """Can ``e`` be called ``noun``? Not a company noun for what the text calls an ONG."""
    said = set()
    for m in e.mentions:
        for d in (descriptor_before(doc, m), descriptor_after(doc, m)):
            if d is not None:
                said.add(doc[d.noun].lower_)
    if not said or noun not in P.COMPANY_NOUNS:
        return True
    return bool(said & P.COMPANY_NOUNS)


def _anaphoric_places(doc: Doc, ix: Index, entities: list[Entity]) -> list[Relation]:
    """``Le géant américain du commerce en ligne`` / ``l'entreprise suédoise`` with no name
    after it: the place adjective is about the organisation named just before (same or
    previous sentence)."""
    out: list[Relation] = []
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return out  # no sentences to look back over (a pipeline without a parser)
    for tok in doc:
        if tok.lower_ not in P.DEFINITE or tok.i + 2 >= len(doc):
            continue
        noun = doc[tok.i + 1]
        if P.descriptors().get(noun.lower_) != "ORG" or not noun.is_lower:
            continue
        adj = doc[tok.i + 2]
        place = P.country_of(adj.lower_) if adj.is_lower else None
        if place is None or (tok.i + 3 < len(doc) and tok.i + 3 in ix.starts):
            continue  # `la firme israélienne AnyVision` is read by the descriptor rule
        # Only the previous sentence: an organisation in the same one is mostly another
        # party (`Amnesty a constaté que l'entreprise néerlandaise ...`).
        sent_start = tok.sent.start
        if sent_start == 0:
            continue
        prev_sent = doc[sent_start - 1].sent.start
        before = [
            x
            for x in ix.starts.values()
            if prev_sent <= x[1].start < sent_start
            and x[0].label == "ORG"
            and _compatible(doc, x[0], noun.lower_)
        ]
        if not before:
            continue
        ent, _ = max(before, key=lambda x: x[1].start)
        end = adj.idx + len(adj)
        out.append(Relation("located_in", ent.canonical, _place_name(entities, place), tok.idx, end))
    return out


def find_relations(doc: Doc, entities: list[Entity]) -> list[Relation]:
    """Every stated relation, once per (predicate, subject, object), first evidence kept."""
    ix = Index(entities)
    found: list[Relation] = []
    for e in entities:
        for m in e.mentions:
            if e.label == "PER":
                found += apposition(doc, ix, e, m) + title_before(doc, ix, e, m)
            elif e.label == "ORG":
                found += _organisation(doc, ix, entities, e, m) + _place_after(doc, ix, e, m)
            elif e.label == "LOC" and doc[m.start].lower_ in P.STREET_HEADS:
                found += _place_after(doc, ix, e, m)
    found += cue_relations(doc, ix, entities) + description_relations(doc, ix)
    # A place stated on the name itself wins over one read through an anaphor.
    stated = {normalize_name(r.subject) for r in found if r.predicate == "located_in"}
    found += [r for r in _anaphoric_places(doc, ix, entities) if normalize_name(r.subject) not in stated]
    seen, out = set(), []
    for r in sorted(found, key=lambda r: r.start):
        key = (r.predicate, normalize_name(r.subject), normalize_name(r.object))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
