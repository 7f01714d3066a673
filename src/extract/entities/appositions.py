"""Titles after a person's name: ``Myaisha Hayes, directrice de la stratégie chez
MediaJustice`` -> role ``directrice de la stratégie``, member_of ``MediaJustice``; ``X, son
associé``; ``X, l'un des avocats`` (-> ``avocat``); ``X, maire (PS)``; a second title
joined by ``et`` (``X, neurologue au CHU de Y et membre de la société Z``).

>>> [(r.predicate, r.object) for r in apposition(doc, ix, e, m)]   # doctest: +SKIP
[('role', 'neurologue'), ('member_of', 'CHU de Y'), ('member_of', 'société Z')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import patterns as P
from . import relation_patterns as RP
from .clusters import Entity
from .mention_record import Mention
from .relation_record import Relation
from .role_words import (
    DETS,
    POSSESSIVES,
    Index,
    covers_jurisdiction,
    generic_organisation,
    is_person_noun,
    members_of_group,
    role_text,
)


def apposition(doc: Doc, ix: Index, e: Entity, m: Mention) -> list[Relation]:
    """``X, [la] directrice de la communication de Y``; ``X, son associé``; ``X, l'un des
    avocats``; ``X, maire (PS)``; a second title joined by ``et`` (``X, neurologue au CHU
    de Y et membre de la société Z``)."""
    i = m.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    # An age between commas comes first in French bylines: `Jean Dupont, 45 ans, directeur ...`.
    if i + 2 < len(doc) and doc[i].like_num and doc[i + 1].lower_ == "ans" and doc[i + 2].text == ",":
        i += 3
    out: list[Relation] = []
    for _ in range(2):
        found = _appositive_title(doc, ix, i)
        if found is None:
            break
        role, org, j, plural = found
        text = role_text(doc, role)
        if _bare_membership(doc, role):
            text = ""  # `X, membre des Verts`: the membership alone is no title
        if plural and text:
            # `l'un des deux avocats` -> `avocat`: a role is singular (FACTS.md §2.1).
            head = next(k for k in role if doc[k].lower_ not in P.ROLE_KEPT_MODIFIERS)
            text = text.replace(doc[head].text, doc[head].lemma_, 1)
        if text:
            end = doc[role[-1]].idx + len(doc[role[-1]])
            out.append(Relation("role", e.canonical, text, m.start_char, end))
        bracketed = org is not None and doc[org[1].start - 1].text == "("
        if org is not None and (bracketed or not covers_jurisdiction(doc, role)):
            out.append(Relation("member_of", e.canonical, org[0].canonical, m.start_char, org[1].end_char))
        i = _next_coordinated_title(doc, ix, j)
        if i is None:
            break
    return out


def _bare_membership(doc: Doc, role: list[int]) -> bool:
    """`membre`, `membre des Verts` (a name the model missed): no title; `membre du
    bureau` is one."""
    words = [doc[k] for k in role if doc[k].lower_ not in P.DE_FORMS | DETS]
    return bool(words) and words[0].lower_ in RP.BARE_MEMBERSHIP and not any(t.is_lower for t in words[1:])


def _next_coordinated_title(doc: Doc, ix: Index, j: int) -> int | None:
    """The token after ``et`` that opens a second title in the same apposition (`maire de
    Y (Z) et membre du bureau`), or None: only names, brackets and their links between."""
    for k in range(j, min(j + 12, len(doc))):
        tok = doc[k]
        if tok.lower_ == "et":
            return k + 1
        if not (k in ix.at or tok.text in "()" or tok.lower_ in P.DE_FORMS | DETS | RP.MEMBER_PREPOSITIONS):
            return None
    return None


def _plural_of_group(doc: Doc, i: int) -> int:
    """After `l'un des deux`, `l'une des`: the token of the role noun, else ``i``."""
    if i + 1 < len(doc) and doc[i].lower_ in ("un", "une") and doc[i + 1].lower_ == "des":
        k = i + 2
        if k < len(doc) and doc[k].like_num:
            k += 1
        return k
    return i


def _appositive_title(doc: Doc, ix: Index, i: int):
    """The title opening at token ``i``: (role tokens, organisation or None, token after,
    whether the title is a plural after `l'un des`)."""
    while i < len(doc) and doc[i].lower_ in DETS | POSSESSIVES | {"ses"}:
        if i + 1 < len(doc) and doc[i].lower_ in ("un", "une") and doc[i + 1].lower_ == "des":
            break  # `l'un des avocats`
        i += 1
    group = _plural_of_group(doc, i)
    plural = group != i
    first = i = group
    while i < len(doc) and doc[i].lower_ in P.ROLE_KEPT_MODIFIERS:
        i += 1
    if i >= len(doc):
        return None
    # After a determiner, a title the parser takes for a participle is a noun (`son associé`).
    described = P.descriptors().get(doc[i].lower_) == "PER" and doc[i].is_lower and i > 0
    if not (
        is_person_noun(doc, i)
        or (described and doc[i - 1].lower_ in DETS | POSSESSIVES)
        or (plural and P.descriptors().get(doc[i].lemma_.lower()) == "PER")
    ):
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in ("que", "qu'", "qu’"):
        return None  # `X, juge qu'ils ...`: a saying verb, no title
    role, org = list(range(first, i + 1)), None
    j = i + 1
    while j < len(doc):
        tok = doc[j]
        if j in ix.starts and ix.starts[j][0].label == "ORG":
            org = ix.starts[j]  # `délégué syndical CFDT`
            break
        name = ix.starts.get(j + 1) if tok.lower_ in DETS and tok.is_title and role else None
        if name is not None and name[0].label == "ORG":
            org = name  # `porte-parole des élus Les Républicains`: an article kept out of the name
            break
        if (
            tok.lower_ == "au"
            and j + 2 < len(doc)
            and doc[j + 1].lower_ == "sein"
            and doc[j + 2].lower_ in P.DE_FORMS
        ):
            j += 2  # `son associé au sein de la société X`
            tok = doc[j]
        if tok.lower_ in P.EMPLOYER_PREPOSITIONS or tok.lower_ in P.DE_FORMS:
            org = ix.org_after(doc, j + 1)
            if org is None and generic_organisation(doc, j + 1):
                group = _group_of_members(doc, j + 1)
                if group is not None:
                    # `présidente du groupe des députés de X`: the members' group is the title's.
                    role += list(range(j, group))
                    j = group
                    continue
            if org is not None or generic_organisation(doc, j + 1):
                break  # `l'ancien patron du groupe`: the organisation is not part of the role
        if tok.text == "(" and j + 1 in ix.starts and ix.starts[j + 1][0].label == "ORG":
            org = ix.starts[j + 1]  # `X, maire (PS)`
            break
        if tok.lower_ == "et" and j + 1 < len(doc) and _opens_title(doc, j + 1):
            break  # `conseiller municipal et membre des Verts`: a second title
        # A capitalised portfolio completes a title (`ministre de l'Intérieur`).
        portfolio = (
            tok.pos_ == "NOUN" and tok.is_title and doc[j - 1].lower_ in P.DE_FORMS | {"l'", "l’", "la"}
        )
        if (
            (tok.is_punct and tok.text not in ("-", "'", "’"))
            or tok.lower_ in P.ROLE_STOP_WORDS
            or tok.pos_ in ("VERB", "AUX")
            or j in ix.at
            or not (tok.is_lower or tok.is_punct or portfolio)
        ):
            break
        role.append(j)
        j += 1
    if org is not None:
        j = org[1].end
    return role, org, j, plural


def _group_of_members(doc: Doc, i: int) -> int | None:
    """``le groupe des députés``, ``l'intergroupe des élus`` at ``i`` (after `de`): the token
    after the members' noun, else None."""
    while i < len(doc) and doc[i].lower_ in DETS:
        i += 1
    return members_of_group(doc, i + 1) if i < len(doc) else None


def _opens_title(doc: Doc, i: int) -> bool:
    while i < len(doc) and doc[i].lower_ in DETS:
        i += 1
    return i < len(doc) and is_person_noun(doc, i)
