"""Article text from a saved web page, with trafilatura.

The extracted text is the document text: offsets refer to it, and it is saved
with the output (``texts/<doc>.txt``) so every fact's words can be found.
The page's publication date becomes the DCT.

>>> document_from_html("<html><body><article><p>Le 3 mai, Amnesty a dénoncé ...</p></article></body></html>", "p.html", "p").text  # doctest: +SKIP
'Le 3 mai, Amnesty a dénoncé ...'
"""

from __future__ import annotations

from .dct import parse_explicit
from .errors import ExtractError, InputError
from .reading import normalize_newlines
from .records import Document


def document_from_html(html: str, path: str, doc_id: str) -> Document:
    import trafilatura

    if not html.strip():
        raise InputError("empty HTML page; check that the file was saved completely")
    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
        )
    except Exception as err:  # noqa: BLE001 — a page trafilatura cannot parse is one failed document
        raise InputError(
            f"the page could not be parsed ({type(err).__name__}: {err}); check that it is an HTML page"
        ) from None
    if result is None:
        text, title, date, url = "", None, None, None
    else:
        text, title, date, url = result.text or "", result.title, result.date, result.url
    doc = Document(id=doc_id, text=normalize_newlines(text), path=path, format="html", title=title, url=url)
    if not text.strip():
        doc.warnings.append(f"{path}: no article text found in the page; no facts")
    if date:
        try:
            doc.dct = parse_explicit(str(date), "html")
        except ExtractError:
            doc.warnings.append(f"{path}: page date {date!r} is not ISO; the DCT is taken from the text")
    return doc
