"""Reading inputs into documents: decoding, offsets, ids, DCT (FACTS.md §1)."""

from __future__ import annotations

import codecs
import doctest
import importlib
import io
import json
import sys

import pytest

from extract.dct import find_dct, parse_explicit
from extract.errors import InputError, SchemaError
from extract.reading import Document, ReadFailure, check_paths, read_documents


def _read(paths):
    return list(read_documents([str(p) for p in paths]))


def test_utf8_bom_and_newlines_are_normalized(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffLe maire a déclaré :\r\n« Oui. »\rFin".encode())
    [doc] = _read([tmp_path / "a.txt"])
    assert doc.id == "a"
    assert doc.text == "Le maire a déclaré :\n« Oui. »\nFin"
    assert doc.warnings == []


def test_cp1252_fallback_warns_naming_the_file(tmp_path):
    (tmp_path / "b.txt").write_bytes("Le député a été élu à Nîmes.".encode("cp1252"))
    [doc] = _read([tmp_path / "b.txt"])
    assert doc.text == "Le député a été élu à Nîmes."
    assert len(doc.warnings) == 1 and "b.txt" in doc.warnings[0] and "cp1252" in doc.warnings[0]


def test_empty_file_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "vide.md").write_text("   \n", encoding="utf-8")
    [doc] = _read([tmp_path])
    assert isinstance(doc, Document) and doc.id == "vide"
    assert "empty" in doc.warnings[0]


def test_empty_jsonl_file_is_a_warning_with_its_own_line(tmp_path):
    (tmp_path / "fil.jsonl").write_text("\n\n", encoding="utf-8")
    [doc] = _read([tmp_path])
    assert isinstance(doc, Document) and doc.id == "fil" and doc.text == ""
    assert "fil.jsonl" in doc.warnings[0] and "empty file" in doc.warnings[0]


def test_directory_is_recursive_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.md").write_text("A", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [d.id for d in _read([tmp_path])] == ["a", "b"]


def test_jsonl_ids_dates_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {"id": "x1", "text": "Lundi, le ministre a parlé.", "date": "2024-05-13", "url": "https://e.fr/1"}
        ),
        json.dumps({"text": "Sans identifiant."}),
        "{pas du json",
        json.dumps({"id": "x4", "body": "champ inconnu"}),
        json.dumps({"id": "x5", "text": "Date fausse.", "date": "13/05/2024"}),
    ]
    (tmp_path / "lot.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([tmp_path / "lot.jsonl"])
    assert [i.id for i in items] == ["x1", "lot:2", "lot:3", "x4", "x5"]
    first = items[0]
    assert first.dct.value == "2024-05-13" and first.dct.precision == "day" and first.dct.source == "jsonl"
    assert first.url == "https://e.fr/1"
    assert isinstance(items[2], ReadFailure) and "lot.jsonl:3" in items[2].error
    assert isinstance(items[3], ReadFailure) and "'text'" in items[3].error
    assert isinstance(items[4], ReadFailure) and "13/05/2024" in items[4].error


def test_duplicate_ids_name_both_paths(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("un", encoding="utf-8")
    (tmp_path / "b" / "doc.md").write_text("deux", encoding="utf-8")
    first, second = _read([tmp_path])
    assert isinstance(first, Document)
    assert isinstance(second, ReadFailure)
    assert "a/doc.txt" in second.error and "b/doc.md" in second.error


@pytest.mark.parametrize(
    ("text", "value", "precision", "source"),
    [
        (" date 2020-06 SAN FRANCISCO | Des associations", "2020-06", "month", "header"),
        ("date 2019-11-02\nTexte", "2019-11-02", "day", "header"),
        ("Titre de l'article\n\n28 MARS 2020\n\nContact", "2020-03-28", "day", "dateline"),
        ("Lundi 13 mai 2024\nLe conseil municipal", "2024-05-13", "day", "dateline"),
        ("Titre\nPublié le : 12.05.24\nTexte", "2024-05-12", "day", "published"),
        ("PARIS, 1er juillet 2021 (AFP) - Le gouvernement", "2021-07-01", "day", "dateline"),
    ],
)
def test_dct_from_the_top_of_the_text(text, value, precision, source):
    dct = find_dct(text).dct
    assert (dct.value, dct.precision, dct.source) == (value, precision, source)


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a annoncé lundi 13 mai 2024 un plan de relance pour les entreprises du secteur.",
        "\n".join(["ligne"] * 9 + ["3 mai 2024"]),
        "Pas de date ici.",
        "31 février 2024\nLe conseil municipal",
        "Publié le 30.02.24\nLe conseil municipal",
        " date 2020-13 Le conseil municipal",
    ],
)
def test_no_dct_in_a_sentence_or_far_down(text):
    assert find_dct(text).dct is None


def test_explicit_dct_is_validated():
    assert parse_explicit("2024-05-13T08:00:00Z", "jsonl").value == "2024-05-13"
    with pytest.raises(SchemaError, match="YYYY-MM-DD"):
        parse_explicit("mai 2024", "option")
    with pytest.raises(SchemaError, match="no such month"):
        parse_explicit("2024-13", "option")
    with pytest.raises(SchemaError, match="no such month or day"):
        parse_explicit("2023-02-29", "jsonl")
    assert parse_explicit("2024-02-29", "jsonl").value == "2024-02-29"


def test_a_lone_surrogate_escape_fails_its_line_only(tmp_path):
    (tmp_path / "lot.jsonl").write_text(
        '{"id": "s1", "text": "Le maire \\ud800 a parlé."}\n'
        '{"id": "s2", "text": "Le maire a parlé \\ud83d\\ude00."}\n',
        encoding="utf-8",
    )
    bad, good = _read([tmp_path / "lot.jsonl"])
    assert isinstance(bad, ReadFailure) and bad.id == "lot:1" and "lot.jsonl:1" in bad.error
    assert isinstance(good, Document) and good.text == "Le maire a parlé 😀."


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_stdin_jsonl_with_or_without_bom(monkeypatch, bom):
    data = bom + b'{"id": "e1", "text": "Lyon."}\r\n\n{"text": "Nantes."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    first, second = read_documents(["-"])
    assert (first.id, first.text, first.path) == ("e1", "Lyon.", "<stdin>:1")
    assert (second.id, second.text) == ("stdin:3", "Nantes.")


def test_stdin_jsonl_after_blank_lines(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'\n  \n{"text": "Lyon."}\n')))
    [doc] = read_documents(["-"])
    assert (doc.id, doc.text) == ("stdin:3", "Lyon.")


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n Le 3 mai,\r\nParis.")))
    [doc] = read_documents(["-"])
    assert (doc.id, doc.text) == ("stdin", "\n Le 3 mai,\nParis.")


def test_hidden_folders_and_the_output_folder_are_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("G", encoding="utf-8")
    out = tmp_path / "out"
    (out / "texts").mkdir(parents=True)
    (out / "facts.jsonl").write_text('{"doc": "a", "kind": "entity"}\n', encoding="utf-8")
    (out / "texts" / "page.txt").write_text("P", encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path)], skip=out)] == ["a"]
    # Folders are read in the order of their sorted paths: a/ before a.txt, whatever the file system says.
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.md").write_text("Z", encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path)], skip=out)] == ["z", "a"]


def test_a_folder_without_articles_is_an_error(tmp_path):
    (tmp_path / "notes.odt").write_bytes(b"PK")
    with pytest.raises(InputError, match="no .txt, .md"):
        check_paths([str(tmp_path)])
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    assert check_paths([str(tmp_path), "-"]) == [str(tmp_path), "-"]


@pytest.mark.parametrize(
    "module",
    ["reading", "dct", "layout", "body", "records", "output", "textnorm", "errors", "facts", "pipeline"],
)
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(f"extract.{module}"))
    assert result.failed == 0


def test_duplicate_ids_across_a_jsonl_and_a_file(tmp_path):
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "lot.jsonl").write_text('{"id": "a", "text": "deux"}\n', encoding="utf-8")
    first, second = _read([tmp_path])
    assert isinstance(first, Document) and first.text == "un"
    assert isinstance(second, ReadFailure) and second.error.startswith(f"{tmp_path / 'lot.jsonl'}:1: ")
    assert str(tmp_path / "a.txt") in second.error
