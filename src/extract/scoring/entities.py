"""Scoring of entity facts of one document: types, mentions and relations (FACTS.md §3).

- **Types**: a prediction matches a gold ``type`` fact when any of their names
  (``subject`` or ``aliases``) are equal after normalization, one-to-one,
  preferring pairs of the same type, then the same canonical name, then the
  most names in common. Detection counts name matches, typed counts the
  matches whose types agree.
- **Mentions** (only where gold has ``mentions``): exact spans. Predicted
  mentions of an entity matched to a gold entity that lists no mentions are
  left out, since the gold says nothing about them.
- **Relations**: same predicate, subjects match as names, objects match as
  names (``member_of``, ``located_in``) or by token F1 ≥ 0.5 (``role``),
  one-to-one, exact names and higher token F1 first.

>>> from extract.records import EntityFact
>>> from extract.scoring.loading import Located
>>> gold = [Located(EntityFact("d", "Union européenne", "type", "ORG", aliases=["UE"]), "g:1")]
>>> pred = [Located(EntityFact("d", "l'UE", "type", "LOC"), "p:1")]
>>> t = Tally()
>>> _ = score_types(gold, pred, t)
>>> t.prf("entity.detect").tp, t.prf("entity.typed").tp
(1, 0)
"""

from __future__ import annotations

from ..records import EntityFact, RelationFact
from ..textnorm import normalize_name
from .loading import Located
from .match import GoldNames, one_to_one, token_f1
from .tally import Issue, Tally

ROLE_MIN_TOKEN_F1 = 0.5


def _names(fact: EntityFact) -> set[str]:
    return {n for n in (normalize_name(x) for x in [fact.subject or "", *fact.aliases]) if n}


def score_types(gold: list[Located], pred: list[Located], tally: Tally) -> list[tuple[int, int]]:
    """Count detection and typed matches of ``type`` facts; return the (gold, pred) pairs."""
    gold_names = [_names(g.fact) for g in gold]
    pred_names = [_names(p.fact) for p in pred]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = gold_names[gi] & pred_names[pi]
            if shared:
                same_type = g.fact.object == p.fact.object
                same_subject = normalize_name(g.fact.subject) == normalize_name(p.fact.subject)
                candidates.append(((same_type, same_subject, len(shared)), gi, pi))
    pairs = one_to_one(candidates)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    detect, typed = tally.prf("entity.detect"), tally.prf("entity.typed")
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        detect.tp += 1
        tally.label("entity.detect", g.fact.object).tp += 1
        if g.fact.object == p.fact.object:
            typed.tp += 1
            tally.label("entity.typed", g.fact.object).tp += 1
        else:
            typed.fp += 1
            typed.fn += 1
            tally.label("entity.typed", p.fact.object).fp += 1
            tally.label("entity.typed", g.fact.object).fn += 1
            detail = f"type: gold {g.fact.object}, predicted {p.fact.object}"
            tally.issues.append(Issue("entity", "wrong", g.fact, g.where, p.fact, detail))
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            detect.fn += 1
            typed.fn += 1
            for name in ("entity.detect", "entity.typed"):
                tally.label(name, g.fact.object).fn += 1
            tally.issues.append(Issue("entity", "missed", g.fact, g.where))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            detect.fp += 1
            typed.fp += 1
            for name in ("entity.detect", "entity.typed"):
                tally.label(name, p.fact.object).fp += 1
            tally.issues.append(Issue("entity", "spurious", p.fact, p.where))
    return pairs


def score_mentions(
    gold: list[Located], pred: list[Located], pairs: list[tuple[int, int]], tally: Tally
) -> None:
    """Exact-span mention P/R/F1, in a document whose gold lists mentions."""
    if not any(g.fact.mentions is not None for g in gold):
        return
    gold_spans = {tuple(m) for g in gold for m in (g.fact.mentions or [])}
    unlabelled = {pi for gi, pi in pairs if gold[gi].fact.mentions is None}
    pred_spans = {
        tuple(m) for pi, p in enumerate(pred) if pi not in unlabelled for m in (p.fact.mentions or [])
    }
    score = tally.prf("entity.mention")
    score.tp += len(gold_spans & pred_spans)
    score.fp += len(pred_spans - gold_spans)
    score.fn += len(gold_spans - pred_spans)


def _object_score(predicate: str, gold: RelationFact, pred: RelationFact, names: GoldNames) -> float | None:
    """How well the objects agree (higher is better), or None when they do not match."""
    if predicate == "role":
        f1 = token_f1(gold.object, pred.object)
        return f1 if f1 >= ROLE_MIN_TOKEN_F1 else None
    if names.exact(gold.object, pred.object):
        return 1.0
    return 0.5 if names.match(gold.object, pred.object) else None


def score_relations(gold: list[Located], pred: list[Located], names: GoldNames, tally: Tally) -> None:
    """``role``, ``member_of`` and ``located_in`` facts, one measure per predicate."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.fact.predicate != p.fact.predicate or not names.match(g.fact.subject, p.fact.subject):
                continue
            score = _object_score(g.fact.predicate, g.fact, p.fact, names)
            if score is not None:
                candidates.append(((names.exact(g.fact.subject, p.fact.subject), score), gi, pi))
    pairs = one_to_one(candidates)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        score = tally.prf(f"relation.{g.fact.predicate}")
        if gi in matched_gold:
            score.tp += 1
        else:
            score.fn += 1
            tally.issues.append(Issue("relation", "missed", g.fact, g.where))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            tally.prf(f"relation.{p.fact.predicate}").fp += 1
            tally.issues.append(Issue("relation", "spurious", p.fact, p.where))
