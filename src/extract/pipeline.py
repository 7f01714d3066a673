"""Build the spaCy pipeline and turn batches of documents into facts.

:func:`extract_batch` is the one function that processes documents; it holds
no state besides the pipeline it is given, so it serves a single process, a
pool of forked workers (:func:`extract_all`) or a cluster.

>>> nlp = build_pipeline()                                           # doctest: +SKIP
>>> [r.facts[0].subject for r in extract_batch(nlp, [Document("d", "Amnesty International dénonce ...", "d.txt")])]  # doctest: +SKIP
['Amnesty International']
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers Doc._ attributes)
from .errors import PipelineError
from .facts import doc_facts
from .layout import locate
from .reading import ReadFailure
from .records import AnyFact, Document

MODEL = "fr_core_news_md"
# The project's components, in pipeline order; each is a registered factory.
COMPONENTS = ("extract_entities", "extract_dates", "extract_claims")


@dataclass
class DocResult:
    """What one document gave: its facts, or the error that stopped it."""

    document: Document | None
    facts: list[AnyFact] = field(default_factory=list)
    error: str | None = None
    failure: ReadFailure | None = None

    @property
    def id(self) -> str:
        return self.document.id if self.document else self.failure.id


def _import_components() -> None:
    # Importing the packages registers their factories with spaCy.
    from . import claims, dates, entities  # noqa: F401


def build_pipeline(model: str = MODEL, components: Iterable[str] = COMPONENTS) -> Language:
    """``fr_core_news_md`` with the project's components added at the end."""
    _import_components()
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise PipelineError(
            f"cannot load spaCy model {model!r} ({err}); run `make install` to install the pinned model package"
        ) from None
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def prepare(nlp: Language, document: Document):
    """Tokenize a document and set its id, DCT, body and metadata ranges on the Doc."""
    if not document.located:
        locate(document)
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.dct = document.dct.value if document.dct else None
    doc._.body = [list(r) for r in document.body] if document.body is not None else None
    doc._.metadata_spans = [list(r) for r in document.metadata_spans]
    return doc


def _result(document: Document, doc) -> DocResult:
    """The facts of a processed Doc; what its components warned about joins the document's warnings."""
    for warning in doc._.warnings or []:
        document.warnings.append(f"{document.path}: {warning}")
    return DocResult(document, doc_facts(doc))


def extract_batch(nlp: Language, documents: list[Document], batch_size: int = 32) -> list[DocResult]:
    """Facts of each document, in order. A document that breaks a component
    gets its error in its own result; the others are unaffected."""
    try:
        docs = list(nlp.pipe([prepare(nlp, d) for d in documents], batch_size=batch_size))
        return [_result(d, doc) for d, doc in zip(documents, docs, strict=True)]
    except Exception:  # noqa: BLE001 — find which document failed, one at a time
        pass
    results = []
    for d in documents:
        try:
            results.append(_result(d, nlp(prepare(nlp, d))))
        except Exception as err:  # noqa: BLE001
            results.append(
                DocResult(d, error=f"{d.path}: {type(err).__name__}: {err}; the document was skipped")
            )
    return results


# The pipeline a forked worker inherits from its parent (copy-on-write).
_WORKER_NLP: Language | None = None


def _work(documents: list[Document]) -> list[DocResult]:
    assert _WORKER_NLP is not None
    return extract_batch(_WORKER_NLP, documents)


def _chunks(items: Iterable[Document | ReadFailure], size: int) -> Iterator[list[Document | ReadFailure]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_all(
    nlp: Language, items: Iterable[Document | ReadFailure], workers: int = 1, chunk_size: int = 16
) -> Iterator[DocResult]:
    """Results for every input, in input order, using ``workers`` processes (0 = all cores)."""
    global _WORKER_NLP
    workers = os.cpu_count() or 1 if workers == 0 else workers

    def split(chunk):
        return [i for i in chunk if isinstance(i, Document)]

    def merge(chunk, results):
        done = iter(results)
        for item in chunk:
            yield DocResult(None, failure=item) if isinstance(item, ReadFailure) else next(done)

    if workers <= 1:
        for chunk in _chunks(items, chunk_size):
            yield from merge(chunk, extract_batch(nlp, split(chunk)))
        return
    _WORKER_NLP = nlp
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        chunks = _chunks(items, chunk_size)
        pending: list = []
        for chunk in chunks:
            pending.append((chunk, pool.apply_async(_work, (split(chunk),))))
            # Keep a bounded number of chunks in flight so memory stays flat on big archives.
            while len(pending) > workers * 2:
                c, r = pending.pop(0)
                yield from merge(c, r.get())
        for c, r in pending:
            yield from merge(c, r.get())
    _WORKER_NLP = None
