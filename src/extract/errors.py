"""One exception family; the CLI turns each into a one-line message and an exit code.

Messages name the bad value and say how to fix it, for instance
``data/raw/a.jsonl:3: field 'text' is missing; give each line {"text": ...}``.
"""

from __future__ import annotations


class ExtractError(Exception):
    """Base of every error the project raises on purpose."""

    exit_code = 1


class InputError(ExtractError):
    """An input path or article cannot be read as a document."""


class OutputError(ExtractError):
    """The output folder cannot be made or written (a usage error: fix -o)."""

    exit_code = 2


class SchemaError(ExtractError):
    """A fact, gold line or option value does not follow FACTS.md."""

    exit_code = 2


class PipelineError(ExtractError):
    """The NLP pipeline could not be built (model missing, bad component config)."""
