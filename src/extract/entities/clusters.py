"""Gather the mentions of one entity, choose its canonical name and its one type.

Mentions join when they are the same name up to case, spacing and a plural
``s`` (``Any Vision`` / ``AnyVision``), an acronym and its expansion
(``American Civil Liberties Union (ACLU)``, initials of ``Jewish Voice for
Peace`` = ``JVP``), a surname and a full name (``Koning`` / ``Merel Koning``),
or a short and a long form (``Amnesty`` / ``Amnesty International``), unless
the long form adds a place (``Amnesty International France`` is its own entity).

>>> [(e.canonical, e.label, e.aliases) for e in cluster(doc, mentions)]  # doctest: +SKIP
[('American Civil Liberties Union', 'ORG', ['ACLU'])]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..doctext import doc_text
from ..textnorm import normalize_name
from . import patterns as P
from .evidence import W_PLACE_PREP
from .mention_record import Mention
from .mentions import after_title
from .name_rules import initials_match

# Order used to break a tie between types.
_TIE_ORDER = {"ORG": 0, "PER": 1, "LOC": 2, "MISC": 3}


@dataclass
class Entity:
    """One real-world entity of the document: its mentions, canonical name, aliases and type."""

    mentions: list[Mention]
    canonical: str = ""
    label: str = ""
    aliases: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", normalize_name(text))


def _key(text: str) -> str:
    # Same name up to case, accents, spaces, hyphens and a plural `s` on each word.
    return "".join(w.rstrip("s") or w for w in _words(text))


def is_acronym(text: str) -> bool:
    return bool(P.ACRONYM.match(text)) and sum(c.isalpha() for c in text) >= 2


def _initials(text: str) -> set[str]:
    """Initials of the content words, and of all words (`Jewish Voice for Peace` -> `jvp`, `jvfp`)."""
    words = re.findall(r"[^\W_][^\s,]*", text.replace("-", " "))
    content = [w for w in words if w.lower() not in P.ACRONYM_FILLERS]
    return {"".join(w[0] for w in content).lower(), "".join(w[0] for w in words).lower()}


def _bracketed_abbreviation(doc: Doc, m: Mention) -> bool:
    """A short capitalised word alone in brackets, a number allowed: `(SUdF)`, `(SDIS 76)`."""
    if m.start < 2 or doc[m.start - 1].text != "(" or m.end >= len(doc) or doc[m.end].text != ")":
        return False
    first = doc[m.start].text
    rest_ok = all(t.like_num for t in doc[m.start + 1 : m.end])
    return (
        rest_ok
        and 2 <= len(first) <= 8
        and first.isalpha()
        and first[0].isupper()
        and (sum(c.isupper() for c in first) >= 2 or len(first) <= 6)
    )


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _groups(u: _Union, n: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i in range(n):
        out.setdefault(u.find(i), []).append(i)
    return out


# The model's say on an entity, whatever its number of mentions: a rule that reads the
# text (`X, une entreprise`) outweighs the model repeating one guess on every mention.
W_MODEL = 3.0
W_MODEL_LONE_PER = 1.5  # one-word PER: the model often gives it to companies and towns


def _votes(mentions: list[Mention], idx: list[int]) -> Counter:
    total: Counter = Counter()
    labels: Counter = Counter()
    for i in idx:
        total.update(mentions[i].votes)
        if mentions[i].model_label:
            labels[mentions[i].model_label] += mentions[i].model_weight
    if labels:
        lone_per = all(mentions[i].end - mentions[i].start == 1 for i in idx)
        n = sum(1 for i in idx if mentions[i].model_label)
        for label, count in labels.items():
            weight = W_MODEL_LONE_PER if label == "PER" and lone_per else W_MODEL
            total[label] += weight * count / n
    return total


def _longest(mentions: list[Mention], idx: list[int]) -> str:
    names = [mentions[i].text for i in idx if not is_acronym(mentions[i].text)] or [
        mentions[i].text for i in idx
    ]
    freq = Counter(" ".join(n.split()) for n in names)
    # One spelling per name (the most frequent: `AnyVision` over `Any Vision`), then the
    # fullest name: mixed case over a shouted form, more words, longer.
    by_key: dict[str, str] = {}
    for n in sorted(freq, key=lambda n: (-freq[n], n.isupper(), -len(n))):
        by_key.setdefault(_key(n), n)
    return max(by_key.values(), key=lambda n: (not n.isupper(), len(_words(n)), len(n), freq[n]))


def lowercase_expansion_acronyms(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Acronyms that abbreviate a common noun phrase: `intelligence artificielle (IA)`,
    `vidéosurveillance algorithmique (VSA)` (compounds give two letters)."""
    out = set()
    for m in mentions:
        if not is_acronym(m.text) or m.start < 2 or doc[m.start - 1].text != "(":
            continue
        letters = m.text.lower()
        words = [t for t in doc[max(0, m.start - 1 - 2 * len(letters)) : m.start - 1] if not t.is_punct]
        content = [t for t in words if t.lower_ not in P.ACRONYM_FILLERS]
        for k in range(min(len(letters), len(content)), 1, -1):
            tail = content[-k:]
            if P.name_heads().get(tail[0].lower_) == "ORG":
                break  # `comité social et économique (CSE)`: an institution, its name written out
            if all(t.is_lower for t in tail) and tail[0].text[0] == letters[0]:
                if all(t.text[0] in letters for t in tail) and tail[-1].text[0] in letters[1:]:
                    out.add(m.text)
                    break
    return out


def headline_end(doc: Doc) -> int:
    """End of the article's title: its first line with words that is not metadata and
    reads as no sentence (no final full stop); 0 when there is none."""
    meta = doc._.metadata_spans if Doc.has_extension("metadata_spans") and doc._.metadata_spans else []
    pos = 0
    for line in doc_text(doc).split("\n"):
        end = pos + len(line)
        inside_meta = any(s <= pos and end <= e for s, e in meta)
        if line.strip() and not inside_meta:
            return end if not line.rstrip().endswith(".") and len(line) < 200 else 0
        pos = end + 1
    return 0


def _stated_place(m: Mention) -> bool:
    """The text says the name is a place, beyond a lone preposition (`hostile à Carré` may
    speak of a person): a place noun, the lexicon, or a preposition over other votes."""
    loc = m.votes.get("LOC", 0.0)
    return loc > W_PLACE_PREP and max(m.votes, key=m.votes.get) == "LOC"


def cluster(doc: Doc, mentions: list[Mention]) -> list[Entity]:
    """Entities of the document, each with all its mentions, in order of first mention."""
    n = len(mentions)
    u = _Union(n)
    by_key: dict[str, int] = {}
    for i, m in enumerate(mentions):
        k = _key(m.text)
        if k in by_key:
            u.join(i, by_key[k])
        else:
            by_key[k] = i

    # Acronym <-> expansion: right before it in brackets, or by initials.
    for i, m in enumerate(mentions):
        bracketed = _bracketed_abbreviation(doc, m)
        if not is_acronym(m.text) and not bracketed:
            continue
        target = None
        if bracketed:
            # `Samu-Urgences de France (SUdF)`, `Service ... de la Seine-Maritime (SDIS 76)`.
            before = m.start - 1
            while before > 0 and doc[before - 1].text.strip("*") == "":
                before -= 1
            prev = [j for j, x in enumerate(mentions) if x.end == before and not is_acronym(x.text)]
            # The letters must be the name's initials (`Vingegaard (Visma)` is a person and a team).
            if prev and initials_match(
                doc[m.start].text.lower(), re.findall(r"[^\W\d_]+", mentions[prev[0]].text)
            ):
                target = prev[0]
        if not is_acronym(m.text):
            if target is not None:
                u.join(i, target)
            continue
        if target is None:
            matches = [
                j
                for j, x in enumerate(mentions)
                if not is_acronym(x.text) and m.text.lower() in _initials(x.text)
            ]
            if matches:
                groups = Counter(u.find(j) for j in matches)
                target = groups.most_common(1)[0][0]
        if target is None and m.text in P.country_abbreviations():
            key = _key(P.country_abbreviations()[m.text])
            target = next((j for j, x in enumerate(mentions) if _key(x.text) == key), None)
            m.vote("LOC", 2.0)
        if target is not None:
            u.join(i, target)

    # Surname <-> full name, short form <-> long form (a strict prefix of the words).
    groups = _groups(u, n)
    headline = headline_end(doc)
    names = {g: _longest(mentions, idx) for g, idx in groups.items()}
    place_words = {tuple(_words(m.text)) for m in mentions if _stated_place(m)}
    for g, name in names.items():
        words = _words(name)
        if not words or is_acronym(name):
            continue
        # A place is not the short form of `France Télévisions`; nor the surname of `Paris
        # Hilton` when the text says it is a place (`à Paris`), whatever the model says.
        place = _label(_votes(mentions, groups[g])) == "LOC"
        stated_place = any(_stated_place(mentions[i]) for i in groups[g])
        # `la Cour` after `la Cour des comptes`: an institution's noun alone, capitalised.
        institution_word = len(words) == 1 and P.name_heads().get(name.lower()) == "ORG"
        candidates = []
        for h, other in names.items():
            if h == g:
                continue
            ow = _words(other)
            if len(ow) <= len(words):
                continue
            rest = ow[len(words) :]
            is_per = (
                _votes(mentions, groups[h]).most_common(1)[0][0] == "PER"
                if _votes(mentions, groups[h])
                else False
            )
            first_short = min(mentions[i].start for i in groups[g])
            first_long = min(mentions[i].start for i in groups[h])
            if ow[: len(words)] == words and not place:
                # A short form refers back to a long one already written (`Amnesty` after
                # `Amnesty International`); before it, `Amazon` is not `Amazon Web Services`.
                # A headline names in short what the body names in full (`Rachat de X par Y`).
                if first_long > first_short and not all(
                    mentions[i].end_char <= headline or mentions[i].start > first_long for i in groups[g]
                ):
                    continue
                if (
                    (rest[0] in ("de", "du", "des", "d") and not institution_word)
                    or tuple(rest) in place_words
                    or all(w.isdigit() for w in rest)
                ):
                    continue  # `Jeux olympiques de Paris`, `Amnesty International France`, `France 2`
                candidates.append(h)
            elif is_per and not stated_place and ow[-len(words) :] == words and len(words) < len(ow):
                candidates.append(h)  # surname
        if institution_word and len({names[h] for h in candidates}) > 1:
            continue  # `la Cour` between `Cour des comptes` and `Cour de cassation`
        if candidates:
            best = max(candidates, key=lambda h: len(groups[h]))
            u.join(g, best)

    groups = _groups(u, n)
    _coordination_votes(doc, mentions, groups)
    entities = []
    for idx in groups.values():
        votes = _votes(mentions, idx)
        label = _label(votes) or "ORG"
        canonical = _longest(mentions, idx)
        seen = {normalize_name(canonical)}
        aliases = []
        for i in sorted(idx, key=lambda i: mentions[i].start):
            form = " ".join(mentions[i].text.split())
            if normalize_name(form) not in seen:
                seen.add(normalize_name(form))
                aliases.append(form)
        entities.append(
            Entity(sorted((mentions[i] for i in idx), key=lambda m: m.start), canonical, label, aliases)
        )
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def relabel(entities: list[Entity]) -> None:
    """Decide each entity's type again once the mentions found again have voted."""
    for e in entities:
        label = _label(_votes(e.mentions, list(range(len(e.mentions)))))
        if label:
            e.label = label


W_COORDINATION = 0.75
_COORDINATORS = {",", "et", "ou", "avec", "ainsi"}


def _label(votes: Counter) -> str | None:
    return max(votes, key=lambda lab: (votes[lab], -_TIE_ORDER[lab])) if votes else None


def _coordination_votes(doc: Doc, mentions: list[Mention], groups: dict[int, list[int]]) -> None:
    """Coordinated names share a type (`Jewish Voice for Peace, MPower Change et SumOfUs`):
    each mention gets a small vote for the type of the entities it is listed with."""
    label_of: dict[int, str | None] = {}
    for idx in groups.values():
        lab = _label(_votes(mentions, idx))
        for i in idx:
            label_of[i] = lab
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for a, b in zip(order, order[1:], strict=False):
        ma, mb = mentions[a], mentions[b]
        gap = doc[ma.end : mb.start]
        if not 1 <= len(gap) <= 2 or not all(t.lower_ in _COORDINATORS for t in gap):
            continue
        if label_of[a] and label_of[b] and label_of[a] != label_of[b]:
            mb.vote(label_of[a], W_COORDINATION)
            ma.vote(label_of[b], W_COORDINATION)


def _inside_other_name(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """A capitalised word right before or after: the hit is part of a longer, unknown name."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    for tok in (before, after):
        if tok is not None and tok.i not in taken and tok.is_title and not tok.is_sent_start and tok.is_alpha:
            if tok is after or "\n" not in tok.whitespace_:
                return True
    return False


def propagate(doc: Doc, entities: list[Entity], shouted: list[tuple[int, int]]) -> None:
    """Add the mentions the model missed of names the document already gave: the same
    spelling anywhere (`vers la Chine` when `Chine` is known), and any case inside
    all-capital lines (`AU SIÈGE DE MICROSOFT`)."""
    taken = {i for e in entities for m in e.mentions for i in range(m.start, m.end)}
    for e in entities:
        for name in sorted({e.canonical, *e.aliases}, key=len, reverse=True):
            if len(name) < 3:
                continue
            exact = re.compile(r"(?<![\w#])" + re.escape(name) + r"(?![\w-])")
            loose = re.compile(exact.pattern, re.IGNORECASE)
            hits = [(h, "propagated") for h in exact.finditer(doc_text(doc))]
            hits += [(h, "caps") for s, end in shouted for h in loose.finditer(doc_text(doc), s, end)]
            for hit, source in hits:
                span = doc.char_span(hit.start(), hit.end())
                if span is None or any(i in taken for i in range(span.start, span.end)):
                    continue
                if source == "propagated" and (
                    in_shouted(span.start_char, shouted)
                    or _inside_other_name(doc, span.start, span.end, taken)
                    or after_title(doc, span.start, P.PORTFOLIO_TITLES)  # `ministre de l'Éducation`
                ):
                    continue
                taken.update(range(span.start, span.end))
                e.mentions.append(
                    Mention(
                        span.start,
                        span.end,
                        source,
                        span.text,
                        start_char=span.start_char,
                        end_char=span.end_char,
                    )
                )
        e.mentions.sort(key=lambda m: m.start)


def in_shouted(pos: int, shouted: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in shouted)
