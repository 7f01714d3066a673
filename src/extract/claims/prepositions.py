"""Claims opened by a preposition: ``selon X, ...``, ``pour X, ...``, ``d'après X``,
``..., selon X`` and ``une information selon laquelle ...``.

>>> [c.cue for c in preposition_claims(nlp("Selon l'ONG, la loi est injuste."), [], has_entity)]   # doctest: +SKIP
['selon']
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .candidate import Candidate, doc_text, quote_at, shape_content
from .lexicon import LEXICON
from .patterns import CLAUSE_OPENERS, QUE, RELATIVE_OPENERS, RELATIVE_PRONOUNS
from .phrases import phrase_from_head
from .quotes import Quote
from .verbs import sentence_of

_MAX_PREP_PHRASE = 16


def _speaker_like(head: Token, resolver_has_entity) -> bool:
    """``selon elle``, ``selon l'ONG``, ``pour Amnesty``: a speaker, not ``selon les principes``."""
    if head.pos_ == "PRON" or head.pos_ == "PROPN" or resolver_has_entity(head):
        return True
    lemma = head.lemma_.casefold()
    return lemma in LEXICON.descriptions or lemma in LEXICON.documents or head.lower_ in LEXICON.descriptions


def _pour_speaker(head: Token, has_entity) -> bool:
    """``Pour les écologistes, ...``: a speaker or a group of people, not ``Pour la première fois``."""
    if head.lemma_.casefold() in LEXICON.pour_not_speakers or head.lower_ in LEXICON.pour_not_speakers:
        return False
    if _speaker_like(head, has_entity):
        return True
    return head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")


def preposition_claims(doc: Doc, quotes: list[Quote], has_entity) -> Iterator[Candidate]:
    text = doc_text(doc)
    for t in doc:
        low = t.lower_
        if low == "après" and t.i > 0 and doc[t.i - 1].lower_ in ("d'", "d’"):
            word, first = "d'après", doc[t.i - 1]
        elif low in ("d'après", "d’après"):
            word, first = "d'après", t
        elif low in ("selon", "pour"):
            word, first = low, t
        else:
            continue
        if quote_at(t.idx, quotes) is not None:
            continue
        head = _object_of(t, first)
        if head is None or (word == "pour" and not _pour_speaker(head, has_entity)):
            continue  # ``pour`` is a cue only with a speaker: ``Pour le coup`` is not one
        if head.lower_ in RELATIVE_PRONOUNS and word != "pour":
            relative = _relative_claim(doc, t, first, head, quotes, text)
            if relative is not None:
                yield relative
            continue
        if head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(d.lower_ in ("nos", "notre") for d in head.children):
            continue  # ``d'après nos informations``: the article's own voice
        phrase = phrase_from_head(head)
        if phrase.start <= t.i:
            phrase = doc[t.i + 1 : phrase.end]
        # A title line ends at its line break, whatever the parser hung on the next line.
        cut = next((u.i for u in phrase if "\n" in u.text), None)
        if cut is not None and cut > phrase.start:
            phrase = doc[phrase.start : cut]
        named = has_entity(head)
        if named is not None:
            # ``d'après Médecins sans frontières``: the whole name, whatever the parse cut.
            span = doc.char_span(named.start, named.end, alignment_mode="expand")
            if span is not None and span.end > phrase.end:
                phrase = doc[phrase.start : span.end]
        sent_start, sent_end = sentence_of(t, quotes)
        before = text[sent_start : first.idx].strip(" *_\n").casefold()
        initial = not before or before in CLAUSE_OPENERS or before.endswith((":", ";"))
        if initial:
            # ``D'après la société Vinci Autoroutes, ...``, ``Pour l'élu X (Renew), ...``: up
            # to the comma, whatever the parse hung on the name.
            phrase = _phrase_to_comma(doc, phrase)
        after_i = phrase.end
        while after_i < len(doc) and doc[after_i].text == "(":
            after_i = _after_brackets(doc, after_i)
        nxt = doc[after_i].text if after_i < len(doc) else "."
        if initial and nxt == ",":
            # ``Selon le ministre, Karim Benali, « ... »``: the name apposed to the title
            # belongs to the source, the content starts after it.
            named = any(has_entity(u) is not None for u in phrase)
            for _ in range(3):
                # ``Pour Marc, 67 ans, qui habite le quartier, « ... »``: asides one after another.
                apposed = _apposition_end(doc, after_i + 1, has_entity, named)
                if apposed is None:
                    break
                after_i, named = apposed, True
            end = sent_end
            for q in quotes:
                # ``Pour X, A était « inévitable » : « B »``: the quote after the colon is a
                # claim of its own (the same source), not part of this content.
                colon = text.rfind(":", doc[after_i].idx + 1, q.open)
                if doc[after_i].idx < colon < q.open <= end and not text[colon + 1 : q.open].strip():
                    end = colon
                    break
            shaped = shape_content(text, doc[after_i].idx + 1, end, quotes)
        elif (
            word != "pour"
            and first.i > 0
            and (
                nxt in (".", "!", "?", ",")
                or "\n" in nxt
                or after_i >= len(doc)
                or doc[first.i - 1].text == ","
                and _source_tail(doc, after_i, sent_end)
            )
        ):
            # ``..., selon les organisateurs.``; without the comma only for a speaker
            # (``ont augmenté de 12 % selon l'Insee``, not ``agir selon les principes``).
            comma = doc[first.i - 1].text == ","
            if not comma and not _speaker_like(head, has_entity):
                continue
            shaped = shape_content(
                text, sent_start, doc[first.i - 1].idx + (0 if comma else len(doc[first.i - 1].text)), quotes
            )
        else:
            continue
        if shaped is None:
            continue
        yield Candidate(
            *shaped,
            cue=word,
            category=LEXICON.prepositions[word],
            source=phrase,
            rule=f"prep:{word}",
            anchor=first.idx,
        )


def _source_tail(doc: Doc, i: int, end: int) -> bool:
    """``..., selon une étude menée par X et Y, publiée mardi.``: the words after the source
    phrase up to the sentence end describe the source, with no clause of their own."""
    seen = False
    while i < len(doc) and doc[i].idx < end:
        t = doc[i]
        if "\n" in t.text or t.text in (".", "!", "?", "…"):
            break
        if t.lower_ in ("qui", "dont") and doc[i - 1].text == ",":
            return True  # ``selon l'Insee et la Dares, qui publient ...``: about the source
        if t.text in ("«", "»", "“", "”", '"', ":", ";") or t.lower_ in QUE:
            return False
        if t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"):
            return False
        seen = True
        i += 1
    return seen


def _phrase_to_comma(doc: Doc, phrase):
    """The source phrase read on to the comma that closes it (a name the parser cut off),
    brackets left out; unchanged when a verb or the sentence end comes first."""
    i = phrase.end
    while i < len(doc) and i - phrase.start < _MAX_PREP_PHRASE:
        t = doc[i]
        if t.text in (",", "("):
            return doc[phrase.start : i]
        # ``la vice-présidente chargée des mobilités``: a participle describes, a finite verb ends.
        verb = t.pos_ == "AUX" or t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")
        if t.is_punct or verb or "\n" in t.text or t.lower_ in QUE:
            return phrase
        i += 1
    return phrase


def _after_brackets(doc: Doc, i: int) -> int:
    """Index after the ``)`` closing the bracket at ``i`` (``Julien Marchal (Renew)``)."""
    for k in range(i + 1, min(len(doc), i + 12)):
        if doc[k].text == ")":
            return k + 1
    return i


def _apposition_end(doc: Doc, i: int, has_entity, after_name: bool = False) -> int | None:
    """Index of the comma closing an apposed name that starts at ``i`` (``, Karim Benali,``),
    or, after a name, its description (``Pour l'analyste X, de la banque Y, ...``)."""
    named = after_name
    relative = i < len(doc) and doc[i].lower_ in RELATIVE_OPENERS and after_name
    if after_name and i < len(doc) and doc[i].pos_ == "DET" and doc[i].lower_ not in ("un", "une"):
        # ``Selon X, le chômage, qui ...``: a definite phrase after the name opens the content;
        # a description is bare or indefinite (``analyste chez Y``, ``un habitant``, ``67 ans``).
        after_name = named = False
    for k in range(i, min(len(doc), i + (14 if relative else 8))):
        t = doc[k]
        if t.text == ",":
            return k if named and k > i else None
        if t.is_punct or (t.pos_ in ("VERB", "AUX") or t.lower_ in QUE) and not relative:
            return None  # a clause of its own: the content has started
        m = has_entity(t)
        if m is not None and (m.label == "PER" or k == i and m.start == t.idx):
            named = True  # a name right after the comma is the person, whatever its tag
    return None


def _object_of(t: Token, first: Token) -> Token | None:
    """The noun after ``selon`` / ``d'après`` / ``pour``, whichever way the parser hung it."""
    for word in (t, first):
        if word.dep_ == "case" and word.head.i > word.i:
            return word.head
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.pos_ == "DET" and nxt.head.i > nxt.i:
        return nxt.head
    return nxt


LEXICON_SELON = "selon"


def _relative_claim(doc, t, first, pronoun, quotes, text) -> Candidate | None:
    """``une information du Monde selon laquelle il aurait démissionné``: the noun before
    ``selon`` is the source, the relative clause the content."""
    if first.i == 0:
        return None
    noun = doc[first.i - 1]
    while noun.dep_ in ("nmod", "amod", "flat:name") and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    sent_start, sent_end = sentence_of(t, quotes)
    clause = pronoun.head if pronoun.head.i > pronoun.i else None
    end = sent_end
    if clause is not None:
        end = min(end, clause.right_edge.idx + len(clause.right_edge.text))
    shaped = shape_content(text, pronoun.idx + len(pronoun.text), end, quotes)
    if shaped is None:
        return None
    phrase = phrase_from_head(noun)
    return Candidate(
        *shaped,
        cue=LEXICON_SELON,
        category=LEXICON.prepositions[LEXICON_SELON],
        source=doc[phrase.start : min(phrase.end, first.i)],
        rule="prep:relative",
        anchor=first.idx,
    )
