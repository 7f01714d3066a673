"""The text of a Doc, joined once per document.

``Doc.text`` joins every token's text on each access, so reading it inside a
loop over mentions costs the whole document each time. The text is kept in
``doc.user_data``: per document, never stale, since no retokenization changes
the characters; a component drops it when done (:func:`forget_text`), so that
serialized or merged Docs do not carry it.

>>> doc = nlp.make_doc("Lundi, l'ONU a siégé à Genève.")  # doctest: +SKIP
>>> doc_text(doc)[7:12]                                   # doctest: +SKIP
"l'ONU"
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "extract.doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call and kept for the next ones."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the kept text: the Doc leaves the component as it came in."""
    doc.user_data.pop(_KEY, None)
