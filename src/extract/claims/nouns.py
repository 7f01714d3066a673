"""Noun cues: ``une pétition contre la surveillance de masse`` (DENY), ``l'appel à
un règlement`` (DEMAND), ``l'engagement à : « ... »`` (ANNOUNCE).

>>> doc = nlp("Ils signent une pétition contre la fermeture de l'usine.")  # doctest: +SKIP
>>> [c.cue for c in noun_claims(doc, [])]  # doctest: +SKIP
['pétition']
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from .candidate import Candidate, doc_text, quote_at, shape_content
from .lexicon import LEXICON
from .phrases import phrase_from_head
from .quotes import Quote
from .verbs import sentence_of

# Quoted names of principles are short (``« une surveillance légale »``); claims are not.
_MIN_WORDS = 4


def noun_claims(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Noun cues: ``une pétition contre la surveillance de masse`` (DENY),
    ``l'appel à un règlement`` (DEMAND); the author is the noun's ``de X`` or the
    subject of the verb it depends on."""
    text = doc_text(doc)
    for t in doc:
        cue = LEXICON.nouns.get(t.lemma_.casefold()) if t.pos_ == "NOUN" else None
        if cue is None or quote_at(t.idx, quotes) is not None:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None:
            continue
        words = {"contre_np": {"contre"}, "a_np": {"à", "au", "aux"}, "a_inf": {"à"}}
        frame = next((f for f in cue.frames if nxt.lower_ in words.get(f, ())), None)
        opened = quote_at(nxt.idx, quotes)
        if frame is None and opened is not None and opened.open == nxt.idx:
            inner = doc.char_span(opened.start, opened.end, alignment_mode="expand")
            if inner is not None and inner[0].lower_ in {w for f in cue.frames for w in words.get(f, ())}:
                frame = "quoted"
        if frame is None:
            continue
        start = nxt.idx + len(nxt.text) if frame != "quoted" else opened.open
        sent_start, sent_end = sentence_of(t, quotes)
        end = sent_end
        q = quote_at(start + 1, quotes)
        if q is not None and q.open <= start + 1:
            end = q.outer_end
        else:
            phrase_end = max((c.right_edge for c in t.children if c.i > t.i), key=lambda x: x.i, default=None)
            if phrase_end is not None:
                end = min(sent_end, phrase_end.idx + len(phrase_end.text))
        shaped = shape_content(text, start, end, quotes)
        if shaped is None or len(text[shaped[0] : shaped[1]].split()) < _MIN_WORDS:
            continue  # ``l'engagement à « une surveillance légale »``: a name for a principle, not a claim
        if frame == "quoted":
            shaped = (_skip_word(text, shaped[0], shaped[1]), shaped[1], shaped[2])
        author = next(
            (
                c
                for c in t.children
                if c.dep_ == "nmod" and any(m.lower_ in ("de", "d'", "d’") for m in c.children)
            ),
            None,
        )
        source = phrase_from_head(author) if author is not None else None
        if source is None:
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            while verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head is not verb:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if (
                subj is not None
                and subj.pos_ in ("PRON", "PROPN", "NOUN")
                and subj.lemma_ not in ("un", "celui")
            ):
                source = subj.doc[subj.i : subj.i + 1] if subj.pos_ == "PRON" else phrase_from_head(subj)
        yield Candidate(
            *shaped,
            cue=cue.lemma,
            category=cue.category,
            source=source,
            source_rule="phrase" if source is not None else "previous",
            rule=f"noun:{frame}",
            anchor=t.idx,
        )


def _skip_word(text: str, start: int, end: int) -> int:
    """``« contre la surveillance »``: the content starts after the cue's preposition."""
    i = start
    while i < end and not text[i].isspace():
        i += 1
    while i < end and text[i].isspace():
        i += 1
    return i if i < end else start
