"""Writing facts and document records as JSONL, atomically.

A file is written beside its destination and moved into place only when the
run ends: an interrupted run never leaves a truncated or half-new
``facts.jsonl``; what it had written is kept as ``facts.partial.jsonl``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from .records import AnyFact, fact_to_dict

_SAFE_NAME = re.compile(r"[\w-][\w.-]{0,119}", re.ASCII)
_UNSAFE = re.compile(r"[^\w.-]", re.ASCII)


def fact_line(fact: AnyFact) -> str:
    """One line of facts.jsonl.

    >>> from extract.records import EntityFact
    >>> fact_line(EntityFact("d1", "Amnesty International", "type", "ORG", mentions=[(20, 41)]))
    '{"doc": "d1", "kind": "entity", "subject": "Amnesty International", "predicate": "type", "object": "ORG", "aliases": [], "mentions": [[20, 41]]}\\n'
    """
    return json.dumps(fact_to_dict(fact), ensure_ascii=False) + "\n"


@dataclass
class DocRecord:
    """One line of ``docs.jsonl``: what happened to one document."""

    id: str
    path: str
    status: str  # "ok" | "empty" | "failed"
    sha256: str | None = None
    chars: int | None = None
    dct: dict | None = None  # {"value", "precision", "source"}
    facts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    body: list[list[int]] | None = None
    text_path: str | None = None
    url: str | None = None
    title: str | None = None

    def line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False) + "\n"


class AtomicFile:
    """``with AtomicFile(path) as fh``: fh writes to a temporary file moved into place on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # A file name that is not UTF-8 (kept by Python as a lone surrogate) is written as its \u escape.
        self.fh = self.tmp.open("w", encoding="utf-8", errors="backslashreplace")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.fh is not None
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        partial = self.path.with_name(self.path.stem + ".partial" + self.path.suffix)
        if exc_type is None:
            os.replace(self.tmp, self.path)
            partial.unlink(missing_ok=True)  # what an earlier interrupted run left is now stale
        else:
            os.replace(self.tmp, partial)


class StdoutFile:
    """Facts streamed to standard output (``-o -``), so ``extract run ... -o - | jq`` works."""

    def __enter__(self) -> IO[str]:
        if isinstance(sys.stdout, io.TextIOWrapper):  # as in the files: a non-UTF-8 name as its \u escape
            sys.stdout.reconfigure(errors="backslashreplace")
        return sys.stdout

    def __exit__(self, *exc) -> None:
        sys.stdout.flush()


class NullFile(io.StringIO):
    """Where docs.jsonl goes when facts stream to stdout: nowhere."""

    def write(self, s: str) -> int:
        return len(s)


def text_file_name(doc_id: str) -> str:
    """A safe file name for a document's text: the id itself when it can be one.

    >>> text_file_name("001_39f6df376d0f2437"), text_file_name("lot:3")
    ('001_39f6df376d0f2437.txt', 'lot_3-e5bf44ff.txt')
    """
    if _SAFE_NAME.fullmatch(doc_id):
        return f"{doc_id}.txt"
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{_UNSAFE.sub('_', doc_id)[:100]}-{digest}.txt"
