"""Reading the words of a temporal expression: numbers, units, months, relative words.

Shared by the normalization rules; each helper reads lower-cased words.

>>> amount(["un", "an", "et", "demi"]), unit_of(["trois", "semaines"])
(1.5, 'W')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from ..lexicons import MONTHS
from .anchor import Anchors
from .patterns import APPROXIMATIONS, CARDINALS, FRACTIONS, TEMPORAL, UNITS
from .timex import Point, duration_value

MONTH_PERIODS: dict[str, int] = TEMPORAL["month_periods"]

PARTS = TEMPORAL["parts_of_day"]
_PAST = set(TEMPORAL["past_words"])
_FUTURE = {w for w in TEMPORAL["future_words"] if " " not in w}
EVENT_WORDS = set(TEMPORAL["event_relative_words"])
VAGUE = TEMPORAL["vague"]
VAGUE_PHRASES = TEMPORAL["vague_phrases"]
SET_WORDS = TEMPORAL["set_adjectives"]
_VAGUE_AMOUNTS = set(TEMPORAL["vague_quantities"]) | {"nombreux", "nombreuses", "longues"}
_DAY = re.compile(r"^(\d{1,2})(er|ᵉʳ)?$")
# Units in years, to write fractions of long units ("un quart de siècle" = P25Y).
_YEARS_IN = {"CE": 100, "DE": 10, "ML": 1000}


@dataclass(frozen=True)
class Timex:
    """A normalized expression: TIMEX3 type and value, and whether it can anchor what follows."""

    type: str
    value: str
    anchor: Point | None = None  # a date with a year, usable as narrative anchor


def lower_words(span: Span) -> list[str]:
    return [t.lower_.replace("’", "'") for t in span if not t.is_space]


def month_of(words: list[str]) -> int | None:
    for w in words:
        w = w.rstrip(".")
        if w.startswith("mi-"):
            w = w[3:]
        if w in MONTHS:
            return MONTHS[w]
    # "la rentrée 2022": a period named by the month it opens, when no month is written.
    return next((MONTH_PERIODS[w] for w in words if w in MONTH_PERIODS), None)


def day_of(words: list[str]) -> int | None:
    for w in words:
        if w == "premier":
            return 1
        m = _DAY.match(w)
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1))
    return None


def year_of(words: list[str]) -> int | None:
    for w in words:
        m = re.fullmatch(r"(?:mi-)?(\d{4})", w)
        if m:
            return int(m.group(1))
    return None


def unit_of(words: list[str]) -> str | None:
    if "week" in words or any(w.startswith("week-end") or w == "weekend" for w in words):
        return "WE"
    for w in reversed(words):
        if w in UNITS:
            return UNITS[w]
        if w.startswith("demi-") and w[5:] in UNITS:
            return UNITS[w[5:]]
    return None


def amount(words: list[str]) -> float | None:
    """``deux`` → 2, ``un quart de`` → 0.25, ``une dizaine d'`` → 10, ``un an et demi`` → 1.5;
    ``plusieurs``/``quelques``/``des`` → ``None`` (unknown)."""
    value: float | None = None
    for i, w in enumerate(words):
        if w.isdigit():
            value = float(w)
        elif w in CARDINALS and not (w in ("un", "une") and value is not None):
            value = float(CARDINALS[w])
        elif w in APPROXIMATIONS:
            value = float(APPROXIMATIONS[w])
        elif w in FRACTIONS:
            if i > 0 and words[i - 1] == "et":
                value = (value or 0) + FRACTIONS[w]
            else:
                value = (value or 1) * FRACTIONS[w]
        elif w.startswith("demi-"):
            value = (value or 1) * 0.5
        elif w in _VAGUE_AMOUNTS:
            return None
    return value


def duration_of(words: list[str]) -> str | None:
    unit = unit_of(words)
    if unit is None:
        return None
    n = amount(words)
    if n is not None and n != int(n) and unit in _YEARS_IN:
        return duration_value(n * _YEARS_IN[unit], "Y")
    return duration_value(n, unit)


def relative_sign(words: list[str]) -> int:
    if any(w in _PAST for w in words):
        return -1
    if any(w in _FUTURE for w in words):
        return 1
    return 0


def value_of(point: Point | str | None, unknown: str) -> str:
    if point is None:
        return unknown
    return point if isinstance(point, str) else point.value


def with_time(point: Point | str | None, time: str, unknown_day: str = "XXXX-XX-XX") -> str:
    """``2020-06-09`` + ``EV`` → ``2020-06-09TEV``; a coarser anchor stays as it is."""
    if isinstance(point, Point) and point.precision == "day":
        return f"{point.value}T{time}"
    if point is None:
        return f"{unknown_day}T{time}"
    return value_of(point, unknown_day)


def part_suffix(words: list[str]) -> str | None:
    for w in words:
        if w in PARTS:
            code = PARTS[w]
            return code[1:] if code.startswith("T") else code
    return None


def default_past(direction: str | None, anchors: Anchors) -> str | None:
    """With no tense to go by, news resolves to the nearest such day (``le 5 janvier`` told on
    20 November is the coming one); narrative mode keeps the anchor's year."""
    if direction is None and anchors.dct is not None:
        return "nearest"
    return direction
