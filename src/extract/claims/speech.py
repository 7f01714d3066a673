"""Reported speech around a cue verb, read from the dependency parse.

``X affirme que ...``, ``accusent Amazon de ...``, ``exhortent Amazon à ...``,
``demande l'interdiction de ...``, ``est accusée de ... par X``, and incises
(``..., révèle Amnesty International``; ``« ... », a déclaré X``).

>>> [c.cue for c in cue_claims(nlp("L'ONG affirme que la loi est injuste."), [])]   # doctest: +SKIP
['affirmer']
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .candidate import Candidate, quote_at, shape_content
from .lexicon import LEXICON, Cue
from .quotes import Quote
from .sources import group_before_examples, phrase_after, phrase_from_head

_NEGATION = {"ne", "n'", "n’", "pas", "jamais", "guère", "nullement", "aucunement"}
_QUE = {"que", "qu'", "qu’"}
_DE = {"de", "d'", "d’"}
_A = {"à", "au", "aux"}
_REFLEXIVE = {"se", "s'", "s’"}
_SKIP_BEFORE = {
    "a",
    "ont",
    "avait",
    "avaient",
    "aura",
    "est",
    "sont",
    "était",
    "étaient",
    "sera",
    "«",
    "“",
    "-t",
    "ne",
    "n'",
    "n’",
}
_CLITICS = {"-il", "-elle", "-ils", "-elles", "-on"}
_SKIP_BEFORE |= _CLITICS
_PUNCT_BEFORE_INCISE = {",", "»", "”", '"', "*", "**", "***"}
_PASSIVE_OK = {"ACCUSE", "DEMAND", "DENY", "OTHER"}


def lemma_of(token: Token) -> str:
    """The verb's lemma; an unknown participle (``tweeté``) is read as a first-group verb."""
    lemma = token.lemma_.casefold()
    if lemma in LEXICON.verbs:
        return lemma
    low = token.lower_
    # The lemmatizer leaves some present forms as they are (``indique``, ``estiment``, ``dément``).
    for ending, repl in (
        ("ent", "er"),
        ("e", "er"),
        ("es", "er"),
        ("", "ir"),
        ("", "re"),
        ("t", "re"),
        ("", "tre"),
    ):
        if low.endswith(ending) and low[: len(low) - len(ending)] + repl in LEXICON.verbs:
            return low[: len(low) - len(ending)] + repl
    for ending in ("ées", "és", "ée", "é"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return lemma


def match_cue(token: Token) -> tuple[Cue, Token] | None:
    """The cue read at ``token`` and its last word (``mis`` ``au`` ``jour``)."""
    # The tagger is unsure of rare verb forms (``tweeté`` as X or PROPN): the lexicon decides.
    if token.pos_ not in ("VERB", "AUX", "ADJ", "X", "NOUN", "ADV", "PROPN") or token.is_punct:
        return None
    if token.pos_ == "PROPN" and not token.is_lower:
        return None
    candidates = LEXICON.verbs.get(lemma_of(token), [])
    reflexive = _has_reflexive(token)
    for cue in candidates:
        rest = cue.words[1:]
        following = token.doc[token.i + 1 : token.i + 1 + len(rest)]
        if (
            rest
            and [t.lower_ for t in following] != list(rest)
            and [t.lemma_ for t in following] != list(rest)
        ):
            continue
        if cue.reflexive and not reflexive:
            continue
        return cue, following[-1] if rest else token
    return None


def _has_reflexive(token: Token) -> bool:
    i = token.i - 1
    while i >= 0 and i >= token.i - 4:
        t = token.doc[i]
        if t.lower_ in _REFLEXIVE:
            return True
        if t.lower_ not in _SKIP_BEFORE and t.pos_ != "ADV":
            return False
        i -= 1
    return False


def _negated(token: Token) -> bool:
    if any(c.lower_ in _NEGATION and c.i > _aux_start(token).i - 1 for c in token.children):
        return True
    # Only the verb group itself: a ``ne`` inside the quote before an incise does not count.
    window = token.doc[_aux_start(token).i : token.i + 2]
    return any(t.lower_ in _NEGATION for t in window)


def _aux_start(token: Token) -> Token:
    """The first word of the verb group (``s'est``, ``a-t-il``, ``avait``)."""
    first = token
    for c in token.children:
        if c.i < token.i and (
            c.dep_.startswith("aux") or c.lower_ in _REFLEXIVE or c.dep_.startswith("expl")
        ):
            first = min(first, c, key=lambda t: t.i)
    i = first.i - 1
    while i >= 0 and token.doc[i].lower_ in _SKIP_BEFORE - {"«", "“"}:
        first = token.doc[i]
        i -= 1
    return first


def sentence_of(token: Token, quotes: list[Quote]) -> tuple[int, int]:
    """Char bounds of the sentence of ``token``, widened to the quotes it cuts."""
    sent = token.sent
    start, end = sent.start_char, sent.end_char
    for q in quotes:
        if q.open < start < q.outer_end:
            start = q.open
        if q.open < end < q.outer_end:
            end = q.outer_end
    text = token.doc.text
    # A paragraph break ends a sentence whatever the parser said.
    cut = text.rfind("\n", start, token.idx)
    if cut != -1 and not quote_at(cut, quotes):
        start = cut + 1
    cut = text.find("\n", token.idx, end)
    if cut != -1 and not quote_at(cut, quotes):
        end = cut
    return start, end


def _subject(token: Token, quotes: list[Quote] = ()) -> tuple[Token | None, bool, bool]:
    """(subject head, passive, found) of the cue verb; follows ``conj`` to a shared subject.
    A subject inside a quote the verb is outside of is a parse error, not the speaker."""
    seen = 0
    node = token
    own = quote_at(token.idx, quotes)
    while seen < 4:
        for c in node.children:
            if quote_at(c.idx, quotes) not in (None, own):
                continue
            if c.text.startswith("-") and c.lower_.lstrip("-") in LEXICON.pronouns:
                return c, False, True  # ``a-t-il ajouté``: an inverted clitic, never a passive
            if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in ("-t",):
                # The ``nsubj:pass`` label alone is not enough: ``a constaté`` is active.
                return c, _passive(node), True
            if c.dep_ == "expl:subj" and c.lower_ == "il":
                return c, False, True
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX", "ADJ") and match_cue(node.head):
            # ``a reconnu que ... et assuré que``: only a coordinated cue shares its subject.
            node = node.head
            seen += 1
            continue
        break
    return None, _passive(token), False


def _passive(token: Token) -> bool:
    """Only with a form of ``être`` (``est accusée``): ``a constaté`` is active whatever the tagger says."""
    return any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in token.children) and (
        "Pass" in token.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in token.children)
    )


def _complement(token: Token, last: Token, cue: Cue) -> tuple[int, int, str] | None:
    """(start char, end char, frame) of the reported content after the cue."""
    doc = token.doc
    frames = set(cue.frames)
    for c in sorted(token.children, key=lambda t: t.i):
        if c.i <= last.i:
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        mark_words = {m.lower_ for m in marks}
        # ``a démenti avoir licencié``: a past infinitive counts as an infinitive.
        inf = "Inf" in c.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children
        )
        if "que" in frames and mark_words & _QUE and not (mark_words & {"pour"} and "pour_que" not in frames):
            m = max((m for m in marks if m.lower_ in _QUE), key=lambda t: t.i)
            return doc[m.i + 1].idx, _right_end(c), "que"
        if "pour_que" in frames and mark_words & _QUE and "pour" in mark_words:
            m = max((m for m in marks if m.lower_ in _QUE), key=lambda t: t.i)
            return doc[m.i + 1].idx, _right_end(c), "pour_que"
        if inf and mark_words & _DE and "de_inf" in frames:
            return _after(marks, _DE), _right_end(c), "de_inf"
        if inf and mark_words & _A and "a_inf" in frames:
            return _after(marks, _A), _right_end(c), "a_inf"
        if inf and not marks and "inf" in frames and c.dep_ in ("xcomp", "ccomp", "obj"):
            return c.left_edge.idx, _right_end(c), "inf"
        if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and "obj" in frames:
            # ``assume le fait que ...``: the clause is the content.
            for g in c.children:
                if any(m.lower_ in _QUE for m in g.children if m.dep_ == "mark"):
                    m = next(m for m in g.children if m.lower_ in _QUE)
                    return doc[m.i + 1].idx, _right_end(g), "que"
            if c.lemma_ == "fait":
                continue
            return c.left_edge.idx, _right_end(c), "obj"
        if c.dep_ == "obj" and c.lemma_ == "fait" and "que" in frames:
            for g in c.children:
                if any(m.lower_ in _QUE for m in g.children if m.dep_ == "mark"):
                    m = next(m for m in g.children if m.lower_ in _QUE)
                    return doc[m.i + 1].idx, _right_end(g), "que"
        if c.dep_.startswith(("obl", "iobj")) and c.pos_ in ("NOUN", "PROPN"):
            cases = {m.lower_ for m in c.children if m.dep_ == "case"}
            for frame, words in (
                ("a_np", _A),
                ("de_np", _DE | {"du", "des"}),
                ("pour_np", {"pour"}),
                ("contre_np", {"contre"}),
            ):
                if frame in frames and cases & words:
                    case = max((m for m in c.children if m.dep_ == "case"), key=lambda t: t.i)
                    return doc[case.i + 1].idx, _right_end(c), frame
    return _linear_complement(last, cue)


def _after(marks: list[Token], words: set[str]) -> int:
    m = max((m for m in marks if m.lower_ in words), key=lambda t: t.i)
    return m.doc[m.i + 1].idx


def _right_end(token: Token) -> int:
    right = token.right_edge
    return right.idx + len(right.text)


def _linear_complement(last: Token, cue: Cue) -> tuple[int, int, str] | None:
    """Fallback when the parse missed it: ``que`` / ``de`` + infinitive / ``à`` + infinitive
    within a few words after the cue (adverbs and a target may sit between)."""
    doc = last.doc
    frames = set(cue.frames)
    for t in doc[last.i + 1 : last.i + 7]:
        if t.is_punct and t.text not in ("«", "“"):
            return None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None:
            return None
        if t.lower_ in _QUE and "que" in frames:
            return nxt.idx, -1, "que"
        if t.lower_ in _DE and "de_inf" in frames and _infinitive_after(t):
            return nxt.idx, -1, "de_inf"
        if t.lower_ == "à" and "a_inf" in frames and _infinitive_after(t):
            return nxt.idx, -1, "a_inf"
        if t.lower_ in _DE | {"du", "des"} and "de_np" in frames and nxt.pos_ in ("DET", "NOUN"):
            # ``se vantait sur son site de sa participation``: the complement after an adjunct.
            return (nxt.idx if t.lower_ in _DE else t.idx + len(t.text) + 1), -1, "de_np"
    return None


def _infinitive_after(t: Token) -> bool:
    for u in t.doc[t.i + 1 : t.i + 3]:
        if "Inf" in u.morph.get("VerbForm"):
            return True
        if u.text not in ("«", "“", "ne", "pas", "se", "s'", "s’"):
            return False
    return False


def _target(token: Token, cue: Cue, content_start: int) -> Span | None:
    if cue.target is None:
        return None
    for c in token.children:
        if c.idx >= content_start and cue.target != "obj":
            continue
        cases = {m.lower_ for m in c.children if m.dep_ == "case"}
        if cue.target == "obj" and c.dep_ in ("obj", "iobj") and c.idx < content_start:
            phrase = phrase_from_head(c)
            end = next((t.i for t in phrase if t.idx >= content_start or t.lower_ in _DE | _A), phrase.end)
            return token.doc[phrase.start : max(end, c.i + 1)]
        if cue.target == "a" and c.dep_.startswith(("obl", "iobj")) and cases & _A:
            return phrase_from_head(c)
        if (
            cue.target == "de"
            and c.dep_.startswith("obl")
            and cases & (_DE | {"du", "des"})
            and c.idx < content_start
        ):
            return phrase_from_head(c)
        if cue.target == "sur" and c.dep_.startswith("obl") and "sur" in cases:
            return phrase_from_head(c)
    if cue.target == "obj":
        # ``appellent depuis deux ans Amazon à cesser``: a name right before the complement.
        doc = token.doc
        for t in doc[token.i + 1 : token.i + 8]:
            if t.idx >= content_start:
                break
            if t.pos_ == "PROPN" and t.idx < content_start:
                return phrase_from_head(t)
    return None


def cue_claims(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Claims headed by a cue verb: complements, passives and incises."""
    text = doc.text
    for token in doc:
        found = match_cue(token)
        if found is None:
            continue
        cue, last = found
        q = quote_at(token.idx, quotes)
        if q is not None and q.start != token.idx:
            continue  # speech reported inside a quote belongs to the quote
        if _negated(token):
            continue
        gerund = (
            token.dep_ == "advcl" and any(c.lower_ == "en" for c in token.children) and match_cue(token.head)
        )
        verb_form = token.morph.get("VerbForm")
        past_infinitive = any(
            c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children
        )
        if "Inf" in verb_form or (
            "Part" in verb_form and not gerund and token.dep_ in ("acl", "amod") and not _aux(token)
        ):
            if not (token.dep_ == "acl" and _incise_ready(token)):
                continue
        subject, passive, has_subject = _subject(token.head if gerund else token, quotes)
        if past_infinitive:
            # ``Zhang Zhan, condamnée pour avoir critiqué ...``: the person the participle describes.
            subject, passive, has_subject = _described(token), False, True
            if subject is None:
                continue
        if subject is None and ("Imp" in token.morph.get("Mood") or token.lower_.endswith(("ons", "ez"))):
            continue  # ``Notons que ...``: the article's own voice
        if subject is not None and subject.dep_ == "expl:subj" and not subject.text.startswith("-"):
            continue
        if subject is not None and subject.lower_ in LEXICON.impersonal:
            continue
        if passive and cue.category not in _PASSIVE_OK:
            continue
        if cue.unless and any(
            t.dep_ == "case" and t.lower_ in cue.unless for t in token.subtree if t.i > token.i
        ):
            continue
        if cue.agent and not _speaker_subject(subject):
            continue
        comp = _complement(token, last, cue)
        sent_start, sent_end = sentence_of(token, quotes)
        if (
            comp is not None
            and comp[2] in ("obj", "a_np", "de_np")
            and q is None
            and _after_pause(token)
            and (subject is None or subject.i > token.i)
        ):
            comp = None  # ``..., révèle Amnesty International dans ...``: inverted subject, not an object
        if comp is not None and (q is None or q.start == token.idx):
            start, end, frame = comp
            if end == -1 or end > sent_end or frame != "obj":
                # A reported clause runs to the end of its sentence; subordinate tails are cut later.
                end = sent_end
            shaped = shape_content(text, start, end, quotes)
            if shaped is None:
                continue
            used = LEXICON.verb(lemma_of(token.head)) if gerund else None
            head_cue = match_cue(token.head)[0] if gerund else cue
            cand = Candidate(
                *shaped,
                cue=(head_cue or used or cue).lemma,
                category=(head_cue or cue).category,
                rule=f"cue:{frame}",
                anchor=token.idx,
                passive=passive,
            )
            if q is not None:
                cand.start, cand.end, cand.mode = (
                    max(shaped[0], last.idx + len(last.text) + 1),
                    q.end,
                    "direct",
                )
                cand.start = _skip_space(text, cand.start)
            _attach_source(cand, token, subject, has_subject, passive)
            if q is not None and q.open > 0:
                name = token.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
                prev = token.doc[name.start - 1] if name is not None and name.start > 0 else None
                if prev is not None and prev.pos_ == "PROPN":
                    cand.source, cand.source_rule = phrase_from_head(prev), "phrase"
            cand.target = (
                _target(token, cue, start)
                if not passive
                else (phrase_from_head(subject) if subject is not None else None)
            )
            if cand.target is None and cue.category == "DEMAND" and frame == "que":
                # ``exige que Microsoft mette fin à ...``: the one asked is the clause's subject.
                first_word = token.doc.char_span(start, start + 1, alignment_mode="expand")
                if first_word is not None and first_word[0].pos_ == "PROPN":
                    cand.target = phrase_from_head(first_word[0])
            if cue.category in ("SAY", "REPORT", "ANNOUNCE"):
                cand.target = None
            yield cand
            continue
        if q is None:
            incise = _incise(token, cue, quotes, sent_start)
            if incise is not None:
                yield incise


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _described(token: Token) -> Token | None:
    """The noun a ``pour avoir + participle`` clause is about: the head of the participle it hangs on."""
    node = token.head
    for _ in range(3):
        if node.pos_ in ("PROPN", "NOUN") and node.i < token.i:
            return node
        if node.head is node:
            break
        node = node.head
    for t in reversed(token.doc[token.sent.start : token.i]):
        if t.pos_ == "PROPN":
            while t.dep_ == "flat:name" and t.head.i < t.i:
                t = t.head
            return t
    return None


def _speaker_subject(subject: Token | None) -> bool:
    """A name, a pronoun, a person or organisation noun, or a document: someone who can state."""
    if subject is None:
        return True  # an incise or an inherited subject: decided elsewhere
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return True
    lemma = subject.lemma_.casefold()
    return (
        lemma in LEXICON.descriptions or lemma in LEXICON.documents or subject.lower_ in LEXICON.descriptions
    )


def _after_pause(token: Token) -> bool:
    first = _aux_start(token)
    return first.i > 0 and token.doc[first.i - 1].text in _PUNCT_BEFORE_INCISE


def _aux(token: Token) -> bool:
    """A compound tense, even when the parser hung the auxiliary elsewhere
    (``ont l'un comme l'autre reconnu``)."""
    if any(c.dep_.startswith("aux") for c in token.children):
        return True
    for t in reversed(token.doc[max(0, token.i - 6) : token.i]):
        if t.is_punct:
            return False
        if t.lemma_ in ("avoir", "être") and t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def _incise_ready(token: Token) -> bool:
    prev = token.doc[_aux_start(token).i - 1] if _aux_start(token).i > 0 else None
    return prev is not None and prev.text in _PUNCT_BEFORE_INCISE


def _attach_source(
    cand: Candidate, token: Token, subject: Token | None, has_subject: bool, passive: bool
) -> None:
    if passive:
        agent = next((c for t in (token, *token.children) for c in t.children if c.dep_ == "obl:agent"), None)
        if agent is None:
            for t in token.doc[token.i + 1 : token.sent.end]:
                if t.lower_ == "par" and t.head.pos_ in ("PROPN", "NOUN"):
                    agent = t.head
                    break
        cand.source = phrase_from_head(agent) if agent is not None else None
        # ``Idemia est accusée de ...`` with no agent: the accuser the article follows.
        cand.source_rule = "phrase" if agent is not None else "accuser"
        return
    if subject is not None:
        if subject.lower_ == "qui" and subject.head.dep_ in ("acl:relcl", "acl"):
            subject = subject.head.head
        bound = _main_subject(token, subject)
        if bound is not None:
            subject = bound
        cand.source = _pronoun_or_phrase(subject)
        return
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        cand.source = phrase_from_head(token.head)
        return
    # The parser missed the subject: a noun right before the verb group is it (``L'ONG note que``).
    first = _aux_start(token)
    prev = token.doc[first.i - 1] if first.i > 0 else None
    sent_first = token.doc[token.sent.start]
    while sent_first.pos_ == "DET" or sent_first.is_punct:
        sent_first = token.doc[sent_first.i + 1]
    if prev is not None and prev.lemma_ in ("autre", "un"):
        prev = sent_first if sent_first.pos_ == "PROPN" and sent_first.i < token.i else None
    if prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.lower_ not in LEXICON.impersonal:
        node = prev
        while node.dep_ in ("nmod", "flat:name", "amod") and node.head.i < node.i:
            node = node.head
        phrase = phrase_from_head(node)
        cand.source = token.doc[phrase.start : min(phrase.end, first.i)]
        return
    cand.source = None
    cand.source_rule = "previous"


def _main_subject(token: Token, subject: Token) -> Token | None:
    """``les manifestants exigent des réformes qu'ils estiment ...``: a pronoun in a
    subordinate clause is the subject of the main clause when the number agrees."""
    if subject.pos_ != "PRON" or subject.lower_ not in ("il", "elle", "ils", "elles") or token.dep_ == "ROOT":
        return None
    root = token.sent.root
    main = next((c for c in root.children if c.dep_ == "nsubj" and c.i < subject.i), None)
    if main is None or main.pos_ not in ("NOUN", "PROPN"):
        return None
    number, main_number = subject.morph.get("Number"), main.morph.get("Number")
    if number and main_number and number != main_number:
        return None
    return main


def _pronoun_or_phrase(subject: Token) -> Span:
    if subject.pos_ == "PRON" and subject.lower_ not in ("ceux", "celles", "celui", "celle"):
        return subject.doc[subject.i : subject.i + 1]
    return group_before_examples(phrase_from_head(subject))


def _incise(token: Token, cue: Cue, quotes: list[Quote], sent_start: int) -> Candidate | None:
    """``..., révèle Amnesty International`` or ``« ... », a déclaré X``: the content comes first."""
    doc = token.doc
    first = _aux_start(token)
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.text not in _PUNCT_BEFORE_INCISE:
        return None
    finite = "Fin" in token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children)
    inverted = token.i + 1 < len(doc) and doc[token.i + 1].text.startswith("-")
    if not finite and not inverted and first.i == token.i and before.text == ",":
        return None  # ``Zhang Zhan, condamnée pour ...``: an apposition, not an incise
    subject, _, _ = _subject(token, quotes)
    if (
        subject is not None
        and subject.i < token.i
        and subject.lower_ not in ("-il", "-elle", "-ils", "-elles")
    ):
        # ``Le géant «alimente ...», accuse leur pétition``: a subject before the quote is the quote's own.
        if not any(t.text in ("»", "”", '"') for t in doc[subject.i : token.i]):
            return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    clitic = next((t for t in doc[first.i : token.i] if t.lower_ in _CLITICS), None)
    if clitic is not None:
        source = doc[clitic.i : clitic.i + 1]  # ``a-t-il ajouté``
    elif after is not None and after.lower_.lstrip("-") in LEXICON.pronouns and after.text.startswith("-"):
        source = doc[after.i : after.i + 1]
    elif after is not None and after.text == "-t" and token.i + 2 < len(doc):
        source = doc[token.i + 2 : token.i + 3]
    else:
        source = phrase_after(token)
    if source is None:
        return None
    # The content: the quote closed just before, else the clause from the sentence start.
    k = first.i - 1
    while k >= 0 and doc[k].text in (",", "*", "**", "***"):
        k -= 1
    q = quote_at(doc[k].idx, quotes) if k >= 0 else None
    text = doc.text
    if q is not None and doc[k].idx >= q.outer_end - 1:
        start, end, mode = q.start, q.end, "direct"
        # ``Soit « ... »`` / ``... est « ... »``: the words before the quote in its sentence join it.
        lead = text[sent_start : q.open]
        if lead.strip(" *_\n") and q.open > sent_start:
            shaped = shape_content(text, sent_start, q.outer_end, quotes)
            if shaped is None:
                return None
            start, end, mode = shaped
    else:
        shaped = shape_content(text, sent_start, before.idx, quotes)
        if shaped is None:
            return None
        start, end, mode = shaped
    target = None
    if cue.target is not None and mode != "direct":
        # ``Le géant «alimente ...», accuse leur pétition``: the accused is the clause's subject.
        content = doc.char_span(start, end, alignment_mode="expand")
        subj = (
            next((t for t in content if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")), None)
            if content
            else None
        )
        if subj is not None:
            phrase = phrase_from_head(subj)
            target = doc[phrase.start : min(phrase.end, subj.i + 1)]
    return Candidate(
        start,
        end,
        mode,
        cue=cue.lemma,
        category=cue.category,
        source=source,
        target=target,
        rule="incise",
        anchor=token.idx,
    )
