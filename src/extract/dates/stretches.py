"""Where the date patterns can match: stretches of tokens, each matched on its own.

spaCy's Matcher tries every pattern at every token, and most date patterns open
with an optional preposition, so that trying them costs as much as the parser.
Yet a token that no pattern token can match (``gouvernement``) ends every partial
match: the Matcher holds no state after it, and the text falls into stretches
matched independently, giving the same matches in the same order. A stretch
without a word that some pattern cannot do without (its "key": a month, a
number, a unit) holds no match and is skipped. In ``Le gouvernement a voté le 3
mai``, ``Le``, ``a`` and ``le 3 mai`` are stretches; only the last has a key.

>>> scan = Stretches([[{"LOWER": "le", "OP": "?"}, {"LOWER": "mai"}]], set())  # doctest: +SKIP
>>> scan(matcher, nlp.make_doc("Le gouvernement a voté le 3 mai"))           # doctest: +SKIP
[(..., 4, 7)]

What a token can match is read from the patterns' LOWER/TEXT/ORTH values (a
word, IN, REGEX) and IS_PUNCT; any other condition is taken as possibly true,
so a token is skipped only when no pattern token can match it. A pattern with a
negated token ("OP": "!") or a token that may match any word turns the scan
off: the whole Doc is matched, as before.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

_DEAD, _LIVE, _KEY = 0, 1, 2
_REQUIRED_OPS = (None, "1", "+")


class _Words:
    """The words some pattern tokens may match: a superset, read from their values."""

    def __init__(self) -> None:
        self.lower: set[str] = set()
        self.text: set[str] = set()
        self.regexes: dict[tuple[str, bool], re.Pattern] = {}  # (regex, on the lowercase form)
        self.punct = False

    def add(self, token: dict) -> bool:
        """Take in the words ``token`` may match; False when it may match any word."""
        readable = False
        for key, value in token.items():
            key = key.upper()
            if key in ("LOWER", "TEXT", "ORTH"):
                words = self.lower if key == "LOWER" else self.text
                if isinstance(value, str):
                    words.add(value)
                    readable = True
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    words.update(value["IN"])
                    readable = True
                elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                    # spaCy's REGEX is a search, as here.
                    self.regexes[value["REGEX"], key == "LOWER"] = re.compile(value["REGEX"])
                    readable = True
            elif key == "IS_PUNCT" and value is True:
                self.punct = readable = True
            if readable:
                return True  # one readable condition bounds the words: the others only narrow them
        return False

    def match(self, lower: str, text: str, punct: bool) -> bool:
        return (
            lower in self.lower
            or text in self.text
            or (self.punct and punct)
            or any(regex.search(lower if on_lower else text) for (_, on_lower), regex in self.regexes.items())
        )


class Stretches:
    """Runs a Matcher built from ``patterns`` over the stretches that can hold a match."""

    def __init__(self, patterns: list[list[dict]], stop_words: set[str]) -> None:
        self.live, self.keys = _Words(), _Words()
        self.off = False
        for pattern in patterns:
            required = [token for token in pattern if token.get("OP") in _REQUIRED_OPS]
            if any(token.get("OP") == "!" for token in pattern) or not required:
                self.off = True  # a negated token matches what the others do not
            elif not all([self.live.add(token) for token in pattern]):
                self.off = True  # a token that may match any word
            else:
                # The key is the required token that the fewest common words match, so that
                # few stretches have one ("mai" rather than "le").
                self.keys.add(min(required, key=lambda token: _common(token, stop_words)))
        self.kinds: dict[int, int] = {}  # lexeme → dead / live / key: a pure function of the word

    def _kind(self, doc: Doc, orth: int) -> int:
        kind = self.kinds.get(orth)
        if kind is None:
            lex = doc.vocab[orth]
            word = (lex.lower_, lex.orth_, lex.is_punct)
            kind = _KEY if self.keys.match(*word) else _LIVE if self.live.match(*word) else _DEAD
            self.kinds[orth] = kind
        return kind

    def __call__(self, matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
        """``matcher(doc)``: the same matches in the same order."""
        if self.off:
            return matcher(doc)
        kinds = [self._kind(doc, orth) for orth in doc.to_array(ORTH).tolist()]
        found = []
        i, n = 0, len(kinds)
        while i < n:
            if kinds[i] == _DEAD:
                i += 1
                continue
            j = i
            while j < n and kinds[j] != _DEAD:
                j += 1
            if _KEY in kinds[i:j]:
                # The dead token after the stretch goes with it: there the Matcher ends
                # (or records) the partial matches, as it does on the whole Doc.
                found += [(key, i + s, i + e) for key, s, e in matcher(doc[i : min(j + 1, n)])]
            i = j + 1
        return found


def _common(token: dict, stop_words: set[str]) -> int:
    """How many common words ``token`` may match."""
    words = _Words()
    words.add(token)
    return sum(words.match(w, w, False) for w in stop_words)
