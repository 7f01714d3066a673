"""Doc extensions the components read, set before the pipeline runs.

``doc._.dct`` is the TIMEX3 value of the document creation time (``2020-06``)
or ``None``; a spaCy user sets it by hand before calling the pipeline:

>>> doc = nlp.make_doc("Lundi, IBM a annoncé ...")   # doctest: +SKIP
>>> doc._.dct = "2020-06-10"                          # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "doc_id": None,  # document id, used in the facts
    "dct": None,  # TIMEX3 value of the DCT: "2020", "2020-06" or "2020-06-10"
    "body": None,  # list of [start, end] character ranges of the article body; None = all
    "metadata_spans": None,  # [start, end] ranges of a header/dateline that gave the DCT
    "warnings": None,  # list of str: what a component could only do in part (an unclosed quote)
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
