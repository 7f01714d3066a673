"""Which earlier person or organisation a pronoun or a description points back to.

Grammatical gender of a named person, read from the titles and nouns set next to the
name in the text (``la vice-présidente ..., Claire Dubosc`` → feminine), and the
earlier use of the same description noun (``l'élue Sophie Marchal`` ... ``a dénoncé
l'élue`` → Sophie Marchal).

>>> person_gender(doc, mentions_of_claire)      # doctest: +SKIP
'Fem'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .lexicon import LEXICON
from .patterns import ELIDED

# Between an organisation's name and the noun set in apposition after it: ``X, un groupe``.
_INDEFINITE_APPOSITION = re.compile(r",\s+(?:un|une)\s+")
# Words looked at on each side of a name for the title that gives its gender.
_TITLE_WINDOW = 10
# A description noun and the name it was set next to earlier (``l'élue Sophie Marchal``).
_SAME_NOUN_WINDOW = 30  # characters

FEMININE_PRONOUNS = {"elle", "elles", "celle-ci", "cette dernière"}
MASCULINE_PRONOUNS = {"il", "ils", "lui", "eux", "celui-ci", "ce dernier"}


def pronoun_gender(word: str) -> str | None:
    word = word.lstrip("-")
    if word in FEMININE_PRONOUNS:
        return "Fem"
    if word in MASCULINE_PRONOUNS:
        return "Masc"
    return None


def is_person_title(token: Token) -> bool:
    word = ELIDED.sub("", token.lower_)
    return (
        LEXICON.descriptions.get(word) == "PER" or LEXICON.descriptions.get(token.lemma_.casefold()) == "PER"
    )


def person_gender(doc: Doc, spans: list[tuple[int, int]]) -> str | None:
    """The gender of the person title nearest a mention of the name (before it in its
    sentence, or in an apposition right after it); None when the text gives none."""
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for t in reversed(doc[max(sent.start, span.start - _TITLE_WINDOW) : span.start]):
            if t.pos_ in ("VERB", "AUX"):
                break
            gender = title_gender(t)
            if gender:
                return gender
        after = doc[span.end : min(sent.end, span.end + 4)]
        if len(after) and after[0].text == ",":
            for t in after[1:]:
                gender = title_gender(t) or _one_of_gender(t)
                if gender:
                    return gender
                if t.pos_ not in ("DET", "ADJ"):
                    break
    return None


def _one_of_gender(t: Token) -> str | None:
    """``X, l'une des avocates``: ``un``/``une`` before ``des`` tells the gender."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is None or nxt.lower_ not in ("des", "de", "d'", "d’"):
        return None
    return {"un": "Masc", "une": "Fem"}.get(t.lower_)


def title_gender(t: Token) -> str | None:
    if t.pos_ not in ("NOUN", "PROPN", "ADJ") or not is_person_title(t):
        return None
    # The article tells the gender of an epicene title (``la ministre``, ``le juge``).
    for d in t.children:
        if d.dep_ == "det" and d.lower_ in ("la", "une", "cette"):
            return "Fem"
        if d.dep_ == "det" and d.lower_ in ("le", "un", "ce", "cet"):
            return "Masc"
    return form_gender(ELIDED.sub("", t.lower_))


# Feminine and masculine endings of French person nouns (``avocate``/``avocat``,
# ``directrice``/``directeur``): the form tells the gender when its pair is a known title.
_GENDER_PAIRS = (("euse", "eur"), ("rice", "eur"), ("ière", "ier"), ("ienne", "ien"), ("e", ""))


def form_gender(word: str) -> str | None:
    """``avocate`` → Fem, ``avocat`` → Masc, ``ministre`` → None (the tagger's gender of
    such nouns is not reliable)."""
    titles = LEXICON.descriptions
    for fem, masc in _GENDER_PAIRS:
        if word.endswith(fem) and word[: len(word) - len(fem)] + masc in titles:
            return "Fem"
    for fem, masc in _GENDER_PAIRS:
        if (not masc or word.endswith(masc)) and word[: len(word) - len(masc)] + fem in titles:
            return "Masc"
    return None


def same_noun_referent(doc: Doc, head: Token, mentions, label: str, tail: list[str] | None = None):
    """``a dénoncé l'élue``: the person last named right after the same title noun
    (``emmené par l'élue Sophie Marchal``) or right before it (``Sophie Marchal, élue``);
    ``le président du club`` after ``le président du club, Paul Roy``: the same title with
    the same complement, then the name set off by a comma."""
    if label not in ("PER", "ORG"):
        return None
    word = ELIDED.sub("", head.lower_)
    tail = tail or []
    for t in reversed(doc[: head.i]):
        if ELIDED.sub("", t.lower_) != word or t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if tail and [u.lower_ for u in doc[t.i + 1 : t.i + 1 + len(tail)]] == tail:
            k = t.i + 1 + len(tail)
            if k + 1 < len(doc) and doc[k].text == ",":
                m = next((m for m in mentions if m.label == label and m.start == doc[k + 1].idx), None)
                if m is not None:
                    return m
        end = t.idx + len(t.text)
        for m in mentions:
            if m.label != label or m.start >= head.idx:
                continue
            if 0 <= m.start - end <= _SAME_NOUN_WINDOW and not any(
                u.pos_ in ("VERB", "AUX") or u.is_punct
                for u in doc[t.i + 1 : t.i + 1 + _words_between(doc, t, m)]
            ):
                return m
            if 0 <= t.idx - m.end <= 3 and label == "PER":
                return m
            if label == "ORG" and _INDEFINITE_APPOSITION.fullmatch(doc.text[m.end : t.idx]):
                return m  # ``NightHydra, un groupe de pirates``
        if label == "ORG":
            # Organisation nouns are used of many organisations: only the last use counts.
            return None
    return None


def _words_between(doc: Doc, t: Token, m) -> int:
    return sum(1 for u in doc[t.i + 1 : t.i + 12] if u.idx < m.start)
