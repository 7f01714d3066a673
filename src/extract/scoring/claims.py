"""Scoring of the claims of one document (FACTS.md §3).

A prediction matches a gold claim when their content spans overlap with IoU
≥ 0.5, one-to-one, best IoU first. Among the matches: source accuracy
(subjects match as names, ``null`` matches only ``null``), category, mode and
target accuracy (targets match as names, like sources). End-to-end counts a
match as right only when its source is right too.

Per category: a match and a miss count under the gold category, a spurious
prediction under its own category.

>>> from extract.records import ClaimFact
>>> from extract.scoring.loading import Located
>>> gold = [Located(ClaimFact("d", "Amnesty International", "dénoncer", "x", text="x", start=10, end=50,
...                           category="ACCUSE", mode="indirect"), "g:1")]
>>> pred = [Located(ClaimFact("d", "Amnesty", "dénoncer", "x", text="x", start=12, end=50,
...                           category="ACCUSE", mode="indirect"), "p:1")]
>>> t = Tally()
>>> score_claims(gold, pred, GoldNames([["Amnesty International", "Amnesty"]]), t)
>>> t.prf("claim.e2e").tp, t.acc("claim.source").value
(1, 1.0)
"""

from __future__ import annotations

from .loading import Located
from .match import GoldNames, iou, one_to_one
from .tally import Issue, Tally

MIN_IOU = 0.5


def score_claims(gold: list[Located], pred: list[Located], names: GoldNames, tally: Tally) -> None:
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = iou(g.fact.span, p.fact.span)
            if overlap >= MIN_IOU:
                candidates.append(((overlap,), gi, pi))
    pairs = one_to_one(candidates)
    detect, e2e = tally.prf("claim.detect"), tally.prf("claim.e2e")
    for gi, pi in pairs:
        g, p = gold[gi].fact, pred[pi].fact
        label = g.category
        detect.tp += 1
        tally.label("claim.detect", label).tp += 1
        checks = {
            "source": (names.match(g.subject, p.subject), g.subject, p.subject),
            "category": (g.category == p.category, g.category, p.category),
            "mode": (g.mode == p.mode, g.mode, p.mode),
            "target": (names.match(g.target, p.target), g.target, p.target),
        }
        for name, (ok, _, _) in checks.items():
            tally.acc(f"claim.{name}").add(ok)
            tally.label(f"claim.{name}", label).add(ok)
        if checks["source"][0]:
            e2e.tp += 1
            tally.label("claim.e2e", label).tp += 1
        else:
            e2e.fp += 1
            e2e.fn += 1
            tally.label("claim.e2e", p.category).fp += 1
            tally.label("claim.e2e", label).fn += 1
        wrong = [
            f"{name}: gold {want!r}, predicted {got!r}" for name, (ok, want, got) in checks.items() if not ok
        ]
        if wrong:
            tally.issues.append(Issue("claim", "wrong", g, gold[gi].where, p, "; ".join(wrong)))
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            for name in ("claim.detect", "claim.e2e"):
                tally.prf(name).fn += 1
                tally.label(name, g.fact.category).fn += 1
            tally.issues.append(Issue("claim", "missed", g.fact, g.where))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            for name in ("claim.detect", "claim.e2e"):
                tally.prf(name).fp += 1
                tally.label(name, p.fact.category).fp += 1
            tally.issues.append(Issue("claim", "spurious", p.fact, p.where))
