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
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    # What the components warned about (an unclosed quote), each naming the document.
    warnings: list[str] = field(default_factory=list)


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
    """The facts of a processed Doc, with what its components warned about."""
    facts = doc_facts(doc)  # first: it may warn about a fact it drops
    warnings = [f"{document.path}: {w}" for w in doc._.warnings or []]
    return DocResult(document, facts, warnings=warnings)


def _failed(document: Document, err: Exception) -> DocResult:
    message = " ".join(str(err).split())  # one line, whatever the exception says
    return DocResult(
        document, error=f"{document.path}: {type(err).__name__}: {message}; the document was skipped"
    )


def _too_long(nlp: Language, document: Document) -> DocResult | None:
    if document.text is None or len(document.text) <= nlp.max_length:
        return None
    return DocResult(
        document,
        error=f"{document.path}: {len(document.text):,} characters, more than the {nlp.max_length:,} "
        "the model reads at once; split it into several articles",
    )


def extract_batch(nlp: Language, documents: list[Document], batch_size: int = 32) -> list[DocResult]:
    """Facts of each document, in order. A document that breaks a component
    gets its error in its own result; the others are unaffected."""
    results = [_too_long(nlp, d) for d in documents]
    todo = [d for d, r in zip(documents, results, strict=True) if r is None]
    try:
        docs = nlp.pipe([prepare(nlp, d) for d in todo], batch_size=batch_size)
        done = [_result(d, doc) for d, doc in zip(todo, docs, strict=True)]
    except Exception:  # noqa: BLE001 — find which document failed, one at a time
        done = []
        for d in todo:
            try:
                done.append(_result(d, nlp(prepare(nlp, d))))
            except Exception as err:  # noqa: BLE001
                done.append(_failed(d, err))
    outcomes = iter(done)
    return [r if r is not None else next(outcomes) for r in results]


# The pipeline a forked worker inherits from its parent (copy-on-write).
_WORKER_NLP: Language | None = None


def _work(documents: list[Document]) -> list[DocResult]:
    assert _WORKER_NLP is not None
    return extract_batch(_WORKER_NLP, documents)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group: the parent alone stops the run.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Workers:
    """A pool of forked workers that is replaced when one of its processes dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_ignore_sigint)

    def submit(self, documents: list[Document]) -> Future:
        try:
            return self.pool.submit(_work, documents)
        except BrokenProcessPool as err:  # broken since the last chunk: collected as lost
            lost: Future = Future()
            lost.set_exception(err)
            return lost

    def restart(self) -> None:
        self.pool.shutdown(wait=True)
        self.pool = self._new()

    def close(self, abort: bool) -> None:
        if abort:  # Ctrl-C or an error: stop now, not after the chunks in flight
            # ProcessPoolExecutor has no terminate() before Python 3.14.
            for process in list((self.pool._processes or {}).values()):
                process.terminate()
        self.pool.shutdown(wait=not abort, cancel_futures=True)

    def alone(self, document: Document) -> DocResult:
        """One document in a pool of its own: if a worker dies, this document killed it."""
        try:
            return self.submit([document]).result()[0]
        except BrokenProcessPool:
            self.restart()
            return DocResult(
                document,
                error=f"{document.path}: the worker process died on this document (out of memory?); "
                "it was skipped — run it alone with --workers 1 to see why",
            )


def _chunks(items: Iterable[Document | ReadFailure], size: int) -> Iterator[list[Document | ReadFailure]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _split(chunk: list[Document | ReadFailure]) -> list[Document]:
    return [i for i in chunk if isinstance(i, Document)]


def _merge(chunk: list[Document | ReadFailure], results: list[DocResult]) -> Iterator[DocResult]:
    done = iter(results)
    for item in chunk:
        yield DocResult(None, failure=item) if isinstance(item, ReadFailure) else next(done)


def extract_all(
    nlp: Language, items: Iterable[Document | ReadFailure], workers: int = 1, chunk_size: int = 16
) -> Iterator[DocResult]:
    """Results for every input, in input order, using ``workers`` processes (0 = all cores).

    A worker process that dies (killed, out of memory) costs only the
    document it was working on: the pool is replaced and the run goes on.
    """
    global _WORKER_NLP
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers <= 1:
        for chunk in _chunks(items, chunk_size):
            yield from _merge(chunk, extract_batch(nlp, _split(chunk)))
        return
    _WORKER_NLP = nlp
    pool = _Workers(workers)
    pending: deque[tuple[list, Future]] = deque()

    def collect() -> Iterator[DocResult]:
        chunk, future = pending.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            # The pool is gone with every chunk in flight: find the culprit of this
            # chunk document by document, then give the others to a new pool.
            pool.restart()
            results = [pool.alone(d) for d in _split(chunk)]
            for i, (other, lost) in enumerate(pending):
                if isinstance(lost.exception(), BrokenProcessPool):
                    pending[i] = (other, pool.submit(_split(other)))
        yield from _merge(chunk, results)

    finished = False
    try:
        for chunk in _chunks(items, chunk_size):
            pending.append((chunk, pool.submit(_split(chunk))))
            # A bounded number of chunks in flight keeps memory flat on big archives.
            while len(pending) > workers * 2:
                yield from collect()
        while pending:
            yield from collect()
        finished = True
    finally:
        pool.close(abort=not finished)
        _WORKER_NLP = None
