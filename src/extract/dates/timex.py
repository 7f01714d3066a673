"""TIMEX3 values as data: a calendar point at a known precision, and its arithmetic.

A :class:`Point` never holds a part the text or the anchor did not give: ``mai
2023`` is ``Point(2023, 5)`` and prints ``2023-05``, never ``2023-05-01``.

>>> Point.parse("2020-06")
Point(year=2020, month=6, day=None)
>>> Point(2020, 6, 10).shift("D", -1).value
'2020-06-09'
>>> Point(2020, 6, 10).week_value()
'2020-W24'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Point:
    """A date at year, month or day precision (``None`` parts are unknown)."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Point | None:
        """``"2020-06-10"`` → ``Point(2020, 6, 10)``; anything else (``None``, ``PRESENT_REF``) → ``None``."""
        if not value:
            return None
        m = _VALUE.match(value)
        if not m:
            return None
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @property
    def precision(self) -> str:
        if self.year is None:
            return "none"
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def value(self) -> str:
        """The TIMEX3 value, ``X`` for an unknown year before a known month or day."""
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if self.precision != "day":
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def week_value(self) -> str:
        d = self.as_date()
        if d is None:
            return self.value
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"

    def shift(self, unit: str, n: int) -> Point:
        """Move by ``n`` units (``D``, ``W``, ``M``, ``Y``), keeping this point's precision."""
        if unit in ("D", "W"):
            d = self.as_date()
            if d is None:
                return self
            d += dt.timedelta(days=n * (7 if unit == "W" else 1))
            return Point(d.year, d.month, d.day)
        if unit == "M" and self.month is not None and self.year is not None:
            index = self.year * 12 + self.month - 1 + n
            day = self.day
            if day is not None:
                day = min(day, _days_in_month(index // 12, index % 12 + 1))
            return Point(index // 12, index % 12 + 1, day)
        if unit == "Y" and self.year is not None:
            return Point(self.year + n, self.month, self.day)
        if unit == "DE" and self.year is not None:
            return Point(self.year + 10 * n, self.month, self.day)
        return self

    def truncate(self, precision: str) -> Point:
        """Keep parts down to ``precision`` (``year``, ``month`` or ``day``)."""
        if precision == "year":
            return Point(self.year)
        if precision == "month":
            return Point(self.year, self.month)
        return self


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def weekday_near(anchor: Point, weekday: int, direction: str) -> Point:
    """The ``weekday`` (0 = lundi) on or before the anchor day (``past``) or on or after it (``future``)."""
    d = anchor.as_date()
    if d is None:
        return anchor
    delta = weekday - d.weekday()
    if direction == "future":
        delta %= 7
    else:
        delta = -((d.weekday() - weekday) % 7)
    d += dt.timedelta(days=delta)
    return Point(d.year, d.month, d.day)


def year_for_month(
    anchor: Point | None, month: int, day: int | None, direction: str | None, strict: bool = False
) -> int | None:
    """Year of ``le 31 mai`` or ``en octobre`` told against the anchor and the tense.

    Past reading: the latest such month not after the anchor; future: the first not before it;
    no direction: the anchor's own year.
    """
    if anchor is None or anchor.year is None:
        return None
    if anchor.month is None or direction is None:
        return anchor.year
    if direction == "nearest":
        return _nearest_year(anchor, month, day)
    if direction == "soon":
        # Ahead if it comes within a season, else behind.
        return _nearest_year(anchor, month, day, within=_SOON_DAYS)
    if anchor.day is None or day is None:
        # Month precision on either side: the same month is this year's (unless strictly before/after).
        here, there = anchor.month, month
    else:
        here, there = (anchor.month, anchor.day), (month, day)
    if direction == "past" and (there > here or strict and there == here):
        return anchor.year - 1
    if direction == "future" and (there < here or strict and there == here):
        return anchor.year + 1
    return anchor.year


_SOON_DAYS = 92


def _nearest_year(anchor: Point, month: int, day: int | None, within: int | None = None) -> int:
    """The year that puts ``month`` (and ``day``) closest to the anchor: with no tense to go by,
    ``le 5 janvier`` told in late November is the coming one, ``le 3 octobre`` the last one.
    With ``within``, a reading ahead must also come within that many days (else the past one)."""
    here = anchor.month * 31 + (anchor.day or 15 if day is not None else 15)
    there = month * 31 + (day or 15)
    candidates = [s for s in (-1, 0, 1) if within is None or there + 372 * s - here <= within]
    best = min(candidates, key=lambda shift: (abs(there + 372 * shift - here), shift))
    return anchor.year + best


def duration_value(amount: float | None, unit: str) -> str:
    """``P2Y``, ``PT3H``, ``P18M`` (an amount of 1.5 years), ``PXY`` for an unknown amount."""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    prefix = "PT" if unit in time_units else "P"
    letter = time_units.get(unit, unit)
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount):
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60)}
        if unit in smaller:
            sub, factor = smaller[unit]
            return duration_value(round(amount * factor), sub)
        return f"{prefix}{amount:g}{letter}"
    return f"{prefix}{int(amount)}{letter}"
