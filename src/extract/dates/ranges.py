"""Ranges: the bounds of ``de mercredi à jeudi`` or ``du 3 mai au 5 juin 2020`` tell each other.

>>> relink_first(Timex("DATE", "2019-05-03"), ["3", "mai"], Timex("DATE", "2020-06-05"), ["5", "juin", "2020"]).value
'2020-05-03'
"""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicons import WEEKDAYS
from .patterns import CARDINALS
from .timex import Point, duration_value
from .words import Timex, day_of, unit_of, year_of

_FROM = {"de", "entre", "d'", "d’"}
_TO = {"à", "a", "et"}


def link_bounds(first: Timex, first_words: list[str], second: Timex, second_words: list[str]) -> Timex:
    """The second bound of a range told by the first: ``de mercredi à jeudi``.

    A weekday range runs forward: ``jeudi`` is the day after ``mercredi``.
    """
    a, b = Point.parse(first.value), Point.parse(second.value)
    if a is None or b is None:
        return second
    wa = next((WEEKDAYS[w] for w in first_words if w in WEEKDAYS), None)
    wb = next((WEEKDAYS[w] for w in second_words if w in WEEKDAYS), None)
    if (
        wa is not None
        and wb is not None
        and a.precision == b.precision == "day"
        and day_of(second_words) is None
    ):
        days = (wb - wa) % 7 or 7
        moved = a.shift("D", days)
        return Timex(second.type, second.value.replace(b.value, moved.value, 1), moved)
    return second


def relink_first(first: Timex, first_words: list[str], second: Timex, second_words: list[str]) -> Timex:
    """``du 3 mai au 5 juin 2020``: the first bound takes the year of the second."""
    a, b = Point.parse(first.value), Point.parse(second.value)
    if a is None or b is None or a.month is None or b.month is None:
        return first
    if year_of(first_words) is not None or year_of(second_words) is None:
        return first
    year = b.year if (a.month, a.day or 0) <= (b.month, b.day or 0) else b.year - 1
    moved = Point(year, a.month, a.day)
    return Timex(first.type, first.value.replace(a.value, moved.value, 1), moved)


def clock_like(first: Timex, first_words: list[str], second: Timex) -> Timex:
    """``9 heures`` read as a duration becomes the clock time of the range's first bound."""
    hours = next((int(w) for w in first_words if w.isdigit()), None)
    if hours is None or hours > 24 or "T" not in second.value:
        return first
    day = second.value.split("T")[0]
    minutes = next((int(w) for w in first_words[2:] if w.isdigit()), 0)
    return Timex("TIME", f"{day}T{hours:02d}:{minutes:02d}")


def bare_first_bound(core: Span, timex: Timex) -> tuple[Span, Timex] | None:
    """``de 120 à 90 jours``, ``entre deux et trois ans``, ``de 9 à 17 heures``: the first bound of a
    range of lengths or clock times is a bare number that takes its unit from the second (one fact
    per bound, FACTS.md §2.3)."""
    doc = core.doc
    i = core.start
    if timex.type not in ("DURATION", "TIME") or i < 3 or not _is_amount(core[0].lower_):
        return None
    number, link, lead = doc[i - 2], doc[i - 1], doc[i - 3]
    if link.lower_ not in _TO or lead.lower_ not in _FROM or not _is_amount(number.lower_):
        return None
    if timex.type == "TIME":
        # "de 9 à 17 heures", "entre 8 et 10 h": the first bound is the hour of the same day.
        if not number.text.isdigit() or int(number.text) > 24 or "T" not in timex.value:
            return None
        day = timex.value.split("T")[0]
        return doc[i - 2 : i - 1], Timex("TIME", f"{day}T{int(number.text):02d}:00")
    unit = unit_of([t.lower_ for t in core])
    if unit is None:
        return None
    amount = int(number.text) if number.text.isdigit() else CARDINALS[number.lower_]
    return doc[i - 2 : i - 1], Timex("DURATION", duration_value(amount, unit))


def _is_amount(word: str) -> bool:
    return word.isdigit() or word in CARDINALS
