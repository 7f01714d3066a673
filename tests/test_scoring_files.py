"""Reading gold and prediction files, checking spans against the texts, and the thresholds."""

from __future__ import annotations

import json

import pytest

from extract.errors import SchemaError
from extract.scoring import diff
from extract.scoring.gate import check, load_thresholds, parse_fail_under
from extract.scoring.loading import load_facts

TEXT = (
    "Lyon, le 3 mai 2024. La maire Claire Dubois a déclaré : « Nous rouvrirons la piscine en juin. » "
    "Selon la Fédération française de football (FFF), le stade est fermé depuis deux ans.\n"
)


def span(words: str, text: str = TEXT) -> dict:
    start = text.index(words)
    return {"text": words, "start": start, "end": start + len(words)}


def gold_facts(doc: str = "a") -> list[dict]:
    return [
        {"doc": doc, "kind": "entity", "subject": "Claire Dubois", "predicate": "type", "object": "PER",
         "aliases": [], "mentions": [[span("Claire Dubois")["start"], span("Claire Dubois")["end"]]]},
        {"doc": doc, "kind": "entity", "subject": "Fédération française de football", "predicate": "type",
         "object": "ORG", "aliases": ["FFF"]},
        {"doc": doc, "kind": "entity", "subject": "Claire Dubois", "predicate": "role", "object": "maire"},
        {"doc": doc, "kind": "claim", "subject": "Claire Dubois", "predicate": "déclarer",
         "object": "Nous rouvrirons la piscine en juin.", **span("Nous rouvrirons la piscine en juin."),
         "category": "SAY", "mode": "direct", "target": None},
        {"doc": doc, "kind": "date", "subject": None, "predicate": "date", "object": "2024-06", "type": "DATE",
         **span("juin")},
        {"doc": doc, "kind": "date", "subject": "le stade est fermé", "predicate": "date", "object": "P2Y",
         "type": "DURATION", **span("deux ans"), "subject_start": span("le stade est fermé")["start"],
         "subject_end": span("le stade est fermé")["end"]},
    ]  # fmt: skip


def write_jsonl(path, facts, extra_lines=()):
    lines = [json.dumps(f, ensure_ascii=False) for f in facts] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_gold_against_itself_scores_one_everywhere_it_has_facts(tmp_path, raw):
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_facts())
    result = diff(gold, gold, raw)
    rated = {k: v for k, v in result.scores().items() if k.rsplit(".", 1)[1] in ("p", "r", "f1", "acc")}
    assert {k: v for k, v in rated.items() if v not in (1.0, None)} == {}
    assert rated["claim.e2e.f1"] == rated["date.attach.acc"] == rated["entity.mention.f1"] == 1.0
    assert rated["relation.member_of.f1"] is None  # no member_of fact in this gold: nothing to score
    assert result.ignored == {"gold": {}, "pred": {}} and result.warnings == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"doc": "a", "subject": "X", "predicate": "type", "object": "ORG"}', "'kind' is missing"),
        ('{"doc": "a", "kind": "entity", "subject": "X", "predicate": "type", "object": "COMPANY"}', "'COMPANY'"),
        ('{"doc": "a", "kind": "claim", "subject": null, "predicate": null, "object": "x", "text": "x", '
         '"start": 0, "end": 1, "category": "SAID", "mode": "direct", "target": null}', "'SAID'"),
        ('{"doc": "a", "kind": "date", "subject": null, "predicate": "date", "object": "2020", "type": "DATE"}',
         "needs its span"),
    ],
)  # fmt: skip
def test_a_malformed_line_names_its_file_and_line(tmp_path, line, message):
    path = write_jsonl(tmp_path / "gold.jsonl", gold_facts()[:1], [line])
    with pytest.raises(SchemaError, match=rf"gold\.jsonl:2: .*{message}") as info:
        load_facts(path)
    assert info.value.exit_code == 2


def test_what_cannot_be_scored_is_counted_not_dropped(tmp_path):
    facts = gold_facts()
    facts[0]["confidence"] = 0.9
    facts.append({"doc": "a", "kind": "event", "subject": "x", "predicate": "y", "object": "z"})
    facts.append(
        {"doc": "a", "kind": "entity", "subject": "FFF", "predicate": "founded_in", "object": "1919"}
    )
    loaded = load_facts(write_jsonl(tmp_path / "pred.jsonl", facts))
    assert len(loaded.facts) == len(gold_facts())
    assert dict(loaded.ignored) == {
        "field 'confidence' (not in FACTS.md, not scored)": 1,
        "kind 'event' (not in FACTS.md, not scored)": 1,
        "entity predicate 'founded_in' (not in FACTS.md, not scored)": 1,
    }


def test_predictions_on_documents_outside_the_gold_are_ignored_and_counted(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_facts("a") + gold_facts("b"))
    pred = write_jsonl(tmp_path / "pred.jsonl", gold_facts("a") + gold_facts("c"))
    result = diff(gold, pred)
    assert result.ignored["pred"] == {"a document absent from the gold (1 document(s), not scored)": 6}
    assert result.warnings and "'b'" in result.warnings[0]
    assert result.scores()["claim.detect.r"] == 0.5  # b's claim is missed
    assert set(result.docs) == {"a", "b"}
    assert result.docs["a"].flat()["claim.detect.f1"] == 1.0


@pytest.mark.parametrize(
    ("index", "change", "message"),
    [
        (3, {"start": 5}, r"gold\.jsonl:4: text \[5:"),  # the claim's span is off
        (5, {"subject_start": 0, "subject_end": 10}, r"gold\.jsonl:6: subject \[0:10\] reads 'Lyon, le 3'"),
        (0, {"mentions": [[0, 4], [200, 290]]}, r"gold\.jsonl:1: mention \[200, 290\]"),
    ],
)
def test_raw_checks_every_span_against_the_text(tmp_path, raw, index, change, message):
    facts = gold_facts()
    facts[index].update(change)
    gold = write_jsonl(tmp_path / "gold.jsonl", facts)
    with pytest.raises(SchemaError, match=message):
        diff(gold, gold, raw)
    diff(gold, write_jsonl(tmp_path / "pred.jsonl", gold_facts()))  # without --raw, nothing to check against


def test_raw_reads_texts_as_extract_run_does(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_bytes(("\ufeff" + TEXT.replace("\n", "\r\n")).encode("utf-8"))
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_facts())
    assert diff(gold, gold, folder).texts["a"] == TEXT


def test_raw_without_the_document_says_where_to_point(tmp_path, raw):
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_facts("zzz"))
    with pytest.raises(SchemaError, match=r"no text for document 'zzz'.*<out>/texts"):
        diff(gold, gold, raw)


# --- thresholds ---------------------------------------------------------------------------


def test_fail_under_and_thresholds_file(tmp_path):
    path = tmp_path / "thresholds.toml"
    path.write_text(
        'claim.e2e.f1 = 0.8\n"date.relaxed.f1" = 0.9\n[entity]\ntyped.f1 = 0.5\n', encoding="utf-8"
    )
    assert load_thresholds(path) == {"claim.e2e.f1": 0.8, "date.relaxed.f1": 0.9, "entity.typed.f1": 0.5}
    assert parse_fail_under("claim.e2e.f1=0.8,date.relaxed.f1=1") == {
        "claim.e2e.f1": 0.8,
        "date.relaxed.f1": 1.0,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("claim.e2e.f1", "not measure=value"),
        ("claim.e2e.f2=0.8", "unknown measure 'claim.e2e.f2'"),
        ("claim.e2e.tp=3", "unknown measure"),  # counts are not gates
        ("claim.e2e.f1=80", "between 0 and 1"),
        ("claim.e2e.f1=high", "between 0 and 1"),
    ],
)
def test_bad_thresholds_say_how_to_fix_them(text, message):
    with pytest.raises(SchemaError, match=message):
        parse_fail_under(text)


def test_gate_fails_below_and_skips_what_was_not_scored():
    checks = check({"claim.e2e.f1": 0.75, "date.e2e.f1": None, "entity.typed.f1": 0.8}, {
        "claim.e2e.f1": 0.8, "date.e2e.f1": 0.9, "entity.typed.f1": 0.8})  # fmt: skip
    assert [(c.measure, c.status) for c in checks] == [
        ("claim.e2e.f1", "failed"),
        ("date.e2e.f1", "not scored"),
        ("entity.typed.f1", "ok"),
    ]
    assert checks[0].gap == pytest.approx(0.05)


def test_project_thresholds_file_is_valid():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "gold" / "thresholds.toml"
    assert load_thresholds(path)


def test_project_gold_against_itself_is_perfect():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    gold = root / "data" / "gold" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("data/gold/gold.jsonl is not written yet")
    result = diff(gold, gold, root / "data" / "raw")
    rated = {k: v for k, v in result.scores().items() if k.rsplit(".", 1)[1] in ("p", "r", "f1", "acc")}
    assert {k: v for k, v in rated.items() if v not in (1.0, None)} == {}
