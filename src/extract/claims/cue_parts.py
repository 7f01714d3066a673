"""Checks on the parts of a cue's clause: whether a noun object is a content (a judgement,
not a demonstrative shell), where it ends, who a relative or a participle is about.

>>> object_end(tok, start, end, sent_end)      # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import doc_text
from .lexicon import LEXICON
from .patterns import (
    DETERMINERS,
    GERUND_AFTER,
    INDEFINITE,
    OPENERS,
    PAST_STATEMENT_CUES,
    SAYING_ADJUNCTS,
    TIME_NOUNS,
    UNNAMED_SPEAKERS,
)
from .sources import person_noun
from .verbs import lemma_of


def evaluates(token: Token, comp: tuple[int, int, str], text: str, quoted: bool = False) -> bool:
    """A noun object that judges: a quoted part or an adjective (``une décision « exemplaire »``);
    with ``quoted``, a quoted part or a figure only (``évoque un déficit de 180 000 euros``)."""
    if any(mark in text[max(0, comp[0] - 2) : comp[1] + 2] for mark in '«“"'):
        return True
    obj = next((c for c in token.children if c.dep_ == "obj" and c.idx >= comp[0]), None)
    if obj is None:
        return False
    if quoted:
        # a figure of the object itself, not of an apposition after a comma (``l'accusé, père de trois enfants``)
        comma = next((t.i for t in obj.subtree if t.text == "," and t.i > obj.i), len(token.doc))
        return any((t.pos_ == "NUM" or t.like_num) and t.i < comma for t in obj.subtree)
    return any(t.pos_ == "ADJ" for t in obj.subtree)


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
    text = doc_text(doc)
    while end > start and text[end - 1] in " ,;:":
        end -= 1  # the parse may give the object the comma that closes an apposition
    last = end
    for t in doc[token.i + 1 :]:
        if t.idx <= start:
            continue
        if t.idx >= sent_end or "\n" in t.text:
            break
        beyond = t.idx >= end  # past what the parse gave the object
        if t.text == "," and GERUND_AFTER.match(text, t.idx + 1):
            break  # ``une « occasion manquée », tout en jugeant que``: the speaker's next act
        if beyond and t.text == "," and _place_apposition(t):
            last = t.idx + len(t.text)
            continue
        glued = t.i > 0 and not doc[t.i - 1].whitespace_ and not doc[t.i - 1].is_punct
        after_word = t.i > 0 and not doc[t.i - 1].is_punct
        closing = t.text in ("»", "”") and any(
            u.text in OPENERS for u in doc[token.i + 1 : t.i] if u.idx >= start
        )
        if beyond and (t.text == "-" and glued or t.text in OPENERS and after_word or closing):
            # ``à El-Facher``: a hyphen inside a name; ``un fonds « à la hauteur »``, ``un homme
            # « rigide » mais « lucide »``: a quote right after a word qualifies it.
            last = t.idx + len(t.text)
            continue
        if beyond and (t.text in OPENERS or t.is_punct and t.text not in ("%", "€", "$", "£")):
            break
        if (
            t.lower_ in SAYING_ADJUNCTS
            and (t.head.head.i == token.i or t.head.lemma_.casefold() in LEXICON.documents)
            and not _content_adjunct(t)
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


def _content_adjunct(prep: Token) -> bool:
    """``un cessez-le-feu à Gaza``, ``des aides pour l'année 2025``, ``jusqu'à la publication``:
    a place, a time or a limit after the object belongs to what is asked, not to the saying."""
    doc = prep.doc
    if prep.i > 0 and doc[prep.i - 1].lower_ in ("jusqu'", "jusqu’", "jusque"):
        return True
    nxt = next((t for t in doc[prep.i + 1 : prep.i + 4] if t.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if nxt is None:
        return False
    if prep.lower_ in ("à", "au") and nxt.ent_type_ == "LOC":
        return True
    return prep.lower_ in ("pour", "à", "au") and (
        nxt.lemma_.casefold() in TIME_NOUNS or nxt.pos_ == "NUM" or any(c.pos_ == "NUM" for c in nxt.children)
    )


def _place_apposition(comma: Token) -> bool:
    """``à El-Facher, la capitale du Darfour``: a place name's apposition goes on with it."""
    doc = comma.doc
    if comma.i == 0 or comma.i + 2 >= len(doc):
        return False
    return doc[comma.i - 1].ent_type_ == "LOC" and doc[comma.i + 1].lower_ in DETERMINERS


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
