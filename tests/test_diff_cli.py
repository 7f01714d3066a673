"""`extract diff` through the CLI: exit codes, stderr messages, --json, --errors, the gate."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extract.cli import app
from test_scoring_files import TEXT, gold_facts, write_jsonl

runner = CliRunner()


@pytest.fixture
def files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_facts())
    pred_facts = gold_facts()
    pred_facts[3]["subject"] = None  # the claim loses its source
    del pred_facts[4]  # « juin » is missed
    pred_facts.append(
        {**pred_facts[0], "subject": "Lyon", "object": "LOC", "mentions": [[0, 4]]}
    )  # not in gold
    pred = write_jsonl(tmp_path / "pred.jsonl", pred_facts)
    return gold, pred, raw


def invoke(*args):
    return runner.invoke(app, ["diff", *map(str, args)])


def test_gold_against_itself(files, tmp_path):
    gold, _, raw = files
    out = tmp_path / "scores.json"
    result = invoke(
        gold, "--pred", gold, "--raw", raw, "--json", out, "--fail-under", "claim.e2e.f1=1,date.e2e.f1=1"
    )
    assert result.exit_code == 0, result.output
    assert "claim.e2e" in result.stdout and "Quality gate" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"scores", "labels", "docs", "ignored"}
    assert data["scores"]["claim.e2e.f1"] == 1.0 and data["scores"]["claim.e2e.tp"] == 1
    assert data["scores"]["relation.located_in.r"] is None
    assert data["labels"]["entity.typed"]["PER"]["f1"] == 1.0
    assert data["docs"]["a"]["scores"]["date.relaxed.f1"] == 1.0
    assert data["errors"] == [] and data["warnings"] == []


def test_scores_and_errors_with_context(files):
    gold, pred, raw = files
    result = invoke(gold, "--pred", pred, "--raw", raw, "--errors", "--per-doc")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Errors: claim" in out and "source: gold 'Claire Dubois', predicted None" in out
    assert "Errors: date" in out and "missed" in out and "2024-06" in out
    assert "Errors: entity" in out and "spurious" in out and "Lyon, le 3 mai" in out  # a snippet of context
    assert "Per document" in out


def test_json_to_stdout_keeps_the_tables_off_stdout(files):
    gold, pred, _ = files
    result = invoke(gold, "--pred", pred, "--json", "-")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    assert (
        scores["claim.detect.f1"] == 1.0
        and scores["claim.e2e.f1"] == 0.0
        and scores["claim.source.acc"] == 0.0
    )
    assert scores["date.relaxed.r"] == 0.5
    errors = json.loads(result.stdout)["errors"]
    assert sorted((e["kind"], e["status"]) for e in errors) == [
        ("claim", "wrong"),
        ("date", "missed"),
        ("entity", "spurious"),
    ]
    [wrong] = [e for e in errors if e["status"] == "wrong"]
    assert wrong["fact"]["subject"] == "Claire Dubois" and wrong["other"]["subject"] is None
    assert "Scores" in result.stderr


def test_gate_failure_exits_1_and_says_by_how_much(files, tmp_path):
    gold, pred, raw = files
    thresholds = tmp_path / "thresholds.toml"
    thresholds.write_text(
        "claim.e2e.f1 = 0.0\ndate.relaxed.f1 = 0.9\nrelation.member_of.f1 = 0.9\n", encoding="utf-8"
    )
    result = invoke(
        gold, "--pred", pred, "--raw", raw, "--thresholds", thresholds, "--fail-under", "claim.e2e.f1=0.5"
    )
    assert result.exit_code == 1
    assert "gate failed: 2 measure(s) below threshold" in result.stderr
    assert "claim.e2e.f1 0.000 < 0.500" in result.stderr  # --fail-under wins over the file
    assert "date.relaxed.f1 0.667 < 0.900" in result.stderr
    assert "not scored" in result.stdout  # member_of: nothing to score, does not fail


def test_a_malformed_gold_line_exits_2_naming_file_and_line(files, tmp_path):
    gold, pred, _ = files
    bad = write_jsonl(tmp_path / "bad.jsonl", gold_facts()[:2], ['{"doc": "a", "kind": "date"}'])
    result = invoke(bad, "--pred", pred)
    assert result.exit_code == 2
    assert "bad.jsonl:3: field 'subject' is missing" in result.stderr


def test_a_span_that_does_not_match_the_text_exits_2(files, tmp_path):
    gold, _, raw = files
    facts = gold_facts()
    facts[4]["start"] += 1
    pred = write_jsonl(tmp_path / "pred.jsonl", facts)
    result = invoke(gold, "--pred", pred, "--raw", raw)
    assert result.exit_code == 2
    assert "pred.jsonl:5: text" in result.stderr and "fix the offsets" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fail-under", "claim.e2e=0.5"], "unknown measure 'claim.e2e'"),
        (["--pred", "nowhere.jsonl"], "nowhere.jsonl"),
    ],
)
def test_usage_errors_exit_2(files, args, message):
    gold, pred, _ = files
    # --pred is always given: the default, data/out/facts.jsonl, exists only after a run.
    result = invoke(gold, "--pred", pred, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_ignored_lines_are_reported_on_stderr(files, tmp_path):
    gold, _, _ = files
    facts = gold_facts() + [
        {"doc": "a", "kind": "sentiment", "subject": "x", "predicate": "y", "object": "z"}
    ]
    result = invoke(gold, "--pred", write_jsonl(tmp_path / "pred.jsonl", facts))
    assert result.exit_code == 0
    assert "ignored in pred: 1 line(s) with kind 'sentiment'" in result.stderr
