"""The organisation a possessive points back to: ``Le syndicat X dénonce ... Son
président, Y, ...`` -> ``X``.

French news names an organisation as the subject of a sentence, or as a topic put first
(``Au Parti socialiste, ...``, ``Chez X, on ...``), then its people and premises with
``son``/``sa``/``ses``/``leur``: the antecedent is the organisation in the subject of the
same sentence before the possessive, else in the subject of a sentence before. A
description as subject (``L'association ...``) stands for the organisation named before
it, a subject if there is one, else the last one named.

>>> antecedent_org(doc, index, possessive_token)    # doctest: +SKIP
(Entity(canonical='Samu-Urgences de France', ...), Mention(...))
"""

from __future__ import annotations

from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubj:pass")
# Words of a topic phrase opening a sentence: `Au`, `Chez`, `Pour la`, `Du côté de`, `Côté`.
_TOPIC_WORDS = {
    "au",
    "aux",
    "à",
    "chez",
    "pour",
    "du",
    "de",
    "d'",
    "d’",
    "côté",
    "la",
    "le",
    "l'",
    "l’",
    "les",
}


def _inverted_subject(tok) -> bool:
    """`Pas question, a répondu l'agence X`: after an incise verb, the parser takes the
    subject for an object; the verb follows a comma or a closing quote and has no subject."""
    verb = tok.head
    if tok.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > tok.i:
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    k = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))]) - 1
    return k >= 0 and verb.doc[k].text in (",", "»", "”", '"')


def _in_subject(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` the subject of its clause (`Le syndicat X dénonce`), or
    does it open its sentence (a parse cut short by the sentence splitter)?"""
    tok = doc[start]
    for t in [tok, *tok.ancestors]:
        if t.dep_ in _SUBJECTS or _inverted_subject(t):
            return True
        if t.pos_ in ("VERB", "AUX"):
            break  # `ce qui s'est passé chez X`: X is in a clause, not the subject phrase
    first = tok.sent.start
    k = start - 1
    while k >= first and (doc[k].pos_ == "DET" or doc[k].text.strip('*«"') == ""):
        k -= 1
    # A topic put first (`Au Parti socialiste, la ligne reste floue`, `Chez X, on ...`,
    # `Pour la fédération X, ...`): the organisation the next sentences speak of.
    topic = k
    while topic >= first and doc[topic].lower_ in _TOPIC_WORDS:
        topic -= 1
    if topic < k and (topic < first or doc[topic].is_space or doc[topic].text in (".", "!", "?")):
        return True
    # Opening its sentence or its paragraph (the splitter joins paragraphs after a quote).
    return k < first or doc[k].is_space or "\n" in doc[k].whitespace_ or doc[k].text in (".", "!", "?")


_NAMED_BEFORE = "named before"


def _described_subject(doc: Doc, lo: int, hi: int, orgs_at: dict):
    """A subject that describes an organisation (`Le centre hospitalier a indiqué`): the
    named organisation whose name opens with that noun, `False` for another noun phrase that
    names no organisation of the text (stop looking), None for no such subject (`La
    société`, `le club`: look further back for the organisation they stand for)."""
    from . import patterns as P

    for tok in doc[lo:hi]:
        if tok.dep_ not in _SUBJECTS or not tok.is_lower or tok.pos_ != "NOUN" or tok.i in orgs_at:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in tok.children):
            continue
        for k, v in orgs_at.items():
            if k < tok.i and doc[v[1].start].lower_ == tok.lower_:
                return v  # `le centre hospitalier` -> `centre hospitalier de Cornouaille`
        if P.descriptors().get(tok.lower_) == "ORG":
            return _NAMED_BEFORE  # `La société affirme ...`: the organisation named before
        if P.descriptors().get(tok.lower_) is None and P.name_heads().get(tok.lower_) == "ORG":
            return False  # an institution the text does not name
    return None


def antecedent_org(doc: Doc, orgs_at: dict, i: int, people: frozenset[int] = frozenset()):
    """The (entity, mention) of the organisation the possessive at token ``i`` refers to,
    or None. ``orgs_at`` maps a token index to the (entity, mention) of an ORG name;
    ``people`` holds the first tokens of person names: a person as subject is the nearer
    antecedent (`Jean Roy a démissionné. Son adjoint, X`), and the search stops there."""
    if not doc.has_annotation("DEP"):
        return None
    sent = doc[i].sent
    lo, hi = sent.start, i
    described = None
    for _ in range(4):  # this sentence, then a few before it (quotes split sentences)
        found = sorted(
            {id(v[1]): v for k, v in orgs_at.items() if lo <= k < hi}.values(), key=lambda v: v[1].start
        )
        if described == _NAMED_BEFORE and found:
            # `Même colère chez X. L'association ... Son président, Y`: the organisation the
            # description stands for is the subject before it, else the last one named.
            subject = [v for v in found if _in_subject(doc, v[1].start)]
            return subject[0] if subject else found[-1]
        described = _described_subject(doc, lo, hi, orgs_at)
        if described is not None and described != _NAMED_BEFORE:
            return described or None
        subject = [v for v in found if _in_subject(doc, v[1].start)]
        if subject:
            return subject[0]
        if any(lo <= k < hi and _in_subject(doc, k) for k in people):
            return None
        if lo == 0 or i - lo > 80:
            break
        hi = lo
        lo = doc[lo - 1].sent.start
    return None
