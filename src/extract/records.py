"""Typed records that travel through the pipeline: input documents and facts.

Every stage speaks these types; :func:`fact_to_dict` and :func:`fact_from_dict`
are the one serializer, shared by ``extract run`` (writing) and ``extract diff``
(reading gold and predictions), so the JSONL schema of FACTS.md lives here only.

>>> f = DateFact(doc="d1", subject=None, predicate="date", object="2020-09-21", type="DATE",
...              text="ce lundi 21 septembre", start=494, end=515)
>>> fact_to_dict(f)["kind"]
'date'
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from .errors import SchemaError

KINDS = ("entity", "claim", "date")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
RELATIONS = ("role", "member_of", "located_in")
CLAIM_CATEGORIES = ("SAY", "REPORT", "ACCUSE", "DEMAND", "DENY", "ANNOUNCE", "ADMIT", "OTHER")
CLAIM_MODES = ("direct", "indirect", "mixed")
DATE_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Dct:
    """Document creation time: a TIMEX3 value, its precision and where it came from.

    >>> Dct("2020-06", "month", "header")
    Dct(value='2020-06', precision='month', source='header')
    """

    value: str
    precision: str  # "year" | "month" | "day"
    source: str  # "option" | "jsonl" | "header" | "dateline" | "published" | "html"

    @classmethod
    def from_value(cls, value: str, source: str) -> Dct:
        precision = {4: "year", 7: "month", 10: "day"}.get(len(value))
        if precision is None:
            raise SchemaError(f"DCT {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; write it as 2020-06-01")
        return cls(value, precision, source)


@dataclass
class Document:
    """One article as read from disk: its id, text (offsets refer to it) and metadata.

    >>> Document(id="a1", text="Paris, le 3 mai 2024. Le maire a déclaré ...", path="a1.txt").id
    'a1'
    """

    id: str
    text: str
    path: str
    dct: Dct | None = None
    url: str | None = None
    title: str | None = None
    sha256: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Character ranges that hold the article body; None means the whole text.
    body: list[tuple[int, int]] | None = None
    # Ranges of a header or dateline that gave the DCT: metadata, not date facts.
    metadata_spans: list[tuple[int, int]] = field(default_factory=list)
    # True once layout.locate() has looked for the body, the DCT and the metadata.
    located: bool = False
    # "text", "jsonl" or "html": HTML text is extracted, so it is saved with the output.
    format: str = "text"
    # Where the document text was saved when it differs from the input file (HTML).
    text_path: str | None = None


@dataclass
class Fact:
    """Fields every fact has (FACTS.md §2)."""

    kind: ClassVar[str] = ""
    doc: str
    subject: str | None
    predicate: str | None
    object: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None  # which rule produced it; ignored by the scorer

    @property
    def span(self) -> tuple[int, int] | None:
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)


@dataclass
class EntityFact(Fact):
    """``type`` fact: ``Amnesty International`` → ``ORG`` with aliases and mentions."""

    kind: ClassVar[str] = "entity"
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] | None = None


@dataclass
class RelationFact(Fact):
    """``role`` / ``member_of`` / ``located_in`` between entities (kind ``entity``)."""

    kind: ClassVar[str] = "entity"


@dataclass
class ClaimFact(Fact):
    """A statement attributed to a source: « ... », a déclaré Merel Koning."""

    kind: ClassVar[str] = "claim"
    category: str | None = None
    mode: str | None = None
    target: str | None = None


@dataclass
class DateFact(Fact):
    """A temporal expression and its TIMEX3 value: ``le 31 mai`` → ``2020-05-31``."""

    kind: ClassVar[str] = "date"
    type: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None


AnyFact = EntityFact | RelationFact | ClaimFact | DateFact

_ORDER = ("doc", "kind", "subject", "predicate", "object")


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    """The JSON object of one fact, schema fields first, ``None`` extras left out."""
    out: dict[str, Any] = {"doc": fact.doc, "kind": fact.kind}
    for f in fields(fact):
        name = f.name
        if name in out:
            continue
        value = getattr(fact, name)
        if name in _ORDER or name in ("text", "start", "end") or value is not None:
            if name == "mentions" and value is not None:
                value = [list(m) for m in value]
            if name in ("text", "start", "end") and value is None and isinstance(fact, EntityFact):
                continue
            out[name] = value
    if isinstance(fact, ClaimFact):
        out["target"] = fact.target  # null is meaningful for claims
    return out


def fact_from_dict(data: dict[str, Any]) -> AnyFact:
    """Build a typed fact from a JSON object; raise :class:`SchemaError` on a bad one.

    Unknown fields are kept out of the record (the scorer ignores them).
    """
    if not isinstance(data, dict):
        raise SchemaError("a fact must be a JSON object, found " + type(data).__name__)
    kind = data.get("kind")
    if kind not in KINDS:
        raise SchemaError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    for name in ("doc", "subject", "predicate", "object"):
        if name not in data:
            raise SchemaError(
                f"field {name!r} is missing; every fact has doc, kind, subject, predicate, object"
            )
    if not isinstance(data["doc"], str) or not data["doc"]:
        raise SchemaError(f"doc {data['doc']!r} must be a non-empty string")
    if kind == "entity":
        cls = EntityFact if data["predicate"] == "type" else RelationFact
        if data["predicate"] not in ("type",) + RELATIONS:
            raise SchemaError(
                f"entity predicate {data['predicate']!r} is not one of type, {', '.join(RELATIONS)}"
            )
    else:
        cls = ClaimFact if kind == "claim" else DateFact
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names and k != "kind"}
    for name in ("start", "end", "subject_start", "subject_end"):
        value = kwargs.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise SchemaError(f"{name} {value!r} must be a non-negative integer offset")
    if kwargs.get("start") is not None and kwargs.get("end") is not None and kwargs["end"] < kwargs["start"]:
        raise SchemaError(f"end {kwargs['end']} is before start {kwargs['start']}")
    if cls is EntityFact:
        if data["object"] not in ENTITY_TYPES:
            raise SchemaError(f"entity type {data['object']!r} is not one of {', '.join(ENTITY_TYPES)}")
        aliases = kwargs.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise SchemaError("aliases must be a list of strings")
        kwargs["aliases"] = aliases
        mentions = kwargs.get("mentions")
        if mentions is not None:
            try:
                kwargs["mentions"] = [(int(s), int(e)) for s, e in mentions]
            except (TypeError, ValueError):
                raise SchemaError("mentions must be a list of [start, end] pairs") from None
    if cls is ClaimFact:
        if kwargs.get("category") not in CLAIM_CATEGORIES:
            raise SchemaError(
                f"claim category {kwargs.get('category')!r} is not one of {', '.join(CLAIM_CATEGORIES)}"
            )
        if kwargs.get("mode") not in CLAIM_MODES:
            raise SchemaError(f"claim mode {kwargs.get('mode')!r} is not one of {', '.join(CLAIM_MODES)}")
        if kwargs.get("start") is None or kwargs.get("end") is None:
            raise SchemaError("a claim needs its content span: text, start, end")
    if cls is DateFact:
        if kwargs.get("type") not in DATE_TYPES:
            raise SchemaError(f"date type {kwargs.get('type')!r} is not one of {', '.join(DATE_TYPES)}")
        if kwargs.get("start") is None or kwargs.get("end") is None:
            raise SchemaError("a date needs its span: text, start, end")
    return cls(**kwargs)
