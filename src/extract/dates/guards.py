"""Guards: matches that look like dates but are numbers or parts of names.

FACTS.md §2.3: a year inside a name (``Jeux olympiques et paralympiques
2024``, ``Euro 2016``) is no date; neither are quantities (``2000 personnes``,
``66 %``) nor a month name used as a name (``la planète Mars``).

>>> doc = nlp("Les Jeux olympiques et paralympiques 2024 commencent.")   # doctest: +SKIP
>>> year_is_name(doc[5:6])                                              # doctest: +SKIP
True
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .patterns import TEMPORAL, UNITS
from .words import day_of, lower_words, month_of

_TIME_NOUNS = set(TEMPORAL["time_nouns"])

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
# Words that may link the parts of a name before its year: "Tour de France 2024".
_NAME_LINKS = {"de", "du", "des", "d'", "d’", "et", "-"}
_MAX_NAME_TOKENS = 6


def _before(span: Span) -> Token | None:
    """The word before the span, over no-break spaces."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_space and "\n" not in span.doc[i].text:
        i -= 1
    return span.doc[i] if i >= 0 else None


def _after(span: Span) -> Token | None:
    """The word after the span, over no-break spaces."""
    i = span.end
    while i < len(span.doc) and span.doc[i].is_space and "\n" not in span.doc[i].text:
        i += 1
    return span.doc[i] if i < len(span.doc) else None


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


def _opens_sentence(token: Token) -> bool:
    """By punctuation, not by the parser (which often starts a sentence at a capital)."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return (before.is_space and "\n" in before.text) or before.text in (".", "!", "?", ":")


def year_is_name(core: Span) -> bool:
    """A bare year that ends a capitalised name (``Jeux olympiques et paralympiques 2024``,
    ``Euro 2016``, ``Tour de France 2024``) names something; after a common noun it is a
    date (``le budget 2023``, ``la présidentielle 2022``)."""
    doc = core.doc
    before = _before(core)
    if before is None:
        return False
    if before.text in ("n°", "N°", "no", "+", "#") or before.like_num:
        return True
    i = before.i
    while i >= 0 and core.start - i <= _MAX_NAME_TOKENS:
        token = doc[i]
        if token.is_space and "\n" not in token.text:
            i -= 1
            continue
        if token.is_alpha and (token.is_title or token.is_upper) and not _opens_sentence(token):
            if _quoted(doc, token.i, core.end):
                return True  # "« Cap 2030 »", "« Horizon 2040 »": a programme's name
            return not _is_temporal_word(token.text) and token.lower_ not in UNITS
        if token.pos_ in ("NOUN", "ADJ", "PROPN") or token.lower_ in _NAME_LINKS:
            i -= 1
            continue
        break
    return False


_OPENING_QUOTES = {"«", "“", '"'}
_CLOSING_QUOTES = {"»", "”", '"'}


def _quoted(doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is all that a pair of quotation marks holds, over spaces."""
    i, j = start - 1, end
    while i >= 0 and doc[i].is_space:
        i -= 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return i >= 0 and j < len(doc) and doc[i].text in _OPENING_QUOTES and doc[j].text in _CLOSING_QUOTES


def _bare_noun_after_de(core: Span) -> bool:
    """``de retard``, ``de grève``, ``d'action``: "de" and a noun with no article."""
    doc = core.doc
    after = _after(core)
    if after is None or after.lower_ not in ("de", "d'", "d’") or after.i + 1 >= len(doc):
        return False
    noun = doc[after.i + 1]
    return noun.pos_ == "NOUN" and noun.is_lower


def not_a_length(core: Span, trimmed: bool) -> bool:
    """``une journée de grève`` names a day of action, not a length; ``une seconde phase``
    is an ordinal."""
    words = lower_words(core)
    if not trimmed and words in (["une", "journée"], ["la", "journée"]) and _bare_noun_after_de(core):
        return True
    after = _after(core)
    return (
        words[-1] in ("seconde", "secondes")
        and after is not None
        and after.pos_ in ("NOUN", "ADJ")
        and after.is_lower
    )


def age_class(core: Span) -> bool:
    """``l'entraîneur des moins de 19 ans``: an age class, not a length of time."""
    doc = core.doc
    words = [t.lower_ for t in doc[max(0, core.start - 3) : core.start] if not t.is_space]
    if core[0].lower_ in ("moins", "plus"):
        return bool(words) and words[-1] in ("des", "les")
    return (
        len(words) >= 3
        and words[-3] in ("des", "les")
        and words[-2] in ("moins", "plus")
        and words[-1] == "de"
    )


# Shares of a count: "67 % des jours de grève", "la moitié des jours".
_SHARES = {"%", "moitié", "tiers", "quart", "majorité", "plupart", "part", "proportion", "nombre", "total"}


def share_of_days(core: Span) -> bool:
    before = _before(core)
    return core[0].lower_ == "des" and before is not None and before.lower_ in _SHARES


def per_unit_of(core: Span) -> bool:
    """``chaque jour de retard``: a rate per unit of something, not a recurring time;
    ``chaque jour de la semaine`` stays a set."""
    return _bare_noun_after_de(core)


def idiom_overnight(core: Span) -> bool:
    """``du jour au lendemain``: overnight, no day after any date."""
    doc = core.doc
    i = core.start
    words = [t.lower_ for t in doc[max(0, i - 3) : i]]
    return words[-2:] == ["jour", "au"] or words[-3:] == ["jour", "à", "le"]


def _looks_like_year(core: Span) -> bool:
    return len(core) == 1 and core[0].text.isdigit() and 1900 <= int(core[0].text) <= 2099


def is_quantity(core: Span) -> bool:
    """A number followed by a unit or a counted noun (``2000 personnes``, ``2024 €``)."""
    after = _after(core)
    if after is not None:
        if after.lower_ in _QUANTITY_AFTER or after.text[:1].isdigit() or after.lower_ in UNITS:
            return True
        if after.pos_ == "NOUN" and after.is_lower and not _is_temporal_word(after.text):
            # "2000 personnes" counts; a singular word after a year is rather a mistagged verb
            # ("le rapport de 2023 pointe une hausse").
            return not (_looks_like_year(core) and "Sing" in after.morph.get("Number"))
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
    after = _after(core)
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return True
    return any(ent.label_ == "PER" and ent.start <= core.start and core.end <= ent.end for ent in doc.ents)


def word_in_name(core: Span) -> bool:
    """``Rouen Demain``, ``Le Monde d'Aujourd'hui``: a capitalised time word after a capitalised
    word, away from the start of a sentence, is part of a name."""
    first = core[0]
    capitalised = first.text[:1].isupper() and not first.is_upper  # "Aujourd'hui" is no str.istitle()
    if not capitalised or _opens_sentence(first):
        return False
    if inside_longer_name(core):
        return True
    before = _before(core)
    return before is not None and before.is_alpha and (before.is_title or before.is_upper)


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def impossible_day(month: int | None, day: int | None) -> bool:
    """``31 février``, ``31 avril``: no calendar has them (29 February is left to the year)."""
    return month is not None and day is not None and day > _MONTH_DAYS[month - 1]


def rejected(match: Span, core: Span, rule: str) -> bool:
    """Whether the guards turn down ``core`` (``match`` without its leading preposition), read by ``rule``."""
    trimmed = core.start > match.start
    if rule == "year":
        if inside_longer_name(core) or is_quantity(core):
            return True
        if not trimmed and len(core) == 1:
            digits = re.search(r"\d{4}", core.text)  # "2025", "mi-2025"
            year = int(digits.group()) if digits else 0
            return year_is_name(core) or not 1800 <= year <= 2099
    if rule == "month":
        return month_is_name(core)
    if rule == "holiday":
        return holiday_is_name(core)
    if rule in ("relative_day", "vague") and not trimmed:
        return word_in_name(core)
    if rule == "duration" and not trimmed and lower_words(core) in (["un", "jour"], ["une", "fois"]):
        # "Un jour, il reviendra": some day, not a length of one day.
        return True
    if rule == "duration" and (not_a_length(core, trimmed) or age_class(core) or share_of_days(core)):
        return True
    if rule == "set" and per_unit_of(core):
        return True
    if rule == "event_day" and idiom_overnight(core):
        return True
    if rule in ("date_full", "range_days"):
        words = lower_words(core)
        return impossible_day(month_of(words), day_of(words))
    if rule in ("date_numeric", "date_numeric_short"):
        # `31/02/2023` or `12/13` reads as no calendar day: a reference number, not a date.
        digits = re.findall(r"\d+", core[-1].text)
        if len(digits) < 2:
            return False
        day, month = (digits[2], digits[1]) if len(digits[0]) == 4 and len(digits) > 2 else digits[:2]
        day, month = int(day), int(month)
        return not 1 <= month <= 12 or not 1 <= day or impossible_day(month, day)
    if rule == "weekday_day":
        # "mardi 14 heures" is a time, not the 14th.
        after = _after(core)
        return (
            is_quantity(core)
            or after is not None
            and (after.lower_ in ("h", "h.", "heures", "heure") or after.lower_ in UNITS)
        )
    if rule == "time":
        before = _before(core)
        return before is not None and (before.like_num or before.text in ("+", "/"))
    return False
