"""Dates: a French temporal tagger (``extract_dates``) that resolves against the article's date.

Detection by spaCy Matcher patterns (``patterns.py``), guards against numbers
and names (``guards.py``), TIMEX3 normalization (``normalize.py``, ``anchor.py``,
``timex.py``, ``tense.py``) and attachment to the event dated (``attach.py``).
"""

from . import factory  # noqa: F401  (registers the spaCy factory)
