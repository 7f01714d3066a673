"""Counts that add up: :class:`PRFScore` for detection, :class:`Accuracy` among matches.

A score with nothing to score is ``None``, never a silent 0 or 1: precision
needs at least one prediction, recall at least one gold fact, F1 at least one
of either, an accuracy at least one match.

>>> s = PRFScore(tp=3, fp=1, fn=0)
>>> s += PRFScore(tp=1, fp=0, fn=4)
>>> (s.tp, s.fp, s.fn, s.precision, round(s.f1, 3))
(4, 1, 4, 0.8, 0.615)
>>> PRFScore().f1 is None
True
"""

from __future__ import annotations

from dataclasses import dataclass


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class PRFScore:
    """True positives, false positives (spurious) and false negatives (missed)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: PRFScore) -> PRFScore:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def __add__(self, other: PRFScore) -> PRFScore:
        return PRFScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2tp / (2tp + fp + fn) is the harmonic mean of P and R, and is still
        # defined (0.0) when one side is empty but the other is not.
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def stats(self) -> dict[str, float | int | None]:
        """The flat statistics of ``--json``: p, r, f1 and the counts behind them."""
        return {
            "p": self.precision,
            "r": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """Correct attributes among the matched pairs (source, category, value...).

    >>> Accuracy(correct=2, total=3).value
    0.6666666666666666
    >>> Accuracy().value is None
    True
    """

    correct: int = 0
    total: int = 0

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.correct += other.correct
        self.total += other.total
        return self

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return _ratio(self.correct, self.total)

    def stats(self) -> dict[str, float | int | None]:
        return {"acc": self.value, "correct": self.correct, "total": self.total}


Score = PRFScore | Accuracy
