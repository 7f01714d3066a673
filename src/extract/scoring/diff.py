"""``diff()``: score predicted facts against a gold file, document by document.

Only the documents of the gold file are scored; predictions on other
documents are counted as ignored (the gold says nothing about them), and a
gold document with no prediction at all is scored (all misses) and named in
the warnings.

>>> result = diff("tests/data/scoring/gold.jsonl", "tests/data/scoring/gold.jsonl")  # doctest: +SKIP
>>> result.scores()["claim.e2e.f1"]                                               # doctest: +SKIP
1.0
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..records import AnyFact, ClaimFact, DateFact, EntityFact, RelationFact, fact_to_dict
from .claims import score_claims
from .dates import score_dates
from .entities import score_mentions, score_relations, score_types
from .loading import FactFile, Located, check_spans, load_facts, load_texts
from .match import GoldNames
from .tally import Issue, Tally

_GROUPS = (EntityFact, RelationFact, ClaimFact, DateFact)


@dataclass
class DiffResult:
    """Scores overall and per document, what was ignored, and the texts for snippets."""

    gold_path: str
    pred_path: str
    total: Tally
    docs: dict[str, Tally]
    ignored: dict[str, Counter] = field(default_factory=dict)  # "gold" / "pred" → reason → lines
    warnings: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)

    def scores(self) -> dict[str, float | int | None]:
        return self.total.flat()

    def to_json(self) -> dict:
        """The ``--json`` object: flat ``scores``, then ``labels`` and ``docs`` breakdowns."""
        return {
            "gold": self.gold_path,
            "pred": self.pred_path,
            "scores": self.total.flat(),
            "labels": self.total.flat_labels(),
            "docs": {doc: {"scores": t.flat(), "labels": t.flat_labels()} for doc, t in self.docs.items()},
            "ignored": {side: dict(counter) for side, counter in self.ignored.items()},
            "warnings": list(self.warnings),
            "errors": [issue_to_dict(issue) for issue in self.total.issues],
        }


def issue_to_dict(issue: Issue) -> dict:
    """One error of ``--errors`` as JSON: the facts in the FACTS.md schema and where they were read."""
    return {
        "kind": issue.kind,
        "status": issue.status,
        "doc": issue.doc,
        "fact": fact_to_dict(issue.fact),
        "where": issue.where,
        "other": fact_to_dict(issue.other) if issue.other is not None else None,
        "detail": issue.detail,
    }


def _by_doc(facts: FactFile) -> dict[str, dict[type, list[Located]]]:
    out: dict[str, dict[type, list[Located]]] = defaultdict(lambda: {cls: [] for cls in _GROUPS})
    for item in facts.facts:
        out[item.fact.doc][type(item.fact)].append(item)
    return out


def score_document(gold: dict[type, list[Located]], pred: dict[type, list[Located]]) -> Tally:
    """Every measure of one document, from its gold and predicted facts grouped by record type."""
    tally = Tally()
    names = GoldNames([[g.fact.subject or "", *g.fact.aliases] for g in gold[EntityFact]])
    pairs = score_types(gold[EntityFact], pred[EntityFact], tally)
    score_mentions(gold[EntityFact], pred[EntityFact], pairs, tally)
    score_relations(gold[RelationFact], pred[RelationFact], names, tally)
    score_claims(gold[ClaimFact], pred[ClaimFact], names, tally)
    score_dates(gold[DateFact], pred[DateFact], tally)
    return tally.finish()


def score_facts(gold: Iterable[AnyFact], pred: Iterable[AnyFact]) -> Tally:
    """Score fact records held in memory (every document of ``gold``), for library use and tests.

    >>> from extract.records import DateFact
    >>> g = DateFact("d", None, "date", "2015", text="2015", start=3, end=7, type="DATE")
    >>> score_facts([g], [g]).flat()["date.strict.f1"]
    1.0
    """
    gold_file = FactFile("<gold>", [Located(f, f"<gold>:{i}") for i, f in enumerate(gold, start=1)])
    pred_file = FactFile("<pred>", [Located(f, f"<pred>:{i}") for i, f in enumerate(pred, start=1)])
    total = Tally()
    for tally in _score_docs(_by_doc(gold_file), _by_doc(pred_file)).values():
        total += tally
    return total


def _score_docs(gold: dict, pred: dict) -> dict[str, Tally]:
    empty = {cls: [] for cls in _GROUPS}
    return {doc: score_document(gold[doc], pred.get(doc, empty)) for doc in sorted(gold)}


def diff(gold_path: str | Path, pred_path: str | Path, raw_dir: str | Path | None = None) -> DiffResult:
    """Load, validate (spans against the texts when ``raw_dir`` is given) and score."""
    gold_file, pred_file = load_facts(gold_path), load_facts(pred_path)
    gold, pred = _by_doc(gold_file), _by_doc(pred_file)
    ignored = {"gold": Counter(gold_file.ignored), "pred": Counter(pred_file.ignored)}
    outside = [doc for doc in pred if doc not in gold]
    if outside:
        count = sum(len(facts) for doc in outside for facts in pred[doc].values())
        ignored["pred"][f"a document absent from the gold ({len(outside)} document(s), not scored)"] += count
    texts: dict[str, str] = {}
    if raw_dir is not None:
        texts = load_texts(raw_dir, gold.keys())
        check_spans(gold_file, texts)
        check_spans(FactFile(pred_file.path, [f for f in pred_file.facts if f.fact.doc in gold]), texts)
    warnings = [f"{gold_path}: no fact to score; is it the gold file?"] if not gold_file.facts else []
    warnings += [
        f"document {doc!r} has gold facts but no prediction: is it in the input of `extract run`?"
        for doc in sorted(gold)
        if doc not in pred
    ]
    docs = _score_docs(gold, pred)
    total = Tally()
    for tally in docs.values():
        total += tally
    return DiffResult(str(gold_path), str(pred_path), total, docs, ignored, warnings, texts)
