"""Name normalization of FACTS.md §3, shared by the extractors and the scorer.

>>> normalize_name("  L’Union   Européenne ")
'union europeenne'
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_LEADING_ARTICLE = re.compile(r"^(?:l'\s*|(?:la|le|les)\s+)")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_name(text: str | None) -> str:
    """NFKC, casefold, accents removed, apostrophes to ', leading l'/la/le/les removed, spaces collapsed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    text = strip_accents(text)
    text = " ".join(text.split())
    return _LEADING_ARTICLE.sub("", text, count=1).strip()
