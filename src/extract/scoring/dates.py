"""Scoring of the date facts of one document (FACTS.md §3).

Strict match: the same span; relaxed match: overlapping spans (each one-to-one;
relaxed pairs are taken biggest IoU first). Among relaxed matches: value
accuracy (the TIMEX3 ``object``, compared as written) and type accuracy;
end-to-end counts a relaxed match with the right value. Attachment accuracy
counts the relaxed matches whose gold has a subject span: right when the
prediction has a subject span that overlaps it (a prediction without one is
wrong, since the gold says what the date is about).

>>> from extract.records import DateFact
>>> from extract.scoring.loading import Located
>>> gold = [Located(DateFact("d", None, "date", "2020-05-31", text="le 31 mai", start=3, end=12, type="DATE"), "g:1")]
>>> pred = [Located(DateFact("d", None, "date", "XXXX-05-31", text="31 mai", start=6, end=12, type="DATE"), "p:1")]
>>> t = Tally()
>>> score_dates(gold, pred, t)
>>> t.prf("date.strict").tp, t.prf("date.relaxed").tp, t.prf("date.e2e").tp
(0, 1, 0)
"""

from __future__ import annotations

from .loading import Located
from .match import iou, one_to_one, spans_overlap
from .tally import Issue, Tally


def _subject_span(fact) -> tuple[int, int] | None:
    if fact.subject_start is None or fact.subject_end is None:
        return None
    return (fact.subject_start, fact.subject_end)


def _count(tally: Tally, name: str, pairs, gold: list[Located], pred: list[Located]) -> None:
    score = tally.prf(name)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        hit = gi in matched_gold
        score.tp += hit
        score.fn += not hit
        label = tally.label(name, g.fact.type)
        label.tp += hit
        label.fn += not hit
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            score.fp += 1
            tally.label(name, p.fact.type).fp += 1


def score_dates(gold: list[Located], pred: list[Located], tally: Tally) -> None:
    strict = one_to_one(
        ((1,), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if g.fact.span == p.fact.span
    )
    _count(tally, "date.strict", strict, gold, pred)
    relaxed = one_to_one(
        ((iou(g.fact.span, p.fact.span), g.fact.object == p.fact.object), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if spans_overlap(g.fact.span, p.fact.span)
    )
    _count(tally, "date.relaxed", relaxed, gold, pred)
    right_value = [(gi, pi) for gi, pi in relaxed if gold[gi].fact.object == pred[pi].fact.object]
    _count(tally, "date.e2e", right_value, gold, pred)
    for gi, pi in relaxed:
        g, p = gold[gi].fact, pred[pi].fact
        checks = {
            "span": (g.span == p.span, g.text, p.text),
            "value": (g.object == p.object, g.object, p.object),
            "type": (g.type == p.type, g.type, p.type),
        }
        for name in ("value", "type"):
            tally.acc(f"date.{name}").add(checks[name][0])
            tally.label(f"date.{name}", g.type).add(checks[name][0])
        gold_subject = _subject_span(g)
        if gold_subject is not None:
            pred_subject = _subject_span(p)
            ok = pred_subject is not None and spans_overlap(gold_subject, pred_subject)
            tally.acc("date.attach").add(ok)
            tally.label("date.attach", g.type).add(ok)
            checks["subject"] = (ok, g.subject, p.subject)
        wrong = [
            f"{name}: gold {want!r}, predicted {got!r}" for name, (ok, want, got) in checks.items() if not ok
        ]
        if wrong:
            tally.issues.append(Issue("date", "wrong", g, gold[gi].where, p, "; ".join(wrong)))
    matched_gold = {gi for gi, _ in relaxed}
    matched_pred = {pi for _, pi in relaxed}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            tally.issues.append(Issue("date", "missed", g.fact, g.where))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            tally.issues.append(Issue("date", "spurious", p.fact, p.where))
