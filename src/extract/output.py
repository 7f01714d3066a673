"""Writing facts and document records as JSONL, atomically.

A file is written beside its destination and moved into place only when the
run ends: an interrupted run never leaves a truncated or half-new
``facts.jsonl``; what it had written is kept as ``facts.partial.jsonl``.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from .records import AnyFact, fact_to_dict


def fact_line(fact: AnyFact) -> str:
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
        return json.dumps({k: v for k, v in asdict(self).items()}, ensure_ascii=False) + "\n"


class AtomicFile:
    """``with AtomicFile(path) as fh``: fh writes to a temporary file moved into place on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.tmp.open("w", encoding="utf-8")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.fh is not None
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.replace(self.tmp, self.path.with_name(self.path.stem + ".partial" + self.path.suffix))


class StdoutFile:
    """Facts streamed to standard output (``-o -``), so ``extract run ... -o - | jq`` works."""

    def __enter__(self) -> IO[str]:
        return sys.stdout

    def __exit__(self, *exc) -> None:
        sys.stdout.flush()


class NullFile:
    """Where docs.jsonl goes when facts stream to stdout: nowhere."""

    def __enter__(self) -> IO[str]:
        self.fh = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        return self.fh

    def __exit__(self, *exc) -> None:
        self.fh.close()
