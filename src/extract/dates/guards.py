"""Guards: matches that look like dates but are numbers or parts of names.

FACTS.md §2.3: a year inside a name (``Jeux olympiques et paralympiques
2024``, ``Euro 2016``) is no date; neither are quantities (``2000 personnes``,
``66 %``) nor a month name used as a name (``la planète Mars``).

>>> doc = nlp("Les Jeux olympiques et paralympiques 2024 commencent.")   # doctest: +SKIP
>>> year_is_name(doc[5:6])                                              # doctest: +SKIP
True
"""

from __future__ import annotations

from spacy.tokens import Span

from .patterns import TEMPORAL, UNITS

_TIME_NOUNS = set(TEMPORAL["time_nouns"])

# What may stand right before a bare year: nothing, punctuation, a conjunction, "et", "à".
_OPEN_BEFORE = ("PUNCT", "CCONJ", "SCONJ", "ADP", "ADV", "VERB", "AUX", "PRON")
_QUANTITY_AFTER = {
    "%",
    "€",
    "$",
    "£",
    "euros",
    "euro",
    "dollars",
    "dollar",
    "francs",
    "km",
    "m",
    "kg",
    "mètres",
}
_NAME_LABELS = ("ORG", "MISC", "LOC")


def _is_temporal_word(text: str) -> bool:
    return text.lower() in UNITS or text.lower() in _TIME_NOUNS


def inside_longer_name(span: Span) -> bool:
    """The span sits inside a named entity that is longer than it (``Euro 2016``)."""
    for ent in span.doc.ents:
        if (
            ent.label_ in _NAME_LABELS
            and ent.start <= span.start
            and span.end <= ent.end
            and len(ent) > len(span)
        ):
            return True
    return False


def year_is_name(core: Span) -> bool:
    """A bare year glued to a preceding noun or adjective names something (``paralympiques 2024``)."""
    doc = core.doc
    if core.start > 0:
        before = doc[core.start - 1]
        if before.pos_ not in _OPEN_BEFORE and not before.is_punct and not _is_temporal_word(before.text):
            return True
        if before.text in ("n°", "+", "#", "no", "N°"):
            return True
    return False


def is_quantity(core: Span) -> bool:
    """A number followed by a unit or a counted noun (``2000 personnes``, ``2024 €``)."""
    doc = core.doc
    if core.end < len(doc):
        after = doc[core.end]
        if after.lower_ in _QUANTITY_AFTER or after.text[:1].isdigit():
            return True
        if after.pos_ == "NOUN" and after.is_lower and not _is_temporal_word(after.text):
            return True
    return False


def month_is_name(core: Span) -> bool:
    """A capitalised month name mid-sentence, in mixed-case text, names something (``Mars``)."""
    for token in core:
        if token.is_title and not token.is_sent_start and not token.is_upper:
            prev = token.doc[token.i - 1] if token.i > 0 else None
            if prev is None or not prev.is_upper:
                return True
    return False


def holiday_is_name(core: Span) -> bool:
    """``Noël Mamère``, ``Toussaint Louverture``: a feast name followed by a proper name is a person."""
    doc = core.doc
    after = doc[core.end] if core.end < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return True
    return any(ent.label_ == "PER" and ent.start <= core.start and core.end <= ent.end for ent in doc.ents)
