"""Dates: a French temporal tagger (``extract_dates``) that resolves against the article's date.

- ``patterns.py``: Matcher patterns as data (vocabulary in ``lexicons/*.json``);
- ``guards.py``: numbers, prices and names that look like dates (``Euro 2016``);
- ``normalize.py`` with ``words.py``, ``named.py``, ``ranges.py``, ``lengths.py``: TIMEX3 type
  and value (``lengths.py``: lengths written like clock times, ``2 h 41 min``);
- ``anchor.py``, ``timex.py``, ``tense.py``: the DCT or narrative anchor, calendar arithmetic,
  past or future from the words and the tense;
- ``attach.py``: the event a date belongs to; ``component.py``: the spaCy component;
  ``facts.py``: ``DateFact`` records.

>>> nlp.add_pipe("extract_dates")        # doctest: +SKIP
"""

from . import factory  # noqa: F401  (registers the spaCy factory)
