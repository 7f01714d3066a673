"""Claims: quotes and reported speech, attributed to their source (FACTS.md §2.2)."""

from . import factory  # noqa: F401  (registers the spaCy factory)
