"""The matching rules of FACTS.md §3, on plain values: names, spans, one-to-one.

Two names **match as names** when they are equal after
:func:`~extract.textnorm.normalize_name`, or when both are names (``subject``
or ``aliases``) of the same gold entity ``type`` fact of the document. Only
the gold entity facts bridge two different names: a prediction cannot make
``ACLU`` and ``Amazon`` the same entity by listing one as an alias of the other.

>>> names = GoldNames([["American Civil Liberties Union", "ACLU"]])
>>> names.match("l'ACLU", "American Civil Liberties Union")
True
>>> names.match("ACLU", "Amazon")
False
>>> iou((0, 10), (5, 15))
0.3333333333333333
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..textnorm import normalize_name

_WORD = re.compile(r"\w+")
# Function words carry no meaning of a role: without them, « directeur de la
# communication » and « chargée de la stratégie » would share half their words.
FUNCTION_WORDS = frozenset("a au aux d de des du en et l la le les ou par pour sur un une".split())


class GoldNames:
    """The name sets of one document's gold entities, for "match as names"."""

    def __init__(self, entities: Iterable[Iterable[str]] = ()) -> None:
        self._ids: dict[str, set[int]] = {}
        for i, names in enumerate(entities):
            for name in names:
                key = normalize_name(name)
                if key:
                    self._ids.setdefault(key, set()).add(i)

    def match(self, a: str | None, b: str | None) -> bool:
        """Equal after normalization, or names of one gold entity; ``None`` matches only ``None``."""
        if a is None or b is None:
            return a is None and b is None
        na, nb = normalize_name(a), normalize_name(b)
        if na == nb:
            return True
        return bool(self._ids.get(na, set()) & self._ids.get(nb, set()))

    def exact(self, a: str | None, b: str | None) -> bool:
        """Equal after normalization (used to prefer exact pairs when ranking)."""
        return (a is None and b is None) or (
            a is not None and b is not None and normalize_name(a) == normalize_name(b)
        )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters the two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans (0.0 for two empty spans)."""
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap(a, b) / union if union > 0 else float(a == b)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Share at least one character; an empty span overlaps a span that contains its position."""
    if a[0] == a[1] or b[0] == b[1]:
        return a == b or (b[0] <= a[0] < b[1]) or (a[0] <= b[0] < a[1])
    return overlap(a, b) > 0


def tokens(text: str | None) -> list[str]:
    """Content words of a normalized phrase: ``L'ancienne Directrice de l'ONG`` → ``['ancienne', 'directrice', 'ong']``."""
    return [w for w in _WORD.findall(normalize_name(text)) if w not in FUNCTION_WORDS]


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-words F1 between two phrases (SQuAD style), 1.0 for two empty phrases.

    >>> token_f1("directeur général", "directeur général adjoint")
    0.8
    """
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta and not tb:
        return 1.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def one_to_one(candidates: Iterable[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """Greedy best-first one-to-one alignment of ``(rank, gold index, pred index)`` candidates.

    Higher ranks are taken first; ties go to the earlier gold fact, then the
    earlier prediction, so the result does not depend on anything but the files.

    >>> one_to_one([((0.6,), 0, 0), ((0.9,), 0, 1), ((0.7,), 1, 1)])
    [(0, 1)]
    """
    ordered = sorted(candidates, key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in ordered:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    return sorted(pairs)
