"""The claim lexicons, read from the JSON files next to this module.

``cues.json`` maps reporting cues to a FACTS.md §2.2 category and the
complements that make them a claim; ``sources.json`` holds what ties a source
phrase to a named entity (``l'ONG``, ``le rapport de``, ``elle``).

>>> LEXICON.verb("déclarer").category
'SAY'
>>> LEXICON.verb("exhorter").target
'obj'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import PipelineError
from ..records import CLAIM_CATEGORIES

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Cue:
    """One cue: ``accuser`` → ACCUSE, takes ``de`` + infinitive, its object is the target."""

    lemma: str
    category: str
    frames: tuple[str, ...] = ()
    target: str | None = None
    unless: tuple[str, ...] = ()  # ``condamner qqn à deux ans``: a sentence, not a statement
    agent: bool = False  # the subject must be a speaker (``cette décision montre`` is no claim)
    # A noun object is a claim only when it evaluates (``salue une décision « exemplaire »``);
    # "quoted": only a quoted part or a figure counts (``évoque un déficit de 180 000 euros``).
    evaluation: bool | str = False

    @property
    def words(self) -> tuple[str, ...]:
        """The verb lemma and the words that must follow it (``mettre au jour``)."""
        parts = self.lemma.split()
        if parts[0] in ("se", "s'") or parts[0].startswith("s'"):
            return tuple(parts[1:]) if parts[0] == "se" else (parts[0][2:], *parts[1:])
        return tuple(parts)

    @property
    def reflexive(self) -> bool:
        return self.lemma.startswith(("se ", "s'"))


class Lexicon:
    """Cues and source words loaded from ``cues.json`` and ``sources.json``."""

    def __init__(
        self, cues_path: Path = HERE / "cues.json", sources_path: Path = HERE / "sources.json"
    ) -> None:
        self.cues_path = cues_path
        self.sources_path = sources_path

    @cached_property
    def _cues(self) -> dict:
        return _load(self.cues_path)

    @cached_property
    def _sources(self) -> dict:
        return _load(self.sources_path)

    @cached_property
    def verbs(self) -> dict[str, list[Cue]]:
        """Cues indexed by the lemma of their verb (``opposer`` → ``s'opposer``)."""
        out: dict[str, list[Cue]] = {}
        for lemma, entry in self._cues["verbs"].items():
            category = entry["category"]
            if category not in CLAIM_CATEGORIES:
                raise PipelineError(
                    f"{self.cues_path}: cue {lemma!r} has category {category!r}; use one of {', '.join(CLAIM_CATEGORIES)}"
                )
            cue = Cue(
                lemma,
                category,
                tuple(entry.get("frames", ())),
                entry.get("target"),
                tuple(entry.get("unless", ())),
                bool(entry.get("agent", False)),
                entry.get("evaluation", False),
            )
            out.setdefault(cue.words[0], []).append(cue)
        for cues in out.values():
            # Longest first: ``faire pression`` before ``faire``; reflexive readings before plain ones.
            cues.sort(key=lambda c: (-len(c.words), not c.reflexive))
        return out

    def verb(self, lemma: str) -> Cue | None:
        for cue in self.verbs.get(lemma, []):
            if cue.lemma == lemma or cue.words == (lemma,):
                return cue
        return None

    @cached_property
    def prepositions(self) -> dict[str, str]:
        return dict(self._cues["prepositions"])

    @cached_property
    def pour_not_speakers(self) -> frozenset[str]:
        """Nouns after ``Pour`` that open a phrase, not a point of view (``Pour la première fois,``)."""
        return frozenset(self._cues.get("pour_not_speakers", ()))

    @cached_property
    def nouns(self) -> dict[str, Cue]:
        return {
            lemma: Cue(lemma, e["category"], tuple(e.get("frames", ())), e.get("target"))
            for lemma, e in self._cues["nouns"].items()
        }

    @cached_property
    def descriptions(self) -> dict[str, str]:
        return {k.casefold(): v for k, v in self._sources["descriptions"].items()}

    @cached_property
    def documents(self) -> frozenset[str]:
        return frozenset(self._sources["documents"])

    @cached_property
    def pronouns(self) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in self._sources["pronouns"].items()}

    @cached_property
    def impersonal(self) -> frozenset[str]:
        return frozenset(self._sources["impersonal"])

    @cached_property
    def examples(self) -> frozenset[str]:
        return frozenset(self._sources["examples"])

    @cached_property
    def person_nouns(self) -> tuple[str, ...]:
        """Endings of agent and occupation nouns (``éleveuse``, ``cinéaste``), longest first."""
        return tuple(sorted(self._sources.get("person_nouns", ()), key=len, reverse=True))

    @cached_property
    def named_heads(self) -> frozenset[str]:
        """Institution nouns that point back only to an entity whose name holds them."""
        return frozenset(self._sources.get("named_heads", ()))

    @cached_property
    def collectives(self) -> frozenset[str]:
        """Nouns of unnamed groups that speak as a body (``l'intersyndicale``): kept as written."""
        return frozenset(self._sources.get("collectives", ()))

    @cached_property
    def institutions(self) -> frozenset[str]:
        """Nouns of the state and its bodies (``l'État``, ``le Parlement``): never a person."""
        return frozenset(self._sources.get("institutions", ()))


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise PipelineError(
            f"cannot read claim lexicon {path} ({err}); restore it from the repository"
        ) from None


LEXICON = Lexicon()
