"""``extract run``: read articles, extract their facts, write facts.jsonl and docs.jsonl.

>>> summary = run(["data/raw"], Path("data/out"))   # doctest: +SKIP
>>> summary.facts["entity"] > 0                      # doctest: +SKIP
True
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .body import CorpusLines
from .dct import parse_explicit
from .errors import OutputError
from .layout import locate
from .output import AtomicFile, DocRecord, NullFile, StdoutFile, fact_line, text_file_name
from .pipeline import DocResult, build_pipeline, extract_all
from .reading import ReadFailure, check_paths, read_documents
from .records import KINDS, Dct, Document


@dataclass
class RunSummary:
    """Counts of one run, for the summary table and the exit code."""

    documents: int = 0
    failed: int = 0
    empty: int = 0
    warnings: int = 0
    facts: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    facts_path: str | None = None
    docs_path: str | None = None


def _record(result: DocResult, out_dir: Path | None) -> DocRecord:
    if result.failure is not None:
        f = result.failure
        return DocRecord(id=f.id, path=f.path, status="failed", error=f.error)
    d: Document = result.document
    counts = Counter(f.kind for f in result.facts)
    status = "failed" if result.error else ("empty" if not d.text.strip() else "ok")
    text_path = None
    if d.format == "html" and out_dir is not None:
        text_file = out_dir / "texts" / text_file_name(d.id)
        text_file.parent.mkdir(parents=True, exist_ok=True)
        text_file.write_text(d.text, encoding="utf-8")
        text_path = str(text_file)
    return DocRecord(
        id=d.id,
        path=d.path,
        status=status,
        sha256=d.sha256,
        chars=len(d.text),
        dct={"value": d.dct.value, "precision": d.dct.precision, "source": d.dct.source} if d.dct else None,
        facts={k: counts.get(k, 0) for k in KINDS},
        warnings=d.warnings + result.warnings,
        error=result.error,
        body=[list(r) for r in d.body] if d.body is not None else [[0, len(d.text)]],
        text_path=text_path,
        url=d.url,
        title=d.title,
    )


def run(
    paths: Iterable[str],
    out_dir: Path | None,
    *,
    dct: str | None = None,
    workers: int = 1,
    keep_boilerplate: bool = False,
    nlp=None,
    on_result: Callable[[DocResult, DocRecord], None] | None = None,
) -> RunSummary:
    """Process every article under ``paths``; ``out_dir=None`` streams facts to stdout."""
    forced: Dct | None = parse_explicit(dct, "option") if dct else None  # a usage error comes first
    paths = check_paths(paths, skip=out_dir)
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError(
                f"{out_dir}: cannot make the output folder ({err.strerror}); give another folder with -o"
            ) from None
    nlp = nlp or build_pipeline()
    summary = RunSummary()
    started = time.perf_counter()

    corpus = None
    files = [p for p in paths if p != "-"]  # standard input cannot be read twice
    if not keep_boilerplate and files:
        # A first, cheap pass over the texts finds the lines a site repeats in every article.
        # Web pages are left out: trafilatura has already cut their template.
        corpus = CorpusLines.from_texts(
            d.text for d in read_documents(files, skip=out_dir, html=False) if isinstance(d, Document)
        )

    def documents():
        for item in read_documents(paths, skip=out_dir):
            if isinstance(item, Document):
                if forced is not None:
                    item.dct = forced
                try:
                    locate(item, keep_boilerplate=keep_boilerplate, corpus=corpus)
                except Exception as err:  # noqa: BLE001 — one odd text never stops the run
                    message = f"{type(err).__name__}: {' '.join(str(err).split())}"
                    item = ReadFailure(
                        item.id, item.path, f"{item.path}: {message}; the document was skipped"
                    )
            yield item

    if out_dir is None:
        facts_file, docs_file = StdoutFile(), NullFile()
    else:
        facts_file, docs_file = AtomicFile(out_dir / "facts.jsonl"), AtomicFile(out_dir / "docs.jsonl")
        summary.facts_path, summary.docs_path = str(out_dir / "facts.jsonl"), str(out_dir / "docs.jsonl")
    with facts_file as facts_out, docs_file as docs_out:
        for result in extract_all(nlp, documents(), workers=workers):
            record = _record(result, out_dir)
            for fact in result.facts:
                facts_out.write(fact_line(fact))
            docs_out.write(record.line())
            summary.documents += 1
            summary.facts.update(f.kind for f in result.facts)
            summary.warnings += len(record.warnings)
            if record.status == "failed":
                summary.failed += 1
            elif record.status == "empty":
                summary.empty += 1
            if on_result is not None:
                on_result(result, record)
    summary.seconds = time.perf_counter() - started
    return summary
