"""The reported content after a cue: ``que`` clauses, infinitives with or without
``de`` / ``à``, noun objects and prepositional objects, and the target of the cue.

>>> complement_of(tok, tok, LEXICON.verb("affirmer"))      # doctest: +SKIP
(18, 42, 'que')
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicons import WEEKDAYS
from .lexicon import Cue
from .patterns import (
    ASIDE_PRONOUNS,
    BEFORE_INFINITIVE,
    DE,
    DECISION_NOUNS,
    EVENT_NOUNS,
    EVENT_SUFFIXES,
    QUE,
    SAYING_ADJUNCTS,
    SEQUENCE_MARKS,
    TIME_WORDS,
    A,
)
from .phrases import phrase_from_head


def complement_of(token: Token, last: Token, cue: Cue) -> tuple[int, int, str] | None:
    """(start char, end char, frame) of the reported content after the cue."""
    doc = token.doc
    frames = set(cue.frames)
    for c in sorted(token.children, key=lambda t: t.i):
        if c.i <= last.i:
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        mark_words = {m.lower_ for m in marks}
        # ``a démenti avoir licencié``: a past infinitive counts as an infinitive.
        inf = "Inf" in c.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children
        )
        if "que" in frames and mark_words & QUE and not (mark_words & {"pour"} and "pour_que" not in frames):
            m = max((m for m in marks if m.lower_ in QUE), key=lambda t: t.i)
            return doc[m.i + 1].idx, _right_end(c), "que"
        if "pour_que" in frames and mark_words & QUE and "pour" in mark_words:
            m = max((m for m in marks if m.lower_ in QUE), key=lambda t: t.i)
            return doc[m.i + 1].idx, _right_end(c), "pour_que"
        if inf and mark_words & DE and "de_inf" in frames and not mark_words & SEQUENCE_MARKS:
            return _after(marks, DE), _right_end(c), "de_inf"
        if inf and mark_words & A and "a_inf" in frames:
            return _after(marks, A), _right_end(c), "a_inf"
        if inf and not marks and "inf" in frames and c.dep_ in ("xcomp", "ccomp", "obj"):
            return c.left_edge.idx, _right_end(c), "inf"
        if c.pos_ == "ADJ" and c.dep_ in ("xcomp", "advmod", "obj") and "attr" in frames:
            # ``s'est dite prête à soutenir ...``: the stance the speaker states about themself.
            return c.left_edge.idx, _right_end(c), "attr"
        if c.dep_ == "obj" and c.pos_ == "NOUN" and "event" in frames and _event_noun(c):
            # ``a annoncé la fermeture des urgences ...``: a decision and its participants.
            return c.left_edge.idx, _right_end(c), "event"
        if c.dep_ == "obj" and (c.lower_ in WEEKDAYS or c.lower_ in TIME_WORDS):
            continue  # ``a demandé mardi à ...``: a date the parser took for the object
        if c.dep_ == "obj" and _noun_like(c) and "obj" in frames:
            # ``assume le fait que ...``: the clause is the content.
            for g in c.children:
                if any(m.lower_ in QUE for m in g.children if m.dep_ == "mark"):
                    m = next(m for m in g.children if m.lower_ in QUE)
                    return doc[m.i + 1].idx, _right_end(g), "que"
            if c.lemma_ == "fait":
                continue
            return c.left_edge.idx, _right_end(c), "obj"
        if c.dep_ == "obj" and c.lemma_ == "fait" and "que" in frames:
            for g in c.children:
                if any(m.lower_ in QUE for m in g.children if m.dep_ == "mark"):
                    m = next(m for m in g.children if m.lower_ in QUE)
                    return doc[m.i + 1].idx, _right_end(g), "que"
        if c.dep_.startswith(("obl", "iobj")) and c.pos_ in ("NOUN", "PROPN"):
            cases = {m.lower_ for m in c.children if m.dep_ == "case"}
            for frame, words in (
                ("a_np", A),
                ("de_np", DE | {"du", "des"}),
                ("pour_np", {"pour"}),
                ("contre_np", {"contre"}),
            ):
                if frame in frames and cases & words:
                    case = max((m for m in c.children if m.dep_ == "case"), key=lambda t: t.i)
                    return doc[case.i + 1].idx, _right_end(c), frame
    return _linear_complement(last, cue)


def _noun_like(token: Token) -> bool:
    """A noun, or a word with an article the tagger read otherwise (``un « manque de patience »``)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" and c.i < token.i for c in token.children)


def _event_noun(noun: Token) -> bool:
    """A deverbal noun (``fermeture``, ``création``, ``lancement``) with its ``de`` complement."""
    lemma = noun.lemma_.casefold()
    if lemma in DECISION_NOUNS:
        # ``un arrêté interdisant la consommation ...``: a decision and what it orders.
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return nxt is not None and (nxt.pos_ in ("VERB", "ADP") or nxt.lower_ in ("qui", "que"))
    return (lemma.endswith(EVENT_SUFFIXES) or lemma in EVENT_NOUNS) and any(
        c.dep_ == "nmod" and any(m.lower_ in DE | {"du", "des"} for m in c.children if m.dep_ == "case")
        for c in noun.children
    )


def _after(marks: list[Token], words: set[str]) -> int:
    m = max((m for m in marks if m.lower_ in words), key=lambda t: t.i)
    return m.doc[m.i + 1].idx


def _right_end(token: Token) -> int:
    right = token.right_edge
    return right.idx + len(right.text)


def _linear_complement(last: Token, cue: Cue) -> tuple[int, int, str] | None:
    """Fallback when the parse missed it: ``que`` / ``de`` + infinitive / ``à`` + infinitive
    within a few words after the cue (adverbs and a target may sit between)."""
    doc = last.doc
    frames = set(cue.frames)
    # ``reproche à X, filiale de Y, d'avoir ...``: a target may carry an apposition between commas.
    reach = 20 if cue.target is not None and frames & {"de_inf", "a_inf"} else 6
    skip = set()
    if last.i + 3 < len(doc) and doc[last.i + 1].text == "," and doc[last.i + 3].text == ",":
        if doc[last.i + 2].lower_ in ASIDE_PRONOUNS:
            skip = {last.i + 1, last.i + 2, last.i + 3}  # ``réclame, elle, un remboursement``
    k = last.i + 1
    while k < len(doc) and (doc[k].lower_ in WEEKDAYS or doc[k].lower_ in TIME_WORDS):
        skip.add(k)  # ``a regretté mercredi matin une grève ...``
        k += 1
    adjunct = False
    for t in doc[last.i + 1 : last.i + 1 + reach]:
        if t.i in skip:
            continue
        hyphen = t.text == "-" and not doc[t.i - 1].whitespace_  # ``Pyrénées-Orientales``
        if t.is_punct and t.text not in ("«", "“") and not (t.text == "," and reach > 6) and not hyphen:
            return None
        if t.i > last.i + 6 and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return None  # a new clause: the complement was not there
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None:
            return None
        first = t.i == last.i + 1 or t.i - 1 in skip
        if "inf" in frames and (first or adjunct) and _infinitive_after(doc[t.i - 1]):
            # ``dément avoir vendu ...``: the tagger read the verb as an adverb or adjective;
            # ``a confirmé dans un communiqué vouloir ...``: an adjunct of the saying between.
            return t.idx, -1, "inf"
        if first and t.lower_ in SAYING_ADJUNCTS:
            adjunct = True
        if (first or adjunct) and "obj" in frames and t.text in ("«", "“") and not doc[t.i - 1].pos_ == "DET":
            # ``salue au contraire « un travail ... »``, ``a salué sur Instagram « ... »``
            if first or all(u.pos_ in ("ADV", "ADP", "PROPN", "NOUN", "DET") for u in doc[last.i + 1 : t.i]):
                close = next((u for u in doc[t.i + 1 : t.i + 60] if u.text in ("»", "”")), None)
                if close is not None:
                    return t.idx, close.idx + 1, "obj"
        if t.lower_ in QUE and "que" in frames:
            return nxt.idx, -1, "que"
        if t.lower_ in DE and "de_inf" in frames and _infinitive_after(t):
            return nxt.idx, -1, "de_inf"
        if t.lower_ == "à" and "a_inf" in frames and _infinitive_after(t):
            return nxt.idx, -1, "a_inf"
        if (
            first
            and "obj" in frames
            and (
                (_coordinated(last) or last.pos_ == "NOUN" or t.i - 1 in skip)
                and t.pos_ == "DET"
                or t.text in ("«", "“")
            )
        ):
            # ``réclame « des actes »`` (the parser may not take the quote as the object);
            # ``estime que ... et demande « des mesures »``: the tagger read the verb as a noun.
            if t.text in ("«", "“"):
                close = next((u for u in doc[t.i + 1 : t.i + 60] if u.text in ("»", "”")), None)
                if close is not None:
                    return t.idx, close.idx + 1, "obj"
            return t.idx, -1, "obj"
        if t.lower_ in DE | {"du", "des"} and "de_np" in frames and nxt.pos_ in ("DET", "NOUN"):
            # ``se vantait sur son site de sa participation``: the complement after an adjunct.
            return (nxt.idx if t.lower_ in DE else t.idx + len(t.text) + 1), -1, "de_np"
    return None


def _coordinated(token: Token) -> bool:
    """A verb right after ``et`` or a comma, with no determiner of its own."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and (prev.lower_ == "et" or prev.text == ",")


def _infinitive_after(t: Token) -> bool:
    for u in t.doc[t.i + 1 : t.i + 6]:
        if "Inf" in u.morph.get("VerbForm"):
            return True
        nxt = u.doc[u.i + 1] if u.i + 1 < len(u.doc) else None
        if (
            u.pos_ in ("NOUN", "X")
            and u.lower_.endswith("er")
            and len(u.text) > 5
            and nxt is not None
            and nxt.pos_ in ("DET", "PRON")
        ):
            return True  # ``à conditionner ses aides``: an infinitive the tagger read as a noun
        if u.lower_ not in BEFORE_INFINITIVE:
            return False
    return False


def target_of(token: Token, cue: Cue, content_start: int) -> Span | None:
    """Who is accused, addressed or asked: ``exhortent Amazon à cesser`` → ``Amazon``."""
    if cue.target is None:
        return None
    for c in token.children:
        if c.idx >= content_start and cue.target != "obj":
            continue
        if c.pos_ == "PRON" and c.i < token.i:
            continue  # ``il les accuse de ...``: a clitic names no one by itself
        cases = {m.lower_ for m in c.children if m.dep_ == "case"}
        if cue.target == "obj" and c.dep_ in ("obj", "iobj") and c.idx < content_start:
            phrase = phrase_from_head(c)
            end = next((t.i for t in phrase if t.idx >= content_start or t.lower_ in DE | A), phrase.end)
            return token.doc[phrase.start : max(end, c.i + 1)]
        if cue.target == "a" and c.dep_.startswith(("obl", "iobj")) and cases & A:
            return phrase_from_head(c)
        if (
            cue.target == "de"
            and c.dep_.startswith("obl")
            and cases & (DE | {"du", "des"})
            and c.idx < content_start
        ):
            return phrase_from_head(c)
        if cue.target == "sur" and c.dep_.startswith("obl") and "sur" in cases:
            return phrase_from_head(c)

    if cue.target == "contre":
        # ``a requis cinq ans contre X``: the parser hangs ``contre X`` on the verb or the object.
        case = next((t for t in token.subtree if t.lower_ == "contre" and t.dep_ == "case"), None)
        return phrase_from_head(case.head) if case is not None else None
    if cue.target == "obj":
        # ``appellent depuis deux ans Amazon à cesser``: a name right before the complement.
        doc = token.doc
        for t in doc[token.i + 1 : token.i + 8]:
            if t.idx >= content_start:
                break
            if t.pos_ == "PROPN" and t.idx < content_start:
                return phrase_from_head(t)
        # ``a invité syndicats et direction à se retrouver``: bare nouns the parser did not
        # take for the object; the words between the verb and ``à`` / ``de`` name who is asked.
        words = [t for t in doc[token.i + 1 : token.i + 8] if t.idx < content_start]
        while words and (words[-1].lower_ in A | DE or words[-1].text in ("«", "“")):
            words.pop()
        if (
            words
            and words[0].pos_ == "NOUN"
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") for t in words)
        ):
            return doc[words[0].i : words[-1].i + 1]
    return None
