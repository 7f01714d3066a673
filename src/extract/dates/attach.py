"""What a date is about: the clause or verb phrase of the event it dates (FACTS.md §2.3).

Found through the dependency parse, within the date's clause (quotation marks
and sentence punctuation bound it):

- a date that modifies a noun dates that noun: ``la loi de mai 2023`` → ``la loi``; a temporal
  adjective its noun (``la future ligne`` → ``ligne``); a length the noun it measures
  (``trois années de négociations`` → ``négociations``);
- a date that opens its clause (``Lundi, IBM a annoncé``) dates the main verb after it;
- otherwise the verb that governs the date, from its subject to its object
  (``Morpho ... a décroché en 2015 un contrat``), or for a participle that
  modifies a noun, from that noun to the participle (``Le rapport d'Amnesty
  International publié ce lundi 21 septembre``);
- a bound that closes its clause (``à partir du 1er juillet``, ``jusqu'à dimanche``, ``d'ici la
  fin de l'année``) dates the clause's event, or the noun of action right after its verb
  (``a confirmé la fermeture de l'usine d'ici 2026`` → ``la fermeture``); an earlier time after
  ``contre`` + noun dates that noun (``contre un bénéfice de 3 millions un an plus tôt``); a
  date set off by commas after a subordinate clause dates the main clause (``si rien ne change,
  dans dix ans, la ville aura perdu``);
- when the parse gives no verb in the clause (upper-case text, incises), the
  words of the clause next to the date (``HIER ILS L'ONT FAIT``).

>>> doc = nlp("Le 15 novembre 2019, Microsoft a déclaré lancer un audit.")   # doctest: +SKIP
>>> subject_span(doc[0:4]).text                                             # doctest: +SKIP
'Microsoft a déclaré lancer un audit'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicons import WEEKDAYS
from .patterns import TEMPORAL, UNITS
from .tense import governing_verb

_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj", "csubj")
_VERBAL = ("VERB", "AUX")
# Punctuation that closes a clause for attachment: a date outside a quote does not date the quote's verbs.
_BOUNDARIES = {".", "!", "?", "«", "»", "“", "”", ";", ":", "(", ")", "[", "]"}
_QUOTES = {"«", "»", "“", "”"}
_OPENERS = ("ADP", "DET", "PUNCT", "CCONJ", "ADV")
_SUBORDINATE = ("acl", "acl:relcl", "advcl", "xcomp", "ccomp", "csubj")
# A long subject (a relative clause) is cut to its head phrase so the subject span stays readable.
_MAX_SUBJECT_TOKENS = 8
_MAX_FALLBACK_TOKENS = 15
_MAX_NOUN_COMPLEMENT = 3
# "la loi de mai 2023", "l'accord du 12 décembre": a date after "de" qualifies the noun before it.
_OF = {"de", "du", "d'", "d’"}
# Endings of French past participles: "signé", "tenue", "prévus", "fermées", "mis", "écrite".
_PARTICIPLE = re.compile(r"(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$")
_EVENT_SUFFIXES = tuple(TEMPORAL["event_noun_suffixes"])
_EVENT_NOUNS = set(TEMPORAL["event_nouns"])
# "présenté par la direction il y a quatre ans": an agent or subject takes part in the event, it is
# not the event ("direction" only looks like "fermeture").
_PARTICIPANTS = {"obl:agent", "nsubj", "nsubj:pass"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _is_event_noun(token: Token) -> bool:
    """``arrivée``, ``fermeture``, ``grève``: a noun that names an event a date can locate."""
    low = token.lower_
    return token.pos_ == "NOUN" and token.is_lower and (low in _EVENT_NOUNS or low.endswith(_EVENT_SUFFIXES))


def _event_or_participle(date: Span, start: int) -> Span | None:
    """Up the parse from the date, before any verb: a participle that modifies a noun
    (``la médiathèque, fermée depuis 2020`` → ``fermée``), or an event noun
    (``l'arrivée du directeur en janvier`` → ``l'arrivée``)."""
    token = date.root
    if token.pos_ not in ("NOUN", "NUM", "PROPN") and not token.like_num:
        return None  # an adverb ("actuellement en vigueur") qualifies a predicate, not a noun
    for _ in range(6):
        head = token.head
        if head.i == token.i or head.pos_ in _VERBAL or not start <= head.i:
            return None
        if head.dep_ == "acl" and head.pos_ == "ADJ" and head.i < date.start:
            return date.doc[head.i : head.i + 1]
        if _is_event_noun(head) and head.i < date.start and head.dep_ not in _PARTICIPANTS:
            return _up_to(_noun_phrase(head), date)
        token = head
    return None


def _event_right_before(date: Span, start: int) -> Span | None:
    """``appellent à une journée de grève la semaine prochaine``, ``lors du match contre Bastia,
    le 20 septembre``: a date right after a noun phrase that names an event dates that event."""
    doc = date.doc
    if date.root.pos_ not in ("NOUN", "NUM", "PROPN"):
        return None  # "les exportations actuellement en vigueur": an adverb qualifies what follows
    i = date.start - 1
    while i >= start and (doc[i].pos_ in ("ADP", "DET") or doc[i].text == ","):
        i -= 1
    if i < start or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    token, event = doc[i], None
    for _ in range(4):
        if _is_event_noun(token) and token.i < date.start and token.dep_ not in _PARTICIPANTS:
            event = token
        head = token.head
        if head.i == token.i or head.pos_ not in ("NOUN", "PROPN", "ADJ") or not start <= head.i < date.start:
            break
        token = head
    if event is None:
        return None
    first = min([event.i] + [c.i for c in event.lefts if c.dep_ in ("det", "amod")])
    return doc[first : i + 1]


def _up_to(phrase: Span, date: Span) -> Span:
    """``une journée de grève la semaine prochaine``: the noun phrase with its short complement
    before the date (``de grève``), prepositions and articles of the date left out."""
    doc = date.doc
    last = date.start
    while last > phrase.end and (doc[last - 1].pos_ in ("ADP", "DET") or doc[last - 1].is_punct):
        last -= 1
    if phrase.end < last and last - phrase.end <= _MAX_NOUN_COMPLEMENT:
        return doc[phrase.start : last]
    return phrase


def _is_boundary(token: Token) -> bool:
    return token.text in _BOUNDARIES or (token.is_space and "\n" in token.text)


def _clause(date: Span, use_sentences: bool = True, quotes: bool = True) -> tuple[int, int]:
    doc = date.doc
    lo, hi = (date.sent.start, date.sent.end) if use_sentences else (0, len(doc))
    boundary = _is_boundary if quotes else _is_boundary_not_quote
    start = lo
    for token in doc[lo : date.start]:
        if boundary(token):
            start = token.i + 1
    start = _before_parenthesis(doc, lo, start, boundary)
    end = hi
    for token in doc[date.end : hi]:
        if boundary(token):
            end = token.i
            break
    if quotes and _quoted_fragment(date, start, end):
        # The parser often ends a sentence at a closing quotation mark: punctuation bounds it here.
        wider = _clause(date, use_sentences=False, quotes=False)
        # "prévoit un trafic « très perturbé » jusqu'à dimanche": after a closing mark, too.
        after_quote = (
            start > 0
            and date.doc[start - 1].text in ("»", "”")
            and not any(t.pos_ in ("NOUN", "PROPN") for t in date.doc[start : date.start])
        )
        if _inside_quotes(date.doc, start, end) or after_quote or not _has_verb(date.doc, *wider):
            return wider
    return start, end


def _before_parenthesis(doc: Doc, lo: int, start: int, boundary) -> int:
    """``Les syndicats (CGT et FO) appellent à la grève``: a parenthesis closed before the date
    is an insertion, the clause goes on around it."""
    if start <= lo or doc[start - 1].text != ")":
        return start
    opening = next((i for i in range(start - 2, lo - 1, -1) if doc[i].text == "("), None)
    if opening is None:
        return start
    first = lo
    for token in doc[lo:opening]:
        if boundary(token):
            first = token.i + 1
    return first


def _is_boundary_not_quote(token: Token) -> bool:
    return _is_boundary(token) and token.text not in _QUOTES


def _quoted_fragment(date: Span, start: int, end: int) -> bool:
    """``a promis d'étudier « dans les prochains jours » une aide``: a quoted piece with no verb
    of its own belongs to the clause around the quotation marks."""
    doc = date.doc
    opened = start > 0 and doc[start - 1].text in _QUOTES
    closed = end < len(doc) and doc[end].text in _QUOTES
    return (opened or closed) and not _has_verb(doc, start, end)


def _inside_quotes(doc: Doc, start: int, end: int) -> bool:
    return start > 0 and doc[start - 1].text in _QUOTES and end < len(doc) and doc[end].text in _QUOTES


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    return any(t.pos_ in _VERBAL and not t.dep_.startswith("aux") for t in doc[start:end])


def _opens_clause(date: Span, start: int) -> bool:
    doc = date.doc
    before = doc[start : date.start]
    return all(t.pos_ in _OPENERS for t in before) and date.end < len(doc) and doc[date.end].text == ","


def _main_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The main verb of ``doc[start:end]``: not an auxiliary, not in a subordinate clause
    (``alors que des questions étaient posées``), preferably governed from outside the range."""
    verbs = [
        t for t in doc[start:end] if t.pos_ in _VERBAL and not t.dep_.startswith("aux") and t.dep_ != "cop"
    ]
    # A verb governed from outside the range heads it whatever its label (the parser often
    # hangs a sentence on the next one as "advcl").
    main = [
        t
        for t in verbs
        if (t.dep_ not in _SUBORDINATE or not start <= t.head.i < end)
        and not any(c.dep_ == "mark" for c in t.children)
    ]
    # (spaCy makes a new Token on each access: a root is found by its index, not by ``is``.)
    tops = [
        t for t in main if t.head.i == t.i or not start <= t.head.i < end or t.dep_ in ("parataxis", "conj")
    ]
    for group in (tops, main, verbs):
        if group:
            return group[0]
    return None


def _verb_phrase(verb: Token, start: int, end: int) -> Span:
    doc = verb.doc
    if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.i >= start:
        if doc[verb.i - 1].text == ",":
            return doc[verb.i : verb.i + 1]  # "la ville, assiégée depuis un an,": the participle alone
        noun = verb.head
        first = noun.left_edge.i
        while first < noun.i and (doc[first].is_punct or doc[first].pos_ == "ADP"):
            first += 1  # "avant une assemblée … tenue": the preposition is no part of the noun
        if verb.i - first > _MAX_SUBJECT_TOKENS:
            first = min([noun.i] + [c.i for c in noun.lefts if c.dep_ == "det"])
        return doc[max(first, start) : verb.i + 1]
    first = verb.i
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.i < verb.i:
            first = child.left_edge.i
            if child.i - first > _MAX_SUBJECT_TOKENS or verb.i - first > 3 * _MAX_SUBJECT_TOKENS:
                first = min([child.i] + [c.i for c in child.lefts if c.dep_ == "det"])
            break
    else:
        aux = [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        first = min(aux) if aux else verb.i
    last = next((c.i for c in verb.children if c.dep_ == "obj" and verb.i < c.i < end), verb.i)
    return doc[max(first, start) : last + 1]


def _noun_phrase(noun: Token) -> Span:
    start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ in ("det", "amod")])
    return noun.doc[start : noun.i + 1]


def _stops(token: Token) -> bool:
    return token.is_punct and token.text not in ("'", "’", "-")


def _fallback(date: Span, start: int, end: int, opens: bool) -> Span | None:
    """The words of the clause right after (or, for a trailing date, right before) the date."""
    doc = date.doc
    if opens or date.start == start:
        first = date.end
        while first < end and doc[first].is_punct:
            first += 1
        last = first
        while last < end and not _stops(doc[last]) and last - first < _MAX_FALLBACK_TOKENS:
            last += 1
    else:
        last = date.start
        while last > start and (doc[last - 1].is_punct or doc[last - 1].pos_ == "ADP"):
            last -= 1
        first = last
        while first > start and not _stops(doc[first - 1]) and last - first < _MAX_FALLBACK_TOKENS:
            first -= 1
    return doc[first:last] if last > first else None


def _measured_noun(date: Span, end: int) -> Span | None:
    """``trois années de négociations``, ``plus de deux heures de débats``: a length followed by
    ``de`` and a noun measures that noun's event."""
    doc = date.doc
    if date[-1].lower_ not in UNITS or date.end + 1 >= end or doc[date.end].lower_ not in _OF:
        return None
    if date.start > 0 and doc[date.start - 1].lower_ in ("à", "a"):
        return None  # "condamné à deux ans de prison": the length is the verb's complement
    noun = doc[date.end + 1]
    if noun.pos_ != "NOUN" or noun.lower_ in UNITS:
        return None
    return doc[noun.i : noun.i + 1]


def _distance_to_event(date: Span, end: int) -> Span | None:
    """``à quelques semaines de l'examen du budget``, ``à deux jours du scrutin``: a length after
    ``à`` and before ``de`` + article measures the distance to that noun's event."""
    doc = date.doc
    if date[-1].lower_ not in UNITS or date.start == 0 or doc[date.start - 1].lower_ not in ("à", "a"):
        return None
    if date.end + 1 >= end or doc[date.end].lower_ not in _OF | {"des"}:
        return None
    first = date.end + 1
    if doc[date.end].lower_ in _OF - {"du"} and doc[first].pos_ != "DET":
        return None  # "condamné à deux ans de prison": a bare noun is what the length measures
    for token in doc[first : min(first + 3, end)]:
        if token.pos_ == "NOUN":
            return doc[first : token.i + 1]
    return None


def _opening_phrase(date: Span, start: int, end: int) -> bool:
    """``Sur l'ensemble de l'année 2024, le groupe a perdu``, ``Au cours du premier trimestre,``:
    a prepositional phrase that opens the clause, ends with the date and a comma and names no
    event of its own dates the main clause after it."""
    doc = date.doc
    before = doc[start : date.start]
    if not before or before[0].pos_ != "ADP" or len(before) > 6:
        return False
    if date.end >= end or doc[date.end].text != ",":
        return False
    return all(
        t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "NUM") and not _is_event_noun(t) and t.text != ","
        for t in before
    )


# Words after which a date can be the subject of the next verb: the clause starts there.
_SUBJECT_OPENERS = {",", "que", "qu'", "qu’", "et", "mais", "car"}


def _date_as_subject(date: Span, start: int, end: int) -> Span | None:
    """``L'été sera décisif``, ``2025 marquera un tournant``, ``estime que l'hiver sera difficile``:
    a date that is the subject of the verb right after it dates that verb phrase (the date
    included)."""
    doc = date.doc
    if date.end >= end or doc[date.end].pos_ not in _VERBAL:
        return None
    if date.start > start and doc[date.start - 1].lower_ not in _SUBJECT_OPENERS:
        return None
    verb = doc[date.end]
    predicate = verb
    if (verb.dep_ == "cop" or verb.dep_.startswith("aux")) and verb.i < verb.head.i < end:
        predicate = verb.head
    last = next((c.i for c in predicate.children if c.dep_ == "obj" and predicate.i < c.i < end), predicate.i)
    return doc[date.start : last + 1]


# "à partir du 1er juillet", "jusqu'à dimanche", "d'ici la fin de l'année": a bound that closes
# its clause dates the clause's event.
_BOUND = re.compile(r"(?:partir (?:de|du|des|d'|d’)|jusqu['’](?: (?:à|au|aux|en))?|d['’] ici)$")
_RELATIVES = {"qui", "que", "qu'", "qu’", "dont", "où"}
# "si on ne fait rien, dans dix ans, ...": conjunctions that open a subordinate clause.
_SUBORDINATORS = {"si", "s'", "s’", "quand", "lorsque", "lorsqu'", "lorsqu’", "comme", "puisque", "puisqu'"}
# "un an plus tôt", "deux ans auparavant": a date that compares with another time.
_EARLIER = re.compile(r"(?:plus tôt|auparavant)$")


def _bound_at_end(date: Span, start: int, end: int) -> Token | None:
    """The verb of the event a bound that closes its clause dates (``la campagne sera menée
    auprès de 500 volontaires à partir du 1er juillet``), past a relative clause set off by
    commas (``la fermeture de l'usine, qui fabrique des freins, d'ici 2026``)."""
    doc = date.doc
    before = " ".join(t.lower_ for t in doc[max(start, date.start - 3) : date.start])
    if not _BOUND.search(before) or any(not t.is_punct for t in doc[date.end : end]):
        return None
    verb = governing_verb(date.root)
    if verb is None or not start <= verb.i < date.start:
        return None
    relative = any(c.dep_.startswith("nsubj") and c.lower_ in _RELATIVES for c in verb.children)
    if relative and any(t.text == "," for t in doc[verb.i : date.start]):
        head = verb.head
        for _ in range(4):  # the relative clause hangs on a noun, or (a parse error) on the verb
            if head.pos_ in _VERBAL or head.head.i == head.i:
                break
            head = head.head
        if head.i != verb.i and head.pos_ in _VERBAL and start <= head.i < verb.i:
            verb = head
    return verb


def _event_object(verb: Token, date: Span) -> Span | None:
    """``a confirmé mercredi la fermeture de son usine ... d'ici 2026``: the noun of action right
    after the verb is the event the date bounds."""
    for token in date.doc[verb.i + 1 : date.start]:
        if token.pos_ in ("DET", "ADV", "AUX", "PUNCT") or token.lower_ in WEEKDAYS:
            continue
        if token.pos_ == "NOUN" and _is_event_noun(token) and token.dep_ not in _PARTICIPANTS:
            return _noun_phrase(token)
        return None
    return None


def _compared_noun(date: Span, start: int) -> Span | None:
    """``contre un bénéfice de 31 millions un an plus tôt``: the noun compared is what an earlier
    time dates."""
    doc = date.doc
    if not _EARLIER.search(date.text.lower()):
        return None
    against = [t for t in doc[start : date.start] if t.lower_ == "contre"]
    if not against:
        return None
    i = against[-1].i + 1
    while i < date.start and doc[i].pos_ == "DET":
        i += 1
    if i < date.start and doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i].lower_ not in UNITS:
        return _noun_phrase(doc[i])
    return None


def _after_subordinate(date: Span, start: int, end: int) -> Span | None:
    """``si on ne fait rien, dans dix ans, le centre-ville sera un décor``: a date set off by
    commas between a subordinate clause and the main clause dates the main clause."""
    doc = date.doc
    first = date.start
    while first > start and doc[first - 1].pos_ == "ADP":
        first -= 1
    if first <= start or doc[first - 1].text != "," or date.end >= end or doc[date.end].text != ",":
        return None
    words = [t for t in doc[start : first - 1] if not t.is_punct]
    if words and words[0].pos_ == "CCONJ":
        words = words[1:]
    if not words or words[0].lower_ not in _SUBORDINATORS or "," in [t.text for t in doc[start : first - 1]]:
        return None
    verb = _main_verb(doc, date.end, end)
    if verb is not None and not any(c.dep_ == "mark" for c in verb.children):
        return _verb_phrase(verb, date.end + 1, end)
    return _fallback(date, start, end, True)


def subject_span(date: Span) -> Span | None:
    """The event phrase a date belongs to, or ``None`` when its clause has no other word."""
    start, end = _clause(date)
    root = date.root
    head = root.head
    distance = _distance_to_event(date, end)
    if distance is not None:
        return distance
    if _opening_phrase(date, start, end):
        verb = _main_verb(date.doc, date.end, end)
        if verb is not None:
            return _verb_phrase(verb, start, end)
    compared = _compared_noun(date, start)
    if compared is not None:
        return compared
    after = _after_subordinate(date, start, end)
    if after is not None:
        return after
    bound = _bound_at_end(date, start, end)
    if bound is not None:
        return _event_object(bound, date) or _verb_phrase(bound, start, end)
    as_subject = _date_as_subject(date, start, end)
    if as_subject is not None:
        return as_subject
    if len(date) == 1 and root.pos_ == "ADJ" and root.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        return date.doc[head.i : head.i + 1]  # "la future ligne", "le régime actuel": the noun qualified
    if len(date) == 1 and _YEAR.match(date.text) and date.start > start:
        before = date.doc[date.start - 1]
        if before.pos_ == "NOUN" and before.is_lower and before.lower_ not in UNITS:
            return _noun_phrase(before)  # "son budget 2025", "la saison 2024": the year names the noun's
    measured = _measured_noun(date, end)
    if measured is not None:
        return measured
    event = _event_or_participle(date, start) if root.dep_ == "nmod" else None
    if event is not None:
        return event  # "la fermeture nocturne des urgences du 3 au 5 décembre": the event, not its place
    if (
        root.dep_ == "nmod"
        and head.pos_ in ("NOUN", "PROPN")
        and start <= head.i < date.start
        and head.lower_ not in UNITS
        and date.start > 0
        and date.doc[date.start - 1].lower_ in _OF
    ):
        phrase = _noun_phrase(head)
        # "un préavis de grève du 10 au 12 juin": the noun's own complement before the date stays.
        if date.start - 1 - phrase.end <= _MAX_NOUN_COMPLEMENT:
            return date.doc[phrase.start : date.start - 1]
        return phrase
    opens = _opens_clause(date, start)
    words = [t for t in date.doc[start:end] if t.is_alpha and len(t) > 1]
    if words and all(t.is_upper for t in words):
        # The tagger reads capitals as proper names: its parse (sentences included) of an
        # upper-case clause is no guide.
        start, end = _clause(date, use_sentences=False)
        return _fallback(date, start, end, opens or date.start == start)
    if opens:
        verb = _main_verb(date.doc, date.end, end)
        if verb is not None:
            return _verb_phrase(verb, start, end)
    found = _event_or_participle(date, start) or _event_right_before(date, start)
    if found is not None:
        return found
    verb = governing_verb(root)
    if verb is not None and start <= verb.i < end:
        # "commenceront en 2026 et dureront trois ans": the conjunct before the date dates it.
        doc = date.doc
        conjuncts = [
            t
            for t in doc[verb.i + 1 : date.start]
            if t.pos_ == "VERB"
            and (t.dep_ == "conj" and t.head is verb or doc[t.i - 1].pos_ == "CCONJ")
            # "une réunion tenue à Bruxelles le 22 septembre": the participle next to the date
            # (the tagger may call it a noun or an adjective).
            or t.dep_ == "acl"
            and _PARTICIPLE.search(t.lower_)
            and t.head.i < t.i
        ]
        if conjuncts:
            verb = conjuncts[-1]
        return _verb_phrase(verb, start, end)
    return _fallback(date, start, end, opens)
