"""Claims with no cue verb before their content: ``selon X``, ``pour X``,
``d'après X``, a quote after a colon (``Lau Barrios, directrice : « ... »``),
a quote opening on its own verb (``Microsoft « plaidera pour que ... »``)
and a quote standing alone after another one (it keeps the same source).

>>> [c.cue for c in preposition_claims(nlp("Selon l'ONG, la loi est injuste."), [])]   # doctest: +SKIP
['selon']
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .candidate import Candidate, doc_text
from .lexicon import LEXICON
from .patterns import (
    CLITICS,
    DECOR,
    ELIDED,
    MIN_EMBEDDED_WORDS,
    MIN_QUOTE_WORDS,
    REFLEXIVE,
)
from .phrases import head_before_relative, phrase_after, phrase_from_head
from .quotes import Quote
from .verbs import has_aux, match_cue


def _left_tokens(doc: Doc, q: Quote) -> list[Token]:
    """Words before the quote in its sentence, decoration left out."""
    span = doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    j = i
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j >= 0 and j < i and doc[j].text == ":":
        i = j  # ``X, déléguée syndicale, raconte :`` then the quote as a paragraph of its own
    out: list[Token] = []
    while i >= 0:
        t = doc[i]
        if t.text in (".", "!", "?") or "\n" in t.text or (t.text in ("»", "”") and out == []):
            break
        if t.text not in DECOR:
            out.append(t)
        i -= 1
        if t.i > 0 and "\n" in doc[t.i - 1].whitespace_:
            break
    out.reverse()
    return out


def quote_claims(doc: Doc, quotes: list[Quote], taken: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Claims of the quotes that no cue claimed; scare quotes and titles are left out."""
    text = doc_text(doc)
    claimed: set[int] = set()
    for q in quotes:
        if any(a < q.outer_end and q.open < b for a, b in taken):
            claimed.add(q.outer_end)
        if any(a < q.outer_end and q.open < b for a, b in taken):
            continue
        inner = doc.char_span(q.start, q.end, alignment_mode="expand")
        if inner is None:
            continue
        words = [t for t in inner if not t.is_punct]
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
        left = _left_tokens(doc, q)
        if left and left[-1].text == ":":
            cue_token = next((t for t in reversed(left[:-1]) if match_cue(t)), None)
            claimed.add(q.outer_end)
            if cue_token is not None:
                cue = match_cue(cue_token)[0]
                # ``..., a déclaré X, avant d'ajouter : « ... »``: an infinitive has the
                # subject of the claim before it.
                infinitive = "Inf" in cue_token.morph.get("VerbForm")
                source = None if infinitive else _source_of(cue_token, left)
                yield Candidate(
                    q.start,
                    q.end,
                    "direct",
                    cue.lemma,
                    cue.category,
                    source,
                    source_rule="previous" if infinitive else "phrase",
                    rule="colon:cue",
                    anchor=cue_token.idx,
                )
            else:
                source = _first_phrase(_without_introduction(left[:-1]))
                yield Candidate(q.start, q.end, "direct", None, "SAY", source, rule="colon", anchor=q.open)
            continue
        if left and left[-1].text in (",", "et") and _previous_quote_end(doc, left, claimed):
            claimed.add(q.outer_end)
            yield Candidate(
                q.start, q.end, "direct", None, "SAY", None, "previous", rule="list", anchor=q.open
            )
            continue
        first_word = words[0] if words else None
        if first_word is not None and first_word.lower_ in ("pour", "afin") and len(words) > 2 and left:
            # ``se sont rassemblés « pour dénoncer ... »``: the purpose names what they claim.
            verb = next((t for t in words[1:3] if "Inf" in t.morph.get("VerbForm")), None)
            found = match_cue(verb) if verb is not None else None
            if found is not None:
                cue, last = found
                start = _next_word(text, last.idx + len(last.text), q.end)
                claimed.add(q.outer_end)
                source = _clause_subject(left) or _subject_before(left)
                yield Candidate(
                    start,
                    q.end,
                    "direct",
                    cue.lemma,
                    cue.category,
                    source,
                    rule="purpose-in-quote",
                    anchor=q.open,
                )
                continue
        if (
            left
            and first_word is not None
            and first_word.pos_ in ("VERB", "AUX")
            and left[-1].pos_ in ("PROPN", "NOUN", "AUX", "PRON")
        ):
            found = match_cue(first_word)
            if found is None and len(words) < MIN_QUOTE_WORDS:
                continue
            start = q.start
            cue_lemma, category = None, "SAY"
            if found is not None:
                cue, last = found
                cue_lemma, category = cue.lemma, cue.category
                start = last.idx + len(last.text)
                while start < q.end and text[start].isspace():
                    start += 1
            source = _subject_before(left)
            claimed.add(q.outer_end)
            yield Candidate(
                start, q.end, "direct", cue_lemma, category, source, rule="verb-in-quote", anchor=q.open
            )
            continue
        if left and any(t.text.strip() for t in left):
            if len(words) >= MIN_EMBEDDED_WORDS:
                # A long quotation woven into the article's sentence, with no one named for it.
                claimed.add(q.outer_end)
                yield Candidate(
                    q.start, q.end, "direct", None, "SAY", None, "none", rule="embedded", anchor=q.open
                )
            continue  # a quoted term or title inside the article's own sentence
        sentence = bool(words) and words[0].is_title and text[q.end - 1] in ".!?…"
        if not has_verb or (len(words) < MIN_QUOTE_WORDS and not sentence):
            continue  # a short quote standing alone is a claim only as a full sentence
        claimed.add(q.outer_end)
        split = _split_by_incise(inner)
        if split is not None:
            # ``« A, a déclaré X. B »`` is ``« A », a déclaré X. « B »``: one claim per part.
            cue, source, parts = split
            for a, b in parts:
                yield Candidate(
                    a, b, "direct", cue.lemma, cue.category, source, rule="inner-incise", anchor=a
                )
            continue
        inner_incise = _inner_incise(inner)
        if inner_incise is not None:
            cue, source = inner_incise
            yield Candidate(
                q.start, q.end, "direct", cue.lemma, cue.category, source, rule="inner-incise", anchor=q.open
            )
            continue
        speaker = _speaker_just_before(doc, q)
        if speaker is not None:
            # ``Le maire ne mâche pas ses mots. « ... »``: the person the sentence before is about.
            yield Candidate(
                q.start, q.end, "direct", None, "SAY", speaker, rule="standalone:after", anchor=q.open
            )
            continue
        yield Candidate(
            q.start, q.end, "direct", None, "SAY", None, "previous", rule="standalone", anchor=q.open
        )


def _speaker_just_before(doc: Doc, q: Quote):
    """The subject of the sentence right before a quote that opens a sentence in the same
    paragraph, when it is a person described or named and the sentence quotes no one."""
    span = doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.text not in (".", "!", "?") or "\n" in before.whitespace_:
        return None
    sent = before.sent
    if any(t.text in ("«", "»", "“", "”", '"') for t in sent) or any("\n" in t.text for t in sent):
        return None
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = phrase_from_head(subject)
    named = subject.ent_type_ == "PER" or any(
        e.label_ == "PER" and e.start <= subject.i < e.end for e in doc.spans.get("entities", [])
    )
    if not (named or _is_person_title(subject)):
        return None
    return phrase


def _is_person_title(t: Token) -> bool:
    word = ELIDED.sub("", t.lower_)
    return "PER" in (LEXICON.descriptions.get(word), LEXICON.descriptions.get(t.lemma_.casefold()))


def _previous_quote_end(doc: Doc, left: list[Token], claimed: set[int]) -> bool:
    k = len(left) - 2
    return k >= 0 and left[k].text in ("»", "”", '"') and left[k].idx + 1 in claimed


def _source_of(cue_token: Token, left: list[Token]):
    doc = cue_token.doc
    if (
        "Part" in cue_token.morph.get("VerbForm")
        and cue_token.i > 0
        and not any(c.dep_.startswith("aux") for c in cue_token.children)
    ):
        # ``des centaines de gens tweetant : « ... »``: the participle tells what the noun before it did.
        node = doc[cue_token.i - 1]
        if node.pos_ in ("NOUN", "PROPN"):
            while node.head.pos_ in ("NOUN", "PROPN") and node.head.i < node.i and node.dep_ == "nmod":
                node = node.head
            phrase = phrase_from_head(node)
            return doc[phrase.start : min(phrase.end, cue_token.i)]
    for c in cue_token.children:
        if c.dep_ in ("nsubj",) and c.lower_ not in LEXICON.impersonal:
            if c.lower_ == "qui" and cue_token.head.pos_ in ("NOUN", "PROPN"):
                return phrase_from_head(cue_token.head)
            if c.pos_ == "PRON":
                return c.doc[c.i : c.i + 1]
            return _named_before_apposition(c, left) or phrase_from_head(c)
    if cue_token.dep_ == "acl" and cue_token.head.pos_ in ("NOUN", "PROPN"):
        return phrase_from_head(cue_token.head)
    if cue_token.dep_ == "conj":
        return _source_of(cue_token.head, left)
    return _first_phrase(left)


def _named_before_apposition(subject: Token, left: list[Token]):
    """``Ranjan Pradeep, programmeur chez Microsoft, a expliqué``: the name, not its apposition."""
    phrase = phrase_from_head(subject)
    doc = subject.doc
    if (
        phrase.start > 0
        and doc[phrase.start - 1].text == ","
        and left
        and left[0].pos_ == "PROPN"
        and left[0].i < phrase.start
    ):
        return _first_phrase(left)
    return None


def _without_introduction(left: list[Token]) -> list[Token]:
    """``Au piquet de grève, à Paris, le secrétaire général, X, se montrait déterminé :``: the
    place and time phrases set off by commas before the clause's subject are no source."""
    i = 0
    while i < len(left) and left[i].is_space:
        i += 1
    while i < len(left) and (left[i].pos_ in ("ADP", "ADV") or left[i].lower_ in _TIME_OPENERS):
        comma = next((k for k in range(i + 1, len(left)) if left[k].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in left[i:comma]):
            return left
        i = comma + 1
        while i < len(left) and left[i].is_space:
            i += 1
    rest = left[i:]
    if not rest or rest[0].pos_ not in ("DET", "NOUN", "PROPN"):
        return left
    return rest


# Words that open an introductory time phrase (``Mardi soir, ...``, ``Ce matin, ...``).
_TIME_OPENERS = {
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "ce",
    "cette",
}


def _first_phrase(left: list[Token]):
    words = [t for t in left if not t.is_space]
    if not words:
        return None
    doc = words[0].doc
    start = words[0].i
    end = start
    while end < len(doc) and end <= words[-1].i and doc[end].text not in (",", ":", "(", "|", "–", "—"):
        end += 1
    return doc[start:end] if end > start else None


def _split_by_incise(inner):
    """``« Nous partons, a déclaré le maire, Jean X. Le site fermera. »``: the cue, its
    source and the quoted parts on each side of the incise (the first keeps its comma)."""
    doc = inner.doc
    for t in inner:
        found = match_cue(t)
        if found is None:
            continue
        # Read the verb group leftwards word by word: the parser may hang the quote's own
        # auxiliary (``Nous n'avons ...``) on the incise verb; an inverted subject clitic
        # (``a-t-elle lancé``) belongs to the group like the auxiliary and ``-t``.
        first = t
        while first.i - 1 > inner.start and (
            doc[first.i - 1].pos_ == "AUX" or doc[first.i - 1].lower_ in REFLEXIVE | CLITICS | {"-t"}
        ):
            first = doc[first.i - 1]
        if first.i <= inner.start or doc[first.i - 1].text != ",":
            continue
        after = doc[t.i + 1] if t.i + 1 < inner.end else None
        clitic = next((u for u in doc[first.i : t.i + 3] if u.lower_ in CLITICS and u.i < inner.end), None)
        if clitic is not None:
            source = doc[clitic.i : clitic.i + 1]
        elif "Fin" in t.morph.get("VerbForm") or has_aux(t):
            if after is None or after.is_punct:
                continue
            source = phrase_after(t, limit=inner.end)
        else:
            continue
        if source is None:
            continue
        k = source.end
        while k < inner.end and doc[k].text not in (".", "!", "?", "…"):
            k += 1
        comma = doc[first.i - 1]
        parts = [(inner.start_char, comma.idx + 1)]
        if k + 1 < inner.end:
            parts.append((doc[k + 1].idx, inner.end_char))
        return found[0], source, parts
    return None


def _inner_incise(inner):
    """``« La situation est grave, dit-elle. Il faut agir. »``: the incise sits inside the marks."""
    for t in inner:
        if t.i + 1 >= inner.end or t.i == inner.start or inner.doc[t.i - 1].text != ",":
            continue
        found = match_cue(t)
        nxt = inner.doc[t.i + 1]
        if nxt.text == "-t" and t.i + 2 < inner.end:
            nxt = inner.doc[t.i + 2]
        if found is not None and nxt.text.startswith("-") and nxt.lower_.lstrip("-") in LEXICON.pronouns:
            return found[0], inner.doc[nxt.i : nxt.i + 1]
    return None


def _clause_subject(left: list[Token]):
    """The subject of the last verb before the quote (``Des agriculteurs se sont rassemblés``)."""
    for t in reversed(left):
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_.startswith("nsubj")), None)
            if subj is not None:
                return phrase_from_head(subj) if subj.pos_ != "PRON" else subj.doc[subj.i : subj.i + 1]
    return None


def _subject_before(left: list[Token]):
    head = head_before_relative(left)
    if head is not None:
        return head  # ``Air France, qui prévoit ..., « appelle à ... »``
    last = left[-1]
    if last.pos_ in ("PROPN", "NOUN"):
        return phrase_from_head(last)
    for t in reversed(left):
        for c in t.children:
            if c.dep_ == "nsubj":
                return phrase_from_head(c) if c.pos_ != "PRON" else c.doc[c.i : c.i + 1]
    return None


def _next_word(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos
