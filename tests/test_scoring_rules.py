"""The matching rules of FACTS.md §3 on small hand-written fact lists (no model needed)."""

from __future__ import annotations

import pytest

from extract.records import fact_from_dict
from extract.scoring import PRFScore, score_facts
from extract.scoring.match import GoldNames, iou, one_to_one, spans_overlap, token_f1
from extract.scoring.prf import Accuracy


def ent(subject, type_="ORG", aliases=(), mentions=None, doc="d"):
    data = {"doc": doc, "kind": "entity", "subject": subject, "predicate": "type", "object": type_}
    data["aliases"] = list(aliases)
    if mentions is not None:
        data["mentions"] = [list(m) for m in mentions]
    return fact_from_dict(data)


def rel(subject, predicate, obj, doc="d"):
    return fact_from_dict(
        {"doc": doc, "kind": "entity", "subject": subject, "predicate": predicate, "object": obj}
    )


def claim(start, end, subject=None, category="SAY", mode="indirect", target=None, doc="d"):
    text = "x" * (end - start)
    return fact_from_dict(
        {"doc": doc, "kind": "claim", "subject": subject, "predicate": "dire", "object": text, "text": text,
         "start": start, "end": end, "category": category, "mode": mode, "target": target}
    )  # fmt: skip


def date(start, end, value, type_="DATE", subject_span=None, doc="d"):
    data = {"doc": doc, "kind": "date", "subject": None, "predicate": "date", "object": value, "type": type_,
            "text": "x" * (end - start), "start": start, "end": end}  # fmt: skip
    if subject_span is not None:
        data["subject"] = "y" * (subject_span[1] - subject_span[0])
        data["subject_start"], data["subject_end"] = subject_span
    return fact_from_dict(data)


def counts(score):
    return (score.tp, score.fp, score.fn) if isinstance(score, PRFScore) else (score.correct, score.total)


# --- counts that add up, None when there is nothing to score -----------------------------


def test_prf_adds_up_and_is_none_when_nothing_to_score():
    score = PRFScore()
    assert (score.precision, score.recall, score.f1) == (None, None, None)
    score += PRFScore(tp=0, fp=0, fn=2)  # gold facts, no prediction
    assert (score.precision, score.recall, score.f1) == (None, 0.0, 0.0)
    score += PRFScore(tp=2, fp=2, fn=0)
    assert (score.tp, score.fp, score.fn) == (2, 2, 2)
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5
    assert Accuracy().value is None and (Accuracy(1, 4) + Accuracy(1, 0)).value == 0.5


# --- low-level rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_names", "a", "b", "expected"),
    [
        ([], "L’Union   Européenne", "union europeenne", True),  # apostrophe, case, accents, spaces
        ([], "la Commission européenne", "Commission européenne", True),  # leading article
        ([], "les Verts", "Verts", True),
        ([], "Lens", "Les", False),  # "les" is an article only as a separate word
        ([["Fédération française de football", "FFF"]], "FFF", "la Fédération française de football", True),
        (
            [["Fédération française de football", "FFF"], ["Ligue de football professionnel", "LFP"]],
            "FFF",
            "LFP",
            False,
        ),
        ([], None, None, True),  # an unattributed claim matches an unattributed claim
        ([], None, "Le gouvernement", False),
    ],
)
def test_names_match(gold_names, a, b, expected):
    assert GoldNames(gold_names).match(a, b) is expected
    assert GoldNames(gold_names).match(b, a) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 100), (0, 50), 0.5), ((0, 10), (10, 20), 0.0), ((5, 15), (5, 15), 1.0), ((0, 10), (5, 15), 1 / 3)],
)
def test_iou(a, b, expected):
    assert iou(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"), [((0, 10), (9, 20), True), ((0, 10), (10, 20), False), ((3, 4), (0, 10), True)]
)
def test_spans_overlap(a, b, expected):
    assert spans_overlap(a, b) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("directrice générale adjointe", "directrice générale", 0.8),
        ("porte-parole", "Porte-parole", 1.0),
        ("ancien ministre de l'Intérieur", "ministre", 0.5),
        ("maire", "préfet", 0.0),
        ("directeur de la communication", "chargée de la stratégie", 0.0),  # function words do not count
    ],
)
def test_token_f1(gold, pred, expected):
    assert token_f1(gold, pred) == pytest.approx(expected)


def test_one_to_one_takes_the_best_pair_first_and_each_side_once():
    # gold 0 is best matched with pred 1; gold 1 then cannot take pred 1 and falls back to pred 0.
    assert one_to_one([((0.6,), 0, 0), ((0.9,), 0, 1), ((0.8,), 1, 1), ((0.5,), 1, 0)]) == [(0, 1), (1, 0)]
    # ties go to the earlier facts, so the result only depends on the files
    assert one_to_one([((1,), 1, 0), ((1,), 0, 0)]) == [(0, 0)]


# --- entities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "detect", "typed"),
    [
        # same name after normalization
        ([ent("Union européenne")], [ent("l’union Européenne")], (1, 0, 0), (1, 0, 0)),
        # a predicted name equal to a gold alias, and the other way round
        ([ent("Médecins du monde", aliases=["MdM"])], [ent("MdM")], (1, 0, 0), (1, 0, 0)),
        ([ent("Lyon", "LOC")], [ent("Ville de Lyon", "LOC", aliases=["Lyon"])], (1, 0, 0), (1, 0, 0)),
        # right name, wrong type: detected, not typed
        ([ent("Pékin", "LOC")], [ent("Pékin", "ORG")], (1, 0, 0), (0, 1, 1)),
        # one gold fact matches at most one prediction: the second split is spurious
        (
            [ent("Médecins du monde", aliases=["MdM"])],
            [ent("MdM"), ent("Médecins du monde")],
            (1, 1, 0),
            (1, 1, 0),
        ),
        (
            [ent("Karim Benzema", "PER")],
            [ent("Benzema", "PER")],
            (0, 1, 1),
            (0, 1, 1),
        ),  # a surname needs a gold alias
        ([ent("Lyon", "LOC")], [ent("Lyon", "LOC"), ent("NDLR")], (1, 1, 0), (1, 1, 0)),
    ],
)
def test_entity_types(gold, pred, detect, typed):
    tally = score_facts(gold, pred)
    assert counts(tally.prf("entity.detect")) == detect
    assert counts(tally.prf("entity.typed")) == typed


def test_one_to_one_prefers_the_pair_of_the_same_type_then_the_same_name():
    gold = [ent("Médecins du monde", "ORG", aliases=["MdM"])]
    pred = [ent("MdM", "MISC"), ent("MdM", "ORG"), ent("Médecins du monde", "ORG")]
    tally = score_facts(gold, pred)
    assert counts(tally.prf("entity.typed")) == (1, 2, 0)
    [spurious_1, spurious_2] = [i.fact for i in tally.issues if i.status == "spurious"]
    assert (spurious_1.subject, spurious_1.object) == ("MdM", "MISC")
    assert (spurious_2.subject, spurious_2.object) == ("MdM", "ORG")


def test_entity_labels_count_misses_under_gold_type_and_spurious_under_predicted_type():
    tally = score_facts([ent("Pékin", "LOC")], [ent("Pékin", "ORG")])
    assert counts(tally.labels["entity.typed"]["LOC"]) == (0, 0, 1)
    assert counts(tally.labels["entity.typed"]["ORG"]) == (0, 1, 0)


def test_mentions_are_exact_spans_where_gold_has_them():
    gold = [ent("Lyon", "LOC", mentions=[(0, 4), (30, 34)]), ent("Rhône", "LOC")]  # Rhône: no gold mentions
    pred = [
        ent("Lyon", "LOC", mentions=[(0, 4), (31, 34), (50, 54)]),
        ent("Rhône", "LOC", mentions=[(60, 65)]),
    ]
    tally = score_facts(gold, pred)
    # (0, 4) right; (31, 34) is not exact; (50, 54) spurious; Rhône's mentions are not scored
    assert counts(tally.prf("entity.mention")) == (1, 2, 1)


def test_no_mention_score_when_gold_has_no_mentions():
    tally = score_facts([ent("Lyon", "LOC")], [ent("Lyon", "LOC", mentions=[(0, 4)])])
    assert tally.prf("entity.mention").f1 is None


# --- relations ----------------------------------------------------------------------------

GOLD_ENTITIES = [
    ent("Claire Dubois", "PER", aliases=["Dubois"]),
    ent("Fédération française de football", aliases=["FFF"]),
    ent("Suède", "LOC"),
]


@pytest.mark.parametrize(
    ("gold", "pred", "measure", "expected"),
    [
        # subject and object match as names through the gold entity's aliases
        (rel("Claire Dubois", "member_of", "Fédération française de football"), rel("Dubois", "member_of", "FFF"),
         "relation.member_of", (1, 0, 0)),
        (rel("FFF", "located_in", "Suède"), rel("la Fédération française de football", "located_in", "suède"),
         "relation.located_in", (1, 0, 0)),
        # same names, other predicate: no match
        (rel("Claire Dubois", "member_of", "FFF"), rel("Claire Dubois", "located_in", "FFF"),
         "relation.member_of", (0, 0, 1)),
        # role objects match by token F1 >= 0.5
        (rel("Claire Dubois", "role", "directrice générale adjointe"), rel("Dubois", "role", "directrice générale"),
         "relation.role", (1, 0, 0)),
        (rel("Claire Dubois", "role", "ancienne ministre des Sports"), rel("Dubois", "role", "ministre de la Culture"),
         "relation.role", (0, 1, 1)),
        # a name the gold does not know is compared as written
        (rel("Claire Dubois", "member_of", "FFF"), rel("Claude Dubois", "member_of", "FFF"),
         "relation.member_of", (0, 1, 1)),
    ],
)  # fmt: skip
def test_relations(gold, pred, measure, expected):
    tally = score_facts(GOLD_ENTITIES + [gold], GOLD_ENTITIES + [pred])
    assert counts(tally.prf(measure)) == expected


def test_predicted_aliases_do_not_make_two_gold_names_match():
    gold = [ent("Claire Dubois", "PER"), ent("Marc Dubois", "PER"), rel("Claire Dubois", "role", "maire")]
    pred = [ent("Marc Dubois", "PER", aliases=["Claire Dubois"]), rel("Marc Dubois", "role", "maire")]
    assert counts(score_facts(gold, pred).prf("relation.role")) == (0, 1, 1)


def test_relations_are_one_to_one():
    gold = GOLD_ENTITIES + [rel("Claire Dubois", "member_of", "FFF")]
    pred = GOLD_ENTITIES + [rel("Dubois", "member_of", "FFF"), rel("Claire Dubois", "member_of", "FFF")]
    tally = score_facts(gold, pred)
    assert counts(tally.prf("relation.member_of")) == (1, 1, 0)
    assert counts(tally.prf("relation.all")) == (1, 1, 0)
    [spurious] = [i.fact for i in tally.issues if i.kind == "relation"]
    assert spurious.subject == "Dubois"  # the exact subject was matched first


# --- claims -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred_span", "detected"),
    [((0, 100), True), ((0, 50), True), ((0, 49), False), ((50, 150), False), ((20, 120), True)],
)
def test_claims_match_with_iou_of_at_least_half(pred_span, detected):
    tally = score_facts([claim(0, 100)], [claim(*pred_span)])
    assert counts(tally.prf("claim.detect")) == ((1, 0, 0) if detected else (0, 1, 1))


def test_claims_are_one_to_one_best_iou_first():
    tally = score_facts(
        GOLD_ENTITIES + [claim(0, 100, subject="Claire Dubois")], [claim(0, 90, "X"), claim(0, 100, "Dubois")]
    )
    assert counts(tally.prf("claim.detect")) == (1, 1, 0)
    assert counts(tally.acc("claim.source")) == (1, 1)  # the exact span, with the right source, was taken


@pytest.mark.parametrize(
    ("gold_subject", "pred_subject", "right"),
    [
        (None, None, True),  # null matches null
        (None, "Le gouvernement", False),
        ("Claire Dubois", None, False),
        ("Claire Dubois", "Dubois", True),  # alias of a gold entity
        ("Les syndicats", "les syndicats", True),  # a phrase as written, after normalization
        ("Les syndicats", "syndicats enseignants", False),
    ],
)
def test_claim_source_and_end_to_end(gold_subject, pred_subject, right):
    tally = score_facts(
        GOLD_ENTITIES + [claim(0, 80, gold_subject)], GOLD_ENTITIES + [claim(0, 80, pred_subject)]
    )
    assert counts(tally.prf("claim.detect")) == (1, 0, 0)
    assert counts(tally.acc("claim.source")) == (int(right), 1)
    assert counts(tally.prf("claim.e2e")) == ((1, 0, 0) if right else (0, 1, 1))


def test_claim_category_mode_and_target_are_accuracies_among_matches():
    gold = GOLD_ENTITIES + [
        claim(0, 80, "FFF", "DEMAND", "direct", target="Claire Dubois"),
        claim(100, 150, "FFF"),
    ]
    pred = GOLD_ENTITIES + [claim(0, 80, "FFF", "ACCUSE", "mixed", target="Dubois"), claim(200, 250, "FFF")]
    tally = score_facts(gold, pred)
    assert counts(tally.acc("claim.category")) == (0, 1)
    assert counts(tally.acc("claim.mode")) == (0, 1)
    assert counts(tally.acc("claim.target")) == (1, 1)
    assert counts(tally.prf("claim.e2e")) == (1, 1, 1)
    # per category: the match under its gold category, the spurious claim under its own
    assert counts(tally.labels["claim.detect"]["DEMAND"]) == (1, 0, 0)
    assert counts(tally.labels["claim.detect"]["SAY"]) == (0, 1, 1)
    [wrong] = [i for i in tally.issues if i.status == "wrong"]
    assert "category" in wrong.detail and "mode" in wrong.detail and "target" not in wrong.detail


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "strict", "relaxed", "value", "e2e"),
    [
        (date(10, 19, "2020-05-31"), (1, 0, 0), (1, 0, 0), (1, 1), (1, 0, 0)),
        (
            date(13, 19, "2020-05-31"),
            (0, 1, 1),
            (1, 0, 0),
            (1, 1),
            (1, 0, 0),
        ),  # « 31 mai » inside « le 31 mai »
        (date(13, 19, "XXXX-05-31"), (0, 1, 1), (1, 0, 0), (0, 1), (0, 1, 1)),
        (date(19, 25, "2020-05-31"), (0, 1, 1), (0, 1, 1), (0, 0), (0, 1, 1)),  # touching is not overlapping
    ],
)
def test_dates_strict_relaxed_value_and_end_to_end(pred, strict, relaxed, value, e2e):
    tally = score_facts([date(10, 19, "2020-05-31")], [pred])
    assert counts(tally.prf("date.strict")) == strict
    assert counts(tally.prf("date.relaxed")) == relaxed
    assert counts(tally.acc("date.value")) == value
    assert counts(tally.prf("date.e2e")) == e2e


def test_relaxed_dates_are_one_to_one():
    # « entre 2012 et 2019 » gives two gold facts; one prediction over the whole range matches one of them
    tally = score_facts([date(6, 10, "2012"), date(14, 18, "2019")], [date(0, 18, "2012")])
    assert counts(tally.prf("date.relaxed")) == (1, 0, 1)
    assert counts(tally.prf("date.e2e")) == (1, 0, 1)


def test_date_type_accuracy():
    tally = score_facts([date(0, 8, "P2Y", "DURATION")], [date(0, 8, "P2Y", "DATE")])
    assert counts(tally.acc("date.type")) == (0, 1)
    assert counts(tally.prf("date.e2e")) == (1, 0, 0)  # end-to-end needs the value, not the type


@pytest.mark.parametrize(
    ("gold_subject", "pred_subject", "expected"),
    [
        ((30, 50), (40, 60), (1, 1)),
        ((30, 50), (60, 70), (0, 1)),
        ((30, 50), None, (0, 1)),
        (None, (40, 60), (0, 0)),
    ],
)
def test_date_attachment_among_relaxed_matches_with_a_gold_subject(gold_subject, pred_subject, expected):
    tally = score_facts(
        [date(0, 8, "2015", subject_span=gold_subject)], [date(0, 8, "2015", subject_span=pred_subject)]
    )
    assert counts(tally.acc("date.attach")) == expected


# --- documents and totals ----------------------------------------------------------------


def test_facts_match_only_within_their_document():
    tally = score_facts(
        [ent("Lyon", "LOC", doc="a"), ent("Lyon", "LOC", doc="b")], [ent("Lyon", "LOC", doc="a")]
    )
    assert counts(tally.prf("entity.typed")) == (1, 0, 1)


def test_overall_adds_up_the_kinds():
    gold = [ent("Lyon", "LOC"), claim(0, 80, "Lyon"), date(100, 104, "2015")]
    pred = [ent("Lyon", "LOC"), claim(0, 80, None), date(100, 104, "2016"), date(200, 204, "2017")]
    tally = score_facts(gold, pred)
    assert counts(tally.prf("overall.detect")) == (3, 1, 0)
    assert counts(tally.prf("overall.e2e")) == (1, 3, 2)


def test_gold_against_itself_is_perfect_everywhere_it_has_facts():
    gold = GOLD_ENTITIES + [
        ent("Lyon", "LOC", mentions=[(0, 4)]),
        rel("Claire Dubois", "role", "présidente"),
        rel("Claire Dubois", "member_of", "FFF"),
        rel("FFF", "located_in", "Suède"),
        claim(0, 80, "Claire Dubois", "DEMAND", "direct", target="FFF"),
        claim(100, 180, None),
        date(200, 210, "2020-05-31", subject_span=(220, 240)),
        date(300, 308, "P2Y", "DURATION"),
    ]
    scores = score_facts(gold, gold).flat()
    rated = {k: v for k, v in scores.items() if k.rsplit(".", 1)[1] in ("p", "r", "f1", "acc")}
    assert rated and all(v == 1.0 for v in rated.values()), {k: v for k, v in rated.items() if v != 1.0}
