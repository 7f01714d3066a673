"""``extract diff``: score facts against a gold file with the rules of FACTS.md §3.

>>> from extract.scoring import diff   # doctest: +SKIP
>>> diff("data/gold/gold.jsonl", "data/out/facts.jsonl").scores()["date.relaxed.f1"]  # doctest: +SKIP
0.9
"""

from .diff import DiffResult, diff, score_document, score_facts
from .prf import Accuracy, PRFScore

__all__ = ["Accuracy", "DiffResult", "PRFScore", "diff", "score_document", "score_facts"]
