"""Source phrases as the text writes them: a noun phrase from its head, a phrase read
after an incise verb, a group before its examples.

>>> phrase_from_head(doc[1]).text      # doctest: +SKIP
'Des organisations'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicons import WEEKDAYS
from .lexicon import LEXICON
from .patterns import PHRASE_ADP, STOP_TEXT, TIME_WORDS

_MAX_PHRASE = 14


def as_written(span: Span) -> str:
    cut = next((t.i for t in span[1:] if t.lower_ in LEXICON.examples), span.end)
    start = span.start
    while start < cut - 1 and span.doc[start].pos_ in ("ADV", "CCONJ", "VERB", "AUX"):
        start += 1
    infinitive = next(
        (
            t.i
            for t in span.doc[start + 1 : cut]
            if t.lower_ in ("de", "d'", "d’")
            and t.i + 1 < cut
            and "Inf" in span.doc[t.i + 1].morph.get("VerbForm")
        ),
        None,
    )
    if infinitive is not None:
        cut = infinitive  # ``accusé par l'opposition d'avoir ...``: the complement is the content
    while cut - 1 > start and span.doc[cut - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        cut -= 1  # ``par la droite de « ... »``: the complement's preposition is no part of the source
    text = span.doc[start:cut].text.strip(" *_,;:.")
    return " ".join(text.split())


def group_before_examples(span: Span) -> Span:
    """``La plupart des gouvernements, dont ceux de la France, s'opposent``: the parser may
    take the example as the subject; the group is the phrase before ``dont``."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].lower_ not in LEXICON.examples:
        if span[0].lower_ in LEXICON.examples:
            i = span.start
        else:
            return span
    end = i
    while end > 0 and doc[end - 1].text == ",":
        end -= 1
    start = end
    while (
        start > 0
        and not doc[start - 1].is_punct
        and not doc[start - 1].is_sent_end
        and "\n" not in doc[start - 1].text
    ):
        start -= 1
    return doc[start:end] if end > start else span


def phrase_from_head(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses, appositions, coordinated
    heads or examples (``Des organisations comme l'ACLU`` → ``Des organisations``)."""
    doc = head.doc
    left = head.left_edge.i
    # Keep the phrase's own left part only (determiners, adjectives), not its preposition.
    for t in doc[left : head.i]:
        if t.is_punct and t.text not in ("-", "#") or t.dep_ == "case" and t.head.i == head.i:
            left = t.i + 1
        elif t.pos_ in ("VERB", "AUX") and t.i < head.i:
            left = t.i + 1  # ``, constatent les auteurs, qui ...``: the incise verb is no part of it
    end = head.i + 1
    for t in doc[head.i + 1 : head.right_edge.i + 1]:
        if (
            t.text in STOP_TEXT
            or t.lower_ in LEXICON.examples
            or t.lower_ in ("qui", "que", "qu'", "qu’", "et", "ou")
        ):
            break
        if t.dep_ == "appos" and t.head.i == head.i and t.i == end and t.pos_ == "PROPN":
            end = t.right_edge.i + 1  # ``le porte-parole Gabriel Attal``: a name right after its title
            continue
        if t.dep_ in ("acl:relcl", "appos", "conj", "cc", "parataxis", "advcl") and t.head.i == head.i:
            break
        if t.dep_ == "acl" and not any(c.lower_ == "par" for c in t.subtree):
            break  # ``des gens tweetant``; ``le communiqué distribué par Athena`` keeps its author
        end = t.i + 1
    return doc[left:end]


def _skip_adjunct(doc, i: int, stop: int) -> int:
    """``a déclaré à la presse Jean Morel``, ``a dit sur France 2 le Premier ministre``: the
    prepositional phrases between the incise verb and its subject are not the source."""
    for _ in range(2):
        if i >= stop or doc[i].pos_ != "ADP" or doc[i].lower_ in ("par", "selon"):
            return i
        j = i + 1
        while j < stop and doc[j].pos_ == "DET":
            j += 1
        if j >= stop or doc[j].pos_ not in ("NOUN", "PROPN"):
            return i
        j += 1
        while j < stop and (doc[j].pos_ in ("ADJ", "NUM") or doc[j].dep_ == "flat:name"):
            j += 1
        # Something must follow: the subject itself (``Jean Morel``, ``le président``).
        if not (j < stop and (doc[j].pos_ in ("DET", "PROPN", "ADP") or doc[j].text[:1].isupper())):
            return i
        i = j
    return i


def phrase_after(token: Token, limit: int | None = None) -> Span | None:
    """A source phrase read linearly after an incise verb (``a déclaré Merel Koning, ...``)."""
    doc = token.doc
    i = token.i + 1
    stop = min(len(doc), limit if limit is not None else len(doc))
    while i < stop and (
        doc[i].text in ("-t", "*", "**", "***", "_")
        or (doc[i].pos_ == "ADV" and doc[i].lower_ != "selon")
        or doc[i].lower_ in WEEKDAYS
        or doc[i].lower_ in TIME_WORDS
    ):
        i += 1  # ``a annoncé mardi soir le président``: the time is not the source
    i = _skip_adjunct(doc, i, stop)
    start = i
    while i < stop and i - start < _MAX_PHRASE:
        t = doc[i]
        if t.text in STOP_TEXT or "\n" in t.text or t.text.startswith("*") and i > start:
            break
        if t.pos_ == "ADP" and t.lower_ not in PHRASE_ADP:
            break
        if t.lower_ in LEXICON.examples or t.lower_ in ("qui", "et"):
            break
        if t.pos_ == "VERB" and i > start and not (i + 1 < stop and doc[i + 1].lower_ == "par"):
            break  # ``leur pétition mise en ligne mardi``; ``le communiqué distribué par Athena`` stays
        if t.lower_ in ("dans", "sur", "lors", "le") and i > start and doc[i - 1].pos_ not in ("ADP", "DET"):
            if t.lower_ != "le" or (i + 1 < len(doc) and doc[i + 1].like_num):
                break
        i += 1
    if i == start:
        return None
    return doc[start:i]


def head_before_relative(left: list[Token]) -> Span | None:
    """``Air France, qui prévoit ..., « appelle à ... »``: the words before a verb end with a
    relative clause set off by commas; its noun phrase, before ``, qui``, is the subject."""
    words = [t for t in left if not t.is_space]
    while words and words[-1].text in ("«", "“", '"'):
        words.pop()
    if not words or words[-1].text != ",":
        return None  # the relative clause closes with a comma right before the verb or quote
    words.pop()
    if any(t.text in ("«", "»", "“", "”", '"') for t in words):
        return None
    k = next(
        (j for j in range(len(words) - 1, 1, -1) if words[j].lower_ == "qui" and words[j - 1].text == ","),
        None,
    )
    if k is None or not any(t.pos_ in ("VERB", "AUX") for t in words[k + 1 :]):
        return None
    start = k - 1
    while start > 0 and words[start - 1].text not in (",", ":", ";", "(", ")"):
        start -= 1
    phrase = words[start : k - 1]
    if not phrase or len(phrase) > 8 or phrase[0].pos_ not in ("DET", "NOUN", "PROPN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in phrase) or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return phrase[0].doc[phrase[0].i : phrase[-1].i + 1]
