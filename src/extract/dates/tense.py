"""Past or future: read from the words of the expression, then from the tense of its verb.

``lundi prochain`` is future by its words; ``se réunira lundi`` by the future
tense; ``a annoncé lundi`` by the passé composé; ``va annoncer lundi`` by the
periphrastic future. The present says nothing (the caller defaults to past).

>>> governing_verb(nlp("Le conseil se réunira lundi.")[4]).text     # doctest: +SKIP
'réunira'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .patterns import TEMPORAL

_PAST_WORDS = set(TEMPORAL["past_words"])
_FUTURE_WORDS = {w for phrase in TEMPORAL["future_words"] for w in phrase.split()} - {"à"}
_VERBAL = ("VERB", "AUX")
_CONDITIONAL_ENDINGS = ("aient", "ait", "ais", "ions", "iez")
_IRREGULAR_STEMS = set(TEMPORAL["irregular_future_stems"])
_ANNOUNCING = set(TEMPORAL["announcing_verbs"])
_STATIVE = set(TEMPORAL["stative_verbs"])
_PROSPECTIVE_PARTICIPLES = set(TEMPORAL["prospective_verbs"])
# Verbs whose present tense announces a future event: "doit se tenir lundi", "prévoit de voter mardi".
_PROSPECTIVE_HEADS = {"aller", "devoir", "prévoir", "compter", "envisager", "espérer", "vouloir"}
# Verbs whose infinitive lies after them in any tense but the pluperfect: "a promis de venir lundi".
_PROMISING_HEADS = set(TEMPORAL["promising_verbs"])
_EVENT_SUFFIXES = tuple(TEMPORAL["event_noun_suffixes"])
_EVENT_NOUNS = set(TEMPORAL["event_nouns"])


def governing_verb(token: Token, max_steps: int = 8) -> Token | None:
    """The nearest verb up the dependency tree from ``token`` (itself excluded)."""
    current = token
    for _ in range(max_steps):
        if current.head is current:
            return current if _verbal(current) and current is not token else None
        current = current.head
        if _verbal(current):
            return current
    return None


def _verbal(token: Token) -> bool:
    """A verb, or a participle the tagger read as an adjective but that has its auxiliary
    (``les résultats seront connus``)."""
    if token.pos_ in _VERBAL:
        return True
    return token.pos_ == "ADJ" and any(c.dep_.startswith("aux") for c in token.children)


def words_direction(span: Span) -> str | None:
    for token in span:
        low = token.lower_
        if low in _PAST_WORDS:
            return "past"
        if low in _FUTURE_WORDS:
            return "future"
    return None


def is_conditional(verb: Token) -> bool:
    """``entrerait``, ``serait``, ``prendraient``: a conditional the tagger read as an imperfect.

    The conditional is the future stem (the infinitive, or an irregular stem) plus the
    imperfect endings; ``entrait`` (stem ``entr``) is a true imperfect.
    """
    form = verb.lower_
    for ending in _CONDITIONAL_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)]
            lemma = verb.lemma_.lower()
            return stem in (lemma, lemma[:-1]) or stem in _IRREGULAR_STEMS
    return False


def _verb_direction(verb: Token, depth: int = 0) -> str | None:
    morph = verb.morph
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return "future"
    if "Imp" in morph.get("Tense") and is_conditional(verb):
        return "future"
    for aux in auxes:
        if "Fut" in aux.morph.get("Tense") or "Cnd" in aux.morph.get("Mood"):
            return "future"
    if verb.lemma_ in _PROSPECTIVE_PARTICIPLES or verb.lower_ in _PROSPECTIVE_PARTICIPLES:
        # "la réunion est prévue le 14 décembre", "attendu lundi": planned, hence ahead.
        return "future"
    if "Part" in morph.get("VerbForm") and not auxes and verb.dep_ == "conj" and depth < 3:
        # "sera présenté mercredi, puis examiné début juillet": conjuncts share the auxiliary.
        head = verb.head
        if head is not verb and head.pos_ in _VERBAL:
            return _verb_direction(head, depth + 1)
    if "Part" in morph.get("VerbForm") and auxes and depth < 3:
        if all("Inf" in a.morph.get("VerbForm") for a in auxes) and verb.head.pos_ in _VERBAL:
            # "pourrait être annulé le 11 juin": the tense is that of the verb over the infinitive.
            if verb.head is not verb:
                return _verb_direction(verb.head, depth + 1)
    if "Part" in morph.get("VerbForm"):
        tense_aux = [a for a in auxes if a.dep_ == "aux:tense"]
        passive_present = auxes and not tense_aux and all("Pres" in a.morph.get("Tense") for a in auxes)
        return None if passive_present else "past"
    if any(t in morph.get("Tense") for t in ("Past", "Imp")):
        return "past"
    if verb.pos_ == "ADJ" and any(t in a.morph.get("Tense") for a in auxes for t in ("Past", "Imp")):
        return "past"  # "le site était fermé", "avaient été connus"
    if "Inf" in morph.get("VerbForm") and depth < 3:
        head = verb.head
        if head is not verb and head.pos_ in _VERBAL:
            if head.lemma_ in _PROSPECTIVE_HEADS and "Pres" in head.morph.get("Tense"):
                return "future"
            if head.lemma_ in _PROMISING_HEADS and not _pluperfect(head):
                return "future"  # "a promis de recevoir les syndicats lundi": what is promised lies ahead
            return _verb_direction(head, depth + 1)
    return None


def _pluperfect(verb: Token) -> bool:
    """``avait promis``: told before a past moment, so no longer ahead of the writing."""
    return any("Imp" in a.morph.get("Tense") for a in verb.children if a.dep_ == "aux:tense")


def direction(span: Span) -> str | None:
    """``"past"``, ``"future"`` or ``None`` when neither the words nor the tense tell."""
    by_words = words_direction(span)
    if by_words:
        return by_words
    verb = governing_verb(span.root)
    if verb is None:
        return _nearest_finite_direction(span)
    way = _verb_direction(verb)
    if way == "past" and (_dates_the_announced(span, verb) or _dates_a_planned_event(span, verb)):
        return "soon"
    return way


def _is_event_noun(token: Token) -> bool:
    low = token.lower_
    return token.pos_ == "NOUN" and (low in _EVENT_NOUNS or low.endswith(_EVENT_SUFFIXES))


def _dates_a_planned_event(span: Span, verb: Token) -> bool:
    """``a déposé mardi un préavis de grève du 10 au 12 juin``: a date inside the verb's object,
    on an event noun, dates that event, which may lie ahead of a past act."""
    token = span.root
    for _ in range(4):
        head = token.head
        if head is token or head is verb or head.pos_ in _VERBAL:
            return False
        if head.pos_ == "NOUN" and verb.i < head.i < span.start:
            if _is_event_noun(head) or any(_is_event_noun(c) for c in head.children if c.dep_ == "nmod"):
                return True
        token = head
    return False


def _dates_the_announced(span: Span, verb: Token) -> bool:
    """``a annoncé mardi la fermeture des urgences du 3 au 5 décembre``: a date after the object
    of a verb of announcing dates the announced event, not the announcing; it may lie ahead."""
    if verb.lemma_ not in _ANNOUNCING:
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and verb.i < c.i < span.start for c in verb.children)


def is_present(span: Span) -> bool:
    """True when the governing verb is a plain present (``fait aujourd'hui partie``) or absent."""
    verb = governing_verb(span.root)
    if verb is None:
        return True
    # The tagger reads some presents as imperfects ("fait aujourd'hui partie"); both say "nowadays".
    if "Imp" in verb.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in verb.children):
        return True
    return _verb_direction(verb) is None


def is_stative_present(span: Span) -> bool:
    """A present that states how things are (``fait aujourd'hui partie``, ``est aujourd'hui``):
    ``aujourd'hui`` then means nowadays; an event in the present (``se réunissent
    aujourd'hui``) happens on the day itself."""
    if not is_present(span):
        return False
    verb = governing_verb(span.root)
    if verb is None:
        return True
    has_copula = any(c.dep_ == "cop" for c in verb.children)
    return has_copula or verb.lemma_ in _STATIVE or verb.pos_ == "AUX"


def is_finite_present(span: Span) -> bool:
    """The date's verb is a finite present (``s'ouvre``, ``se poursuit``): news tells the
    coming days in the present as often as today, so the nearest reading is the likely one."""
    verb = governing_verb(span.root)
    if verb is None or verb.pos_ not in _VERBAL:
        return False
    morph = verb.morph
    return "Pres" in morph.get("Tense") and "Fin" in morph.get("VerbForm") and _verb_direction(verb) is None


def _nearest_finite_direction(span: Span) -> str | None:
    """When the parse hangs no verb over the date (``Le musée sera ouvert dimanche`` parsed with
    ``dimanche`` as its root), the tense of the last finite verb before it in the sentence."""
    doc = span.doc
    for token in reversed(doc[span.sent.start : span.start]):
        if token.text in (".", ";", "!", "?", "«", "»"):
            break
        if token.pos_ in _VERBAL and "Fin" in token.morph.get("VerbForm"):
            if "Fut" in token.morph.get("Tense") or "Cnd" in token.morph.get("Mood") or is_conditional(token):
                return "future"
            if any(t in token.morph.get("Tense") for t in ("Past", "Imp")):
                return "past"
            return None
    return None


# Clauses hung on a noun: "qui a engagé lundi sa responsabilité", "les contacts noués dimanche".
_BACKGROUND_CLAUSES = {"acl", "acl:relcl"}
_RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}


def tells_the_story(span: Span) -> bool:
    """The date's verb is on the main line of the text, not in a clause that describes a noun:
    a clock time told later (``Le vote, prévu à 10 heures``) falls on such a day, not on the
    day of a flashback in a relative clause (``le Premier ministre, qui a engagé lundi ...``)."""
    verb = governing_verb(span.root)
    if verb is None:
        return True
    # The parser may hang a relative clause elsewhere; its pronoun still marks it ("que ... a défendu").
    relative = any(c.lower_ in _RELATIVE_PRONOUNS and c.dep_ != "mark" for c in verb.children)
    return verb.dep_ not in _BACKGROUND_CLAUSES and not relative
