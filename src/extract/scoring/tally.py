"""What one scoring pass counts: every measure, its per-label split, and the errors behind them.

Measure names are ``<kind>.<measure>``; ``--json`` adds the statistic
(``claim.e2e.f1``, ``claim.e2e.tp``, ``date.value.acc``). Every measure exists
in every tally, so a measure with nothing to score is ``None``, not absent.

>>> t = Tally()
>>> t.prf("claim.detect").tp += 1
>>> t.flat()["claim.detect.f1"], t.flat()["date.value.acc"]
(1.0, None)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import AnyFact
from .prf import Accuracy, PRFScore, Score

# (name, what it counts): the order of the tables and of the --json keys.
MEASURES: dict[str, type[PRFScore] | type[Accuracy]] = {
    "entity.detect": PRFScore,
    "entity.typed": PRFScore,
    "entity.mention": PRFScore,
    "relation.role": PRFScore,
    "relation.member_of": PRFScore,
    "relation.located_in": PRFScore,
    "relation.all": PRFScore,
    "claim.detect": PRFScore,
    "claim.source": Accuracy,
    "claim.category": Accuracy,
    "claim.mode": Accuracy,
    "claim.target": Accuracy,
    "claim.e2e": PRFScore,
    "date.strict": PRFScore,
    "date.relaxed": PRFScore,
    "date.value": Accuracy,
    "date.type": Accuracy,
    "date.e2e": PRFScore,
    "date.attach": Accuracy,
    "overall.detect": PRFScore,
    "overall.e2e": PRFScore,
}

# Detection and end-to-end measures of each kind that make up the overall ones.
OVERALL_PARTS = {
    "overall.detect": ("entity.detect", "relation.all", "claim.detect", "date.relaxed"),
    "overall.e2e": ("entity.typed", "relation.all", "claim.e2e", "date.e2e"),
}

# The statistics a threshold may bear on (counts are not gates).
GATED_STATS = {PRFScore: ("p", "r", "f1"), Accuracy: ("acc",)}


def measure_keys() -> list[str]:
    """Every ``<kind>.<measure>.<stat>`` a threshold may name."""
    return [f"{name}.{stat}" for name, cls in MEASURES.items() for stat in GATED_STATS[cls]]


@dataclass
class Issue:
    """One miss, spurious fact or wrong attribute, for ``--errors``.

    ``fact`` is the gold fact (missed, wrong) or the prediction (spurious);
    ``other`` the prediction it was matched with; ``detail`` says what differs.
    """

    kind: str  # entity, relation, claim, date
    status: str  # missed, spurious, wrong
    fact: AnyFact
    where: str
    other: AnyFact | None = None
    detail: str = ""

    @property
    def doc(self) -> str:
        return self.fact.doc


@dataclass
class Tally:
    """Scores of one document, or of many once added up with ``+=``."""

    scores: dict[str, Score] = field(default_factory=lambda: {name: cls() for name, cls in MEASURES.items()})
    labels: dict[str, dict[str, Score]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def prf(self, name: str) -> PRFScore:
        score = self.scores[name]
        assert isinstance(score, PRFScore), name
        return score

    def acc(self, name: str) -> Accuracy:
        score = self.scores[name]
        assert isinstance(score, Accuracy), name
        return score

    def label(self, name: str, label: str | None) -> Score:
        """The share of measure ``name`` that falls on one label (entity type, claim category...)."""
        per_label = self.labels.setdefault(name, {})
        key = label if label is not None else "(none)"
        if key not in per_label:
            per_label[key] = MEASURES[name]()
        return per_label[key]

    def finish(self) -> Tally:
        """Fill the relation and overall sums from the per-kind scores."""
        total = PRFScore()
        for name in ("relation.role", "relation.member_of", "relation.located_in"):
            total += self.prf(name)
        self.scores["relation.all"] = total
        for name, parts in OVERALL_PARTS.items():
            score = PRFScore()
            for part in parts:
                score += self.prf(part)
            self.scores[name] = score
        return self

    def __iadd__(self, other: Tally) -> Tally:
        for name, score in other.scores.items():
            self.scores[name] += score
        for name, per_label in other.labels.items():
            for label, score in per_label.items():
                mine = self.labels.setdefault(name, {})
                mine[label] = mine[label] + score if label in mine else MEASURES[name]() + score
        self.issues.extend(other.issues)
        return self

    def flat(self) -> dict[str, float | int | None]:
        """``{"claim.e2e.f1": 0.8, "claim.e2e.tp": 4, ...}`` for every measure."""
        return {
            f"{name}.{stat}": value
            for name, score in self.scores.items()
            for stat, value in score.stats().items()
        }

    def flat_labels(self) -> dict[str, dict[str, dict[str, float | int | None]]]:
        """``{"claim.detect": {"SAY": {"p": ..., "tp": ...}}}``, labels sorted."""
        return {
            name: {label: self.labels[name][label].stats() for label in sorted(self.labels[name])}
            for name in MEASURES
            if name in self.labels
        }
