"""Who speaks: from a source phrase to a canonical entity name.

A phrase whose head is a named entity gives that entity (``Merel Koning,
responsable ...`` → ``Merel Koning``); a pronoun (``elle``, ``-t-il``) or a
description (``l'ONG``, ``le groupe``) gives the most recent compatible entity
before it; a document names its author (``le rapport d'Amnesty International``
→ ``Amnesty International``); anything else is the phrase as written.

>>> resolver.resolve(doc[0:2], at=0)          # doctest: +SKIP
'Amnesty International'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .antecedents import person_gender, pronoun_gender, same_noun_referent, title_gender
from .lexicon import LEXICON
from .patterns import (
    APPOSITION_CLOSE,
    ARTICLES,
    DECOR,
    DETERMINERS,
    ELIDED,
)
from .phrases import as_written, phrase_from_head

_MAX_PHRASE = 14
# Unnamed groups that speak for themselves (``L'intersyndicale``, ``la défense``): a pronoun
# may point back to them, and they stay as written.
COLLECTIVES = LEXICON.collectives
# ``les deux syndicats``: how many coordinated names a plural description takes up.
PAIR_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4}
# What may stand between coordinated names: ``la CGT et de SUD-Rail``, ``A, B ou C``.
_COORDINATION = re.compile(r"\s*(?:,|et|ou)\s*(?:(?:de|d'|d’|du|des|la|le|l'|l’|les)\s*)*", re.I)
_COORDINATION_WINDOW = 400  # characters
# Demonstratives that point to the last one named rather than to the topic.
LAST_NAMED = {"celui-ci", "celle-ci", "ce dernier", "cette dernière"}
# Stressed pronouns that repeat a dislocated subject (``Le maire, lui, ...``).
STRESSED = {"lui", "elle", "eux", "elles"}
# Determiners of a description that points back to an organisation (``son association``).
POSSESSIVES = {"son", "sa", "leur"}
# Prepositions of a description's complement (``la députée de la Gironde``).
COMPLEMENT_ADP = {"de", "d'", "d’", "du", "des"}
# How far (in characters) the previous claim's speaker stays the antecedent of a pronoun.
_SPEAKER_WINDOW = 300


@dataclass
class Mention:
    start: int  # char offsets
    end: int
    label: str
    name: str
    subject: bool = False  # inside a clause subject: the likeliest antecedent


def _in_subject(span: Span) -> bool:
    """``Le rapport d'Amnesty International illustre``: the name sits in the subject phrase."""
    node = span.root
    if _dislocated(span[-1]):
        return True  # ``Le maire, lui, ...``
    for _ in range(4):
        if node.dep_.startswith("nsubj"):
            return True
        if node.dep_ in ("nmod", "flat:name", "appos", "amod", "compound") and node.head is not node:
            node = node.head
            continue
        return False
    return False


def canonical(span: Span) -> str:
    if Span.has_extension("canonical"):
        value = span._.get("canonical")
        if isinstance(value, str) and value:
            return value
    return span.text


class SourceResolver:
    """Entity mentions of one Doc, read once, and the antecedents found so far."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], spans_key: str = "entities") -> None:
        self.doc = doc
        self.quoted = quoted
        spans = doc.spans[spans_key] if spans_key in doc.spans else doc.ents
        # Speakers are referred to outside the quotes; names inside a quote are not antecedents.
        self.mentions = [
            Mention(s.start_char, s.end_char, s.label_, canonical(s), _in_subject(s))
            for s in spans
            if not any(a <= s.start_char < b for a, b in quoted)
        ]
        self.mentions.sort(key=lambda m: m.start)
        self._genders: dict[str, str | None] = {}
        # (name, label, end char) of the last attributed claim, set by the component.
        self.speaker: tuple[str, str | None, int] | None = None
        self.exclude: str | None = None  # a name that cannot be the antecedent (the source, for a target)
        self.exclude_span: tuple[int, int] | None = None

    def add(self, start: int, end: int, label: str, name: str) -> None:
        """Record a resolved source as a mention, so that ``elle`` can point back to it."""
        self.mentions.append(Mention(start, end, label, name, True))
        self.mentions.sort(key=lambda m: m.start)

    def label_of(self, name: str) -> str | None:
        for m in self.mentions:
            if m.name == name:
                return m.label
        return None

    def antecedent(
        self, types: tuple[str, ...], before: int, window: int = 600, gender: str | None = None
    ) -> str | None:
        """The most recent compatible subject mention nearby, else the most recent mention;
        a person of the other gender (when the text tells it) is no antecedent, nor the
        claim's own source when a target is resolved (``accusent la compagnie de``)."""
        earlier = [
            m
            for m in self.mentions
            if m.start < before and m.label in types and self.fits(m, gender) and not self._excluded(m)
        ]
        for m in reversed(earlier):
            if m.subject and before - m.start <= window:
                return m.name
        return earlier[-1].name if earlier else None

    def _person_after(self, name: str, before: int, gender: str, window: int = 600) -> str | None:
        """The last person of that gender named after the last mention of the organisation
        ``name`` and before ``before``, nearby; None if ``name`` is no organisation."""
        if self.label_of(name) != "ORG":
            return None
        org = [m.start for m in self.mentions if m.name == name and m.start < before]
        if not org:
            return None
        people = [
            m
            for m in self.mentions
            if m.label == "PER"
            and org[-1] < m.start < before
            and before - m.start <= window
            and self._told_or_speaking(m.name, gender)
            and not self._excluded(m)
        ]
        return people[-1].name if people else None

    def _told_or_speaking(self, name: str, gender: str) -> bool:
        """A person whose gender the text tells as ``gender``, or of untold gender who
        spoke in the claim just before."""
        known = self.gender(name)
        if known is not None:
            return known == gender
        return self.speaker is not None and self.speaker[0] == name

    def _excluded(self, m: Mention) -> bool:
        span = self.exclude_span
        return m.name == self.exclude or (span is not None and span[0] <= m.start < span[1])

    def fits(self, m: Mention, gender: str | None) -> bool:
        if gender is None or m.label != "PER":
            return True
        known = self.gender(m.name)
        return known is None or known == gender

    def gender(self, name: str) -> str | None:
        if name not in self._genders:
            spans = [(m.start, m.end) for m in self.mentions if m.name == name]
            self._genders[name] = person_gender(self.doc, spans)
        return self._genders[name]

    def recent_speaker(self, types: tuple[str, ...], before: int, gender: str | None) -> str | None:
        """The speaker of the claim just before, when close enough and compatible."""
        if self.speaker is None:
            return None
        name, label, end = self.speaker
        if label not in types or before - end > _SPEAKER_WINDOW or before < end:
            return None
        m = Mention(0, 0, label, name)
        return name if self.fits(m, gender) else None

    def entity_at(self, token: Token) -> Mention | None:
        for m in self.mentions:
            if m.start <= token.idx < m.end:
                return m
        for ent in self.doc.spans.get("entities", []) if "entities" in self.doc.spans else []:
            if ent.start <= token.i < ent.end:
                return Mention(ent.start_char, ent.end_char, ent.label_, canonical(ent))
        return None

    def _apposed_name(self, span: Span) -> Mention | None:
        """``La présidente de la Commission, Ursula von der Leyen, a exhorté``, ``Son avocat,
        le docteur X, a dit``: the person's name set off by commas after a title."""
        doc = self.doc
        # The title may carry its own complement first (``L'adjoint chargé de l'éducation, X``).
        k = span.end
        while k < min(len(doc) - 1, span.end + 16):
            t = doc[k]
            if t.text == "(":
                # ``La présidente de l'Union (URPS), Anne X``: an abbreviation in brackets.
                close = next((j for j in range(k + 1, min(len(doc), k + 8)) if doc[j].text == ")"), None)
                if close is None:
                    return None
                k = close + 1
                continue
            if t.text == ",":
                return self._name_in_apposition(k + 1, not any(_is_title(u) for u in span))
            if t.is_punct or t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")):
                return None
            k += 1
        return None

    def _name_in_apposition(self, i: int, organisation: bool = False) -> Mention | None:
        """The name of an apposition starting at token ``i`` (``le Sénégalais Moussa Diallo,``),
        closed by punctuation: ``Selon X, le ministre Y a dit`` is a new clause, not an apposition."""
        doc = self.doc
        for j in range(i, min(len(doc), i + 6)):
            u = doc[j]
            m = self.entity_at(u)
            if m is not None and m.start == u.idx:
                if m.label != "PER" and j > i and not (organisation and m.label == "ORG"):
                    # A name right after the comma is the person, whatever its tag; after a
                    # title that is no person's (``Le nouveau propriétaire du club, le fonds X``)
                    # an organisation may be named.
                    return None
                end = next((k for k in range(j, len(doc)) if doc[k].idx >= m.end), len(doc))
                while end < len(doc) - 1 and doc[end].text in DECOR:
                    end += 1
                if end >= len(doc) or doc[end].text in APPOSITION_CLOSE or "\n" in doc[end - 1].whitespace_:
                    return m
                return None
            if u.text in DECOR:
                continue  # ``**Maître Karim Benali**``: emphasis marks of the source text
            if not (u.pos_ in ("DET", "ADJ", "NOUN", "PROPN") and not u.is_punct):
                return None
        return None

    def _title_name(self, words: list[Token], head: Token) -> Mention | None:
        """``le docteur Marc Riou``, ``l'eurodéputé polonais Tomasz Wróbel``, ``le groupe
        d'opposition Rouen Demain``: a title, its adjectives and bare complements, then the name."""
        doc = self.doc
        # The parse may have cut the name off the phrase (``le collectif | Écrans libres``).
        last = min(len(doc) - 1, words[-1].i + 4)
        i = head.i + 1
        while i <= last:
            t = doc[i]
            m = self.entity_at(t)
            if m is not None:
                return m if m.start == t.idx and m.label in ("PER", "ORG") else None
            if t.pos_ in ("ADJ", "NOUN") or (t.pos_ == "PROPN" and t.is_title):
                i += 1
                continue
            if t.lower_ in ("de", "d'", "d’") and i < last:
                # ``d'opposition``, ``de petit électroménager``: a bare complement that
                # qualifies the title.
                k = i + 1
                while k < last and doc[k].pos_ == "ADJ" and doc[k].is_lower:
                    k += 1
                if doc[k].pos_ == "NOUN" and doc[k].is_lower:
                    i = k + 1
                    continue
            return None
        return None

    def _first_coordinated(self, conjunction: Token) -> Mention | None:
        """The first of the names coordinated before ``et`` (``A, B et C`` → ``A``)."""
        doc = self.doc
        k = conjunction.i - 1
        first = None
        while k >= 0:
            m = self.entity_at(doc[k])
            if m is None or m.label not in ("PER", "ORG", "LOC"):
                break
            first = m
            k = next((j for j in range(k, -1, -1) if doc[j].idx <= m.start), 0) - 1
            while k >= 0 and doc[k].pos_ == "DET":
                k -= 1
            if k < 1 or doc[k].text != ",":
                break
            k -= 1
        return first

    def _named_before(self, span: Span) -> Mention | None:
        """The person or organisation named right before the comma that opens ``span``, when
        a comma closes ``span`` too (an apposition)."""
        doc = self.doc
        k = span.start
        while k > 0 and (doc[k - 1].is_space or doc[k - 1].pos_ == "DET"):
            k -= 1
        if k < 2 or doc[k - 1].text != ",":
            return None
        close = next(
            (
                j
                for j in range(span.end, min(len(doc), span.end + 12))
                if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if close is None or doc[close].text != ",":
            return None  # ``Selon X, le ministre a menti``: a new clause, not an apposition
        m = self.entity_at(doc[k - 2])
        if m is not None and m.label in ("PER", "ORG") and m.end <= doc[k - 1].idx:
            return m
        return None

    def _qualified_description(self, words: list[Token], head: Token) -> bool:
        """``La députée de la Gironde``, ``l'association de consommateurs``, ``l'institution de
        la rue de Rivoli``: a description whose complement is a place or bare common nouns
        still points back; one naming an organisation or a person (``le directeur de Renault``)
        describes someone by that other entity instead."""
        after = [t for t in words if t.i > head.i]
        if not after or any(t.i < head.i and t.pos_ not in ("DET", "ADJ") for t in words):
            return False
        if after[0].lower_ not in COMPLEMENT_ADP or len(after) > 6:
            return False
        for t in after[1:]:
            m = self.entity_at(t)
            if m is not None:
                if m.label != "LOC":
                    return False
                continue
            if t.lower_ in COMPLEMENT_ADP or t.pos_ in ("DET", "ADJ") or t.pos_ == "NOUN" and t.is_lower:
                continue
            return False
        return True

    def _named_head(self, bare: str, before: int) -> Mention | None:
        """``le ministère`` → the last entity whose name holds ``ministère``."""
        for m in reversed(self.mentions):
            if m.start < before and bare in m.name.casefold().split():
                return m
        return None

    def _dislocated_before(self, pronoun: Token) -> Span | None:
        """``Les associations de riverains, elles, dénoncent``: a stressed pronoun set off by
        commas repeats the noun phrase right before it."""
        doc = self.doc
        i = pronoun.i
        if pronoun.lower_ not in STRESSED or i < 2 or i + 1 >= len(doc):
            return None
        if doc[i - 1].text != "," or doc[i + 1].text != ",":
            return None
        node = doc[i - 2]
        while node.dep_ in ("nmod", "amod", "flat:name", "det", "case") and pronoun.i > node.head.i:
            node = node.head
        if node.pos_ not in ("NOUN", "PROPN") or node.sent.start != pronoun.sent.start:
            return None
        phrase = phrase_from_head(node)
        return phrase if phrase.end <= i - 1 else doc[phrase.start : i - 1]

    def _subject_antecedent(self, pronoun: Token) -> Span | None:
        """``La mairie se défend. Selon elle, ...``: the subject of the sentence before (or of
        this one, before the pronoun) when gender and number agree with the pronoun."""
        doc = self.doc
        sent = pronoun.sent
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        inverted = pronoun.text.startswith("-") or pronoun.i > 0 and doc[pronoun.i - 1].text == "-t"
        for region in (doc[sent.start : pronoun.i], previous):
            if region is None:
                continue
            for t in reversed(list(region)):
                subject = t.dep_.startswith("nsubj") or _dislocated(t)
                if not subject or t.pos_ not in ("NOUN", "PROPN") or self._quoted(t):
                    continue
                if t.head.dep_ in ("ccomp", "xcomp", "acl:relcl", "acl", "advcl"):
                    continue  # the subject of a reported or subordinate clause is not the topic
                if region is not previous and inverted and not self._named_speaker(t):
                    # ``Le Maroc accueille ..., a-t-il rappelé``: the content's subject is not the speaker.
                    break
                if _agrees(pronoun, t) and self._speaker(t):
                    return phrase_from_head(t)
                break
        return None

    def _previous_topic(self, span: Span, label: str) -> str | None:
        """``Veralis, dont ..., rejette ces accusations. La société affirme ...``: the name that
        opens the sentence before is its topic, whatever the parser made of it."""
        if label != "ORG" or span.sent.start == 0:
            return None
        previous = list(self.doc[span.sent.start - 1].sent)
        # A paragraph break starts a sentence whatever the parser said.
        breaks = [k for k, t in enumerate(previous) if "\n" in t.text_with_ws]
        if breaks and breaks[-1] + 1 < len(previous):
            previous = previous[breaks[-1] + 1 :]
        first = next((t for t in previous if not (t.is_punct or t.is_space or t.pos_ == "DET")), None)
        m = self.entity_at(first) if first is not None else None
        if m is not None and m.label == label and m.start == first.idx and not self._excluded(m):
            return m.name
        return None

    def _named_speaker(self, t: Token) -> bool:
        m = self.entity_at(t)
        return m is not None and m.label in ("PER", "ORG")

    def _speaker(self, t: Token) -> bool:
        """A subject a pronoun can stand for as a speaker: a named person or organisation or
        a description of one; not ``Le barrage``, ``L'opération`` or ``la plainte``."""
        phrase = phrase_from_head(t)
        if any(self._named_speaker(u) for u in phrase):
            return True
        word = ELIDED.sub("", t.lower_)
        if word in COLLECTIVES:
            return True  # ``L'intersyndicale réclame ... Elle accuse``: kept as written
        return word in LEXICON.descriptions or t.lemma_.casefold() in LEXICON.descriptions or person_noun(t)

    def _quoted(self, token: Token) -> bool:
        return any(a <= token.idx < b for a, b in self.quoted)

    def resolve(self, span: Span | None) -> tuple[str | None, str | None]:
        """(source name, entity label or None) for a source phrase; (None, None) without one."""
        if span is None or not span.text.strip():
            return None, None
        words = []
        for t in span:
            if t.lower_ in LEXICON.examples and words:
                break  # ``Des organisations comme l'ACLU``: the group, not its examples
            if not t.is_punct and not t.is_space and t.text not in ("-t", "*", "**"):
                words.append(t)
        if not words:
            return None, None
        if words[0].lower_ in ("et", "ou") and len(words) > 1:
            # ``porté par le Royaume-Uni et la Sierra Leone, qui réclamait``: the first one.
            named = self._first_coordinated(words[0])
            if named is not None:
                return named.name, named.label
        while len(words) > 1 and words[0].pos_ in ("ADV", "CCONJ", "VERB", "AUX"):
            # ``Notamment l'avocate ...``, ``Ou Zhang Zhan``; ``constatent les auteurs, qui``:
            # the incise verb the phrase was read from.
            words = words[1:]
        first = words[0]
        head = next((t for t in words if t.lower_ not in DETERMINERS and t.pos_ != "DET"), first)
        if head.pos_ == "ADJ":
            # ``l'ancien président François Hollande``: the noun after a leading adjective.
            head = next((t for t in words if t.i > head.i and t.pos_ in ("NOUN", "PROPN")), head)
        mention = self.entity_at(head)
        if mention is not None:
            return mention.name, mention.label
        if head.lower_ in ("un", "une") or _is_title(head):
            # ``Me X, l'un des avocats de Y, conteste``, ``X, le PDG d'Y, qui évoque``: the
            # parser took the apposition for the subject; the name before it is the source.
            named = self._named_before(span)
            if named is not None:
                return named.name, named.label
        named = self._title_name(words, head) if head.pos_ in ("NOUN", "PROPN") else None
        if named is not None:
            return named.name, named.label
        named = self._apposed_name(span)
        if named is not None:
            return named.name, named.label
        if (
            ELIDED.sub("", head.lower_) in LEXICON.descriptions
            or head.lemma_.casefold() in LEXICON.descriptions
        ):
            # ``le ministre Bruno Le Maire``, ``la directrice Lau Barrios``: the name the title goes with.
            for t in words[words.index(head) + 1 : words.index(head) + 2]:
                m = self.entity_at(t)
                if m is not None and m.label in ("PER", "ORG"):
                    return m.name, m.label
        pron = head.lower_.lstrip("-")
        joined = " ".join(span.text.split()).strip(" ,").casefold().replace(" - ", "-")
        if joined in LEXICON.pronouns and len(words) <= 3:
            pron, head = joined, words[0]  # ``Celle-ci``, ``ce dernier``
        if pron in LEXICON.pronouns and (len(words) == 1 or head is words[-1] or pron == joined):
            types = LEXICON.pronouns[pron]
            if pron in LAST_NAMED:
                # ``accusé par l'ancien directeur, X. Celui-ci affirme``: the last one named.
                name = self.antecedent(types, span.start_char, window=0, gender=pronoun_gender(pron))
                return name, self.label_of(name) if name else None
            topic = self._dislocated_before(head)
            if topic is not None:
                return self.resolve(topic)  # ``Les associations, elles, dénoncent``
            gender = pronoun_gender(pron)
            inverted = head.text.startswith("-") and gender is not None
            subject = self._subject_antecedent(head)
            if subject is not None and subject.root.i != head.i:
                name, label = self.resolve(subject)
                person = self._person_after(name, span.start_char, gender) if inverted and name else None
                return (person, "PER") if person else (name, label)
            # ``« ... », a lancé X. « ... », a-t-elle ajouté``: the speaker goes on.
            name = self.recent_speaker(types, span.start_char, gender)
            if name is None:
                name = self.antecedent(types, span.start_char, gender=gender)
                if name is not None and inverted:
                    # ``la présidente du groupe LFI, Anne X, ... « ... », a-t-elle lancé``: the
                    # incise's clitic is the person named last, not an organisation before her.
                    name = self._person_after(name, span.start_char, gender) or name
            return name, self.label_of(name) if name else None
        key = head.lemma_.casefold() if head.lemma_.casefold() in LEXICON.documents else head.lower_
        if key in LEXICON.documents or head.lemma_ in LEXICON.documents:
            for t in words[1:]:
                m = self.entity_at(t)
                if m is not None and m.label in ("PER", "ORG", "MISC"):
                    return m.name, m.label
                if t.text.startswith("#") and len(t.text) > 1:
                    return t.text, "MISC"
                if (
                    t.i > 0
                    and self.doc[t.i - 1].lower_ in COMPLEMENT_ADP | DETERMINERS
                    and _describes(t)
                    and t.lemma_ not in LEXICON.documents
                    and ELIDED.sub("", t.lower_) not in LEXICON.documents
                ):
                    # ``les analyses de l'ONG``: the author is the organisation described before.
                    start = (
                        t.i - 1 if self.doc[t.i - 1].lower_ in DETERMINERS or ELIDED.match(t.lower_) else t.i
                    )
                    name, label = self.resolve(self.doc[start : t.i + 1])
                    if label in ("PER", "ORG"):
                        return name, label
        if (key in LEXICON.documents or head.lemma_ in LEXICON.documents) and first.lower_ in ARTICLES:
            # ``un rapport qui dénonce``: a document with no named author is its likeliest author's.
            # ``l'enquête de voisinage`` says what it is about, not who wrote it: as written.
            if all(t.pos_ in ("DET", "ADJ") or t is head for t in words) and (
                LEXICON.descriptions.get(head.lemma_) is None
            ):
                name = self.antecedent(("ORG",), span.start_char)
                if name:
                    return name, "ORG"
        bare = ELIDED.sub("", head.lower_)
        description = LEXICON.descriptions.get(bare) or LEXICON.descriptions.get(head.lemma_.casefold())
        elided = bare != head.lower_
        # Only a bare singular description points back (``l'entreprise suédoise``);
        # ``les associations de défense des migrants`` introduces a new group.
        bare_phrase = all(t.pos_ in ("DET", "ADJ") or t is head for t in words)
        definite = first.lower_ in DETERMINERS or elided
        if bare in LEXICON.named_heads and definite and bare_phrase:
            # ``le ministère`` is the ministry named before, never another organisation.
            named = self._named_head(bare, span.start_char)
            return (named.name, named.label) if named is not None else (as_written(span), None)
        role = _role_of_several_words(words, head) if definite else None
        if role is not None:
            # ``le milieu de terrain``, ``le chef de l'État``: a role of several words is a
            # description of its own, read whole.
            description, bare_phrase = role, True
        noun_only = description is None and definite and bare_phrase and person_noun(head)
        if noun_only:
            description = "PER"  # ``l'élue``, ``la Bretonne``: a person described, named before
        # ``Son association`` points back to an organisation, not ``son avocat`` to a person
        # (the person is someone's, named in an apposition when the text names them).
        possessive = description == "ORG" and first.lower_ in POSSESSIVES
        if (
            description
            and (first.lower_ in DETERMINERS or elided or possessive)
            and "Plur" not in head.morph.get("Number")
            and (bare_phrase or self._qualified_description(words, head))
        ):
            gender = title_gender(head) if description == "PER" else None
            if (noun_only or role is not None) and gender is None:
                gender = _noun_gender(head)  # ``a confié la Savoyarde``: the article or the ending
            tail = [t.lower_ for t in words if t.i > head.i]
            earlier = same_noun_referent(self.doc, head, self.mentions, description, tail)
            name = earlier.name if earlier is not None else None
            name = name or self._previous_topic(span, description)
            name = name or self.antecedent((description,), span.start_char, gender=gender)
            if name:
                self.add(span.start_char, span.end_char, description, name)
                return name, description
        group = LEXICON.descriptions.get(words[-1].lemma_.casefold()) if len(words) == 3 else None
        if group in ("PER", "ORG") and first.lower_ == "les" and words[1].lower_ in PAIR_NUMBERS:
            # ``À l'appel de la CGT et de SUD-Rail, ... Les deux syndicats réclament``: the
            # names coordinated just before, the first one for the source.
            named = self._last_coordination(group, span.start_char, PAIR_NUMBERS[words[1].lower_])
            if named is not None:
                return named.name, named.label
        return as_written(span), None

    def _last_coordination(self, label: str, before: int, count: int) -> Mention | None:
        """The first of the last ``count`` coordinated names of that type nearby."""
        earlier = [m for m in self.mentions if m.end <= before and m.label == label]
        earlier = [m for m in earlier if before - m.start <= _COORDINATION_WINDOW]
        for last in range(len(earlier) - 1, count - 2, -1):
            chain = [earlier[last]]
            for m in reversed(earlier[:last]):
                if len(chain) == count or m.end > chain[-1].start:
                    break
                if not _COORDINATION.fullmatch(self.doc.text[m.end : chain[-1].start]):
                    break
                chain.append(m)
            if len(chain) == count:
                return chain[-1]
        return None


def _is_title(t: Token) -> bool:
    word = ELIDED.sub("", t.lower_)
    return "PER" in (LEXICON.descriptions.get(word), LEXICON.descriptions.get(t.lemma_.casefold()))


def _role_of_several_words(words: list[Token], head: Token) -> str | None:
    """The type of a role of several words that the phrase ends with, from its head on
    (``le milieu de terrain``, ``le chef de l'État``): ``PER`` or ``ORG``, else None."""
    tail = [t for t in words if t.i >= head.i]
    if len(tail) < 2:
        return None
    joined = " ".join(t.lower_.replace("’", "'") for t in tail)
    joined = re.sub(r"' ", "'", joined)
    description = LEXICON.descriptions.get(joined)
    return description if description in ("PER", "ORG") else None


def _describes(t: Token) -> bool:
    word = ELIDED.sub("", t.lower_)
    return (
        t.pos_ in ("NOUN", "PROPN")
        and "Plur" not in t.morph.get("Number")
        and (word in LEXICON.descriptions or t.lemma_.casefold() in LEXICON.descriptions)
    )


def _dislocated(t: Token) -> bool:
    """``Étienne Rocher, lui, se veut serein``: the topic before a stressed pronoun."""
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and doc[k].dep_ == "flat:name":
        k += 1
    return (
        k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in STRESSED and doc[k + 2].text == ","
    )


def person_noun(token: Token) -> bool:
    """``l'éleveuse``, ``la cinéaste``, ``la Bretonne``: an agent or occupation noun by its
    ending, or a capitalised common noun (a demonym) that names no entity."""
    if token.pos_ not in ("NOUN", "PROPN") or "Plur" in token.morph.get("Number"):
        return False
    word = ELIDED.sub("", token.lower_)
    if word in LEXICON.institutions or LEXICON.descriptions.get(word) not in (None, "PER"):
        return False  # ``l'État``, ``le Gouvernement``: an institution, capital or not
    if word in LEXICON.named_heads or word in COLLECTIVES:
        return False
    if token.text[:1].isupper() and token.i > 0 and not token.is_sent_start:
        return token.doc[token.i - 1].pos_ == "DET"
    return len(word) > 4 and word.endswith(LEXICON.person_nouns)


# Feminine and masculine endings of inhabitants' nouns (``Italienne``/``Italien``).
_FEMININE_ENDINGS = ("enne", "aise", "oise", "arde", "ande", "ate", "ale", "aine", "ine", "ouse", "esse")
_MASCULINE_ENDINGS = ("ien", "éen", "ais", "ois", "ard", "and", "at", "al", "ain", "in", "on", "ou")


def _noun_gender(noun: Token) -> str | None:
    """The gender of a capitalised person noun (``la Savoyarde``, ``l'Alsacien``): its
    article, else its ending after an elided one."""
    for d in noun.children:
        if d.dep_ == "det" and d.lower_ in ("la", "une", "cette"):
            return "Fem"
        if d.dep_ == "det" and d.lower_ in ("le", "un", "ce", "cet"):
            return "Masc"
    word = ELIDED.sub("", noun.lower_)
    if word.endswith(_FEMININE_ENDINGS):
        return "Fem"
    if word.endswith(_MASCULINE_ENDINGS):
        return "Masc"
    return None


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Gender and number agree where the tagger knows both (``elle`` / ``la mairie``)."""
    word = pronoun.lower_.lstrip("-")
    plural = word in ("ils", "elles", "eux")
    feminine = word in ("elle", "elles")
    number, gender = noun.morph.get("Number"), noun.morph.get("Gender")
    if number and ("Plur" in number) != plural:
        return False
    if word in ("lui", "eux"):
        return True
    # ``La ministre ..., Agnès X, est attendue. Elle a annoncé``: the article tells the
    # gender of a title better than the tagger does.
    told = title_gender(noun)
    if told is not None:
        return (told == "Fem") == feminine
    return not gender or ("Fem" in gender) == feminine
