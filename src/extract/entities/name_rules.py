"""Names found by general rules, beside the model: descriptors, acronyms and their
expansions, hashtags, datelines, names opened by an institution or place noun.

>>> [m.text for m in descriptor_mentions(nlp("Il utilise le logiciel FaceReader."), [])]  # doctest: +SKIP
['FaceReader']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..doctext import doc_text
from . import patterns as P
from .mention_record import Mention, in_ranges, make_mention

_DETERMINERS = {
    "le", "la", "l'", "l’", "les", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur", "leurs", "ce",
    "cette",
}  # fmt: skip


def descriptor_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    """A capitalised name after a determiner, a descriptor noun and its adjectives:
    `la multinationale française Idemia`, `le logiciel FaceReader`."""
    out = []
    for tok in doc:
        label, first = descriptor_at(doc, tok.i)
        if label is None or label == "PER" or not tok.is_lower or first == 0:
            continue
        # `le logiciel X`, `[logiciel] X`; products also after `de` (`des livraisons de canons X`).
        opener = doc[first - 1].lower_
        if not (opener in _DETERMINERS or opener == "[" or (label == "MISC" and opener in P.DE_FORMS)):
            continue
        i = tok.i + 1
        while i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i += 1
        if i < len(doc) and doc[i].text == "]":
            i += 1
        j = i
        while j < len(doc) and (
            ((doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha and len(doc[j]) > 1)
            or (doc[j].text == "-" and j > i and not doc[j - 1].whitespace_ and not doc[j].whitespace_)
            or (doc[j].like_num and j > i and not doc[j].is_punct)
        ):
            j += 1  # `la course Paris-Nantes`, `la chaîne France 2`
        if j > i and tok.lower_ in P.SLOGAN_NAME_DESCRIPTORS:
            j = _slogan_tail(doc, j)
        # `la chaîne France 2` is a channel, but `la région France` alone says nothing new.
        if j > i and j - i == 1 and doc[i].lower_ in P.country_names():
            continue
        if j > i and not in_ranges(doc[i].idx, doc[j - 1].idx, shouted):
            # A law is named with its noun (`la loi Egalim`, FACTS.md §2.1, D18).
            start = tok.i if tok.lower_ in P.LAW_NOUNS and i == tok.i + 1 else i
            out.append(make_mention(doc, start, j, "descriptor", head_label="MISC" if start < i else None))
    return out


def _slogan_tail(doc: Doc, j: int) -> int:
    """End of a collective's name that goes on in lower case through a preposition and one
    word, up to the end of the phrase: `le collectif Scènes en lutte, qui ...`, `la liste
    Lyon pour tous a obtenu ...`; not `le groupe Renault en France` (a capitalised word)."""
    if j + 2 > len(doc) or doc[j].lower_ not in P.NAME_TAIL_PREPOSITIONS:
        return j
    word = doc[j + 1]
    if not ((word.is_lower and word.pos_ in ("NOUN", "ADJ", "PRON")) or (word.is_upper and len(word) > 1)):
        return j
    end = j + 2
    after = doc[end] if end < len(doc) else None
    if after is None or after.is_punct or after.pos_ in ("VERB", "AUX") or after.lower_ in ("qui", "et"):
        return end
    return j


_QUOTE = re.compile(r"«\s*([^«»\n]{2,120}?)\s*»")


def _title_noun_before(doc: Doc, i: int) -> bool:
    """`son livre «`, `le documentaire inédit «`: a work's noun right before the mark ``i``."""
    k = i - 1
    while k >= 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and doc[k].lower_ in P.title_nouns()


def _title_noun_after(doc: Doc, i: int) -> bool:
    """`« X », la nouvelle création de`: a work's noun in apposition after the mark ``i``."""
    k = i + 1
    if k >= len(doc) or doc[k].text != ",":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in _DETERMINERS:
        k += 1
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    return k < len(doc) and doc[k].lower_ in P.title_nouns()


def quoted_titles(doc: Doc) -> list[Mention]:
    """A quoted title after or before the noun of a work or a programme: `son livre « La
    ville n'est pas à vendre »`, `le plan « Cap 2030 »`, `« Les Oiseaux », la nouvelle
    création de ...` (MISC, FACTS.md §2.1); its words are no names of their own."""
    out = []
    for hit in _QUOTE.finditer(doc_text(doc)):
        title = doc.char_span(hit.start(1), hit.end(1))
        if title is None or not title.text[:1].isupper() or len(title) > 12:
            continue
        if _title_noun_before(doc, title.start - 1) or _title_noun_after(doc, title.end):
            out.append(make_mention(doc, title.start, title.end, "title", head_label="MISC"))
    return out


def quoted_words(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of words quoted as words: `le mot « Soif »` (no name, FACTS.md §2.1)."""
    out = []
    for hit in _QUOTE.finditer(doc_text(doc)):
        inner = doc.char_span(hit.start(1), hit.end(1))
        if inner is not None and inner.start >= 2 and doc[inner.start - 2].lower_ in P.QUOTED_WORD_NOUNS:
            out.append((inner.start, inner.end))
    return out


def regulation_mentions(doc: Doc) -> list[Mention]:
    """A regulation named by its title, in lower case: `la loi sur la restauration des sols`,
    `le règlement sur les biens à double usage` (MISC)."""
    out = []
    for tok in doc:
        if (
            tok.lower_ not in P.LAW_NOUNS
            or tok.i == 0
            or doc[tok.i - 1].lower_ not in ("la", "le", "l'", "l’")
        ):
            continue
        k = tok.i + 1
        if k + 1 < len(doc) and doc[k].lower_ == "relative" and doc[k + 1].lower_ in ("à", "au", "aux"):
            k += 2
        elif k < len(doc) and doc[k].lower_ == "sur":
            k += 1
        else:
            continue
        # A title's object is a definite or bare noun phrase (`sur la restauration des sols`),
        # not `sur ce point`.
        if k >= len(doc) or not (doc[k].lower_ in ("la", "le", "les", "l'", "l’") or doc[k].pos_ == "NOUN"):
            continue
        end = k
        while end < len(doc) and (
            (doc[end].pos_ in ("NOUN", "ADJ", "DET", "PROPN") and not doc[end].is_punct)
            or (doc[end].lower_ in P.DE_FORMS | {"à", "au", "aux", "et"} and end + 1 < len(doc))
        ):
            if "\n" in doc[end - 1].whitespace_:
                break
            if doc[end].pos_ == "DET" and doc[end - 1].lower_ not in P.DE_FORMS | {"à", "sur", "et"}:
                break  # `la loi sur la fin de vie cette semaine`: a new phrase
            end += 1
        while end > k and (doc[end - 1].pos_ in ("DET", "ADP", "CCONJ") or doc[end - 1].lower_ in P.DE_FORMS):
            end -= 1
        if end > k and any(t.pos_ == "NOUN" for t in doc[k:end]):
            out.append(make_mention(doc, tok.i, end, "regulation", head_label="MISC"))
    return out


def descriptor_at(doc: Doc, i: int) -> tuple[str | None, int]:
    """Type told by the descriptor noun ending at token ``i`` and the noun's first token;
    hyphenated nouns the tokenizer splits count (`start` `-` `up`)."""
    desc = P.descriptors()
    tok = doc[i]
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        compound = (doc[i - 2].text + "-" + tok.text).lower()
        if compound in desc:
            return desc[compound], i - 2
    return desc.get(tok.lower_) or desc.get(tok.lemma_.lower()), i


def expansion_mentions(doc: Doc, acronyms: list[Mention]) -> list[Mention]:
    """The written-out name of an acronym, every word capitalised: `BDS` ->
    `Boycott, Désinvestissement et Sanctions`."""
    fillers = "|".join(re.escape(w) for w in P.ACRONYM_FILLERS if w not in (",", "-"))
    out, done = [], set()
    for a in acronyms:
        letters = a.text
        if letters in done or not letters.isalpha() or len(letters) < 3:
            continue
        done.add(letters)
        parts = [rf"{re.escape(c)}[^\W\d_]+" for c in letters]
        sep = rf"(?:[ ,]+(?:(?:{fillers})[ ]+)*)"
        pattern = re.compile(r"(?<!\w)" + sep.join(parts) + r"(?!\w)")
        for hit in pattern.finditer(doc_text(doc)):
            span = doc.char_span(hit.start(), hit.end())
            # Letters that cut a person's name in two spell no name: `HFM` in `Heldmann en France, Marc Vidal`.
            if span is not None and not any(
                e.label_ == "PER" and e.start < b < e.end for e in doc.ents for b in (span.start, span.end)
            ):
                out.append(make_mention(doc, span.start, span.end, "expansion"))
    return out


def _is_abbreviation(text: str) -> bool:
    """`CNIL`, `SUdF`, `Snalc`: a short word with a capital first and no space."""
    return (
        2 <= len(text) <= 8
        and text.isalpha()
        and text[0].isupper()
        and (sum(c.isupper() for c in text) >= 2 or len(text) <= 6)
    )


def initials_match(letters: str, words: list[str]) -> bool:
    """The abbreviation's letters, in order, are mostly initials of the name's words
    (`Snalc` ~ `Syndicat national des lycées et collèges`)."""
    content = [w[0].lower() for w in words if w.lower() not in P.ACRONYM_FILLERS]
    # All the words count when the article is in the letters: `La France insoumise (LFI)`.
    every = [w[0].lower() for w in words]
    return any(_mostly_initials(letters, initials) for initials in (content, every))


def _mostly_initials(letters: str, initials: list[str]) -> bool:
    if not initials or initials[0] != letters[0]:
        return False
    k = hits = 0
    for c in letters:
        if k < len(initials) and initials[k] == c:
            hits += 1
            k += 1
    return hits >= max(2, round(0.6 * len(letters))) and hits >= len(letters) - 2


def gloss_expansions(doc: Doc) -> list[Mention]:
    """The name before an abbreviation in brackets, also with lowercase words: `l'Office
    français de la biodiversité (OFB)`, `Syndicat national des lycées et collèges (Snalc)`."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or tok.i < 2:
            continue
        abbr = doc[tok.i + 1]
        close = tok.i + 2 if doc[tok.i + 2].text == ")" else tok.i + 3
        if close >= len(doc) or doc[close].text != ")" or not _is_abbreviation(abbr.text):
            continue
        end = tok.i
        while end > 0 and doc[end - 1].text.strip("*") == "":
            end -= 1  # `**Commission ...** (CNIL)`
        letters = abbr.text.lower()
        best = None
        # Back over the words of one noun phrase; a verb or a punctuation mark ends it.
        for s in range(end - 1, max(end - 16, -1), -1):
            t = doc[s]
            # A comma before another complement stays inside the name: `Agence ... de
            # l'alimentation, de l'environnement et du travail (Anses)`.
            listed = t.text == "," and s + 1 < end and doc[s + 1].lower_ in P.DE_FORMS
            if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or (
                t.is_punct and t.text not in ("-", "'", "’") and not listed
            ):
                break
            if "\n" in t.whitespace_ and s < end - 1:
                break
            # A lowercase institution noun may open it too: `comité social et économique (CSE)`.
            opens = t.text[:1].isupper() or P.name_heads().get(t.lower_) == "ORG"
            if opens and t.text[0].lower() == letters[0]:
                words = [w.text for w in doc[s:end] if w.is_alpha]
                article = t.lower_ in ("le", "la", "les", "l'", "l’")
                # An article opens the name only when the letters need it (`La France insoumise`).
                if article and initials_match(letters, words[1:]):
                    continue
                if initials_match(letters, words) and s < end - 1:
                    best = s
        if best is not None:
            out.append(make_mention(doc, best, end, "expansion"))
    return out


def company_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised words joined by `&` or closed by a company word, which the model often
    misses or takes for a person: `Rothschild & Co`, `Procter & Gamble`, `Kessler Industrie GmbH`."""
    out, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and (
            (doc[j].text[:1].isupper() and (doc[j].is_alpha or doc[j].text.rstrip(".").isalpha()))
            or (doc[j].text == "&" and j > i)
        ):
            if j > i and "\n" in doc[j - 1].whitespace_:
                break
            j += 1
        words = [t.text for t in doc[i:j]]
        if j - i >= 2 and words[-1] != "&" and not in_ranges(doc[i].idx, doc[j - 1].idx, shouted):
            closed = words[-1] in P.org_name_words() or words[-1].rstrip(".") in P.org_name_words()
            if "&" in words or (closed and words[0].lower() not in P.LEADING_NON_NAME):
                out.append(make_mention(doc, i, j, "company"))
        i = max(j, i + 1)
    return out


def hashtag_mentions(doc: Doc) -> list[Mention]:
    out = []
    for m in P.HASHTAG.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span):
            out.append(make_mention(doc, span.start, span.end, "hashtag"))
    return out


_NOT_NAME_POS = {"ADV", "INTJ", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX"}


def acronym_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    """Words in capitals outside shouted lines (`ACLU`, `CPCX`), not common abbreviations."""
    out = []
    for tok in doc:
        if P.ACRONYM.match(tok.text) and not in_ranges(tok.idx, tok.idx + len(tok), shouted):
            if tok.text in P.COMMON_ACRONYMS or not any(c.isalpha() for c in tok.text):
                continue
            if tok.text in P.EMPHATIC_WORDS or doc.vocab[tok.lower_].is_stop or tok.pos_ in _NOT_NAME_POS:
                continue  # a word written in capitals for emphasis: `C'est NON`
            out.append(make_mention(doc, tok.i, tok.i + 1, "acronym"))
    return out


def dateline_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    """An all-capital place before a separator on the first line of the article, after a
    metadata header and a shouted headline if any: `SAN FRANCISCO |`, `PARIS (AFP) -`."""
    offset = 0
    if Doc.has_extension("metadata_spans") and doc._.metadata_spans:
        offset = max([e for _, e in doc._.metadata_spans if e < 200], default=0)
    candidates = [offset]
    if offset:
        candidates.append(0)
        # A dateline that gives the DCT is metadata itself: `NEW YORK, 27 juin 2025 (AFP) -`.
        candidates += [s for s, _ in doc._.metadata_spans if 0 < s < 200]
    pos, lines = offset, 0
    for line in doc_text(doc)[offset:500].split("\n"):
        # The first line that is neither empty nor a headline in capitals; after a headline
        # in lower case (no final full stop), the line under it too: `Titre\n\nNEW YORK, ...`.
        if line.strip() and not in_ranges(pos, pos + len(line), shouted):
            candidates.append(pos)
            lines += 1
            if lines == 2 or line.rstrip().endswith((".", "»", '"')):
                break
        pos += len(line) + 1
    for base in candidates:
        m = P.DATELINE.match(doc_text(doc)[base : base + 120])
        if not m:
            continue
        name = m.group(1).strip(" -.")
        if name.lower() in P.EDITORIAL or name in P.COMMON_ACRONYMS or len(name) < 3:
            continue
        if name.split()[0].lower() in P.EDITORIAL:
            # A rubric banner, no place: `EXCLUSIF -`; a name after the rubric is its source
            # (`INFO FRANCE BLEU -` -> `FRANCE BLEU`).
            rest = name.split(None, 1)[1] if " " in name else ""
            start = base + m.start(1) + name.find(rest) if rest else 0
            span = doc.char_span(start, start + len(rest), alignment_mode="contract") if rest else None
            return (
                [make_mention(doc, span.start, span.end, "acronym")] if span is not None and len(span) else []
            )
        start = base + m.start(1)
        span = doc.char_span(start, start + len(name), alignment_mode="contract")
        if span is not None and len(span):
            return [make_mention(doc, span.start, span.end, "dateline")]
    return []


def _complement_end(doc: Doc, k: int) -> int | None:
    """End of one lowercase complement at ``k``: ``d'incendie``, ``et de secours``,
    ``des professionnels de santé`` (``[et] de + noun + adjectives``), else None."""
    if k < len(doc) and doc[k].lower_ == "et":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in P.DE_FORMS:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ in ("la", "l'", "l’") and k + 1 < len(doc) and doc[k + 1].is_lower:
        k += 1
    if k >= len(doc) or not (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
        return None
    k += 1
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    return k


def _skip_complements(doc: Doc, j: int) -> int:
    """After an institution noun, lowercase complements before the place: `cour d'appel de
    Rennes`, `Service départemental d'incendie et de secours de la Seine-Maritime`."""
    best, k = j, j
    for _ in range(4):
        nxt = _complement_end(doc, k)
        if nxt is None:
            break
        k = nxt
        d = k + 1 if k < len(doc) and doc[k].lower_ in P.DE_FORMS else None
        # Only when a capitalised name follows in the end: `cour d'appel` alone is no name.
        if (
            d is not None
            and d < len(doc)
            and (doc[d].text[:1].isupper() or doc[d].lower_ in ("la", "l'", "l’"))
        ):
            best = k
    return best


def _lowercase_adjectives(doc: Doc, i: int) -> int:
    """Adjectives after a lowercase institution noun, kept when the name goes on with `de`
    and a place: `tribunal judiciaire de Lille`, `conseil régional de Normandie`."""
    k = i
    while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    if k == i:
        return i
    end = _skip_complements(doc, k)
    if end < len(doc) and doc[end].lower_ in P.DE_FORMS and end + 1 < len(doc):
        nxt = doc[end + 1]
        if nxt.text[:1].isupper() or (
            nxt.lower_ in ("la", "l'", "l’") and end + 2 < len(doc) and doc[end + 2].text[:1].isupper()
        ):
            return k
    return i


def _ranked(doc: Doc, i: int) -> bool:
    """`la quatrième place`, `la première place`: a rank, not a square."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (
        "Ord" in prev.morph.get("NumType")
        or prev.lower_.endswith("ième")
        or prev.lower_
        in (
            "première",
            "premier",
            "dernière",
            "dernier",
            "seconde",
            "second",
        )
    )


_DEMONYM_ENDING = re.compile(r"(?:ais|ois|ain|ien|éen|in|an)(?:e|es|s|nes?)?$")


# A street named after a date: `place du 11-Novembre`, `rue du 8-Mai-1945`.
_DATE_NAME = re.compile(r"\d{1,2}-[A-ZÉ][a-zéû]+")


def demonym_like(word: str) -> bool:
    """`toulousain`, `rochelais`, `français`: an adjective of inhabitants."""
    return word in P.demonym_forms() or (len(word) >= 5 and bool(_DEMONYM_ENDING.search(word)))


def head_noun_mentions(doc: Doc, shouted: list[tuple[int, int]]) -> list[Mention]:
    """``université de Shihezi``, ``place Grenette``, ``Parlement européen``."""
    heads = P.name_heads()
    out = []
    for tok in doc:
        label = heads.get(tok.lower_)
        if label is None or in_ranges(tok.idx, tok.idx + len(tok), shouted):
            continue
        capitalised = tok.text[:1].isupper() and not tok.is_sent_start
        if capitalised and tok.lower_ in P.CAPITALISED_BODIES:
            label = "ORG"  # `la Région Hauts-de-France`: the regional council
        loose = tok.lower_ in P.LOOSE_HEADS and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "ADJ")
        if not capitalised and (loose or _ranked(doc, tok.i)):
            continue  # `le groupe de la Gauche` (but `la direction départementale de X`), `la quatrième place`
        i = tok.i + 1
        # Adjectives right after a capitalised head belong to the name (`Commission européenne`,
        # `Jeux olympiques et paralympiques 2024`).
        while capitalised and i < len(doc):
            if doc[i].pos_ == "ADJ" and doc[i].is_lower:
                i += 1
            elif (
                doc[i].lower_ == "et"
                and i + 1 < len(doc)
                and doc[i + 1].pos_ == "ADJ"
                and doc[i + 1].is_lower
            ):
                i += 2
            elif i > tok.i + 1 and re.fullmatch(r"(?:19|20)\d\d", doc[i].text):
                i += 1
                break
            else:
                break
        if not capitalised and label in ("ORG", "LOC") and tok.lower_ not in P.STREET_HEADS:
            i = _lowercase_adjectives(doc, i)
            if tok.lower_ in P.BUILDING_INSTITUTIONS and i == tok.i + 1:
                k = i
                while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k += 1
                if k > i and k < len(doc) and doc[k].is_title:
                    i = k  # `lycée professionnel Jean-Jaurès`
        j = i
        # Lowercase, an event or law noun describes (`les prix de Procter`); capitalised it names.
        through_de = capitalised or label == "ORG" or tok.lower_ in P.STREET_HEADS
        if through_de and label == "ORG":
            j = _skip_complements(doc, j)  # `cour d'appel de Rennes`
        # `halle aux Toiles`, `place aux Herbes`: street names also take `au`/`aux`.
        street_de = P.DE_FORMS | ({"au", "aux"} if tok.lower_ in P.STREET_HEADS else set())
        if through_de and j < len(doc) and doc[j].lower_ in street_de:
            j += 1
            if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
                j += 1
        # `le programme Skynet`, `l'association Attac`: the name is `Skynet`, `Attac` (a
        # descriptor, see _descriptor_mentions); only a street or place noun joins (`place Grenette`).
        if (
            j == tok.i + 1
            and not capitalised
            and label != "LOC"
            and tok.lower_ not in P.BUILDING_INSTITUTIONS
        ):
            continue
        # The name part: a capitalised word right after the head or its `de` (`place Grenette`).
        k = j
        while k < len(doc) and (
            doc[k].text[:1].isupper()
            or (k == j and tok.lower_ in P.STREET_HEADS and _DATE_NAME.match(doc[k].text))
            or (k > j and doc[k].text in ("-", "'"))
            or (k > j and doc[k - 1].text.endswith(("'", "’")) and not doc[k - 1].whitespace_)  # `Tian’anmen`
        ):
            if doc[k].is_punct and doc[k].text not in ("-", "'"):
                break
            k += 1
        # An acronym after the head is an entity of its own (`règlement de l'UE`).
        if k > j and not (k - j == 1 and doc[j].text.isupper() and len(doc[j]) > 1):
            while (
                k < len(doc)
                and doc[k].pos_ == "ADJ"
                and doc[k].is_lower
                and (doc[k].dep_ in ("amod", "") or not doc.has_annotation("DEP"))
                # `ministère de la Culture finance le projet`: a verb the tagger took for an adjective
                and not (k + 1 < len(doc) and doc[k + 1].pos_ == "DET")
            ):
                k += 1  # `ministère de la Sécurité publique`
            if (
                capitalised
                and label == "LOC"
                and j == tok.i + 1
                and k == j + 1
                and demonym_like(doc[j].lower_)
            ):
                label = "ORG"  # `Stade Toulousain`, `Stade Français`: a club, not the stadium
            out.append(make_mention(doc, tok.i, k, "head", head_label=label))
        elif capitalised and i > tok.i + 1:
            if label == "LOC" and i == tok.i + 2 and demonym_like(doc[tok.i + 1].lower_):
                label = "ORG"  # `Stade lavallois`, `Stade rennais`: a club, not the stadium
            out.append(make_mention(doc, tok.i, i, "head", head_label=label))
    return out
