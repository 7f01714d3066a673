"""Named entities: one type per entity per document, aliases, mentions, relations."""

from . import factory  # noqa: F401  (registers the spaCy factory)
