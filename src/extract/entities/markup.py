"""Split tokens the tokenizer glued to Markdown or brackets, so names get clean bounds.

The French tokenizer keeps ``AnyVision**.`` or ``Site.org](https://site.org`` as one
token; a name inside such a token cannot be a span of its own.

>>> doc = nlp("La firme **AnyVision**.")           # doctest: +SKIP
>>> split_markup(doc); [t.text for t in doc][-3:]  # doctest: +SKIP
['AnyVision', '**', '.']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# Runs of Markdown emphasis, link brackets and pipes, kept as tokens of their own.
_MARKUP = re.compile(r"(\*+|\]\(|[\[\]()|])")


def _pieces(text: str) -> list[str]:
    parts = [p for p in _MARKUP.split(text) if p]
    out: list[str] = []
    for p in parts:
        # A final full stop after markup (`AnyVision**.`) is punctuation, not part of a URL.
        if len(p) > 1 and p.endswith(".") and not _MARKUP.fullmatch(p) and out and _MARKUP.fullmatch(out[-1]):
            out.extend([p[:-1], "."])
        elif p == "." or not out:
            out.append(p)
        else:
            out.append(p)
    return out


def split_markup(doc: Doc) -> None:
    """Retokenize in place every token that mixes word characters and markup."""
    todo = []
    for token in doc:
        text = token.text
        if len(text) < 2 or not _MARKUP.search(text) or not re.search(r"\w", text):
            continue
        pieces = _pieces(text)
        if len(pieces) > 1 and "".join(pieces) == text:
            todo.append((token, pieces))
    if not todo:
        return
    with doc.retokenize() as retokenizer:
        for token, pieces in todo:
            head = token.head if token.head.i != token.i else (token, 0)
            heads = [head] + [(token, 0)] * (len(pieces) - 1)
            deps = [token.dep_] + ["punct" if not re.search(r"\w", p) else "dep" for p in pieces[1:]]
            retokenizer.split(token, pieces, heads=heads, attrs={"DEP": deps})
