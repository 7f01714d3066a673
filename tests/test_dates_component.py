"""The ``extract_dates`` component as a spaCy user sees it: registration, metadata, attachment, TIMEX3 arithmetic."""

from __future__ import annotations

import pytest
import spacy

import extract.dates  # noqa: F401  (registers the factory)
from extract.dates.facts import facts
from extract.dates.timex import Point, duration_value, weekday_near, year_for_month


@pytest.fixture(scope="module")
def blank_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("extract_dates")
    return nlp


def test_add_pipe_on_a_blank_french_pipeline(blank_nlp):
    doc = blank_nlp.make_doc("Lundi, la ministre a annoncé sa démission. Il y a deux semaines, rien.")
    doc._.dct = "2020-06-10"
    doc = blank_nlp(doc)
    assert [(s.text, s.label_, s._.date_value) for s in doc.spans["dates"]] == [
        ("Lundi", "DATE", "2020-06-08"),
        ("Il y a deux semaines", "DATE", "2020-W22"),
    ]


def test_dateline_that_gave_the_dct_is_metadata(blank_nlp):
    text = "PARIS, 3 mai 2024 (AFP) - Le sommet aura lieu le 5 mai 2024."
    doc = blank_nlp.make_doc(text)
    doc._.dct = "2024-05-03"
    doc._.metadata_spans = [[0, text.index("(AFP)")]]
    doc = blank_nlp(doc)
    assert [s.text for s in doc.spans["dates"]] == ["le 5 mai 2024"]


def test_custom_spans_key():
    nlp = spacy.blank("fr")
    nlp.add_pipe("extract_dates", config={"spans_key": "temps"})
    doc = nlp("Le 1er mai 2024, la foule.")
    assert [s._.date_value for s in doc.spans["temps"]] == ["2024-05-01"]


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        (
            "Le 15 novembre 2019, Microsoft a déclaré lancer un audit.",
            "Le 15 novembre 2019",
            "Microsoft a déclaré",
        ),
        (
            "Le rapport publié ce lundi 21 septembre mentionne trois entreprises.",
            "ce lundi 21 septembre",
            "rapport publié",
        ),
        ("Morpho a décroché en 2015 un contrat avec la police.", "2015", "Morpho a décroché"),
        ("La loi de mai 2023 autorise la vidéosurveillance.", "mai 2023", "La loi"),
        ("Lundi, IBM a annoncé la fin de ce logiciel.", "Lundi", "IBM a annoncé"),
        ("Les salariés se mettront en grève demain.", "demain", "se mettront"),
        ("HIER ILS L'ONT FAIT.", "HIER", "ILS L'ONT FAIT"),
    ],
)
def test_subject_is_the_event_dated(nlp, text, date, subject):
    doc = nlp.make_doc(text)
    doc._.dct = "2020-09-25"
    found = {f.text: f for f in facts(nlp(doc))}
    fact = found[date]
    assert subject in fact.subject
    assert text[fact.subject_start : fact.subject_end] == fact.subject


@pytest.mark.parametrize(
    ("point", "value"),
    [
        (Point(2015), "2015"),
        (Point(2023, 5), "2023-05"),
        (Point(None, 5, 31), "XXXX-05-31"),
        (Point(2020, 9, 21), "2020-09-21"),
    ],
)
def test_values_never_invent_parts(point, value):
    assert point.value == value


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [
        (2, "Y", "P2Y"),
        (None, "Y", "PXY"),
        (1.5, "Y", "P18M"),
        (48, "H", "PT48H"),
        (3, "DE", "P3DE"),
        (0.5, "D", "PT12H"),
    ],
)
def test_duration_values(amount, unit, value):
    assert duration_value(amount, unit) == value


@pytest.mark.parametrize(
    ("weekday", "direction", "value"),
    [
        (0, "past", "2020-06-08"),
        (0, "future", "2020-06-15"),
        (2, "past", "2020-06-10"),
        (4, "past", "2020-06-05"),
    ],
)
def test_weekday_near_wednesday_10_june_2020(weekday, direction, value):
    assert weekday_near(Point(2020, 6, 10), weekday, direction).value == value


@pytest.mark.parametrize(
    ("anchor", "month", "day", "direction", "year"),
    [
        (Point(2020, 6), 5, 31, "past", 2020),
        (Point(2020, 6), 10, None, "past", 2019),
        (Point(2020, 6), 3, 3, "future", 2021),
        (Point(2020, 6, 10), 6, 22, "past", 2019),
        (Point(2020, 6), 6, 22, "past", 2020),
        (None, 5, 31, "past", None),
    ],
)
def test_year_of_a_day_without_year(anchor, month, day, direction, year):
    assert year_for_month(anchor, month, day, direction) == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rendez-vous à 14\u00a0h\u00a030.", [("14\u00a0h\u00a030", "TIME", "2020-06-10T14:30")]),
        ("Le vote a eu lieu le 3\u00a0mai\u00a02020.", [("le 3\u00a0mai\u00a02020", "DATE", "2020-05-03")]),
        ("Il est parti il y a deux\u00a0semaines.", [("il y a deux\u00a0semaines", "DATE", "2020-W22")]),
        ("L'Euro\u00a02016 a eu lieu en France.", []),
        ("La hausse atteint 5\u202f% depuis\u00a02015.", [("2015", "DATE", "2015")]),
    ],
)
def test_no_break_spaces_of_french_typography(blank_nlp, text, expected):
    doc = blank_nlp.make_doc(text)
    doc._.dct = "2020-06-10"
    doc = blank_nlp(doc)
    assert [(s.text, s.label_, s._.date_value) for s in doc.spans["dates"]] == expected
