"""What a relative date is told against: the DCT, or in narrative mode the last date before.

FACTS.md §2.3: relative expressions resolve against the DCT; when the DCT is
known only to the month, those that need a day (``lundi``, ``hier``, ``il y a
deux semaines``) resolve to the DCT month. Without a DCT, the last date before
the expression that the text writes out (``le 4 novembre``, ``juin 2015``) stands
in for it (narrative mode); dates resolved from that anchor (``mercredi``, ``en
septembre``) do not move it, so ``mercredi ... jeudi`` after ``mardi 4 novembre``
are the 5th and the 6th.

>>> a = Anchors(dct=Point(2020, 6))
>>> a.offset("D", -1).value        # "hier" with a month-precision DCT
'2020-06'
>>> Anchors(dct=Point(2020, 6, 10)).offset("W", -2, week=True)
'2020-W22'
"""

from __future__ import annotations

from dataclasses import dataclass

from .timex import Point

# How fine an anchor must be for a shift by this unit to be meaningful.
_NEEDS = {
    "S": "day",
    "MIN": "day",
    "H": "day",
    "D": "day",
    "W": "day",
    "WE": "day",
    "M": "month",
    "Q": "month",
}
_YEAR_UNITS = {"Y", "DE", "CE"}
_RANK = {"none": 0, "year": 1, "month": 2, "day": 3}


@dataclass
class Anchors:
    """The reference points available at one expression, in document order."""

    dct: Point | None = None
    last: Point | None = None  # last date with a year seen before (what "le lendemain" follows)
    story: Point | None = None  # last date written out with its month (narrative anchor)
    recent_day: Point | None = None  # the last day told, while the text is near it
    sentence_day: Point | None = None  # a day-level date earlier in the same sentence
    last_year: Point | None = None  # last date with a year, a bare year included ("en 2019")

    @property
    def reference(self) -> Point | None:
        """DCT-relative expressions use the DCT, else the narrative anchor."""
        return self.dct if self.dct is not None else self.story

    @property
    def event_reference(self) -> Point | None:
        """``le lendemain``, ``deux jours plus tard``: relative to the last date told, else the DCT."""
        return self.last if self.last is not None else self.dct

    @property
    def day(self) -> Point | None:
        """The day a clock time or a part of the day falls on, when one is known."""
        if self.sentence_day is not None:
            return self.sentence_day
        if self.recent_day is not None:
            # "Le vote a échoué jeudi. Prévu à 10 heures, il avait été retardé": the story's day.
            return self.recent_day
        ref = self.reference
        return ref if ref is not None and ref.precision == "day" else None

    def offset(self, unit: str, n: int, *, week: bool = False, event: bool = False) -> Point | str | None:
        """The anchor moved by ``n`` units, at the precision the unit gives.

        ``week=True`` gives a week value (``2020-W22``) for day-level anchors.
        An anchor too coarse for the unit is returned as is (never a part it lacks).
        """
        ref = self.event_reference if event else self.reference
        if event and unit in _YEAR_UNITS and self.last_year is not None:
            ref = self.last_year  # "En 2019, l'usine a fermé. L'année suivante…"
        if ref is None:
            return None
        need = _NEEDS.get(unit, "year")
        if _RANK[ref.precision] < _RANK[need]:
            return ref
        if unit in ("S", "MIN", "H"):
            return ref
        if unit == "Q":
            return ref.shift("M", 3 * n)
        if unit == "CE":
            return ref.shift("Y", 100 * n)
        shifted = ref.shift(unit, n)
        if unit in ("Y", "DE"):
            return shifted.truncate("year")
        if unit == "M":
            return shifted.truncate("month")
        if week or unit == "W":
            return shifted.week_value()
        return shifted
