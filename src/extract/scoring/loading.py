"""Read gold and predicted facts from JSONL, and check their spans against the texts.

A line that is not a fact of FACTS.md §2 stops the scoring with
``file:line: what is wrong, how to fix it`` (:class:`~extract.errors.SchemaError`,
exit code 2). What is well formed but cannot be scored (a kind or an entity
predicate the contract does not define, extra fields) is kept out and counted,
never dropped silently.

>>> import json, tempfile
>>> line = {"doc": "a", "kind": "date", "subject": None, "predicate": "date", "object": "2020-05-31",
...         "type": "DATE", "text": "le 31 mai", "start": 3, "end": 12, "confidence": 0.9}
>>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
...     _ = fh.write(json.dumps(line) + "\\n")
>>> facts = load_facts(fh.name)
>>> facts.facts[0].fact.object, dict(facts.ignored)
('2020-05-31', {"field 'confidence' (not in FACTS.md, not scored)": 1})
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path

from ..errors import SchemaError
from ..reading import read_documents
from ..records import KINDS, RELATIONS, AnyFact, Document, EntityFact, fact_from_dict


@dataclass(frozen=True)
class Located:
    """A fact and the ``file:line`` it was read from."""

    fact: AnyFact
    where: str


@dataclass
class FactFile:
    """The scorable facts of one JSONL file and a count of what was left out, by reason."""

    path: str
    facts: list[Located] = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)

    def docs(self) -> set[str]:
        return {item.fact.doc for item in self.facts}


def _known_fields(fact: AnyFact) -> set[str]:
    return {f.name for f in fields(fact)} | {"kind"}


def _parse_line(raw: str, where: str, out: FactFile) -> None:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise SchemaError(
            f"{where}: not valid JSON ({err.msg}, column {err.colno}); write one JSON object per line"
        ) from None
    if not isinstance(data, dict):
        raise SchemaError(
            f'{where}: a fact must be a JSON object {{"doc": ..., "kind": ...}}, found {type(data).__name__}'
        )
    kind = data.get("kind")
    if not isinstance(kind, str):
        raise SchemaError(f"{where}: field 'kind' is missing or not a string; give one of {', '.join(KINDS)}")
    if kind not in KINDS:
        out.ignored[f"kind {kind!r} (not in FACTS.md, not scored)"] += 1
        return
    if (
        kind == "entity"
        and isinstance(data.get("predicate"), str)
        and data["predicate"] not in ("type", *RELATIONS)
    ):
        out.ignored[f"entity predicate {data['predicate']!r} (not in FACTS.md, not scored)"] += 1
        return
    try:
        fact = fact_from_dict(data)
    except SchemaError as err:
        raise SchemaError(f"{where}: {err}") from None
    for name in sorted(set(data) - _known_fields(fact)):
        out.ignored[f"field {name!r} (not in FACTS.md, not scored)"] += 1
    out.facts.append(Located(fact, where))


def load_facts(path: str | Path) -> FactFile:
    """Every fact of a JSONL file, in order; blank lines are skipped."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise SchemaError(
            f"{path}: no such file; give the facts.jsonl written by `extract run` or a gold file"
        ) from None
    except UnicodeDecodeError as err:
        raise SchemaError(f"{path}: not valid UTF-8 (byte {err.start}); re-save the file as UTF-8") from None
    except OSError as err:
        raise SchemaError(
            f"{path}: cannot read ({err.strerror}); check the path and its permissions"
        ) from None
    out = FactFile(str(path))
    for lineno, raw in enumerate(lines, start=1):
        if raw.strip():
            _parse_line(raw, f"{path}:{lineno}", out)
    return out


def load_texts(raw_dir: str | Path, docs: Iterable[str]) -> dict[str, str]:
    """The text of each wanted document under ``raw_dir``, as ``extract run`` reads it (FACTS.md §1).

    ``raw_dir`` is the input folder (``.txt``, ``.md``, ``.html``, ``.jsonl``) or
    the ``texts/`` folder that ``extract run`` saves for HTML inputs.
    """
    wanted = set(docs)
    # `extract run` saves the text of document "a/b" as texts/a_b.txt.
    by_file_name = {doc.replace("/", "_"): doc for doc in wanted}
    texts: dict[str, str] = {}
    problems: dict[str, str] = {}
    for item in read_documents([str(raw_dir)]):
        doc = item.id if item.id in wanted else by_file_name.get(item.id)
        if doc is None or doc in texts:
            continue
        if isinstance(item, Document):
            texts[doc] = item.text
        else:
            problems[doc] = item.error
    for doc in sorted(wanted - texts.keys()):
        if doc in problems:
            raise SchemaError(
                f"--raw {raw_dir}: the text of document {doc!r} cannot be read: {problems[doc]}"
            )
        raise SchemaError(
            f"--raw {raw_dir}: no text for document {doc!r} (looked for {doc}.txt, .md, .html or a JSONL id); "
            "point --raw at the articles' folder, or at <out>/texts for HTML inputs"
        )
    return texts


def _span_error(
    where: str, name: str, span: tuple[int, int], found: str, expected: str | None
) -> SchemaError:
    return SchemaError(
        f"{where}: {name} [{span[0]}:{span[1]}] reads {found!r}, not {expected!r}; fix the offsets "
        "(code points into the document text, FACTS.md §1) or the text, or check that --raw holds the same texts"
    )


def check_spans(facts: FactFile, texts: dict[str, str]) -> None:
    """Raise on the first fact whose span does not point at its words."""
    for item in facts.facts:
        fact, where = item.fact, item.where
        text = texts.get(fact.doc)
        if text is None:
            continue
        if fact.span is not None:
            found = text[fact.start : fact.end]
            if fact.end > len(text) or found != fact.text:
                raise _span_error(where, "text", fact.span, found, fact.text)
        subject_start, subject_end = getattr(fact, "subject_start", None), getattr(fact, "subject_end", None)
        if subject_start is not None and subject_end is not None:
            found = text[subject_start:subject_end]
            if found != fact.subject:
                raise _span_error(where, "subject", (subject_start, subject_end), found, fact.subject)
        if isinstance(fact, EntityFact):
            for start, end in fact.mentions or []:
                if not 0 <= start < end <= len(text):
                    raise SchemaError(
                        f"{where}: mention [{start}, {end}] is not a non-empty span of the document "
                        f"({len(text)} characters); fix or remove it"
                    )
