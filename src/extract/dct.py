"""Find the document creation time (DCT) at the top of an article (FACTS.md §1).

Sources, in order: an explicit value (``--dct`` or the JSONL ``date``), a
header `` date 2020-06`` on the first line, then a dateline or "Publié le"
line among the first lines of the body (``28 MARS 2020``, ``Lundi 13 mai
2024``, ``Publié le : 12.05.24``). The header and dateline are metadata: their
span is returned so that no date fact is made from them.

>>> find_dct(" date 2020-06 SAN FRANCISCO | Des associations ...").dct
Dct(value='2020-06', precision='month', source='header')
>>> find_dct("Titre\\n\\n28 MARS 2020\\n\\nContact ...").dct.value
'2020-03-28'
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .errors import SchemaError
from .lexicons import MONTHS, WEEKDAYS
from .records import Dct

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
# "Lundi 13 mai 2024", "28 MARS 2020", "1er juillet 2020"
_LONG_DATE = re.compile(
    rf"(?:(?:{_WEEKDAY_ALT})\s+)?(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})\.?\s+(\d{{4}})",
    re.IGNORECASE,
)
# "12.05.24", "12/05/2024", "2024-05-12"
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_PUBLISHED = re.compile(r"^\s*(?:publié|mis à jour|modifié)\s+le\s*:?\s*", re.IGNORECASE)
# A dateline is short: a date alone, or a place and a date ("PARIS, 3 mai 2024 (AFP) -").
_MAX_DATELINE_CHARS = 80
# A wire dateline opens the lead paragraph on the same line: "MARSEILLE, 3 février 2024 (AFP) - Plusieurs…".
_LEADING_DATELINE = re.compile(
    rf"^\s*[^\W\d][\w'’ .-]{{0,40}},\s*(?:(?:{_WEEKDAY_ALT})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}"
    r"\s*(?:\([^)\n]{1,20}\))?\s*[-–—]",
    re.IGNORECASE,
)
_TOP_LINES = 8


@dataclass(frozen=True)
class DctFinding:
    dct: Dct | None
    spans: tuple[tuple[int, int], ...] = ()  # where the header or datelines stand


def parse_explicit(value: str, source: str) -> Dct:
    """Validate a DCT given by the user or a JSONL ``date`` (ISO date, or datetime cut to the day)."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?", value)
    if not m:
        raise SchemaError(f"date {value!r} is not ISO 8601; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    if _iso(int(y), int(mo or 1), int(d or 1)) is None:
        raise SchemaError(f"date {value!r} has no such month or day; write it as YYYY-MM-DD")
    return Dct.from_value("-".join(p for p in (y, mo, d) if p), source)


def _iso(year: int, month: int, day: int) -> str | None:
    """``2024-05-13``, or None for a day that does not exist (31 février)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_in_line(line: str) -> str | None:
    m = _LONG_DATE.search(line)
    if m:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _NUMERIC_DATE.search(line)
    if m:
        if m.group(4):
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        else:
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if year < 100:
                year += 2000
        return _iso(year, month, day)
    return None


def find_dct(text: str, body_start: int = 0) -> DctFinding:
    """The DCT given by the text itself, or an empty finding (narrative mode).

    The header is looked for on the first line of the text, the dateline among
    the first lines of the body (which starts at ``body_start``).
    """
    m = _HEADER.match(text)
    if m:
        try:
            return DctFinding(parse_explicit(m.group(1), "header"), ((m.start(), m.end()),))
        except SchemaError:
            pass  # " date 2020-13" gives no DCT; the text may still have a dateline
    pos = body_start
    seen = 0
    found: Dct | None = None
    spans: list[tuple[int, int]] = []
    for line in text[body_start:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        if len(line.strip()) > _MAX_DATELINE_CHARS:
            lead = _LEADING_DATELINE.match(line)
            if lead is None:
                continue
            line = line[: lead.end()]
        value = _date_in_line(line)
        if value and found is None:
            found = Dct.from_value(value, "published" if _PUBLISHED.match(line) else "dateline")
        # A press release often repeats its dateline ("(Paris) 28 mars 2020 :"): metadata too.
        if value and value == found.value:
            spans.append((start, start + len(line)))
    return DctFinding(found, tuple(spans))
