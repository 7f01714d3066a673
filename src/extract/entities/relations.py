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
from .antecedents import antecedent_org
from .clusters import Entity
from .descriptions import described_org, described_with, description_at, description_relations
from .evidence import descriptor_after, descriptor_before
from .mention_record import Mention
from .name_rules import demonym_like
from .relation_cues import cue_relations
from .relation_record import Relation

_DETS = {"le", "la", "l'", "l’", "un", "une", "les", "des"}
_POSSESSIVES = {"son", "sa", "leur", "notre", "votre", "mon", "ma"}


def _is_person_noun(doc: Doc, i: int) -> bool:
    """A title or function noun (`directrice`, `PDG`, `programmeur`), not a kinship (`fils`)."""
    tok = doc[i]
    if tok.lower_ in P.NON_ROLE_NOUNS:
        return False
    if tok.is_upper and P.descriptors().get(tok.lower_) == "PER":
        return True  # `PDG`
    if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ") or tok.lower_ in P.demonym_forms():
        return False
    label = P.descriptors().get(tok.lower_)
    if label is not None:
        return label == "PER"
    return tok.pos_ == "NOUN" and tok.lower_.endswith(P.PERSON_NOUN_SUFFIXES)


def _title_noun(doc: Doc, i: int) -> bool:
    """A person noun in a title before a name, capitalised too (`Président du conseil, X`)."""
    word = doc[i].lower_
    return _is_person_noun(doc, i) or (P.descriptors().get(word) == "PER" and word not in P.NON_ROLE_NOUNS)


def _role_text(doc: Doc, idx: list[int]) -> str:
    # Nationalities and trailing function words are not part of a role (FACTS.md §2.1).
    words = [doc[i] for i in idx if doc[i].lower_ not in P.demonym_forms()]
    while words and (words[-1].lower_ in P.LEADING_NON_NAME or words[-1].is_punct):
        words.pop()
    text = ""
    for k, t in enumerate(words):
        text += t.text
        if k + 1 < len(words):
            text += "" if t.text.endswith(("'", "’", "-")) or words[k + 1].text == "-" else " "
    return text


class _Index:
    """Which entity a token belongs to."""

    def __init__(self, entities: list[Entity]) -> None:
        self.at: dict[int, tuple[Entity, Mention]] = {}
        self.starts: dict[int, tuple[Entity, Mention]] = {}
        self.ends: dict[int, tuple[Entity, Mention]] = {}
        for e in entities:
            for m in e.mentions:
                self.starts[m.start] = (e, m)
                self.ends[m.end] = (e, m)
                for i in range(m.start, m.end):
                    self.at[i] = (e, m)

    def people(self) -> frozenset[int]:
        """First tokens of the person names."""
        return frozenset(i for i, v in self.starts.items() if v[0].label == "PER")

    def orgs_at(self) -> dict[int, tuple[Entity, Mention]]:
        """Token index -> (entity, mention) of the organisation names."""
        return {i: v for i, v in self.at.items() if v[0].label == "ORG"}

    def org_after(self, doc: Doc, i: int) -> tuple[Entity, Mention] | None:
        """An ORG name at ``i``, after determiners, descriptors and adjectives (`la firme suédoise Y`)."""
        for _ in range(5):
            if i >= len(doc) or i in self.starts:
                break
            t = doc[i]
            descriptive = t.is_lower and (t.lower_ in P.descriptors() or t.pos_ == "ADJ")
            after_descriptor = t.lower_ in P.DE_FORMS and doc[i - 1].lower_ in P.descriptors()
            if not (t.lower_ in _DETS or descriptive or after_descriptor):
                return None
            i += 1
        hit = self.starts.get(i)
        return hit if hit and hit[0].label == "ORG" else None


def _generic_organisation(doc: Doc, i: int) -> bool:
    """``du groupe``, ``de l'entreprise``: an organisation named by a description."""
    while i < len(doc) and doc[i].lower_ in _DETS:
        i += 1
    return i < len(doc) and doc[i].is_lower and P.descriptors().get(doc[i].lower_) == "ORG"


def _apposition(doc: Doc, ix: _Index, e: Entity, m: Mention) -> list[Relation]:
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
        text = _role_text(doc, role)
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
        if org is not None and (bracketed or not any(doc[k].lower_ in RP.JURISDICTION_TITLES for k in role)):
            out.append(Relation("member_of", e.canonical, org[0].canonical, m.start_char, org[1].end_char))
        i = _next_coordinated_title(doc, ix, j)
        if i is None:
            break
    return out


def _bare_membership(doc: Doc, role: list[int]) -> bool:
    """`membre`, `membre des Verts` (a name the model missed): no title; `membre du
    bureau` is one."""
    words = [doc[k] for k in role if doc[k].lower_ not in P.DE_FORMS | _DETS]
    return bool(words) and words[0].lower_ in RP.BARE_MEMBERSHIP and not any(t.is_lower for t in words[1:])


def _next_coordinated_title(doc: Doc, ix: _Index, j: int) -> int | None:
    """The token after ``et`` that opens a second title in the same apposition (`maire de
    Y (Z) et membre du bureau`), or None: only names, brackets and their links between."""
    for k in range(j, min(j + 12, len(doc))):
        tok = doc[k]
        if tok.lower_ == "et":
            return k + 1
        if not (k in ix.at or tok.text in "()" or tok.lower_ in P.DE_FORMS | _DETS | RP.MEMBER_PREPOSITIONS):
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


def _appositive_title(doc: Doc, ix: _Index, i: int):
    """The title opening at token ``i``: (role tokens, organisation or None, token after,
    whether the title is a plural after `l'un des`)."""
    while i < len(doc) and doc[i].lower_ in _DETS | _POSSESSIVES | {"ses"}:
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
        _is_person_noun(doc, i)
        or (described and doc[i - 1].lower_ in _DETS | _POSSESSIVES)
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
            if org is not None or _generic_organisation(doc, j + 1):
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


def _opens_title(doc: Doc, i: int) -> bool:
    while i < len(doc) and doc[i].lower_ in _DETS:
        i += 1
    return i < len(doc) and _is_person_noun(doc, i)


def _title_before(doc: Doc, ix: _Index, e: Entity, m: Mention) -> list[Relation]:
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
    if j >= 1 and _is_person_noun(doc, j) and doc[j - 1].lower_ in _DETS:
        k = j - 1
    if k >= 0 and doc[k].lower_ in _DETS:
        k -= 1
    return k if k >= 0 and k < start - 1 and doc[k].text == "," else None


def _complement_before(doc: Doc, ix: _Index, i: int) -> tuple[str, tuple[Entity, Mention] | None, int]:
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
        doc[k].is_title or (doc[k].is_lower and doc[k - 1].is_title and doc[k].lower_ not in _DETS)
    ):
        k -= 1  # `pour l'Afrique centrale`, `auprès des Nations unies`
    if k >= 0 and doc[k].lower_ in ("l'", "l’", "la", "le", "les"):
        k -= 1
    if k >= 1 and doc[k].lower_ in P.DE_FORMS and doc[k - 1].lower_ == "auprès":
        return k - 1
    return k if k >= 1 and doc[k].lower_ in RP.SCOPE_PREPOSITIONS - {"auprès"} else None


def _title_at(doc: Doc, ix: _Index, e: Entity, m: Mention, i: int) -> list[Relation]:
    orgs: list[tuple[Entity, Mention]] = []
    comma = i >= 1 and doc[i].text == ","
    if comma:
        i -= 1
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
            or (tok.is_title and _opens_sentence(doc, i) and P.descriptors().get(tok.lower_) == "PER")
            or (tok.is_upper and P.descriptors().get(tok.lower_) == "PER")  # `le PDG de Thales, X`
            or (
                tok.lower_ in ("premier", "première") and i + 1 < len(doc) and doc[i + 1].lower_ == "ministre"
            )
        )
        # `ministre du Travail`, `directrice de la communication`: a complement inside the title.
        portfolio = (
            (tok.is_title and tok.pos_ == "NOUN" or tok.is_upper and tok.is_alpha)
            and i > 0
            and doc[i - 1].lower_ in links
        ) or (
            # `chargée de l'Afrique`: the portfolio of a title participle, whatever its tag.
            tok.is_title and i > 1 and doc[i - 1].lower_ in links and _after_participle(doc, i - 1)
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
    if not idx or not any(_title_noun(doc, k) for k in idx):
        return []
    if comma and not _opens_sentence(doc, idx[0]) and (i < 0 or doc[i].lower_ not in _DETS | _POSSESSIVES):
        return []
    if any(doc[k].lower_ in RP.JURISDICTION_TITLES for k in idx):
        orgs = []  # `le maire de Douai, X`: the place the post covers, whatever its type
    if comma and not orgs:
        described = _described_org(doc, ix, idx)
        if described is not None:
            # `Président du conseil départemental, X`: the named body the description is.
            orgs, idx = [described[0]], idx[: described[1]]
    if comma and i >= 2 and doc[i].lower_ in _DETS and doc[i - 1].lower_ == "dont":
        hit = ix.ends.get(i - 2) if doc[i - 2].text == "," else None
        if hit is not None and hit[0].label == "ORG":
            orgs.append(hit)  # `la CGT, dont le secrétaire général, X`
    if i >= 0 and doc[i].lower_ in _POSSESSIVES:
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
    text = _role_text(doc, idx)
    if text and doc[idx[0]].is_title and _opens_sentence(doc, idx[0]):
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


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open its sentence or paragraph (`Président du conseil, X`)?"""
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?", "\n")


def _described_org(doc: Doc, ix: _Index, idx: list[int]) -> tuple[tuple[Entity, Mention], int] | None:
    """`président du conseil départemental`, `président de la cour`: the organisation named
    before whose name opens with the described noun phrase (`conseil départemental du
    Lot`, `cour d'assises de X`), the only one; with where the role stops."""
    for n in range(len(idx) - 1, 0, -1):  # the last complement: `entraîneur des moins de 19 ans du club`
        k = idx[n]
        if doc[k].lower_ not in P.DE_FORMS or not any(_title_noun(doc, h) for h in idx[:n]):
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
        return (next(iter(hits.values())), n) if len(hits) == 1 else None
    return None


def _ministry(doc: Doc, ix: _Index, idx: list[int]) -> tuple[Entity, Mention] | None:
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


def _place_name(entities: list[Entity], place: str) -> str:
    key = normalize_name(place)
    for e in entities:
        if e.label == "LOC" and key in {normalize_name(n) for n in (e.canonical, *e.aliases)}:
            return e.canonical
    return place


def _organisation(doc: Doc, ix: _Index, entities: list[Entity], e: Entity, m: Mention) -> list[Relation]:
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
        noun = next((t.i for t in doc[m.end :] if t.idx >= k and t.lower_ not in _DETS), None)
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
    while k >= 0 and doc[k].lower_ in _DETS:
        k -= 1
    return k >= 0 and doc[k].lower_ in P.EMPLOYER_PREPOSITIONS | P.DE_FORMS


def _place_after(doc: Doc, ix: _Index, e: Entity, m: Mention) -> list[Relation]:
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


def _anaphoric_places(doc: Doc, ix: _Index, entities: list[Entity]) -> list[Relation]:
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
    ix = _Index(entities)
    found: list[Relation] = []
    for e in entities:
        for m in e.mentions:
            if e.label == "PER":
                found += _apposition(doc, ix, e, m) + _title_before(doc, ix, e, m)
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
