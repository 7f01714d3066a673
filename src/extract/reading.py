"""Read articles from paths into :class:`Document` records (FACTS.md §1).

A directory is read recursively in sorted order; ``.txt`` and ``.md`` files are
one document each, a ``.jsonl`` file one document per line, ``.html`` pages are
reduced to their article text. ``-`` reads standard input (JSONL when it starts
with ``{``, else one text). An input that cannot be read becomes a
:class:`ReadFailure` so that the run goes on with the others.

>>> doc = document_from_bytes("Le 3 mai, Paris.\\r\\n".encode(), "a.txt", "a")
>>> doc.text
'Le 3 mai, Paris.\\n'
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .dct import parse_explicit
from .errors import ExtractError, InputError
from .records import Document

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass
class ReadFailure:
    """An input that gave no document: its id (when known), where, and why."""

    id: str
    path: str
    error: str


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """UTF-8 (BOM removed), else cp1252 with a warning naming the file."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        text = data.decode("cp1252", errors="replace")
        return text, [
            f"{path}: not valid UTF-8 (byte {err.start}); read as cp1252 — re-save the file as UTF-8 to be sure of accents"
        ]


def document_from_bytes(data: bytes, path: str, doc_id: str) -> Document:
    text, warnings = decode(data, path)
    text = normalize_newlines(text)
    if not text.strip():
        warnings.append(f"{path}: empty document, no facts — check that the file has the article text")
    return Document(
        id=doc_id, text=text, path=path, sha256=hashlib.sha256(data).hexdigest(), warnings=warnings
    )


def _from_html(data: bytes, path: str, doc_id: str) -> Document:
    from .html import document_from_html  # trafilatura is only imported for HTML inputs

    html, warnings = decode(data, path)
    doc = document_from_html(html, path, doc_id)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.warnings[:0] = warnings
    return doc


def _jsonl_documents(lines: Iterable[bytes], path: str, stem: str) -> Iterator[Document | ReadFailure]:
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{path}:{lineno}"
        fallback_id = f"{stem}:{lineno}"
        try:
            line, warnings = decode(raw, where)
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(
                fallback_id, where, f"{where}: not valid JSON ({err.msg}); write one JSON object per line"
            )
            continue
        if not isinstance(record, dict):
            yield ReadFailure(
                fallback_id, where, f'{where}: a line must be a JSON object such as {{"text": ...}}'
            )
            continue
        doc_id = str(record["id"]) if record.get("id") not in (None, "") else fallback_id
        text, html = record.get("text"), record.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield ReadFailure(
                doc_id,
                where,
                f'{where}: field \'text\' is missing or not a string; give each line {{"text": "..."}}',
            )
            continue
        try:
            if isinstance(text, str):
                doc = Document(id=doc_id, text=normalize_newlines(text), path=where)
                doc.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if not text.strip():
                    doc.warnings.append(f"{where}: empty text, no facts")
            else:
                from .html import document_from_html

                doc = document_from_html(html, where, doc_id)
                doc.sha256 = hashlib.sha256(html.encode("utf-8")).hexdigest()
            doc.warnings[:0] = warnings
            if record.get("date") not in (None, ""):
                doc.dct = parse_explicit(str(record["date"]), "jsonl")
            if record.get("url"):
                doc.url = str(record["url"])
            if record.get("title"):
                doc.title = str(record["title"])
        except ExtractError as err:
            yield ReadFailure(doc_id, where, f"{where}: {err}")
            continue
        yield doc


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                yield child
    else:
        yield path


def _read_file(path: Path) -> Iterator[Document | ReadFailure]:
    suffix = path.suffix.lower()
    shown = str(path)
    if suffix not in SUFFIXES:
        yield ReadFailure(
            path.stem,
            shown,
            f"{shown}: unsupported file type {suffix or '(none)'}; use .txt, .md, .html or .jsonl",
        )
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _jsonl_documents(fh, shown, path.stem)
            return
        data = path.read_bytes()
    except OSError as err:
        yield ReadFailure(
            path.stem, shown, f"{shown}: cannot read ({err.strerror}); check the path and its permissions"
        )
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield _from_html(data, shown, path.stem)
        else:
            yield document_from_bytes(data, shown, path.stem)
    except ExtractError as err:
        yield ReadFailure(path.stem, shown, f"{shown}: {err}")


def _read_stdin() -> Iterator[Document | ReadFailure]:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from _jsonl_documents(data.splitlines(), "<stdin>", "stdin")
    else:
        yield document_from_bytes(data, "<stdin>", "stdin")


def check_paths(paths: Iterable[str]) -> list[str]:
    """Fail early, before the model loads, on paths that do not exist."""
    paths = list(paths)
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise InputError(
                f"{p}: no such file or directory; give article files or folders (or - for stdin)"
            )
    return paths


def read_documents(paths: Iterable[str]) -> Iterator[Document | ReadFailure]:
    """Every document of the given paths, in order; duplicates ids become failures."""
    seen: dict[str, str] = {}
    for p in paths:
        sources = _read_stdin() if p == "-" else (item for f in _walk(Path(p)) for item in _read_file(f))
        for item in sources:
            if isinstance(item, Document):
                if item.id in seen:
                    yield ReadFailure(
                        item.id,
                        item.path,
                        f"{item.path}: document id {item.id!r} is already used by {seen[item.id]}; rename one of them",
                    )
                    continue
                seen[item.id] = item.path
            yield item
