"""Matcher patterns of French temporal expressions, as data.

Each entry is ``{"label": rule, "pattern": [token patterns]}`` as in spaCy's
``EntityRuler``; the label names the normalization rule (see ``normalize.py``).
An entry with ``"requires": "DEP"`` reads the parse and runs only on parsed docs.
Patterns may start with a context preposition (``en 2015``, ``depuis deux
ans``) that the component trims off the extent (FACTS.md §2.3); the
preposition stays visible to the normalizer, which needs it (``dans trois
jours`` is a date, ``pendant trois jours`` a duration).

The vocabulary comes from the shared lexicons (``calendar.json``,
``numbers.json``, ``temporal.json``): extend those files, not this module.

>>> sorted({p["label"] for p in PATTERNS})[:3]
['ago', 'date_full', 'date_numeric']
"""

from __future__ import annotations

from ..lexicons import MONTHS, WEEKDAYS, load

_NUMBERS = load("numbers.json")
TEMPORAL = load("temporal.json")

CARDINALS: dict[str, int] = _NUMBERS["cardinals"]
APPROXIMATIONS: dict[str, int] = _NUMBERS["approximations"]
FRACTIONS: dict[str, float] = _NUMBERS["fractions"]
UNITS: dict[str, str] = TEMPORAL["units"]
ORDINALS: dict[str, int] = _NUMBERS["ordinals"]
HOLIDAYS: dict[str, str] = TEMPORAL["holidays"]

# Full month names stand alone ("en octobre"); abbreviations only next to a day or a year
# ("3 sept. 2020"), so that "sept" the number and "mars"/"mai" in names are left alone.
FULL_MONTHS = sorted(k for k in MONTHS if len(k) >= 5 or k in ("mai", "juin", "mars", "août", "aout"))
ALL_MONTHS = sorted(set(MONTHS) | {k + "." for k in MONTHS if k not in FULL_MONTHS})
WEEKDAY_NAMES = sorted(WEEKDAYS)
WEEKDAY_PLURALS = sorted(w + "s" for w in WEEKDAYS)
PARTS_OF_DAY = sorted(TEMPORAL["parts_of_day"])
PAST_WORDS = TEMPORAL["past_words"]
FUTURE_WORDS = [w for w in TEMPORAL["future_words"] if " " not in w]
REL_WORDS = sorted(set(PAST_WORDS) | set(FUTURE_WORDS))

# Leading words trimmed off an extent: prepositions, and contractions that hold one ("au", "du").
PREPOSITIONS = [
    "à", "a", "au", "aux", "en", "dans", "depuis", "dès", "pendant", "durant", "pour", "de", "d'", "d’",
    "du", "jusqu'", "jusqu’", "jusque", "vers", "avant", "après", "entre", "sur", "par", "sous",
    "ici", "partir", "courant", "lors", "peu", "alentours", "autour",
]  # fmt: skip
# Articles that stay in the extent when no preposition precedes them ("le 31 mai").
DETERMINERS = ["le", "la", "les", "l'", "l’"]
DEMONSTRATIVES = ["ce", "cet", "cette", "ces"]

_DAY = {"LOWER": {"REGEX": r"^(0?[1-9]|[12]\d|3[01]|1er|1ᵉʳ|premier)$"}}
_YEAR = {"TEXT": {"REGEX": r"^(1[0-9]\d\d|20\d\d)$"}}
_MONTH = {"LOWER": {"IN": FULL_MONTHS}}
_SEASON = {"LOWER": {"IN": sorted(TEMPORAL["seasons"])}}
_MONTH_ANY = {"LOWER": {"IN": ALL_MONTHS}}
_WEEKDAY = {"LOWER": {"IN": WEEKDAY_NAMES}}
_PART = {"LOWER": {"IN": PARTS_OF_DAY}}
_REL = {"LOWER": {"IN": REL_WORDS}}
_DET = {"LOWER": {"IN": DETERMINERS}}
_DEM = {"LOWER": {"IN": DEMONSTRATIVES}}
_NUMBER = {"LOWER": {"REGEX": r"^\d{1,4}$"}}
_NUMWORD = {"LOWER": {"IN": sorted(CARDINALS)}}
_QUANT = {"LOWER": {"IN": sorted(set(TEMPORAL["vague_quantities"]) - {"des"})}}
_APPROX = {"LOWER": {"IN": sorted(APPROXIMATIONS)}}
_MOD = {"LOWER": {"IN": ["début", "fin", "milieu", "courant"]}}
_DE = {"LOWER": {"IN": ["de", "d'", "d’", "du"]}}
_CLOCK = {"LOWER": {"REGEX": r"^([01]?\d|2[0-4])(h|h\.|:)([0-5]\d)?$"}}
_H = {"LOWER": {"IN": ["h", "h."]}}
_HOUR = {"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}
_MINUTES = {"TEXT": {"REGEX": r"^[0-5]\d$"}}
# "à 6 heures du matin", "à 8 heures du soir", "à 3 heures de l'après-midi".
_CLOCK_PARTS: list[list[dict]] = [
    [],
    [{"LOWER": "du"}, {"LOWER": {"IN": ["matin", "soir"]}}],
    [{"LOWER": "de"}, {"LOWER": {"IN": ["l'", "l’"]}}, {"LOWER": "après-midi"}],
]
_AT = {"LOWER": {"IN": ["à", "a", "vers", "dès"]}}
# Between a day and its clock time: "lundi à 9 h", "le 7 mars dès 6 heures", "mercredi peu avant
# 23 heures", "lundi aux alentours de 18 heures".
_CLOCK_LEAD = [
    {"LOWER": {"IN": ["peu", "aux"]}, "OP": "?"},
    {"LOWER": {"IN": ["à", "a", "vers", "dès", "avant", "après", "alentours", "autour"]}, "OP": "?"},
    {"LOWER": "de", "OP": "?"},
]
_TIME_PREP = {
    "LOWER": {"IN": ["à", "a", "vers", "dès", "avant", "après", "jusqu'à", "depuis", "de", "entre"]}
}


def _unit(*units: str) -> dict:
    return {"LOWER": {"IN": sorted(k for k, v in UNITS.items() if v in units and "-" not in k)}}


_CAL_UNITS = ("W", "M", "Y", "Q", "HALF", "DE", "CE")
_ANY_UNIT = ("S", "MIN", "H", "D", "W", "M", "Y", "Q", "HALF", "DE", "CE", "ML")
# "week-end" is one token or three ("week", "-", "end") depending on the tokenizer.
_WEEKEND = [
    [{"LOWER": {"IN": ["week-end", "weekend", "week-ends"]}}],
    [{"LOWER": "week"}, {"ORTH": "-"}, {"LOWER": "end"}],
]
_CAL = [[_unit(*_CAL_UNITS)], *_WEEKEND]
# Amounts: "deux", "24", "plusieurs", "une dizaine d'", "un quart de", "de nombreuses".
_AMOUNTS = [
    [_NUMBER],
    [_NUMWORD],
    [_QUANT],
    [{"LOWER": "de"}, {"LOWER": {"IN": ["nombreux", "nombreuses", "longues"]}}],
    [{"LOWER": {"IN": ["un", "une"]}}, _APPROX, _DE],
    [{"LOWER": {"IN": ["un", "une"]}}, {"LOWER": {"IN": ["quart", "demi", "tiers"]}}, _DE],
    [{"LOWER": "des"}],
]
# "un an et demi": the half is optional, but "et" alone is no part of the expression.
_HALF: list[list[dict]] = [[], [{"LOWER": "et"}, {"LOWER": {"IN": ["demi", "demie"]}}]]
# Approximators stay in a duration's extent: "près de six heures", "plus de dix heures", "environ deux ans".
_APPROX_LEAD = [
    {"LOWER": "au", "OP": "?"},  # "au moins deux semaines"
    {
        "LOWER": {"IN": ["plus", "moins", "près", "presque", "environ", "quasiment", "pratiquement"]},
        "OP": "?",
    },
    {"LOWER": {"IN": ["de", "d'", "d’"]}, "OP": "?"},
]
_LONG_HOUR = {"LOWER": {"REGEX": r"^\d{1,3}$"}}
_MIN_UNIT = {"LOWER": {"IN": ["min", "min.", "mn", "minute", "minutes"]}}
_SECONDS = [
    {"LOWER": {"REGEX": r"^[0-5]?\d$"}, "OP": "?"},
    {"LOWER": {"IN": ["s", "sec", "secondes"]}, "OP": "?"},
]
_DURATION_PREPS = ["depuis", "pendant", "durant", "en", "pour", "sur", "sous", "après", "avant"]


# "dans l'après-midi", "en soirée", "au matin", "dans la nuit" after a day.
_IN_PART = [
    {"LOWER": {"IN": ["dans", "en", "au", "à", "dès"]}},
    {**_DET, "OP": "?"},
    {"LOWER": {"IN": ["début", "fin", "milieu"]}, "OP": "?"},
    {"LOWER": {"IN": ["de", "d'", "d’"]}, "OP": "?"},
    _PART,
]


# French typography puts no-break spaces inside expressions ("14\u00a0h\u00a030", "3\u00a0mai"); the
# tokenizer keeps them as tokens, so one may stand between any two words (never a line break).
_INNER_SPACE = {"TEXT": {"REGEX": r"^[\u00a0\u202f\u2009\u2007 ]+$"}, "OP": "?"}


def _p(label: str, *parts: list[dict]) -> dict:
    pattern: list[dict] = []
    for part in parts:
        for token in part:
            if pattern:
                pattern.append(_INNER_SPACE)
            pattern.append(token)
    return {"label": label, "pattern": pattern}


def _word(word: str) -> dict:
    """One word, with either apostrophe (``l'`` / ``l’``)."""
    return {"LOWER": {"IN": [word, word.replace("'", "’")]}}


def _optional(token: dict) -> list[dict]:
    return [{**token, "OP": "?"}]


_LEAD = _optional({"LOWER": {"IN": PREPOSITIONS + DETERMINERS + DEMONSTRATIVES}})

PATTERNS: list[dict] = [
    # -- absolute and underspecified calendar dates --
    _p("date_full", _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR)),
    _p("date_full", _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH, _REL]),
    _p("date_full", _LEAD, _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR)),
    # A day and its part of the day are one expression: "dimanche 5 mai dans l'après-midi".
    _p("date_full", _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR), _IN_PART),
    # "le 16 juin 18 heures", "le 3 mai 2024 à 14h30": a day and its clock time are one expression.
    _p("date_full", _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR), _CLOCK_LEAD, [_CLOCK]),
    _p("date_full", _LEAD, _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR), _CLOCK_LEAD, [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES)),
    _p("date_numeric", _LEAD, [{"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])([./])(0?[1-9]|1[0-2])\2(\d{4}|\d{2})$"}}]),
    _p("date_numeric", _LEAD, [{"TEXT": {"REGEX": r"^(1[0-9]|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"}}]),
    _p("weekday_day", _LEAD, [_WEEKDAY, _DAY]),
    # "lundi 11 à 20 h": the day and its clock time are one TIME.
    _p("weekday_day", _LEAD, [_WEEKDAY, _DAY], _CLOCK_LEAD, [_CLOCK]),
    _p("weekday_day", _LEAD, [_WEEKDAY, _DAY], _CLOCK_LEAD, [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES)),
    # "le 12/03", "jusqu'au 31/12": a day and month in figures, after an article that makes it a date.
    _p("date_numeric_short", [{"LOWER": {"IN": ["le", "du", "au", "jusqu'au", "jusqu’au"]}}], [{"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])$"}}]),
    _p("month_year", _LEAD, _optional({"LOWER": {"IN": ["mois"]}}), _optional(_DE), [_MONTH_ANY, _YEAR]),
    _p("month_year", _LEAD, [_MOD], _optional(_DE), [_MONTH_ANY, _YEAR]),
    # "entre septembre et novembre 2024": the second bound of a range of months.
    _p("month_year", [{"LOWER": "et"}], [_MONTH_ANY, _YEAR]),
    # "la rentrée 2022": the start of the school and working year, in September.
    _p("month_year", _LEAD, [_DET, {"LOWER": {"IN": sorted(TEMPORAL["month_periods"])}}], _optional(_DE), [_YEAR]),
    _p("month_year", _LEAD, [{"LOWER": {"REGEX": r"^mi-(" + "|".join(FULL_MONTHS) + r")$"}}], _optional(_YEAR)),
    _p("month", _LEAD, [{"LOWER": {"IN": ["en", "depuis", "dès", "d'", "d’", "de", "courant", "ici", "avant", "après", "pour", "jusqu'en", "jusqu’en", "entre", "à", "et"]}}, _MONTH], _optional(_REL)),
    # "la rentrée de septembre": the start of the school and working year, named by its month.
    _p("month", _LEAD, [_DET, {"LOWER": "rentrée"}, _DE, _MONTH], _optional(_REL)),
    _p("month", _LEAD, _optional(_DET), [{"LOWER": "mois"}, _DE, _MONTH], _optional(_REL)),
    # "à la fin du mois de juin", "au début du mois de mars".
    _p("month", _LEAD, _optional(_DET), [_MOD, _DE, {"LOWER": "mois"}, _DE, _MONTH], _optional(_REL)),
    _p("month", _LEAD, _optional(_DET), [_MOD], _optional(_DE), [_MONTH], _optional(_REL)),
    _p("month", _LEAD, [_MONTH, _REL]),
    _p("year", _LEAD, [_YEAR]),
    # "l'année 2008", "l'exercice 2024" (a fiscal year).
    _p("year", _LEAD, [_DET, {"LOWER": {"IN": ["an", "année", "exercice"]}}, _YEAR]),
    _p("year", _LEAD, [_MOD], _optional(_DE), [_YEAR]),
    _p("year", _LEAD, [{"LOWER": {"REGEX": r"^mi-(1[0-9]|20)\d\d$"}}]),
    _p("quarter", _LEAD, _optional(_DET), [{"LOWER": {"IN": sorted(ORDINALS)}}, {"LOWER": {"IN": ["trimestre", "semestre"]}}], _optional(_DE), _optional(_YEAR)),
    # "avant la fin du premier semestre 2026": the modifier stays in the extent.
    _p("quarter", _LEAD, _optional(_DET), [_MOD, _DE], _optional(_DET), [{"LOWER": {"IN": sorted(ORDINALS)}}, {"LOWER": {"IN": ["trimestre", "semestre"]}}], _optional(_DE), _optional(_YEAR)),
    _p("holiday", _LEAD, _optional(_DET), [{"LOWER": {"IN": sorted(k for k in HOLIDAYS if " " not in k)}}], _optional(_YEAR)),
    *[_p("holiday", _LEAD, [_word(w) for w in k.replace("'", "' ").split()], _optional(_YEAR)) for k in HOLIDAYS if " " in k],
    _p("season", _LEAD, [{"LOWER": {"IN": ["ce", "cet", "cette", "le", "l'", "l’"]}}, _SEASON], _optional(_REL)),
    _p("season", _LEAD, _optional(_DET), [_SEASON, _YEAR]),
    _p("season", [{"LOWER": {"IN": ["au", "en"]}}], [_SEASON], _optional(_REL)),
    _p("season", _LEAD, [_MOD, _DE], _optional(_DET), [_SEASON], _optional(_YEAR)),
    _p("century", _LEAD, _optional(_DET), [{"TEXT": {"REGEX": r"^([XVI]{1,5}|\d{1,2})(e|ème|è)$"}}, {"LOWER": "siècle"}]),
    _p("decade", _LEAD, _optional(_DET), [{"LOWER": {"IN": ["années", "décennie"]}}, {"TEXT": {"REGEX": r"^(1[0-9]\d0|20\d0|\d0)$"}}]),
    # "au milieu des années 1980", "au début des années 2000": the modifier stays in the extent.
    _p("decade", _LEAD, [_MOD, {"LOWER": "des"}, {"LOWER": {"IN": ["années", "décennies"]}}, {"TEXT": {"REGEX": r"^(1[0-9]\d0|20\d0|\d0)$"}}]),
    # "des années 1950": "des" holds the preposition "de" and goes with it.
    _p("decade", [{"LOWER": "des"}], [{"LOWER": {"IN": ["années", "décennies"]}}, {"TEXT": {"REGEX": r"^(1[0-9]\d0|20\d0|\d0)$"}}]),
    # -- days relative to the DCT or to the last date --
    _p("relative_day", _LEAD, [{"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}], _optional(_PART)),
    _p("relative_day", _LEAD, [{"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}], _IN_PART),
    _p("relative_day", _LEAD, [{"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}], _optional(_PART), _CLOCK_LEAD, [_CLOCK]),
    _p("relative_day", _LEAD, [{"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}], _optional(_PART), _CLOCK_LEAD, [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES)),
    # "à 20 heures ce soir", "à 8 h demain": a clock time and its day are one TIME.
    _p("relative_day", _optional(_AT), [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES), [{"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}]),
    _p("relative_day", _optional(_AT), [_CLOCK, {"LOWER": {"IN": sorted(TEMPORAL["relative_days"])}}]),
    _p("part_of_day", _optional(_AT), [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES), [_DEM, _PART]),
    _p("part_of_day", _optional(_AT), [_CLOCK, _DEM, _PART]),
    _p("event_day", _LEAD, _optional(_DET), [{"LOWER": {"IN": sorted(TEMPORAL["event_relative_days"])}}], _optional({"LOWER": {"IN": ["au"]}}), _optional(_PART)),
    _p("weekday", _LEAD, [_WEEKDAY], _optional({"LOWER": {"IN": REL_WORDS + PARTS_OF_DAY}})),
    _p("weekday", _LEAD, [_WEEKDAY], _optional(_REL), _IN_PART),
    # "mardi à 14 heures", "lundi 9h30": a day and its clock time are one expression.
    _p("weekday", _LEAD, [_WEEKDAY], _optional(_REL), _optional(_PART), _CLOCK_LEAD, [_CLOCK]),
    *[_p("weekday", _LEAD, [_WEEKDAY], _optional(_REL), _optional(_PART), _CLOCK_LEAD, [_HOUR, {"LOWER": {"IN": ["h", "h.", "heure", "heures"]}}], _optional(_MINUTES), suffix) for suffix in _CLOCK_PARTS],
    _p("weekday", _LEAD, [_DET, _PART, _DE, _WEEKDAY], _optional(_REL)),
    # "la nuit de samedi 9 novembre 2024": a part of a dated day is one TIME.
    _p("date_full", _LEAD, [_DET, _PART, _DE], _optional(_WEEKDAY), [_DAY, _MONTH_ANY], _optional(_YEAR)),
    # -- periods relative to the DCT: "cette année", "l'an dernier", "ce week-end", "le mois prochain" --
    *[_p("relative_period", _LEAD, [_DEM], unit, _optional({"LOWER": {"IN": ["-ci", "-là", "ci", "là"]}})) for unit in _CAL],
    *[_p("relative_period", _LEAD, [_DEM], unit, [{"ORTH": "-"}, {"LOWER": {"IN": ["ci", "là"]}}]) for unit in _CAL],
    *[_p("relative_period", _LEAD, [_DET], unit, [_REL]) for unit in _CAL],
    *[_p("relative_period", _LEAD, [_DET, _REL], unit) for unit in _CAL],
    *[_p("relative_period", _LEAD, [_MOD, _DE], _optional(_DEM), _optional(_DET), unit, _optional(_REL)) for unit in _CAL],
    *[_p("relative_period", _LEAD, [_DET, _MOD, _DE], _optional(_DEM), _optional(_DET), unit, _optional(_REL)) for unit in _CAL],
    _p("vague_period", _LEAD, [{"LOWER": {"IN": ["ces", "les"]}}, _REL, _unit(*_ANY_UNIT)]),
    # "au cours des dernières semaines": "des" holds the preposition "de".
    _p("vague_period", [{"LOWER": "des"}, {"LOWER": {"IN": ["derniers", "dernières", "prochains", "prochaines"]}}, _unit(*_ANY_UNIT)]),
    _p("vague_period", _LEAD, [{"LOWER": {"IN": ["les"]}}, _unit(*_ANY_UNIT), {"LOWER": "à"}, {"LOWER": "venir"}]),
    # -- offsets: "il y a deux semaines", "dans trois jours", "deux jours plus tard" --
    *[_p("ago", [{"LOWER": "il"}, {"LOWER": "y"}, {"LOWER": "a"}], _optional({"LOWER": "un"}), _optional({"LOWER": "peu"}), _APPROX_LEAD, amount, [_unit(*_ANY_UNIT)], half) for amount in _AMOUNTS for half in _HALF],
    _p("ago", [{"LOWER": "il"}, {"LOWER": "y"}, {"LOWER": "a"}, {"LOWER": {"IN": ["longtemps", "peu"]}}]),
    *[_p("offset_future", [{"LOWER": "dans"}], amount, [_unit(*_ANY_UNIT)]) for amount in _AMOUNTS],
    # "d'ici trois ans": the length of time within which something happens.
    *[_p("duration", [{"LOWER": {"IN": ["d'ici", "ici"]}}], amount, [_unit(*_ANY_UNIT)], half) for amount in _AMOUNTS for half in _HALF],
    *[_p("offset_narrative", amount, [_unit(*_ANY_UNIT)], [{"LOWER": "plus"}, {"LOWER": {"IN": ["tôt", "tard"]}}]) for amount in _AMOUNTS],
    *[_p("offset_narrative", amount, [_unit(*_ANY_UNIT), {"LOWER": "auparavant"}]) for amount in _AMOUNTS],
    *[_p("offset_narrative", amount, [_unit(*_ANY_UNIT), {"LOWER": {"IN": ["après", "avant"]}}], [{"IS_PUNCT": True}]) for amount in _AMOUNTS],
    # -- clock times and parts of the day --
    _p("time", _optional(_TIME_PREP), [_CLOCK]),
    _p("time", _optional(_TIME_PREP), [{"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}, _H], _optional(_MINUTES)),
    *[_p("time", [{"LOWER": {"IN": ["à", "a", "vers", "dès"]}}], [{"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}, {"LOWER": {"IN": ["heure", "heures"]}}], _optional(_MINUTES), suffix) for suffix in _CLOCK_PARTS],
    # "peu avant 23 heures", "aux alentours de 18 heures": points on the clock.
    *[_p("time", [{"LOWER": "peu"}, {"LOWER": {"IN": ["avant", "après"]}}], [{"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}, {"LOWER": {"IN": ["heure", "heures"]}}], _optional(_MINUTES), suffix) for suffix in _CLOCK_PARTS],
    *[_p("time", [{"LOWER": {"IN": ["alentours", "autour"]}}, {"LOWER": "de"}], [{"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}, {"LOWER": {"IN": ["heure", "heures"]}}], _optional(_MINUTES), suffix) for suffix in _CLOCK_PARTS],
    *[_p("time", _optional(_TIME_PREP), [{"LOWER": {"REGEX": r"^([01]?\d|2[0-4])$"}}, _H], _optional(_MINUTES), suffix) for suffix in _CLOCK_PARTS[1:]],
    _p("time", [_TIME_PREP], [{"LOWER": {"IN": ["midi", "minuit"]}}]),
    _p("part_of_day", _LEAD, [_DEM, _PART]),
    # "la nuit dernière", "la soirée précédente".
    _p("part_of_day", _LEAD, [_DET, _PART, _REL]),
    # "le jour même", "le même jour", "le soir même": the day of the last date told.
    _p("same_day", _LEAD, [{"LOWER": "le"}, {"LOWER": {"IN": ["jour"] + PARTS_OF_DAY}}, {"LOWER": "même"}]),
    _p("same_day", _LEAD, [{"LOWER": "le"}, {"LOWER": "même"}, {"LOWER": "jour"}]),
    _p("part_of_day", [{"LOWER": {"IN": ["dans", "pendant", "durant", "dès", "depuis", "à", "vers"]}}], [_DET, _PART]),
    _p("part_of_day", [{"LOWER": "en"}], [{"LOWER": {"IN": ["matinée", "soirée", "journée", "mi-journée", "après-midi"]}}]),
    _p("part_of_day", _LEAD, [_MOD, _DE], _optional(_DET), [_PART]),
    # "La nuit, il gèle": a bare part of the day that the parse marks as a temporal modifier.
    {**_p("part_of_day", [_DET, {"LOWER": {"IN": PARTS_OF_DAY}, "DEP": "obl:mod"}]), "requires": "DEP"},
    _p("part_of_day", [{**_DET, "IS_SENT_START": True}, _PART, {"ORTH": ","}]),
    # -- durations: "deux ans", "plusieurs années", "un quart de siècle", "un an et demi" --
    *[_p("duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, amount, [_unit(*_ANY_UNIT)], half) for amount in _AMOUNTS for half in _HALF],
    # "2 h 41 min", "1h30min", "2 heures et 41 minutes", "12 min 30 s": lengths written like clock times.
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [_LONG_HOUR, _H], _optional(_MINUTES), [_MIN_UNIT], _SECONDS),
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [{"LOWER": {"REGEX": r"^\d{1,3}h(\d\d)?$"}}], _optional(_MINUTES), [_MIN_UNIT], _SECONDS),
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [{"LOWER": {"REGEX": r"^\d{1,3}h\d{1,2}(min|mn)$"}}]),
    # "36 h", "en 3 h": read as a length or a clock time by its context (lengths.py).
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [_LONG_HOUR, _H], _optional(_MINUTES)),
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [{"LOWER": {"REGEX": r"^\d{1,3}h$"}}, {"LOWER": {"REGEX": r"^\d{1,2}(min|mn)$"}}]),
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [_LONG_HOUR, {"LOWER": {"IN": ["heure", "heures"]}}], _optional({"LOWER": "et"}), [_MINUTES], _optional(_MIN_UNIT), _SECONDS),
    _p("clock_duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), _APPROX_LEAD, [{"LOWER": {"REGEX": r"^\d{1,3}$"}}, _MIN_UNIT, {"LOWER": {"REGEX": r"^[0-5]?\d$"}}, {"LOWER": {"IN": ["s", "s.", "sec", "secondes"]}}]),
    _p("duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), [{"LOWER": {"IN": ["un", "une"]}}, {"LOWER": {"REGEX": r"^demi-"}}]),
    *[_p("duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), [_DET, {"LOWER": {"IN": ["derniers", "dernières", "prochains", "prochaines"]}}], amount, [_unit(*_ANY_UNIT)]) for amount in _AMOUNTS[:2]],
    *[_p("duration", _optional({"LOWER": {"IN": _DURATION_PREPS + ["les", "ces"]}}), amount, [{"LOWER": {"IN": REL_WORDS}}, _unit(*_ANY_UNIT)]) for amount in _AMOUNTS[:2]],
    # "ces trois jours", "les deux mois d'été": a counted stretch keeps its determiner.
    *[_p("duration", _optional({"LOWER": {"IN": _DURATION_PREPS}}), [{"LOWER": {"IN": ["les", "ces"]}}], amount, [_unit(*_ANY_UNIT)], _optional({"LOWER": {"IN": ["d'", "d’", "de"]}}), _optional(_SEASON)) for amount in _AMOUNTS[:2]],
    # "les heures suivantes": a vague stretch after the event told.
    _p("duration", [{"LOWER": "les"}, _unit(*_ANY_UNIT), {"LOWER": {"IN": ["suivantes", "suivants"]}}]),
    _p("duration", [{"LOWER": "les"}, _unit(*_ANY_UNIT), {"LOWER": "qui"}], _optional({"LOWER": {"IN": ["ont", "avaient", "vont"]}}), [{"LOWER": {"IN": ["suivi", "suivent", "suivront", "suivirent", "précédé", "précèdent", "précéderont"]}}]),
    # -- sets: "chaque année", "tous les lundis", "tous les deux ans", "deux fois par an", "annuel" --
    _p("set", [{"LOWER": "chaque"}], [{"LOWER": {"IN": sorted(UNITS) + WEEKDAY_NAMES + PARTS_OF_DAY}}]),
    # "chaque été", "chaque 1er janvier", "tous les étés".
    _p("set", [{"LOWER": "chaque"}], [_SEASON]),
    _p("set", [{"LOWER": {"IN": ["tous", "toutes"]}}, {"LOWER": "les"}, {"LOWER": {"IN": ["printemps", "étés", "automnes", "hivers"]}}]),
    _p("set", [{"LOWER": "chaque"}], [_DAY, _MONTH]),
    _p("set", [{"LOWER": {"IN": ["tous", "toutes"]}}, {"LOWER": "les"}], _optional({"LOWER": {"REGEX": r"^(\d{1,3}|" + "|".join(CARDINALS) + ")$"}}), [{"LOWER": {"IN": sorted(UNITS) + WEEKDAY_PLURALS + [p + "s" for p in PARTS_OF_DAY]}}], _optional(_PART)),
    _p("set", [{"LOWER": {"REGEX": r"^(\d{1,3}|" + "|".join(CARDINALS) + ")$"}}, {"LOWER": "fois"}, {"LOWER": "par"}, _unit(*_ANY_UNIT)]),
    _p("set", [{"LOWER": {"IN": ["le", "les"]}}, {"LOWER": {"IN": WEEKDAY_PLURALS}}]),
    _p("set", [{"LOWER": {"IN": sorted(TEMPORAL["set_adjectives"])}}]),
    _p("set_rate", [{"LOWER": "par"}, {"LOWER": {"IN": ["an", "mois", "jour", "semaine", "année"]}}]),
    # -- vague references: "actuellement", "désormais", "à l'avenir", "autrefois" --
    _p("vague", [{"LOWER": {"IN": sorted(set(TEMPORAL["vague"]) - set(TEMPORAL["relative_days"]))}}]),
    *[
        _p("vague_phrase", [{"LOWER": {"IN": preps}}], [_word(w) for w in phrase.replace("'", "' ").split()])
        for phrase, preps in TEMPORAL["vague_prepositions"].items()
    ],
    # -- ranges, one fact per bound: "du 3 au 5 mai", "entre le 3 et le 5 mai" --
    _p("range_days", [{"LOWER": {"IN": ["du", "entre", "de", "les"]}}], _optional(_DET), [_DAY, {"LOWER": {"IN": ["au", "à", "et", "-"]}}], _optional(_DET), [_DAY, _MONTH_ANY], _optional(_YEAR)),
]  # fmt: skip
