"""Relations stated by short cues around a name, beside appositions and titles:

- ``Marie Roy (Verts)``: a person and, in brackets, the party or team they belong to;
- ``Marc Lefebvre, de la banque Oddo BHF`` / ``Jean Roy, chez Renault``: member_of;
- ``son campus de Redmond``, ``ses bureaux à Lyon``: located_in of the organisation the
  possessive points back to (not a factory: ``son usine de Flins`` is an activity);
- ``Addis-Abeba, siège de l'UA``: located_in of the organisation;
- ``rue Saint-Sever, à Rouen``: a street and its city;
- ``le siège de la Région, à Lille``, ``la cour d'assises du Var, à Draguignan``: where an
  organisation sits;
- ``le comité social et économique (CSE) de Valmont``: a body of an organisation.

>>> [(r.predicate, r.subject, r.object) for r in cue_relations(doc, ix)]   # doctest: +SKIP
[('member_of', 'Marie Roy', 'Verts')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..doctext import doc_text
from . import patterns as P
from . import relation_patterns as RP
from .antecedents import antecedent_org
from .relation_record import Relation

_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def _bracketed_org(doc: Doc, ix, e, m) -> list[Relation]:
    """`Marie Roy (Verts)`, `Tadej Pogacar (UAE Team Emirates)`."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "(":
        return []
    k = m.end + 1
    if doc[k].lower_ in ("le", "la", "les", "l'", "l’"):
        k += 1  # `(Les Républicains)`
    hit = ix.starts.get(k)
    if hit is None or hit[0].label != "ORG" or hit[1].end >= len(doc) or doc[hit[1].end].text != ")":
        return []
    return [Relation("member_of", e.canonical, hit[0].canonical, m.start_char, doc[hit[1].end].idx + 1)]


def _employer_after_comma(doc: Doc, ix, e, m) -> list[Relation]:
    """`Marc Lefebvre, de la banque Oddo BHF,` / `Jean Roy, chez Renault`."""
    i = m.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in P.DE_FORMS | {"chez"}:
        return []
    hit = ix.org_after(doc, i + 2)
    if hit is None:
        return []
    return [Relation("member_of", e.canonical, hit[0].canonical, m.start_char, hit[1].end_char)]


def _premises(doc: Doc, ix) -> list[Relation]:
    """`Microsoft ouvre ses bureaux à Lyon`: the organisation is based in the place."""
    out = []
    for tok in doc:
        if tok.lower_ not in _POSSESSIVES or tok.i + 3 >= len(doc):
            continue
        noun = doc[tok.i + 1]
        if noun.lower_ not in P.PREMISES - RP.PRODUCTION_SITES or doc[tok.i + 2].lower_ not in P.DE_FORMS | {
            "à"
        }:
            continue
        place = ix.starts.get(tok.i + 3)
        if place is None or place[0].label != "LOC":
            continue
        org = antecedent_org(doc, ix.orgs_at(), tok.i, ix.people())
        if org is None:
            continue
        out.append(Relation("located_in", org[0].canonical, place[0].canonical, tok.idx, place[1].end_char))
    return out


def _seat_of(doc: Doc, ix, e, m) -> list[Relation]:
    """`Addis-Abeba, siège de l'UA`: the organisation is based in the place."""
    cue = P.SEAT_OF_CUES.match(doc_text(doc)[m.end_char : m.end_char + 40])
    if not cue:
        return []
    k = m.end_char + cue.end()
    hit = next((v for v in ix.starts.values() if v[1].start_char == k and v[0].label == "ORG"), None)
    if hit is None:
        return []
    return [Relation("located_in", hit[0].canonical, e.canonical, m.start_char, hit[1].end_char)]


def _street_in_city(doc: Doc, ix, e, m) -> list[Relation]:
    """`rue Saint-Sever, à Rouen`: a street and the city it is in."""
    if doc[m.start].lower_ not in P.STREET_HEADS or m.end + 2 >= len(doc):
        return []
    if doc[m.end].text != "," or doc[m.end + 1].lower_ != "à":
        return []
    hit = ix.starts.get(m.end + 2)
    if hit is None or hit[0].label != "LOC" or hit[0] is e:
        return []
    return [Relation("located_in", e.canonical, hit[0].canonical, m.start_char, hit[1].end_char)]


def _body_of(doc: Doc, ix, e, m) -> list[Relation]:
    """`le comité social et économique (CSE) de Valmont`, `la CFDT de Renault`: a body of
    the organisation named after `de`."""
    k = m.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    if k + 1 >= len(doc) or doc[k].lower_ not in P.DE_FORMS:
        return []
    hit = ix.starts.get(k + 1)
    if hit is None or hit[0].label != "ORG" or hit[0] is e:
        return []
    return [Relation("member_of", e.canonical, hit[0].canonical, m.start_char, hit[1].end_char)]


def _seat_after_comma(doc: Doc, ix, e, m) -> list[Relation]:
    """`le siège de la Région, à Lille`, `la cour d'assises du Var, à Draguignan`: the
    organisation sits in the city after `, à`."""
    if m.end + 2 >= len(doc) or doc[m.end].text != "," or doc[m.end + 1].lower_ != "à":
        return []
    place = ix.starts.get(m.end + 2)
    if place is None or place[0].label != "LOC" or place[0] is e:
        return []
    k = m.start - 1
    while k >= 0 and doc[k].lower_ in ("la", "le", "les", "l'", "l’"):
        k -= 1
    seat = k >= 1 and doc[k].lower_ in P.DE_FORMS and doc[k - 1].lower_ in RP.SEAT_NOUNS
    if not (seat or doc[m.start].lower_ in RP.SEATED_INSTITUTIONS):
        return []
    start = doc[k - 1].idx if seat else m.start_char
    return [Relation("located_in", e.canonical, place[0].canonical, start, place[1].end_char)]


def cue_relations(doc: Doc, ix, entities) -> list[Relation]:
    out: list[Relation] = []
    for e in entities:
        for m in e.mentions:
            if e.label == "ORG":
                out += _body_of(doc, ix, e, m) + _seat_after_comma(doc, ix, e, m)
            if e.label == "PER":
                out += _bracketed_org(doc, ix, e, m) + _employer_after_comma(doc, ix, e, m)
            elif e.label == "LOC":
                out += _seat_of(doc, ix, e, m) + _street_in_city(doc, ix, e, m)
    if doc.has_annotation("DEP"):
        out += _premises(doc, ix)
    return out
