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

import codecs
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
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


def _jsonl_documents(
    lines: Iterable[bytes], path: str, stem: str, html: bool = True
) -> Iterator[Document | ReadFailure]:
    blank = True
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        blank = False
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
        text, page = record.get("text"), record.get("html")
        if not isinstance(text, str) and not isinstance(page, str):
            yield ReadFailure(
                doc_id,
                where,
                f'{where}: field \'text\' is missing or not a string; give each line {{"text": "..."}}',
            )
            continue
        if not isinstance(text, str) and not html:
            continue
        if "\\ud" in line.lower() and not _encodable(record):
            yield ReadFailure(
                fallback_id,
                where,
                f"{where}: a \\ud800-\\udfff escape stands alone, half of a surrogate pair and no "
                "character; fix the escape or write the character itself",
            )
            continue
        try:
            if isinstance(text, str):
                doc = Document(id=doc_id, text=normalize_newlines(text), path=where)
                if not text.strip():
                    doc.warnings.append(f"{where}: empty text, no facts")
            else:
                from .html import document_from_html

                doc = document_from_html(page, where, doc_id)
            source = text if isinstance(text, str) else page
            doc.sha256 = hashlib.sha256(source.encode("utf-8")).hexdigest()
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
    if blank:
        # An empty file still gets its line in docs.jsonl, so that it is not silently lost.
        empty = Document(id=stem, text="", path=path, sha256=hashlib.sha256(b"").hexdigest())
        empty.warnings.append(
            f'{path}: empty file, no articles — write one JSON object per line ({{"text": ...}})'
        )
        yield empty


def _encodable(record: dict) -> bool:
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _walk(folder: Path, skip: Path | None) -> Iterator[Path | ReadFailure]:
    """Article files under a folder, recursively, in sorted order.

    Hidden files and folders (``.git``) are left out, and so is ``skip``, the
    output folder, whose facts.jsonl and texts are no articles.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        shown = str(folder)
        yield ReadFailure(
            folder.name, shown, f"{shown}: cannot list ({err.strerror}); check the folder's permissions"
        )
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if skip is None or path.resolve() != skip:
                yield from _walk(path, skip)
        elif entry.is_file() and path.suffix.lower() in SUFFIXES:
            yield path


def _read_file(path: Path, html: bool = True) -> Iterator[Document | ReadFailure]:
    suffix = path.suffix.lower()
    shown = str(path)
    if suffix not in SUFFIXES:
        yield ReadFailure(
            path.stem,
            shown,
            f"{shown}: unsupported file type {suffix or '(none)'}; use .txt, .md, .html or .jsonl",
        )
        return
    if suffix in HTML_SUFFIXES and not html:
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _jsonl_documents(fh, shown, path.stem, html)
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


def _read_stdin(html: bool = True) -> Iterator[Document | ReadFailure]:
    """JSONL when the first line that is not blank opens with ``{``, else one text; read as it comes."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if b"".join(head).removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        yield from _jsonl_documents(chain(head, stream), "<stdin>", "stdin", html)
    else:
        yield document_from_bytes(b"".join(head) + stream.read(), "<stdin>", "stdin")


def _inputs(path: str, skip: Path | None, html: bool) -> Iterator[Document | ReadFailure]:
    if path == "-":
        yield from _read_stdin(html)
    elif Path(path).is_dir():
        for item in _walk(Path(path), skip):
            yield from [item] if isinstance(item, ReadFailure) else _read_file(item, html)
    else:
        yield from _read_file(Path(path), html)


def check_paths(paths: Iterable[str], skip: Path | None = None) -> list[str]:
    """Fail early, before the model loads, on paths that do not exist or hold no article."""
    paths = list(paths)
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise InputError(
                f"{p}: no such file or directory; give article files or folders (or - for stdin)"
            )
        if p != "-" and Path(p).is_dir() and next(iter(_walk(Path(p), _resolved(skip))), None) is None:
            raise InputError(f"{p}: no .txt, .md, .html, .htm or .jsonl file in this folder; check the path")
    return paths


def _resolved(path: Path | None) -> Path | None:
    return path.resolve() if path is not None else None


def read_documents(
    paths: Iterable[str], skip: Path | None = None, html: bool = True
) -> Iterator[Document | ReadFailure]:
    """Every document of the given paths, in order; duplicate ids become failures.

    ``skip`` is a folder left out of the folders read (the output folder);
    ``html=False`` leaves web pages out, for a quick pass over the texts only.
    """
    seen: dict[str, str] = {}
    skip = _resolved(skip)
    for p in paths:
        for item in _inputs(p, skip, html):
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
