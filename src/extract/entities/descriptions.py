"""Definite descriptions that stand for a named organisation, and what the text says of them.

French news names a company once (``le groupe allemand Heldmann``) and then calls it by its
describing noun: ``Le groupe, basé à Stuttgart et qui fait partie du holding X``,
``l'établissement public, basé à Lannion``, ``X France, filiale du groupe dont le siège est
à Bruxelles``. The description stands for the one organisation the text describes with the
same noun, else for the organisation a possessive would point back to (the subject before).

>>> [(r.predicate, r.subject, r.object) for r in description_relations(doc, ix)]  # doctest: +SKIP
[('located_in', 'Heldmann', 'Stuttgart'), ('member_of', 'Heldmann', 'Vorland')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import doc_text
from . import patterns as P
from . import relation_patterns as RP
from .antecedents import antecedent_org
from .evidence import descriptor_after, descriptor_before
from .relation_record import Relation

_DEFINITE = {"le", "la", "l'", "l’", "du", "au"}
# `dans les locaux de l'entreprise, à Y`: the premises of the organisation, then its town.
_PREMISES = {"locaux", "siège", "bureaux"}
_PREMISES_PLACE = re.compile(r"^\s*,\s*(?:à|au)\s+")
# `, et qui fait partie de`: a second cue after the first one.
_AND = re.compile(r"^\s*,?\s*et\s+(?=qui\b)")


def described_with(doc: Doc, ix, noun: str) -> list:
    """The organisations the text describes with ``noun`` (`le groupe X`, `X, un groupe`)."""
    out = {}
    for e, m in ix.orgs_at().values():
        for d in (descriptor_before(doc, m), descriptor_after(doc, m)):
            if d is not None and doc[d.noun].lower_ == noun:
                out.setdefault(id(e), (e, m))
    return list(out.values())


def described_org(doc: Doc, ix, i: int):
    """The (entity, mention) the description whose noun is token ``i`` stands for, or None."""
    named = described_with(doc, ix, doc[i].lower_)
    if len(named) == 1:
        return named[0]
    if named:
        return None  # two groups in the text: no guess
    k = i - 1
    while k > 0 and doc[k].lower_ in _DEFINITE:
        k -= 1
    return antecedent_org(doc, ix.orgs_at(), k + 1, ix.people())


def described_by_subjects(doc: Doc, ix, noun: str, before: int):
    """The one organisation that the sentences opening with the description ``noun`` before
    token ``before`` stand for (`Le Stade X a limogé son entraîneur. Le club, 17e de Ligue 1,
    ...`), or None when there is none or they point to two organisations."""
    found = {}
    for tok in doc[:before]:
        if tok.lower_ != noun or tok.i < 1 or not _opens_sentence(doc, tok.i - 1):
            continue
        if description_at(doc, ix, tok.i) is None:
            continue
        org = antecedent_org(doc, ix.orgs_at(), tok.i - 1, ix.people())
        if org is None:
            return None  # a description the text does not tie to a name: no guess
        found.setdefault(id(org[0]), org)
    return next(iter(found.values())) if len(found) == 1 else None


def _opens_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?", "\n")


def description_at(doc: Doc, ix, i: int) -> int | None:
    """The end (token after its adjectives) of a definite description whose noun is token
    ``i`` (`Le groupe`, `l'établissement public`), None when a name follows (`le groupe X`)."""
    tok = doc[i]
    if not tok.is_lower or (
        P.descriptors().get(tok.lower_) != "ORG" and tok.lower_ not in RP.ANAPHORIC_ORG_NOUNS
    ):
        return None
    if i == 0 or doc[i - 1].lower_ not in _DEFINITE:
        return None
    j = i + 1
    while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j += 1
    if j in ix.starts:
        return None
    return j


def _names_just_before(doc: Doc, entity, i: int) -> bool:
    """Is the description an apposition of the entity itself (`X France, filiale du
    groupe`)? Then the description is another organisation."""
    return any(i - 6 <= m.end <= i and doc[m.start].sent.start == doc[i].sent.start for m in entity.mentions)


def _premises_of(doc: Doc, i: int) -> bool:
    """Is the description whose noun is token ``i`` the owner of premises (`les locaux de
    l'entreprise`)?"""
    k = i - 1
    while k > 0 and doc[k].lower_ in _DEFINITE:
        k -= 1
    return k >= 1 and doc[k].lower_ in P.DE_FORMS and doc[k - 1].lower_ in _PREMISES


def _org_before(doc: Doc, ix, i: int):
    """The last organisation named before token ``i`` in its sentence."""
    sent = doc[i].sent.start
    before = [v for v in ix.orgs_at().values() if sent <= v[1].start and v[1].end <= i]
    return max(before, key=lambda v: v[1].start) if before else None


def description_relations(doc: Doc, ix) -> list[Relation]:
    """`Le groupe, basé à Y et qui fait partie de Z`: located_in Y and member_of Z of the
    organisation the description stands for."""
    out: list[Relation] = []
    text = doc_text(doc)
    for tok in doc:
        end = description_at(doc, ix, tok.i)
        if end is None:
            continue
        base = doc[end - 1].idx + len(doc[end - 1])
        found = []
        cue = P.BASED_IN_CUES.match(text[base : base + 120])
        premises = cue is None and _premises_of(doc, tok.i)
        if premises:
            cue = _PREMISES_PLACE.match(text[base : base + 120])
        if cue:
            k = base + cue.end()
            place = next(
                (v for v in ix.starts.values() if v[1].start_char == k and v[0].label == "LOC"), None
            )
            if place is not None:
                found.append(("located_in", place))
                base = place[1].end_char
        cue = P.PART_OF_CUES.match(_AND.sub("", text[base : base + 120], count=1))
        if cue:
            k = (
                base
                + cue.end()
                + len(text[base : base + 120])
                - len(_AND.sub("", text[base : base + 120], count=1))
            )
            near = [v for v in ix.starts.values() if k <= v[1].start_char <= k + 40 and v[0].label == "ORG"]
            if near:
                found.append(("member_of", min(near, key=lambda v: v[1].start_char)))
        if not found:
            continue
        org = described_org(doc, ix, tok.i)
        if org is None and premises:
            org = _org_before(doc, ix, tok.i)  # `tué dans les locaux de l'entreprise, à Y`
        if org is None or _names_just_before(doc, org[0], tok.i):
            continue
        start = doc[tok.i - 1].idx
        for predicate, hit in found:
            if hit[0] is not org[0] and hit[1].end_char > start:
                out.append(Relation(predicate, org[0].canonical, hit[0].canonical, start, hit[1].end_char))
    return out
