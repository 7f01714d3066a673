"""Lengths written like clock times: ``2 h 41 min``, ``en 3 h``, ``un retard de 1 h 30``.

``2 h 41 min`` is always a length (the unit ``min`` says so); a bare ``3 h`` or
``1 h 30`` is a length when its context measures something: a preposition of
extent (``en 3 h``, ``pendant 2 h``), an approximator (``plus de 3 h``), a
verb of lasting (``le film dure 1 h 30``), a counted noun after it (``2 h 30 de
débat``), or more hours than a day has (``36 h``).

>>> clock_length(["2", "h", "41", "min"])
'PT2H41M'
>>> clock_length(["1h30"])
'PT1H30M'
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .patterns import TEMPORAL

_PART = re.compile(r"(\d+)\s*(h|heures?|min|mn|minutes?|s|sec|secondes?)?$")
_JOINED = re.compile(r"^(\d{1,3})h(\d{1,2})?(?:min|mn)?$")
_UNIT = {
    "h": "H",
    "heure": "H",
    "heures": "H",
    "min": "M",
    "min.": "M",
    "mn": "M",
    "minute": "M",
    "minutes": "M",
}
_UNIT |= {"s": "S", "s.": "S", "sec": "S", "seconde": "S", "secondes": "S"}
_ORDER = ("H", "M", "S")
_LENGTH_LEADS = set(TEMPORAL["length_prepositions"])
_APPROXIMATORS = set(TEMPORAL["approximators"])
_LASTING = set(TEMPORAL["lasting_verbs"])
# Forms of "durer", whatever the tagger makes of them.
_LASTING_FORM = re.compile(r"^dur(e|es|ent|era|eront|erait|eraient|ait|aient|é|ée|és|ées|ant|er)$")
_CLOCK_LEADS = {"à", "a", "vers", "dès", "jusqu'à", "jusqu'", "avant"}
_RANGE_NEXT = {"à", "a", "au", "et", "-", "–"}


def clock_length(words: list[str]) -> str | None:
    """``["2", "h", "41", "min"]`` → ``PT2H41M``; ``None`` when no figure is found."""
    parts: dict[str, int] = {}
    pending: int | None = None
    for w in words:
        joined = _JOINED.match(w)
        if joined:
            parts["H"] = int(joined.group(1))
            if joined.group(2):
                parts["M"] = int(joined.group(2))
            continue
        m = re.fullmatch(r"(\d{1,3})(min|mn)", w)
        if m:
            parts["M"] = int(m.group(1))
            continue
        if w.isdigit():
            if pending is not None and "H" in parts and "M" not in parts:
                parts["M"] = pending
            pending = int(w)
            continue
        unit = _UNIT.get(w)
        if unit and pending is not None:
            parts[unit] = pending
            pending = None
    if pending is not None:
        # A trailing figure counts in the unit below the last one: "1 h 30" is 1 h and 30 min.
        last = max((_ORDER.index(u) for u in parts), default=-1)
        if last + 1 < len(_ORDER):
            parts[_ORDER[last + 1]] = pending
    if not parts:
        return None
    value = "PT" + "".join(f"{parts[u]}{u}" for u in _ORDER if u in parts)
    return value


def _before(span: Span, n: int = 1) -> list[str]:
    doc = span.doc
    words = []
    i = span.start - 1
    while i >= 0 and len(words) < n:
        if not doc[i].is_space:
            words.append(doc[i].lower_.replace("’", "'"))
        i -= 1
    return words


def measures_length(span: Span) -> bool:
    """Whether the clock-like ``span`` (``3 h``, ``1 h 30``) measures a length in its sentence."""
    doc = span.doc
    hours = next((int(re.match(r"\d+", t.text).group()) for t in span if t.text[:1].isdigit()), 0)
    if hours > 24:
        return True
    before = _before(span, 3)
    after = doc[span.end] if span.end < len(doc) else None
    if before and before[0] in _CLOCK_LEADS:
        return False  # "vers 2 h 15", "à 3 h": a point on the clock
    if before and before[0] in _APPROXIMATORS:
        return True
    if len(before) > 1 and before[0] in ("de", "d'") and before[1] in _APPROXIMATORS:
        return True
    if before and before[0] in _LENGTH_LEADS:
        return True
    if before and before[0] in ("de", "d'") and (after is None or after.lower_ not in _RANGE_NEXT):
        # "un retard de 1 h 30", but "de 9 h à 17 h" is a span of the clock.
        return not (
            len(before) > 1
            and before[1] in ("entre", "ouvert", "ouverte", "ouverts", "ouvertes", "alentours", "autour")
        )
    if after is not None and after.lower_ in ("de", "d'", "d’") and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
        if nxt.pos_ == "NOUN" or nxt.is_lower and nxt.is_alpha and nxt.lower_ not in ("la", "le", "l'"):
            return True  # "2 h 30 de débat", "3 h de route"
    if before and _LASTING_FORM.match(before[0]):
        return True  # "le film dure 1 h 30" (the tagger may read "dure" as the adjective)
    head = span.root.head
    for _ in range(3):
        if head.lemma_ in _LASTING and head.i < span.start:
            return True
        if head.head is head:
            break
        head = head.head
    return False


_CLOCK_WORD = re.compile(r"^(\d{1,2}h(\d\d)?|h|h\.|heures?|\d{1,2}:\d\d)$")
_ZONE_AFTER = {"gmt", "utc", "locale", "locales"}


def names_clock_elsewhere(span: Span) -> bool:
    """``à 10 heures (16 heures à Paris)``, ``14 heures GMT``: the same point on another clock,
    not a length."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text == "(" and _CLOCK_WORD.match(doc[i - 1].lower_):
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return bool(after) and (after[0] in _ZONE_AFTER or after[-1] in _ZONE_AFTER)
