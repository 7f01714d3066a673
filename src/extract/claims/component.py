"""The ``extract_claims`` component: statements attributed to a source (FACTS.md §2.2).

Each claim is a span of ``doc.spans["claims"]`` over its content, with its
source, cue, category, mode and target in ``Span._`` attributes:

>>> doc = nlp("« Nous partons », a déclaré Merel Koning.")      # doctest: +SKIP
>>> [(s.text, s._.claim_source, s._.claim_cue) for s in doc.spans["claims"]]   # doctest: +SKIP
[('Nous partons', 'Merel Koning', 'déclarer')]
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from .attribution import quote_claims
from .candidate import Candidate, doc_text, shape_content
from .nouns import noun_claims
from .patterns import AUX_TAIL, COORDINATORS, SUBJECT_TAIL
from .prepositions import preposition_claims
from .quotes import Quote, find_quotes
from .sources import SourceResolver
from .speech import cue_claims

log = logging.getLogger(__name__)

SPAN_EXTENSIONS = {
    "claim_source": None,  # canonical source name, phrase as written, or None
    "claim_cue": None,  # cue lemma, "selon"/"pour", or None
    "claim_category": None,
    "claim_mode": None,  # "direct" | "indirect" | "mixed"
    "claim_target": None,
    "claim_rule": None,
    "claim_start": None,  # exact content offsets (the span itself is token-aligned)
    "claim_end": None,
}


def register_extensions() -> None:
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("warnings"):
        # The project's Doc extensions declare it too; a bare spaCy user gets it here.
        Doc.set_extension("warnings", default=None)


class ClaimComponent:
    """Finds direct, indirect and mixed claims and attributes them to their source."""

    def __init__(
        self, nlp: Language, name: str, *, spans_key: str = "claims", entities_key: str = "entities"
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.entities_key = entities_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        quotes, warnings = find_quotes(doc_text(doc))
        if warnings:
            # Unbalanced marks never stop the document: the quote is read as best it can be.
            doc._.warnings = list(doc._.warnings or []) + [f"claims: {w}" for w in warnings]
            for w in warnings:
                log.debug("%s: %s", doc._.get("doc_id") if Doc.has_extension("doc_id") else "doc", w)
        resolver = SourceResolver(doc, [(q.open, q.outer_end) for q in quotes], self.entities_key)
        found = list(cue_claims(doc, quotes)) + list(preposition_claims(doc, quotes, resolver.entity_at))
        found += list(noun_claims(doc, quotes))
        _cut_coordinated(doc_text(doc), found, quotes)
        # ``a rappelé que le Conseil d'État avait condamné l'État``: a verb with a bare noun
        # object inside a reported clause is part of what is reported, not a claim of its own.
        found = [
            c
            for c in found
            if not (c.rule == "cue:obj" and any(o is not c and o.start <= c.anchor < o.end for o in found))
        ]
        found = _dedupe(found)
        taken = [(c.start, c.end) for c in found]
        # ``« conteste vigoureusement » la décision``: a quote holding the cue of a claim found
        # outside it is that claim's verb group, not a quote of its own.
        taken += [(q.open, q.outer_end) for c in found for q in quotes if q.open <= c.anchor < q.outer_end]
        found += list(quote_claims(doc, quotes, taken))
        found = _dedupe(found)
        found.sort(key=lambda c: (c.start, c.anchor))
        spans = []
        previous: tuple[Candidate, str | None, int] | None = None
        for cand in found:
            name = self._source(doc, cand, resolver, previous)
            if cand.rule == "list" and previous is not None:
                cand.cue, cand.category = previous[0].cue, previous[0].category
            # One does not accuse oneself: a target description is someone else than the
            # source and the names coordinated with it.
            resolver.exclude = name
            if cand.source is not None:
                root = cand.source.root  # the subject with its coordinated names
                end = root.right_edge.idx + len(root.right_edge.text)
                if cand.source.start_char < cand.anchor:
                    end = min(end, cand.anchor)
                resolver.exclude_span = (cand.source.start_char, max(end, cand.source.end_char))
            target = resolver.resolve(cand.target)[0] if cand.target is not None else None
            resolver.exclude, resolver.exclude_span = None, None
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None:
                continue
            span._.claim_source = name
            span._.claim_cue = cand.cue
            span._.claim_category = cand.category
            span._.claim_mode = cand.mode
            span._.claim_target = target
            span._.claim_rule = cand.rule
            span._.claim_start = cand.start
            span._.claim_end = cand.end
            spans.append(span)
            if name is not None:
                previous = (cand, name, cand.end)
                resolver.speaker = (name, resolver.label_of(name), cand.end)
        doc.spans[self.spans_key] = spans
        return doc

    def _source(self, doc: Doc, cand: Candidate, resolver: SourceResolver, previous) -> str | None:
        if cand.source_rule == "none":
            return None
        if cand.source_rule == "accuser":
            # An agentless passive accusation: the last named source, if any.
            return previous[1] if previous is not None else None
        if cand.source_rule == "previous" or cand.source is None:
            if previous is None or cand.source_rule != "previous":
                return None
            # Same run of paragraphs: at most one paragraph break between the two claims.
            gap = doc_text(doc)[previous[2] : cand.start]
            if sum(1 for line in gap.split("\n")[1:-1] if line.strip(" *_")) > 0 or gap.count("\n") > 4:
                return None
            return previous[1]
        name, label = resolver.resolve(cand.source)
        if name is None and len(cand.source) == 1 and cand.source[0].pos_ == "PRON" and previous is not None:
            # ``Le Premier ministre a assuré ... Il a également promis``: no named antecedent,
            # the pronoun goes on with the speaker of the claim before.
            gap = doc_text(doc)[previous[2] : cand.start]
            if gap.count("\n") <= 2:
                name = previous[1]
        if label in ("PER", "ORG") and name is not None:
            resolver.add(cand.anchor, cand.anchor + 1, label, name)
        return name


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for c in cands:
        if any(_iou(c, k) >= 0.5 for k in kept):
            continue
        kept.append(c)
    return kept


def _iou(a: Candidate, b: Candidate) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def _cut_coordinated(text: str, cands: list[Candidate], quotes: list[Quote]) -> None:
    """``reconnu que A et assuré que B``: the first content stops before the second cue."""
    for a in cands:
        for b in cands:
            if b is a or a.mode == "direct":
                continue
            nested = b.source is not None and a.start <= b.source.start_char < a.end
            if a.start < b.anchor < a.end and b.start > a.start and not nested:
                cut = b.anchor
                tail = text[a.start : cut].rstrip(" «“\n")
                for pronoun in SUBJECT_TAIL:
                    if tail.endswith(pronoun):
                        # ``affirme que A, mais il réclame B``: a new clause with its own subject.
                        tail = tail[: -len(pronoun)].rstrip()
                        break
                for aux in AUX_TAIL:
                    if tail.endswith(aux):
                        tail = tail[: -len(aux)].rstrip()
                coordinated = False
                for word in COORDINATORS:
                    if tail.endswith(word):
                        tail = tail[: -len(word)].rstrip()
                        coordinated = True
                if not coordinated:
                    continue  # speech reported inside the content belongs to it
                shaped = shape_content(text, a.start, a.start + len(tail), quotes)
                if shaped is not None:
                    a.start, a.end, a.mode = shaped
