"""The :class:`Relation` record the relation rules share.

>>> Relation("member_of", "Marie Roy", "Verts", 0, 16).predicate
'member_of'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Relation:
    """``subject`` --predicate--> ``object``, with the character span that states it."""

    predicate: str
    subject: str
    object: str
    start: int
    end: int
