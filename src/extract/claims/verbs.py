"""The verb group of a cue: its lemma, reflexive and negated forms, auxiliaries,
subject and voice, read from the parse with fallbacks where the parser errs.

>>> match_cue(nlp("Elle s'est opposée au projet.")[3])[0].lemma    # doctest: +SKIP
"s'opposer"
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import doc_text, quote_at
from .lexicon import LEXICON, Cue
from .patterns import (
    NEGATION,
    PUNCT_BEFORE_INCISE,
    QUOTE_SENTENCE_END,
    REFLEXIVE,
    RELATIVE_OPENERS,
    SENTENCE_END,
    SKIP_BEFORE,
)
from .quotes import Quote


def lemma_of(token: Token) -> str:
    """The verb's lemma; an unknown participle (``tweeté``) is read as a first-group verb."""
    lemma = token.lemma_.casefold()
    if lemma in LEXICON.verbs:
        return lemma
    # The lemmatizer leaves some present forms as they are (``indique``, ``estiment``, ``dément``);
    # a stem vowel ``è`` before a silent ending is ``é`` in the infinitive (``s'inquiète``).
    k = token.lower_.rfind("è")
    forms = [token.lower_] + ([token.lower_[:k] + "é" + token.lower_[k + 1 :]] if k > 0 else [])
    for low in forms:
        for ending, repl in (
            ("ent", "er"),
            ("e", "er"),
            ("es", "er"),
            ("", "ir"),
            ("", "re"),
            ("t", "re"),
            ("", "tre"),
        ):
            if low.endswith(ending) and low[: len(low) - len(ending)] + repl in LEXICON.verbs:
                return low[: len(low) - len(ending)] + repl
    low = token.lower_
    for ending in ("ées", "és", "ée", "é"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return lemma


def match_cue(token: Token) -> tuple[Cue, Token] | None:
    """The cue read at ``token`` and its last word (``mis`` ``au`` ``jour``)."""
    # The tagger is unsure of rare verb forms (``tweeté`` as X or PROPN): the lexicon decides.
    if token.pos_ not in ("VERB", "AUX", "ADJ", "X", "NOUN", "ADV", "PROPN") or token.is_punct:
        return None
    if token.pos_ == "PROPN" and not token.is_lower:
        return None
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < token.i for c in token.children):
        return None  # ``n'a pas quitté l'accusé des yeux``: a noun with its article names someone
    if (
        token.pos_ == "NOUN"
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("l'", "l’", "le", "la", "les")
    ):
        return None
    candidates = LEXICON.verbs.get(lemma_of(token), [])
    reflexive = has_reflexive(token)
    for cue in candidates:
        rest = cue.words[1:]
        following = token.doc[token.i + 1 : token.i + 1 + len(rest)]
        if (
            rest
            and [t.lower_ for t in following] != list(rest)
            and [t.lemma_ for t in following] != list(rest)
        ):
            continue
        if cue.reflexive and not reflexive:
            continue
        if reflexive and not cue.reflexive and cue.category in ("SAY", "REPORT"):
            continue  # ``se montrait déterminé``, ``s'est rappelé``: another verb than the cue
        return cue, following[-1] if rest else token
    return None


def has_reflexive(token: Token) -> bool:
    i = token.i - 1
    while i >= 0 and i >= token.i - 4:
        t = token.doc[i]
        if t.lower_ in REFLEXIVE:
            return True
        if t.lower_ not in SKIP_BEFORE and t.pos_ != "ADV":
            return False
        i -= 1
    return False


def is_negated(token: Token) -> bool:
    if any(c.lower_ in NEGATION and c.i > verb_group_start(token).i - 1 for c in token.children):
        return True
    # Only the verb group itself: a ``ne`` inside the quote before an incise does not count.
    window = token.doc[verb_group_start(token).i : token.i + 2]
    return any(t.lower_ in NEGATION for t in window)


def verb_group_start(token: Token) -> Token:
    """The first word of the verb group (``s'est``, ``a-t-il``, ``avait``)."""
    first = token
    for c in token.children:
        if c.i < token.i and (c.dep_.startswith("aux") or c.lower_ in REFLEXIVE or c.dep_.startswith("expl")):
            if any(t.is_punct and t.text != "-" for t in token.doc[c.i + 1 : token.i]):
                continue  # ``« Je n'ai pas peur », a déclaré``: the quote's own auxiliary
            first = min(first, c, key=lambda t: t.i)
    i = first.i - 1
    while i >= 0 and token.doc[i].lower_ in SKIP_BEFORE - {"«", "“"}:
        first = token.doc[i]
        i -= 1
    return first


def has_aux(token: Token) -> bool:
    """A compound tense, even when the parser hung the auxiliary elsewhere
    (``ont l'un comme l'autre reconnu``)."""
    if any(c.dep_.startswith("aux") for c in token.children):
        return True
    for t in reversed(token.doc[max(0, token.i - 6) : token.i]):
        if t.is_punct:
            return False
        if t.lemma_ in ("avoir", "être") and t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def is_passive(token: Token) -> bool:
    """Only with a form of ``être`` (``est accusée``): ``a constaté`` is active whatever the tagger says."""
    if not any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in token.children):
        return False
    if has_reflexive(token):
        return False  # ``se sont rassemblées``, ``s'est opposée``: a pronominal verb takes ``être``
    # Verbs of saying take ``avoir`` in compound tenses: ``sont invités`` with ``être`` and no
    # ``se`` is a passive even when the parser labels the auxiliary as a tense one.
    return (
        "Pass" in token.morph.get("Voice")
        or any(c.dep_ == "aux:pass" for c in token.children)
        or ("Part" in token.morph.get("VerbForm") and not has_reflexive(token))
    )


def subject_of(token: Token, quotes: list[Quote] = ()) -> tuple[Token | None, bool, bool]:
    """(subject head, passive, found) of the cue verb; follows ``conj`` to a shared subject.
    A subject inside a quote the verb is outside of is a parse error, not the speaker."""
    seen = 0
    node = token
    own = quote_at(token.idx, quotes)
    while seen < 4:
        for c in node.children:
            if quote_at(c.idx, quotes) not in (None, own):
                continue
            if c.text.startswith("-") and c.lower_.lstrip("-") in LEXICON.pronouns:
                return c, False, True  # ``a-t-il ajouté``: an inverted clitic, never a passive
            if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in ("-t",):
                # The ``nsubj:pass`` label alone is not enough: ``a constaté`` is active.
                return c, is_passive(node), True
            if c.dep_ == "expl:subj" and c.lower_ == "il":
                return c, False, True
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX", "ADJ") and match_cue(node.head):
            # ``a reconnu que ... et assuré que``: only a coordinated cue shares its subject.
            node = node.head
            seen += 1
            continue
        break
    return None, is_passive(token), False


def sentence_of(token: Token, quotes: list[Quote]) -> tuple[int, int]:
    """Char bounds of the sentence of ``token``, widened to the quotes it cuts."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    doc = token.doc
    last = sent.end
    for _ in range(2):
        # ``D'après la société Vinci | Autoroutes, la circulation ...``: the parser cut a
        # sentence with no final punctuation and no line break; it goes on.
        if last >= len(doc) or doc[last - 1].text in SENTENCE_END or "\n" in doc[last - 1].text_with_ws:
            break
        if "\n" in doc[last].text:
            break
        last = doc[last].sent.end
        end = doc[last - 1].idx + len(doc[last - 1].text)
    first = sent.start
    for _ in range(2):
        # The same cut seen from the sentence after it (``Kwik, filiale de X, | conteste ...``).
        k = first - 1
        while k > 0 and (doc[k].text in ("«", "“", '"') or doc[k].is_space):
            k -= 1  # ``... Canal+. « Ce groupe``: the parser left the opening mark behind
        if first == 0 or k <= 0 or doc[k].text in SENTENCE_END or "\n" in doc[k].text_with_ws:
            break
        first = doc[first - 1].sent.start
        start = doc[first].idx
    for q in quotes:
        if q.open < start < q.outer_end:
            start = q.open
        if q.open < end < q.outer_end:
            end = q.outer_end
    text = doc_text(token.doc)
    for m in QUOTE_SENTENCE_END.finditer(text, start, token.idx):
        if quote_at(token.idx, quotes) is None or quote_at(m.start(), quotes) is not quote_at(
            token.idx, quotes
        ):
            start = m.end()  # ``« ... des cris. » L'immeuble ...``: the parser ran two sentences together
    # A paragraph break ends a sentence whatever the parser said.
    cut = text.rfind("\n", start, token.idx)
    if cut != -1 and not quote_at(cut, quotes):
        start = cut + 1
    cut = text.find("\n", token.idx, end)
    if cut != -1 and not quote_at(cut, quotes):
        end = cut
    return start, end


def after_pause(token: Token) -> bool:
    first = verb_group_start(token)
    return first.i > 0 and token.doc[first.i - 1].text in PUNCT_BEFORE_INCISE


def incise_ready(token: Token) -> bool:
    prev = token.doc[verb_group_start(token).i - 1] if verb_group_start(token).i > 0 else None
    return prev is not None and prev.text in PUNCT_BEFORE_INCISE


def speaker_subject(subject: Token | None) -> bool:
    """A name, a pronoun, a person or organisation noun, or a document: someone who can state."""
    if subject is None:
        return True  # an incise or an inherited subject: decided elsewhere
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return True
    if any(t.ent_type_ in ("ORG", "PER") for t in subject.subtree if t.dep_ in ("nmod", "flat:name")):
        return True  # ``Les chiffres de l'Insee montrent que``: figures speak for who made them
    lemma = subject.lemma_.casefold()
    return (
        lemma in LEXICON.descriptions or lemma in LEXICON.documents or subject.lower_ in LEXICON.descriptions
    )


def _segment_before(token: Token, quotes: list[Quote]) -> list[Token]:
    """Words between the comma before the verb group and the comma (or sentence start) before it."""
    doc = token.doc
    first = verb_group_start(token)
    if first.i == 0 or doc[first.i - 1].text != ",":
        return []
    start = sentence_of(token, quotes)[0]
    out: list[Token] = []
    i = first.i - 2
    while i >= 0 and doc[i].idx >= start and doc[i].text not in (",", ";", ":") and "\n" not in doc[i].text:
        out.append(doc[i])
        i -= 1
    out.reverse()
    return out


def clause_before(token: Token, quotes: list[Quote]) -> bool:
    """``Le trafic reprendra jeudi, a annoncé la SNCF``: the words before the comma are a
    full clause (a finite verb), not a relative (``qui était là,``) or an aside (``de son côté,``)."""
    segment = [t for t in _segment_before(token, quotes) if quote_at(t.idx, quotes) is None]
    if not segment or segment[0].lower_ in RELATIVE_OPENERS:
        return False
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in segment)


def fronted_subject(token: Token) -> Token | None:
    """``Alger, de son côté, a rejeté ...``: the noun or name opening the sentence, when the
    words up to the first comma hold no verb."""
    doc = token.doc
    start_char = sentence_of(token, [])[0]
    start = token.i  # the sentence as read past the parser's cuts (``Kwik, filiale de X, | conteste``)
    while start > 0 and doc[start - 1].idx >= start_char:
        start -= 1
    first_segment = []
    for t in doc[start : token.i]:
        if t.text == ",":
            break
        first_segment.append(t)
    if not first_segment or any(t.pos_ in ("VERB", "AUX") for t in first_segment):
        return None
    if first_segment[0].pos_ == "ADP" or len(first_segment) == len(doc[start : token.i]):
        return None
    return next((t for t in first_segment if t.pos_ in ("PROPN", "NOUN")), None)
