"""Named periods: feast days (``Noël``), seasons (``l'été dernier``), centuries (``XIXe siècle``).

>>> century("xixe")
19
"""

from __future__ import annotations

import re

from .anchor import Anchors
from .patterns import HOLIDAYS, TEMPORAL
from .timex import Point, year_for_month
from .words import Timex, default_past, relative_sign, year_of


def holiday(words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    """``Noël`` → ``XXXX-12-25`` told against the anchor like ``le 25 décembre``."""
    text = " ".join(words).replace("' ", "'")
    key = next(k for k in sorted(HOLIDAYS, key=len, reverse=True) if k in text)
    month, day = (int(p) for p in HOLIDAYS[key].split("-"))
    year = year_of(words)
    if year is None:
        year = year_for_month(anchors.reference, month, day, default_past(direction, anchors))
    point = Point(year, month, day)
    return Timex("DATE", point.value, point if year is not None else None)


def season(words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    """``au printemps 2021`` → ``2021-SP``; ``l'hiver dernier`` → the anchor's year minus one."""
    code = next(TEMPORAL["seasons"][w] for w in words if w in TEMPORAL["seasons"])
    year = year_of(words)
    if year is None:
        ref = anchors.reference
        if ref is None or ref.year is None:
            return Timex("DATE", f"XXXX-{code}")
        sign = relative_sign(words)
        starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
        year = (
            ref.year + sign
            if sign
            else year_for_month(ref, starts[code], None, default_past(direction, anchors))
        )
    return Timex("DATE", f"{year:04d}-{code}")


_ROMAN = {"I": 1, "V": 5, "X": 10}


def century(word: str) -> int:
    """``xxe`` → 20, ``19e`` → 19 (read from the ordinal before ``siècle``)."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    numerals = [_ROMAN[c] for c in word.upper() if c in _ROMAN]
    return sum(-n if i + 1 < len(numerals) and n < numerals[i + 1] else n for i, n in enumerate(numerals))
