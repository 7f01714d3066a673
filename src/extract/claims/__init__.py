"""Claims: placeholder package; its component is not written yet."""

from . import factory  # noqa: F401  (registers the spaCy factory)
