"""Checks on the parts of a cue's clause: whether a noun object is a content (a judgement,
not a demonstrative shell), where it ends, who a relative or a participle is about.

>>> object_end(tok, start, end, sent_end)      # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import LEXICON
from .patterns import DETERMINERS, INDEFINITE, OPENERS, PAST_STATEMENT_CUES, SAYING_ADJUNCTS, UNNAMED_SPEAKERS
from .sources import person_noun
from .verbs import lemma_of


def evaluates(token: Token, comp: tuple[int, int, str], text: str) -> bool:
    """A noun object that judges: a quoted part or an adjective (``une décision « exemplaire »``)."""
    if any(mark in text[max(0, comp[0] - 2) : comp[1] + 2] for mark in '«“"'):
        return True
    obj = next((c for c in token.children if c.dep_ == "obj" and c.idx >= comp[0]), None)
    return obj is not None and any(t.pos_ == "ADJ" for t in obj.subtree)


def speaker_phrase(phrase) -> bool:
    """An inverted subject after an incise verb: a definite phrase or a name, or an indefinite
    one headed by a speaker noun (``a déclaré un porte-parole``), not ``a annoncé un plan``."""
    first = phrase[0]
    if first.lower_ not in INDEFINITE:
        return True
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return False
    word = head.lemma_.casefold()
    return (
        word in LEXICON.descriptions
        or head.lower_ in LEXICON.descriptions
        or word in UNNAMED_SPEAKERS
        or person_noun(head)
    )


def shell_object(token: Token, comp: tuple[int, int, str]) -> bool:
    """A demonstrative object (``ces accusations``, ``cette version``) points back to words
    reported elsewhere; it is no content of its own."""
    obj = next((c for c in token.children if c.dep_ == "obj" and c.idx >= comp[0]), None)
    return obj is not None and any(d.dep_ == "det" and "Dem" in d.morph.get("PronType") for d in obj.children)


def past_statement(token: Token, subject: Token | None) -> bool:
    """``La présidence a indiqué que``: a statement made at one time (a compound past) by a
    definite noun is someone speaking; ``ces chiffres indiquent que`` is a fact."""
    cue = LEXICON.verb(lemma_of(token))
    if cue is None or cue.lemma not in PAST_STATEMENT_CUES or subject is None or subject.pos_ != "NOUN":
        return False  # ``La crise a rappelé que``: rappeler, souligner, montrer take facts as subjects
    definite = any(d.lower_ in DETERMINERS for d in subject.children if d.dep_ == "det")
    compound_past = any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in token.children)
    return definite and compound_past and subject.i < token.i


def object_end(token: Token, start: int, end: int, sent_end: int) -> int:
    """Where a noun-object content stops: at punctuation, a quote, a coordinated verb or an
    adjunct of the saying itself (``dans un communiqué``, ``lors de``, ``sur France Inter``)."""
    doc = token.doc
    last = end
    for t in doc[token.i + 1 :]:
        if t.idx <= start:
            continue
        if t.idx >= sent_end or "\n" in t.text:
            break
        beyond = t.idx >= end  # past what the parse gave the object
        if beyond and (t.text in OPENERS or t.is_punct and t.text not in ("%", "€", "$", "£")):
            break
        if t.lower_ in SAYING_ADJUNCTS and (
            t.head.head.i == token.i or t.head.lemma_.casefold() in LEXICON.documents
        ):
            break
        if t.pos_ == "CCONJ" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            break
        if t.pos_ in ("VERB", "AUX") and t.head.i == token.i and t.dep_ in ("conj", "advcl", "parataxis"):
            break
        last = t.idx + len(t.text)
    else:
        return last
    return last if t.idx > start else end


def noun_before_relative(pronoun: Token) -> Token | None:
    doc = pronoun.doc
    i = pronoun.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
        node = doc[i]
        while node.dep_ in ("flat:name", "amod") and node.head.i < node.i:
            node = node.head
        return node
    return None


def described(token: Token) -> Token | None:
    """The noun a ``pour avoir + participle`` clause is about: the head of the participle it hangs on."""
    node = token.head
    for _ in range(3):
        if node.pos_ in ("PROPN", "NOUN") and node.i < token.i:
            return node
        if node.head is node:
            break
        node = node.head
    for t in reversed(token.doc[token.sent.start : token.i]):
        if t.pos_ == "PROPN":
            while t.dep_ == "flat:name" and t.head.i < t.i:
                t = t.head
            return t
    return None
