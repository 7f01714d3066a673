"""Titles before a person's name: ``l'ancien procureur général X``, ``le président
chinois X`` (nationality dropped), ``le président de Y, X`` (member_of Y), ``Son président,
X`` (the organisation before), ``la ministre déléguée chargée du Numérique, X`` (portfolio
kept), ``sa directrice pour l'Europe, X`` (scope dropped), ``Y, dont le secrétaire général,
X``, ``le président de la cour, X`` (the one court named before).

>>> [(r.predicate, r.object) for r in title_before(doc, ix, e, m)]   # doctest: +SKIP
[('role', 'président'), ('member_of', 'Y')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..textnorm import normalize_name
from . import patterns as P
from . import relation_patterns as RP
from .antecedents import antecedent_org
from .clusters import Entity
from .descriptions import described_by_subjects, described_with
from .mention_record import Mention
from .mentions import after_title
from .name_rules import demonym_like
from .relation_record import Relation
from .role_words import (
    DETS,
    POSSESSIVES,
    Index,
    covers_jurisdiction,
    is_person_noun,
    members_of_group,
    opens_sentence,
    role_text,
    title_noun,
)


def title_before(doc: Doc, ix: Index, e: Entity, m: Mention) -> list[Relation]:
    """``l'ancien procureur général X``; ``le président de Y, X`` (member_of Y when Y is an
    organisation, nothing for a place: `le maire de Turin, X`); ``son porte-parole, X``;
    also over a form of address or a nationality after the comma (``Son président, le
    docteur X``, ``le président de Y, le Sénégalais X``)."""
    out = _title_at(doc, ix, e, m, m.start - 1)
    comma = _comma_before_address(doc, m.start)
    if comma is not None and comma != m.start - 1:
        out += _title_at(doc, ix, e, m, comma)
    return out


def _comma_before_address(doc: Doc, start: int) -> int | None:
    """The comma before ``[le] docteur``, ``Maître``, ``l'Allemand`` and the name."""
    k = start - 1
    while k >= 0 and (doc[k].lower_ in P.ADDRESS_NOUNS or (doc[k].is_title and demonym_like(doc[k].lower_))):
        k -= 1
    # A second title: `la rapporteure, l'eurodéputée néerlandaise X`.
    j = k
    while j >= 0 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j -= 1
    if j >= 1 and is_person_noun(doc, j) and doc[j - 1].lower_ in DETS:
        k = j - 1
    if k >= 0 and doc[k].lower_ in DETS:
        k -= 1
    return k if k >= 0 and k < start - 1 and doc[k].text == "," else None


def _complement_before(doc: Doc, ix: Index, i: int) -> tuple[str, tuple[Entity, Mention] | None, int]:
    """What the name ending at token ``i`` is to the title before it, read from its
    preposition: ``member`` (`de la CGT`, `à l'Assemblée`), ``portfolio`` (`chargée de
    l'Afrique`), ``scope`` (`pour l'Europe`, `en France`, `auprès des Nations unies`) or
    ``none``; with the name and the token before the preposition."""
    hit = ix.at[i]
    if hit[1].end != i + 1:
        return "none", None, i
    k = hit[1].start - 1
    if k >= 1 and doc[k].is_lower and P.descriptors().get(doc[k].lower_) == "ORG":
        k -= 1  # `la présidente du groupe LFI, X`: the organisation's noun
    if k >= 1 and doc[k].lower_ in ("l'", "l’", "la", "le", "les"):
        k -= 1  # `le directeur de l'hôpital de Vannes, X`
    if k < 1:
        return "none", None, k
    if hit[0].label == "ORG" and members_of_group(doc, k - 1) == k + 1:
        return "member", hit, k  # `le président des sénateurs Les Républicains, X`: the members' party
    prep = doc[k].lower_
    if prep in P.DE_FORMS and doc[k - 1].lower_ == "auprès":
        return "scope", hit, k - 2
    if prep in RP.SCOPE_PREPOSITIONS:
        return "scope", hit, k - 1
    if prep in P.DE_FORMS and doc[k - 1].lower_ in RP.TITLE_PARTICIPLES:
        return "portfolio", hit, k - 1
    if prep in RP.MEMBER_PREPOSITIONS:
        return "member", hit, k - 1
    return "none", None, k


def _after_participle(doc: Doc, i: int) -> bool:
    """Is token ``i`` a link right after a title participle (`chargée de l'`)?"""
    k = i
    while k > 0 and doc[k].lower_ in {"l'", "l’", "la", "le", "les"} | P.DE_FORMS:
        k -= 1
    return k < i and doc[k].lower_ in RP.TITLE_PARTICIPLES


def _scope_start(doc: Doc, i: int) -> int | None:
    """The scope preposition before the capitalised word ``i`` (`pour l'Asie`, `en
    Espagne`), or None."""
    k = i - 1
    while k >= 1 and (
        doc[k].is_title or (doc[k].is_lower and doc[k - 1].is_title and doc[k].lower_ not in DETS)
    ):
        k -= 1  # `pour l'Afrique centrale`, `auprès des Nations unies`
    if k >= 0 and doc[k].lower_ in ("l'", "l’", "la", "le", "les"):
        k -= 1
    if k >= 1 and doc[k].lower_ in P.DE_FORMS and doc[k - 1].lower_ == "auprès":
        return k - 1
    return k if k >= 1 and doc[k].lower_ in RP.SCOPE_PREPOSITIONS - {"auprès"} else None


def _title_at(doc: Doc, ix: Index, e: Entity, m: Mention, i: int) -> list[Relation]:
    orgs: list[tuple[Entity, Mention]] = []
    comma = i >= 1 and doc[i].text == ","
    if comma:
        i -= 1
        if i >= 2 and doc[i].text == ")" and i - 1 in ix.at and doc[ix.at[i - 1][1].start - 1].text == "(":
            i = ix.at[i - 1][1].start - 2  # `le chef de file des sénateurs du Parti socialiste (PS), X`
    idx: list[int] = []
    # `président en exercice`, `adjointe à la culture`: links inside a title.
    links = P.DE_FORMS | {"l'", "l’", "la", "à", "au", "aux", "en"}
    while i >= 0:
        if i in ix.at:
            # After a comma, names inside the title: its organisation, portfolio or scope
            # (`la directrice pour l'Europe de X, Y`).
            kind, hit, before = _complement_before(doc, ix, i) if comma else ("none", None, i)
            if kind == "none" or hit is None or hit[0] is e:
                break
            if kind == "portfolio":
                idx = list(range(before + 1, i + 1)) + idx
            elif kind == "member" and hit[0].label == "ORG":
                orgs.append(hit)
            elif kind == "member" and not idx and hit[0].label != "LOC":
                return []  # `le frère de Marc, X`
            i = before
            continue
        tok = doc[i]
        if comma and not idx and (tok.is_title or (tok.is_lower and doc[i - 1].is_title)):
            scope = _scope_start(doc, i)
            if scope is not None:
                i = scope - 1  # `sa directrice pour l'Asie, X`: a place the model did not name
                continue
        word = (
            (tok.is_lower and tok.pos_ in ("NOUN", "ADJ") and tok.lower_ not in P.ADDRESS_NOUNS)
            or (tok.is_lower and tok.lower_ in RP.TITLE_PARTICIPLES)
            or (
                idx
                and (tok.like_num or tok.lower_ in RP.AGE_GROUP_WORDS)
                and doc[idx[0]].lower_ in links | {"ans"}
            )
            or (tok.is_title and opens_sentence(doc, i) and P.descriptors().get(tok.lower_) == "PER")
            or (tok.is_upper and P.descriptors().get(tok.lower_) == "PER")  # `le PDG de Thales, X`
            or (
                tok.lower_ in ("premier", "première") and i + 1 < len(doc) and doc[i + 1].lower_ == "ministre"
            )
        )
        # `ministre du Travail`, `directrice de la communication`: a complement inside the title.
        portfolio = (
            (
                (tok.is_title and tok.pos_ == "NOUN" or tok.is_upper and tok.is_alpha)
                and i > 0
                and doc[i - 1].lower_ in links
            )
            or (
                # `chargée de l'Afrique`: the portfolio of a title participle, whatever its tag.
                tok.is_title and i > 1 and doc[i - 1].lower_ in links and _after_participle(doc, i - 1)
            )
            or (
                # `ministre malien de la Santé`, `secrétaire d'État espagnole au Numérique`: a
                # minister's portfolio, whatever its tag (no name: the entity layer drops it).
                tok.is_title and after_title(doc, i, P.PORTFOLIO_TITLES)
            )
        )
        link = (
            idx
            and tok.lower_ in links
            and i > 0
            and (
                doc[i - 1].lower_ in links | RP.TITLE_PARTICIPLES | RP.AGE_GROUP_WORDS
                or doc[i - 1].pos_ in ("NOUN", "ADJ")
                or P.descriptors().get(doc[i - 1].lower_) == "PER"
            )
        )
        if not (word or portfolio or link):
            break
        idx.insert(0, i)
        i -= 1
    while idx and doc[idx[0]].lower_ in links:
        i = idx.pop(0)
    if not idx or not any(title_noun(doc, k) for k in idx):
        return []
    if comma and not opens_sentence(doc, idx[0]) and (i < 0 or doc[i].lower_ not in DETS | POSSESSIVES):
        return []
    if covers_jurisdiction(doc, idx):
        orgs = []  # `le maire de Douai, X`: the place the post covers, whatever its type
    if comma and not orgs:
        described = _described_org(doc, ix, idx)
        if described is not None:
            # `Président du conseil départemental, X`: the named body the description is.
            orgs, idx = [described[0]], idx[: described[1]]
    if comma and i >= 2 and doc[i].lower_ in DETS and doc[i - 1].lower_ == "dont":
        hit = ix.ends.get(i - 2) if doc[i - 2].text == "," else None
        if hit is not None and hit[0].label == "ORG":
            orgs.append(hit)  # `la CGT, dont le secrétaire général, X`
    if i >= 0 and doc[i].lower_ in POSSESSIVES:
        # `Son président, X`, `leur présidente de groupe à l'Assemblée, X`: the organisation before.
        back = antecedent_org(doc, ix.orgs_at(), i, ix.people())
        if back is not None and all(back[0] is not o[0] for o in orgs):
            orgs.insert(0, back)
    if not orgs:
        ministry = _ministry(doc, ix, idx)
        if ministry is not None:
            orgs = [ministry]
            idx = idx[: [doc[k].lower_ for k in idx].index("ministre") + 1]  # the role without the ministry
    out = []
    text = role_text(doc, idx)
    if text and doc[idx[0]].is_title and opens_sentence(doc, idx[0]):
        text = text[0].lower() + text[1:]  # capitalised only because it opens the sentence
    if text:
        out.append(Relation("role", e.canonical, text, doc[idx[0]].idx, m.end_char))
    for org in orgs:
        # Its own evidence span, not the role's: span attributes are keyed by offsets.
        if org[1].start_char >= doc[idx[0]].idx:
            start, end = doc[idx[0]].idx, org[1].end_char  # `le président de Y, X`
        elif i >= 0:
            start, end = doc[i].idx, m.end_char  # `Y ... Son président, X`: from the possessive
        else:
            start, end = org[1].start_char, m.end_char
        out.append(Relation("member_of", e.canonical, org[0].canonical, start, end))
    return out


def _described_org(doc: Doc, ix: Index, idx: list[int]) -> tuple[tuple[Entity, Mention], int] | None:
    """`président du conseil départemental`, `président de la cour`: the organisation named
    before whose name opens with the described noun phrase (`conseil départemental du
    Lot`, `cour d'assises de X`), the only one; with where the role stops."""
    for n in range(len(idx) - 1, 0, -1):  # the last complement: `entraîneur des moins de 19 ans du club`
        k = idx[n]
        if doc[k].lower_ not in P.DE_FORMS or not any(title_noun(doc, h) for h in idx[:n]):
            continue
        rest = [doc[h] for h in idx[n + 1 :]]
        while rest and rest[0].lower_ in ("l'", "l’", "la", "le", "les"):
            rest = rest[1:]
        if not rest or not all(t.is_lower for t in rest):
            return None
        phrase = normalize_name(" ".join(t.text for t in rest))
        hits = {
            id(e): (e, mention)
            for e, mention in ix.orgs_at().values()
            if mention.start < idx[0]
            and any(
                normalize_name(name) == phrase or normalize_name(name).startswith(phrase + " ")
                for name in (e.canonical, *e.aliases)
            )
        }
        if not hits and len(rest) == 1:
            # `président du club, X`: the one organisation the text called `le club X`.
            hits = {id(v[0]): v for v in described_with(doc, ix, rest[0].lower_) if v[1].start < idx[0]}
            if not hits and P.descriptors().get(rest[0].lower_) == "ORG":
                # `Le Stade X a limogé son entraîneur. Le club, 17e, ... le président du club, Y`:
                # the organisation the sentences opening with `Le club` stand for.
                org = described_by_subjects(doc, ix, rest[0].lower_, idx[0])
                hits = {id(org[0]): org} if org is not None else {}
        return (next(iter(hits.values())), n) if len(hits) == 1 else None
    return None


def _ministry(doc: Doc, ix: Index, idx: list[int]) -> tuple[Entity, Mention] | None:
    """`le ministre de l'Industrie, X` -> the `ministère de l'Industrie` the text names."""
    words = [doc[k] for k in idx]
    heads = [n for n, t in enumerate(words) if t.lower_ == "ministre"]
    if not heads or heads[0] + 1 >= len(words) or words[heads[0] + 1].lower_ not in P.DE_FORMS:
        return None
    portfolio = normalize_name(" ".join(t.text for t in words[heads[0] + 2 :]).replace("' ", "'"))
    if not portfolio:
        return None
    for e, mention in ix.orgs_at().values():
        names = [normalize_name(n) for n in (e.canonical, *e.aliases)]
        if any(n.startswith("ministere") and n.endswith(portfolio) for n in names):
            return e, mention
    return None
