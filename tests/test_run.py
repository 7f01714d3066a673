"""`extract run` end to end on the sample articles, through the CLI and the library."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from extract.cli import app
from extract.pipeline import extract_all, extract_batch
from extract.reading import read_documents
from extract.records import Document
from extract.run import run

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_run(nlp, raw_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    summary = run([str(raw_dir)], out, nlp=nlp)
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = [json.loads(line) for line in (out / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, facts, docs


def test_every_span_points_at_its_words(sample_run, raw_dir):
    _, facts, docs = sample_run
    texts = {d["id"]: (raw_dir / f"{d['id']}.txt").read_text(encoding="utf-8") for d in docs}
    spans = 0
    for fact in facts:
        text = texts[fact["doc"]]
        if fact.get("start") is not None:
            assert text[fact["start"] : fact["end"]] == fact["text"], fact
            spans += 1
        if fact.get("subject_start") is not None:
            assert text[fact["subject_start"] : fact["subject_end"]] == fact["subject"], fact
        for start, end in fact.get("mentions") or []:
            assert text[start:end].strip() == text[start:end] and text[start:end], fact
            spans += 1
    assert spans > 100


def test_all_five_articles_have_entities_and_records(sample_run):
    summary, facts, docs = sample_run
    assert summary.documents == 5 and summary.failed == 0
    assert [d["id"] for d in docs] == sorted(d["id"] for d in docs)
    for d in docs:
        assert d["status"] == "ok" and d["chars"] > 0 and len(d["sha256"]) == 64
        assert d["facts"]["entity"] > 0
    assert {f["doc"] for f in facts if f["kind"] == "entity"} == {d["id"] for d in docs}
    dct = {d["id"]: d["dct"] for d in docs}
    assert dct["000_8fd087488db6694e"] == {"value": "2020-06", "precision": "month", "source": "header"}
    assert dct["002_0d7847d3353df94a"]["value"] == "2020-03-28"
    assert dct["004_511c2f4ae729c54f"] is None


def test_facts_are_sorted_by_document_then_start(sample_run):
    _, facts, _ = sample_run

    def start(f):
        return f["start"] if f.get("start") is not None else (f.get("mentions") or [[-1]])[0][0]

    keys = [f["doc"] for f in facts]
    assert keys == sorted(keys)
    for doc in set(keys):
        starts = [start(f) for f in facts if f["doc"] == doc]
        assert starts == sorted(starts)


def test_output_does_not_depend_on_workers(nlp, raw_dir):
    docs = [d for d in read_documents([str(raw_dir)])]
    one = [r.facts for r in extract_all(nlp, docs, workers=1)]
    two = [r.facts for r in extract_all(nlp, docs, workers=2, chunk_size=2)]
    assert one == two


def test_a_failing_document_does_not_stop_the_others(nlp, raw_dir):
    docs = list(read_documents([str(raw_dir)]))
    docs[1].text = None  # a broken record: the tokenizer cannot read it
    results = extract_batch(nlp, docs)
    assert results[1].error and docs[1].path in results[1].error
    assert all(r.error is None and r.facts for i, r in enumerate(results) if i != 1)


def test_cli_bad_inputs_warn_and_fail_per_document(tmp_path, raw_dir):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "ok.txt").write_text(
        (raw_dir / "004_511c2f4ae729c54f.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (inputs / "latin.txt").write_bytes("Le préfet de l'Hérault a parlé à Montpellier.".encode("cp1252"))
    (inputs / "vide.txt").write_text("", encoding="utf-8")
    (inputs / "lot.jsonl").write_text(
        '{"id": "j1", "text": "Emmanuel Macron est à Lyon."}\n{cassé\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inputs), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "lot.jsonl:2" in result.stderr and "latin.txt" in result.stderr
    docs = {
        d["id"]: d for d in map(json.loads, (out / "docs.jsonl").read_text(encoding="utf-8").splitlines())
    }
    assert docs["lot:2"]["status"] == "failed" and "lot.jsonl:2" in docs["lot:2"]["error"]
    assert docs["vide"]["status"] == "empty"
    assert docs["ok"]["status"] == "ok" and docs["ok"]["facts"]["entity"] > 0
    facts = (out / "facts.jsonl").read_text(encoding="utf-8")
    assert '"doc": "ok"' in facts and '"doc": "j1"' in facts


def test_cli_streams_facts_to_stdout(raw_dir):
    result = runner.invoke(app, ["run", str(raw_dir / "000_8fd087488db6694e.txt"), "-o", "-", "--quiet"])
    assert result.exit_code == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])
    assert first["doc"] == "000_8fd087488db6694e" and first["kind"] in ("entity", "claim", "date")


def test_cli_usage_errors(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "absent")])
    assert result.exit_code == 1 and "no such file" in result.stderr
    result = runner.invoke(app, ["run", str(tmp_path), "--dct", "hier"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
    assert runner.invoke(app, ["run", "--workers", "-1", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["--version"]).stdout.startswith("extract ")


@Language.component("test_exits_on_crash")
def _exits_on_crash(doc):
    if "CRASH" in doc.text:
        os._exit(3)  # a worker killed mid-document (out of memory, segfault)
    return doc


def test_a_dying_worker_costs_only_its_document():
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_exits_on_crash")
    docs = [
        Document(f"d{i}", "CRASH" if i in (4, 11) else f"Texte numéro {i}.", f"d{i}.txt") for i in range(20)
    ]
    results = list(extract_all(nlp, docs, workers=2, chunk_size=3))
    assert [r.document.id for r in results] == [d.id for d in docs]
    failed = {r.document.id: r.error for r in results if r.error}
    assert set(failed) == {"d4", "d11"} and "worker process died" in failed["d4"]


def test_component_warnings_are_not_repeated_when_a_batch_is_retried(nlp):
    docs = [
        Document("a", "« Une citation jamais fermée, a dit le maire.", "a.txt"),
        Document("b", None, "b.txt"),  # breaks the batch: each document is retried alone
    ]
    first, second = extract_batch(nlp, docs)
    assert len(first.warnings) == 1 and "never closed" in first.warnings[0] and first.error is None
    assert second.error and "b.txt" in second.error


def test_a_huge_document_fails_with_a_clear_message(nlp):
    huge = Document("long", "Le maire a parlé. " * (nlp.max_length // 18 + 1), "long.txt")
    [result] = extract_batch(nlp, [huge])
    assert result.error.startswith("long.txt: ") and "split it" in result.error


def test_an_interrupted_run_leaves_the_previous_outputs_whole(nlp, tmp_path, raw_dir):
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.jsonl").write_text("previous\n", encoding="utf-8")

    def interrupt(result, record):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([str(raw_dir)], out, nlp=nlp, on_result=interrupt)
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == "previous\n"
    [record] = map(json.loads, (out / "docs.partial.jsonl").read_text(encoding="utf-8").splitlines())
    assert record["id"] == "000_8fd087488db6694e"
    assert sorted(p.name for p in out.iterdir()) == [
        "docs.partial.jsonl",
        "facts.jsonl",
        "facts.partial.jsonl",
    ]
    run([str(raw_dir / "004_511c2f4ae729c54f.txt")], out, nlp=nlp)
    assert sorted(p.name for p in out.iterdir()) == ["docs.jsonl", "facts.jsonl"]


def test_odd_ids_and_file_names_do_not_stop_the_run(nlp, tmp_path):
    page = "<html><body><article><p>Le maire de Lyon a annoncé lundi un plan pour les écoles de la ville, a-t-il dit.</p></article></body></html>"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pages.jsonl").write_text(
        json.dumps({"id": "x" * 300, "html": page})
        + "\n"
        + json.dumps({"id": "../a/b", "html": page})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "in" / "caf\udce9.txt").write_bytes("Emmanuel Macron est à Lyon.".encode())
    out = tmp_path / "out"
    summary = run([str(tmp_path / "in")], out, nlp=nlp)
    assert summary.documents == 3 and summary.failed == 0
    docs = [json.loads(line) for line in (out / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert docs[0]["id"] == "caf\udce9"
    for doc in docs[1:]:
        path = Path(doc["text_path"])
        assert path.parent == out / "texts" and path.read_text(encoding="utf-8").startswith(
            "Le maire de Lyon"
        )


def test_a_document_whose_layout_breaks_is_one_failure(nlp, tmp_path, monkeypatch):
    import extract.run

    real = extract.run.locate

    def locate(document, **kwargs):
        if document.id == "b":
            raise IndexError("list index out of range")
        return real(document, **kwargs)

    monkeypatch.setattr(extract.run, "locate", locate)
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("Emmanuel Macron est à Lyon.", encoding="utf-8")
    out = tmp_path / "out"
    summary = run([str(tmp_path)], out, nlp=nlp)
    assert (summary.documents, summary.failed) == (3, 1)
    docs = [json.loads(line) for line in (out / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["status"] for d in docs] == ["ok", "failed", "ok"] and "IndexError" in docs[1]["error"]


def test_cli_output_folder_that_cannot_be_made(tmp_path, raw_dir):
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    result = runner.invoke(app, ["run", str(raw_dir), "-o", str(tmp_path / "taken")])
    assert result.exit_code == 2 and "cannot make the output folder" in result.stderr


def test_cli_stdout_takes_a_file_name_that_is_not_utf8(tmp_path):
    (tmp_path / "caf\udce9.txt").write_bytes("Emmanuel Macron est à Lyon.".encode())
    result = runner.invoke(app, ["run", str(tmp_path), "-o", "-", "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["doc"] == "caf\udce9"
