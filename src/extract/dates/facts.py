"""Dates facts (none until the component is written)."""

from __future__ import annotations

from spacy.tokens import Doc


def facts(doc: Doc) -> list:
    return []
