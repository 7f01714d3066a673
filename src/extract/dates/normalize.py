"""TIMEX3 type and value of one matched expression, by the rule (Matcher label) that found it.

Values never hold a part the text or the anchor does not give (FACTS.md §2.3):
``2015`` stays ``2015``, ``mai 2023`` is ``2023-05``, ``le 31 mai`` with no
year anywhere is ``XXXX-05-31``.

>>> # with nlp = spacy.blank("fr"): normalize("year", doc[1:2], Anchors(), None)  # doctest: +SKIP
>>> Timex("DATE", "2015").value
'2015'
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..lexicons import WEEKDAYS
from .anchor import Anchors
from .lengths import clock_length, measures_length, names_clock_elsewhere
from .named import century, holiday, season
from .patterns import ORDINALS, TEMPORAL
from .tense import is_stative_present
from .timex import Point, duration_value, weekday_near, year_for_month
from .words import (
    EVENT_WORDS,
    PARTS,
    SET_WORDS,
    VAGUE,
    VAGUE_PHRASES,
    Timex,
    amount,
    day_of,
    default_past,
    duration_of,
    lower_words,
    month_of,
    part_suffix,
    relative_sign,
    unit_of,
    value_of,
    with_time,
    year_of,
)

_PLURAL_RELATIVE = {
    "derniers",
    "dernières",
    "prochains",
    "prochaines",
    "passés",
    "passées",
    "précédents",
    "précédentes",
}
_AFTERNOON = {"soir", "soirée", "après-midi"}
_CLOCK_FIGURE = re.compile(r"^\d")
_MINUTE_UNITS = {"min", "min.", "mn", "minute", "minutes"}
_CLOCK = re.compile(r"^(\d{1,2})(?:h\.?|:)(\d\d)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _calendar_date(words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    month, day, year = month_of(words), day_of(words), year_of(words)
    sign = relative_sign(words)
    if year is None and sign:
        # "le 10 mars prochain": strictly after the anchor; "le 3 mai dernier": strictly before.
        year = year_for_month(anchors.reference, month, day, "future" if sign > 0 else "past", strict=True)
    elif year is None:
        year = year_for_month(anchors.reference, month, day, default_past(direction, anchors))
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if year_of(words) is None and year is not None and weekday is not None and day is not None:
        year = _year_of_weekday(year, month, day, weekday)
    point = Point(year, month, day)
    clock = _clock(words[words.index(next(w for w in words if month_of([w]))) + 1 :]) if month else None
    part = clock or part_suffix(words)
    if part:
        return Timex("TIME", with_time(point, part), point if year is not None else None)
    return Timex("DATE", point.value, point if year is not None else None)


def _year_of_weekday(guess: int, month: int, day: int, weekday: int) -> int:
    """``mardi 22 novembre``: the year next to the guess in which that day is a Tuesday."""
    for year in (guess, guess + 1, guess - 1):
        point = Point(year, month, day).as_date()
        if point is not None and point.weekday() == weekday:
            return year
    return guess


def _weekday(words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    sign = relative_sign(words)
    ref = anchors.reference
    part = _clock(words[words.index(next(w for w in words if w in WEEKDAYS)) + 1 :]) or part_suffix(words)
    kind = "TIME" if part else "DATE"
    if ref is None:
        return Timex(kind, f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""))
    if ref.precision != "day":
        return Timex(kind, ref.value)
    # In narrative mode (no DCT) the story moves forward from its last date.
    forward = direction == "future" or anchors.dct is None
    way = "future" if sign > 0 or (sign == 0 and forward) else "past"
    start = ref.shift("D", sign) if sign else ref
    point = weekday_near(start, weekday, way)
    if direction == "nearest" and not sign:
        ahead = weekday_near(start, weekday, "future")
        if _days_between(ref, ahead) < _days_between(point, ref):
            point = ahead  # "le sommet s'ouvre vendredi", told on a Wednesday
    return Timex(kind, with_time(point, part) if part else point.value, point)


def _days_between(earlier: Point, later: Point) -> int:
    a, b = earlier.as_date(), later.as_date()
    return (b - a).days if a is not None and b is not None else 0


def _weekday_and_day(words: list[str], anchors: Anchors) -> Timex:
    """``lundi 11``: the month near the anchor in which the 11th is a Monday; ``lundi 11 à 20 h``."""
    ref = anchors.reference
    day = day_of(words)
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    clock = _clock(words[words.index(next(w for w in words if day_of([w]) == day)) + 1 :])
    if ref is None or ref.month is None:
        value = f"XXXX-XX-{day:02d}"
        return Timex("TIME", f"{value}T{clock}") if clock else Timex("DATE", value)
    point = Point(ref.year, ref.month, day)
    for shift in (0, 1, -1):
        candidate = Point(ref.year, ref.month).shift("M", shift)
        candidate = Point(candidate.year, candidate.month, day)
        d = candidate.as_date()
        if d is not None and d.weekday() == weekday:
            point = candidate
            break
    if clock:
        return Timex("TIME", f"{point.value}T{clock}", point)
    return Timex("DATE", point.value, point)


def _relative_period(words: list[str], anchors: Anchors) -> Timex:
    unit = unit_of(words) or "Y"
    sign = relative_sign(words)
    if any(w in _PLURAL_RELATIVE for w in words):
        # "les prochains mois", "les derniers jours": a vague stretch, like "ces dernières années".
        return Timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    event = any(w in EVENT_WORDS for w in words) or any(w in ("-là", "là") for w in words)
    point = anchors.offset(unit if unit != "WE" else "W", sign, event=event)
    if point is None:
        unknown = {"Y": "XXXX", "DE": "XXX", "CE": "XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE"}.get(
            unit, "XXXX-XX"
        )
        return Timex("DATE", unknown)
    if isinstance(point, str):
        return Timex("DATE", point + ("-WE" if unit == "WE" else ""))
    if unit == "DE":
        return Timex("DATE", f"{point.year // 10:03d}")
    if unit == "CE":
        return Timex("DATE", f"{point.year // 100:02d}")
    if unit == "Q" and point.month is not None:
        return Timex("DATE", f"{point.year:04d}-Q{(point.month - 1) // 3 + 1}")
    if unit == "HALF" and point.month is not None:
        return Timex("DATE", f"{point.year:04d}-H{1 if point.month <= 6 else 2}")
    return Timex("DATE", point.value)


def _offset(words: list[str], anchors: Anchors, sign: int, event: bool = False) -> Timex:
    if words[-1] in ("longtemps", "peu"):  # "il y a peu", but "il y a un peu plus d'un an"
        return Timex("DATE", "PAST_REF")
    unit = unit_of(words) or "D"
    n = amount(words)
    if n is None:
        return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n != int(n):
        # "il y a un an et demi": count in the next smaller unit.
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}.get(unit)
        if smaller is None:
            return Timex("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        unit, n = smaller[0], n * smaller[1]
    point = anchors.offset(unit, sign * int(n), week=unit == "W", event=event)
    unknown = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX")
    return Timex("DATE", value_of(point, unknown), point if isinstance(point, Point) else None)


def _clock(words: list[str]) -> str | None:
    """``14 h 30``, ``14h30``, ``20 heures``, ``midi`` → ``14:30``; ``None`` without a clock time."""
    hour = minute = None
    for i, w in enumerate(words):
        m = _CLOCK.match(w)
        if m:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            break
        if w.isdigit() and i + 1 < len(words) and words[i + 1] in ("h", "h.", "heure", "heures"):
            hour = int(w)
            rest = words[i + 2 : i + 3]
            minute = int(rest[0]) if rest and rest[0].isdigit() else 0
            break
        if w in ("midi", "minuit"):
            hour, minute = (12, 0) if w == "midi" else (24, 0)
    if hour is not None and hour < 12 and any(w in _AFTERNOON for w in words):
        hour += 12  # "à 8 heures du soir", "jeudi soir à 8 h"
    return f"{hour:02d}:{minute:02d}" if hour is not None else None


def _time(words: list[str], anchors: Anchors) -> Timex:
    clock = _clock(words) or "XX:XX"
    day = anchors.day
    if day is None and anchors.reference is not None:
        return Timex("TIME", anchors.reference.value)
    return Timex("TIME", with_time(day, clock))


def _part_of_day(words: list[str], anchors: Anchors) -> Timex:
    part = _clock(words) or part_suffix(words) or "DT"
    demonstrative = any(w in ("ce", "cet", "cette") for w in words)
    day = anchors.reference if demonstrative else anchors.day or anchors.reference
    if part == "DT" and "milieu" in words:
        part = "MI"  # "en milieu de journée"
    if relative_sign(words) < 0:
        # "la nuit dernière": the one before the DCT's day.
        day = anchors.offset("D", -1)
    return Timex("TIME", with_time(day, part))


def _set(words: list[str]) -> Timex:
    for w in words:
        if w in SET_WORDS:
            return Timex("SET", SET_WORDS[w])
    month, day = month_of(words), day_of(words)
    if month is not None and day is not None:
        return Timex("SET", f"XXXX-{month:02d}-{day:02d}")  # "chaque 1er janvier"
    for w in words:
        season = TEMPORAL["seasons"].get(w.rstrip("s") if w != "printemps" else w)
        if season:
            return Timex("SET", f"XXXX-{season}")  # "chaque été", "tous les hivers"
    for w in words:
        base = w[:-1] if w.endswith("s") and w[:-1] in WEEKDAYS else w
        if base in WEEKDAYS:
            part = part_suffix(words)
            return Timex("SET", f"XXXX-WXX-{WEEKDAYS[base] + 1}" + (f"T{part}" if part else ""))
        base = w[:-1] if w.endswith("s") and w[:-1] in PARTS else w
        if base in PARTS and "fois" not in words:
            return Timex("SET", f"XXXX-XX-XXT{part_suffix([base])}")
    unit = unit_of(words) or "D"
    n = amount([w for w in words if w not in ("un", "une")]) if "fois" not in words else None
    if unit == "WE":
        return Timex("SET", "XXXX-WXX-WE")
    return Timex("SET", duration_value(n or 1, unit))


def normalize(rule: str, span: Span, anchors: Anchors, direction: str | None) -> Timex:
    """Type and value of ``span`` (the extent, prepositions trimmed) found by ``rule``."""
    words = lower_words(span)
    if anchors.dct is None:
        # Tenses place events against the writing time; the narrative anchor is no writing time.
        direction = None
    if rule in ("date_full", "month_year"):
        return _calendar_date(words, anchors, direction)
    if rule == "date_numeric":
        return _numeric(words[-1])
    if rule == "weekday_day":
        return _weekday_and_day(words, anchors)
    if rule == "date_numeric_short":
        day, month = (int(p) for p in words[-1].split("/"))
        year = year_for_month(anchors.reference, month, day, default_past(direction, anchors))
        point = Point(year, month, day)
        return Timex("DATE", point.value, point if year is not None else None)
    if rule == "month":
        return _month_alone(words, anchors, direction)
    if rule == "quarter":
        n = next(ORDINALS[w] for w in words if w in ORDINALS)
        letter = "Q" if "trimestre" in words else "H"
        year = year_of(words) or (anchors.reference.year if anchors.reference else None)
        return Timex("DATE", f"{year:04d}-{letter}{n}" if year else f"XXXX-{letter}{n}")
    if rule == "holiday":
        return holiday(words, anchors, direction)
    if rule == "century":
        return Timex("DATE", f"{century(words[-2]) - 1:02d}")
    if rule == "season":
        return season(words, anchors, direction)
    if rule == "year":
        year = year_of(words)
        return Timex("DATE", f"{year:04d}", Point(year))
    if rule == "decade":
        digits = next(w for w in words if w.isdigit())
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        return Timex("DATE", f"{year // 10:03d}")
    if rule == "relative_day":
        return _relative_day(span, words, anchors, direction)
    if rule == "event_day":
        key = next(w for w in words if w in TEMPORAL["event_relative_days"])
        point = anchors.offset("D", TEMPORAL["event_relative_days"][key], event=True)
        part = part_suffix(words)
        if part:
            return Timex("TIME", with_time(point, part))
        return Timex("DATE", value_of(point, "XXXX-XX-XX"), point if isinstance(point, Point) else None)
    if rule == "weekday":
        return _weekday(words, anchors, direction)
    if rule == "same_day":
        point = anchors.offset("D", 0, event=True)
        part = part_suffix([w for w in words if w != "jour"])
        if part:
            return Timex("TIME", with_time(point, part))
        return Timex("DATE", value_of(point, "XXXX-XX-XX"), point if isinstance(point, Point) else None)
    if rule == "relative_period":
        return _relative_period(words, anchors)
    if rule == "vague_period":
        return Timex("DATE", "FUTURE_REF" if relative_sign(words) > 0 or "venir" in words else "PAST_REF")
    if rule == "ago":
        return _offset(words, anchors, -1)
    if rule == "offset_future":
        return _offset(words, anchors, 1)
    if rule == "offset_narrative":
        sign = -1 if any(w in ("tôt", "auparavant", "avant") for w in words) else 1
        return _offset(words, anchors, sign, event=True)
    if rule == "time":
        if _CLOCK_FIGURE.match(words[0]) and measures_length(span):
            return Timex("DURATION", clock_length(words))
        return _time(words, anchors)
    if rule == "clock_duration":
        if not any(w in _MINUTE_UNITS for w in words) and not measures_length(span):
            return _time(words, anchors)  # "14 heures 30" names the clock
        return Timex("DURATION", clock_length(words))
    if rule == "part_of_day":
        return _part_of_day(words, anchors)
    if rule == "duration":
        if unit_of(words) == "H" and names_clock_elsewhere(span):
            return _time(words, anchors)
        return Timex("DURATION", duration_of(words) or "PXY")
    if rule in ("set", "set_rate"):
        return _set(words)
    if rule == "vague":
        return Timex("DATE", VAGUE.get(words[0], "PRESENT_REF"))
    if rule == "vague_phrase":
        key = " ".join(words).replace("' ", "'")
        return Timex("DATE", VAGUE_PHRASES.get(key, "PRESENT_REF"))
    raise ValueError(
        f"no normalization rule {rule!r}; add it to normalize.normalize or fix the pattern label"
    )


def _numeric(word: str) -> Timex:
    m = _ISO.match(word)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _NUMERIC.match(word)
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            y += 2000 if y < 50 else 1900
    point = Point(y, mo, d)
    return Timex("DATE", point.value, point)


def _month_alone(words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    month = month_of(words)
    sign = relative_sign(words)
    ref = anchors.reference
    if ref is None or ref.year is None:
        return Timex("DATE", f"XXXX-{month:02d}")
    if sign and ref.month is not None:
        if sign < 0:
            year = ref.year if month < ref.month else ref.year - 1
        else:
            year = ref.year if month > ref.month else ref.year + 1
    else:
        year = year_for_month(ref, month, None, default_past(direction, anchors))
    point = Point(year, month)
    return Timex("DATE", point.value, point)


def _relative_day(span: Span, words: list[str], anchors: Anchors, direction: str | None) -> Timex:
    key = next(w for w in words if w in TEMPORAL["relative_days"])
    # The clock time may come after the day ("demain à 8 h") or before it ("à 8 h demain").
    part = _clock(words[words.index(key) + 1 :]) or _clock(words[: words.index(key)]) or part_suffix(words)
    if key == "aujourd'hui" and not part and (anchors.dct is None or is_stative_present(span)):
        # "qui fait aujourd'hui partie de": nowadays, not this very day.
        return Timex("DATE", "PRESENT_REF")
    point = anchors.offset("D", TEMPORAL["relative_days"][key])
    if part:
        return Timex("TIME", with_time(point, part))
    return Timex("DATE", value_of(point, "XXXX-XX-XX"), point if isinstance(point, Point) else None)
