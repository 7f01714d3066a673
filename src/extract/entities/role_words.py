"""What the relation rules share: the words of a title and the index of names.

>>> role_text(doc, [3, 4])   # doctest: +SKIP
'directrice générale'
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import patterns as P
from . import relation_patterns as RP
from .clusters import Entity
from .mention_record import Mention

DETS = {"le", "la", "l'", "l’", "un", "une", "les", "des"}
POSSESSIVES = {"son", "sa", "leur", "notre", "votre", "mon", "ma"}
# Prefixes of a hyphenated title whose second part is the title noun (`vice-ministre`).
TITLE_PREFIXES = {"vice", "co", "sous", "pro", "proto", "archi"}


def is_person_noun(doc: Doc, i: int) -> bool:
    """A title or function noun (`directrice`, `PDG`, `programmeur`), not a kinship (`fils`)."""
    tok = doc[i]
    if tok.lower_ in P.NON_ROLE_NOUNS:
        return False
    if tok.is_upper and P.descriptors().get(tok.lower_) == "PER":
        return True  # `PDG`
    if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ") or tok.lower_ in P.demonym_forms():
        return False
    label = P.descriptors().get(tok.lower_)
    prefix, _, rest = tok.lower_.partition("-")
    if label is None and prefix in TITLE_PREFIXES and rest:
        label = P.descriptors().get(rest)  # `vice-ministre`, `co-présidente`
    if label is not None:
        return label == "PER"
    return tok.pos_ == "NOUN" and tok.lower_.endswith(P.PERSON_NOUN_SUFFIXES)


def title_noun(doc: Doc, i: int) -> bool:
    """A person noun in a title before a name, capitalised too (`Président du conseil, X`)."""
    word = doc[i].lower_
    return is_person_noun(doc, i) or (P.descriptors().get(word) == "PER" and word not in P.NON_ROLE_NOUNS)


def covers_jurisdiction(doc: Doc, idx: list[int]) -> bool:
    """Is the last title noun of ``idx`` a post over a place (`maire de Douai`, `député de
    la Somme`), whose `de` complement is a jurisdiction, not an employer? A plural one
    names a group of members whose complement is their organisation (`chef de file des
    sénateurs du PS`, `présidente du groupe des députés de X`)."""
    for k in reversed(idx):
        tok = doc[k]
        if tok.lower_ in RP.JURISDICTION_TITLES:
            return not _plural(tok)
        if is_person_noun(doc, k) or title_noun(doc, k):
            return False
    return False


def _plural(tok) -> bool:
    return "Plur" in tok.morph.get("Number") or (
        tok.lower_.endswith(("s", "x")) and tok.lemma_.lower() != tok.lower_
    )


def members_of_group(doc: Doc, i: int) -> int | None:
    """``des députés``, ``des sénateurs``, ``des élus`` at ``i``: a plural person noun after
    `de` naming the members of a group (`le groupe des députés de X`); the token after it,
    else None."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("des", "de"):
        return None
    tok = doc[i + 1]
    lemma = tok.lemma_.lower()
    person = P.descriptors().get(lemma) == "PER" or tok.lower_ in RP.JURISDICTION_TITLES
    if not (tok.is_lower and person and _plural(tok)):
        return None
    return i + 2


def role_text(doc: Doc, idx: list[int]) -> str:
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


class Index:
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
            if not (t.lower_ in DETS or descriptive or after_descriptor):
                return None
            i += 1
        hit = self.starts.get(i)
        return hit if hit and hit[0].label == "ORG" else None


def generic_organisation(doc: Doc, i: int) -> bool:
    """``du groupe``, ``de l'entreprise``: an organisation named by a description."""
    while i < len(doc) and doc[i].lower_ in DETS:
        i += 1
    return i < len(doc) and doc[i].is_lower and P.descriptors().get(doc[i].lower_) == "ORG"


def opens_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i`` open its sentence or paragraph (`Président du conseil, X`)?"""
    return i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?", "\n")
