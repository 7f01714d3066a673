"""Where things stand in a document: the article body, the DCT and its metadata line.

>>> doc = Document(id="d", path="d.txt", text="Faire un don\\n\\nLundi 13 mai 2024\\n\\nLe maire ...")
>>> locate(doc).dct.value
'2024-05-13'
"""

from __future__ import annotations

from .body import CorpusLines, find_body
from .dct import find_dct
from .records import Document


def locate(document: Document, keep_boilerplate: bool = False, corpus: CorpusLines | None = None) -> Document:
    """Set ``body`` (unless kept whole), the DCT found in the text (unless given) and the metadata spans."""
    text = document.text or ""
    if document.body is None and not keep_boilerplate and document.format != "html":
        body = find_body(text, corpus)
        document.body = None if body == [(0, len(text))] else body
        if not body and text.strip():
            document.warnings.append(
                f"{document.path}: every line looks like web-page boilerplate, no facts; "
                "run with --keep-boilerplate to read the whole text"
            )
    body_start = document.body[0][0] if document.body else 0
    finding = find_dct(text, body_start)
    if finding.dct is not None:
        # The text's own header or dateline comes before the page's date (README, DCT order).
        if document.dct is None or document.dct.source == "html":
            document.dct = finding.dct
        # A header or dateline is metadata even when the DCT was given otherwise.
        document.metadata_spans.extend(finding.spans)
    document.located = True
    return document
