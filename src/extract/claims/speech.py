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

from .candidate import Candidate, doc_text, quote_at, shape_content
from .complements import complement_of, target_of
from .cue_parts import (
    described,
    evaluates,
    noun_before_relative,
    object_end,
    past_statement,
    shell_object,
    speaker_phrase,
)
from .lexicon import LEXICON, Cue
from .patterns import (
    CLITICS,
    ELIDED,
    OPENERS,
    PASSIVE_OK,
    PUNCT_BEFORE_INCISE,
    PURPOSE_STANCES,
    QUOTE_THEN_STOP,
)
from .phrases import group_before_examples, head_before_relative, phrase_after, phrase_from_head
from .quotes import Quote
from .verbs import (
    after_pause,
    clause_before,
    fronted_subject,
    has_aux,
    has_reflexive,
    incise_ready,
    is_negated,
    is_passive,
    lemma_of,
    match_cue,
    sentence_of,
    speaker_subject,
    subject_of,
    verb_group_start,
)


def cue_claims(doc: Doc, quotes: list[Quote]) -> Iterator[Candidate]:
    """Claims headed by a cue verb: complements, passives and incises."""
    text = doc_text(doc)
    for token in doc:
        found = match_cue(token)
        if found is None:
            continue
        cue, last = found
        q = quote_at(token.idx, quotes)
        if q is not None and q.start != token.idx:
            continue  # speech reported inside a quote belongs to the quote
        if is_negated(token):
            continue
        gerund = (
            token.dep_ == "advcl" and any(c.lower_ == "en" for c in token.children) and match_cue(token.head)
        )
        verb_form = token.morph.get("VerbForm")
        past_infinitive = any(
            c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children
        )
        carried = not gerund and _carried_by_clause(token, cue)
        if not carried and (
            "Inf" in verb_form
            or ("Part" in verb_form and not gerund and token.dep_ in ("acl", "amod") and not has_aux(token))
        ):
            sequel = any(c.dep_ == "mark" and c.lower_ in ("avant", "après") for c in token.children)
            if not (token.dep_ == "acl" and incise_ready(token)) and not (sequel and match_cue(token.head)):
                continue  # ``..., a-t-il regretté, avant d'annoncer que``: the same speaker goes on
        subject, passive, has_subject = subject_of(token.head if gerund else token, quotes)
        if carried:
            # ``..., en demandant aux jurés de``, ``pour demander``, ``..., évoquant un déficit``:
            # the speaker is the subject of the clause the gerund or purpose hangs on.
            subject, passive, has_subject = subject_of(_clause_verb(token), quotes)
            if subject is None or passive or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
        if past_infinitive:
            # ``Zhang Zhan, condamnée pour avoir critiqué ...``: the person the participle describes.
            subject, passive, has_subject = described(token), False, True
            if subject is None:
                continue
        if subject is None and ("Imp" in token.morph.get("Mood") or token.lower_.endswith(("ons", "ez"))):
            continue  # ``Notons que ...``: the article's own voice
        if (
            subject is not None
            and subject.dep_ == "expl:subj"
            and not subject.text.startswith("-")
            and (subject.lower_ != "il" or is_passive(token) or has_reflexive(token))
        ):
            continue  # ``il a été annoncé que``, ``il se dit que``; ``Il a promis que`` is a person
        if subject is not None and subject.lower_ in LEXICON.impersonal:
            continue
        if passive and cue.category not in PASSIVE_OK:
            continue
        if cue.unless and any(
            t.dep_ == "case" and t.lower_ in cue.unless for t in token.subtree if t.i > token.i
        ):
            continue
        if cue.agent and not speaker_subject(subject) and not past_statement(token, subject):
            continue
        comp = complement_of(token, last, cue)
        sent_start, sent_end = sentence_of(token, quotes)
        if (
            comp is not None
            and comp[2] in ("obj", "event", "a_np", "de_np")
            and q is None
            and not carried
            and after_pause(token)
        ):
            if clause_before(token, quotes):
                comp = None  # ``Le trafic reprendra jeudi, a annoncé la SNCF``: an incise
            elif subject is None or subject.i > token.i:
                # ``Alger, de son côté, a rejeté ...``: the name before the aside is the subject.
                subject = fronted_subject(token)
                if subject is None:
                    comp = None  # ``..., révèle Amnesty International dans ...``: inverted subject
        if comp is not None and comp[2] == "obj" and cue.category == "DENY" and shell_object(token, comp):
            continue  # ``rejette ces accusations``: the denied words are elsewhere
        if comp is not None and comp[1] == -1:
            comp = (comp[0], sent_end, comp[2])  # found linearly: up to the sentence's end
        if (
            comp is not None
            and comp[2] == "obj"
            and cue.evaluation
            and not evaluates(token, comp, text, quoted=cue.evaluation == "quoted")
        ):
            continue  # ``ont salué l'opération``: a topic, not a judgement
        if comp is not None and (q is None or q.start == token.idx):
            start, end, frame = comp
            if q is not None and q.close is not None and start >= q.close:
                start = q.outer_end  # ``« conteste vigoureusement » la décision``: past the mark
            if end == -1 or end > sent_end or frame != "obj":
                # A reported clause runs to the end of its sentence; subordinate tails are cut later.
                end = _quoted_sentence_end(text, start, sent_end, quotes)
            elif text[start] not in OPENERS:
                # ``réclame une revalorisation de 10 % des salaires dès 2025``: the parser may hang
                # the object's complements on the verb; they run on to the clause's end.
                end = object_end(token, start, end, sent_end)
                if cue.target == "contre":
                    # ``a requis cinq ans de prison contre X``: the one it is asked against is the target.
                    cut = text.find(" contre ", start, end)
                    end = cut if cut > start and quote_at(cut, quotes) is None else end
            if token.dep_ in ("acl:relcl", "acl") and frame != "obj":
                # ``Le rapport, qui affirme que ..., sera publié``: the relative clause ends it.
                right = token.right_edge
                end = min(end, right.idx + len(right.text))
                if (
                    subject is not None
                    and subject.lower_ == "qui"
                    and subject.i > 0
                    and doc[subject.i - 1].text == ","
                ):
                    # A relative set off by commas closes at the next comma outside quotes.
                    comma = next(
                        (i for i in range(start, end) if text[i] == "," and not quote_at(i, quotes)), None
                    )
                    end = comma if comma is not None else end
            shaped = shape_content(text, start, end, quotes)
            if shaped is None:
                continue
            used = LEXICON.verb(lemma_of(token.head)) if gerund else None
            head_cue = match_cue(token.head)[0] if gerund else cue
            if gerund and head_cue is not None and head_cue.category == "SAY" and cue.category != "SAY":
                # ``a insisté en demandant aux jurés de``: the gerund says what kind of act it is;
                # ``se défend en expliquant que`` stays a denial (annotation rule 14).
                head_cue, used = cue, None
            cand = Candidate(
                *shaped,
                cue=(head_cue or used or cue).lemma,
                category=(head_cue or cue).category,
                rule=f"cue:{frame}",
                anchor=token.idx,
                passive=passive,
            )
            if q is not None and start < q.end:
                # ``s'est « opposé à l'utilisation ... »``: the content is the rest of the quote.
                # ``« conteste vigoureusement » la décision`` keeps its object after the mark.
                cand.start, cand.end, cand.mode = (
                    max(shaped[0], last.idx + len(last.text) + 1),
                    q.end,
                    "direct",
                )
                cand.start = _skip_space(text, cand.start)
            _attach_source(cand, token, subject, has_subject, passive)
            if cand.source_rule == "accuser" and cue.category != "ACCUSE":
                continue  # ``Les passagers sont invités à ...``: an instruction nobody signs
            if q is not None and q.open > 0:
                name = token.doc.char_span(q.open, q.open + 1, alignment_mode="expand")
                prev = token.doc[name.start - 1] if name is not None and name.start > 0 else None
                if prev is not None and prev.pos_ == "PROPN":
                    cand.source, cand.source_rule = phrase_from_head(prev), "phrase"
            cand.target = (
                target_of(token, cue, start)
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


def _carried_by_clause(token: Token, cue: Cue) -> bool:
    """A gerund (``en demandant``), a purpose infinitive (``pour demander``) or a present
    participle after a comma (``..., évoquant``): a cue with no subject of its own."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    if prev is None:
        return False
    verb_form = token.morph.get("VerbForm")
    if "Inf" in verb_form:
        # ``se sont rassemblés pour dénoncer``: a protest's purpose is a stance; ``pour
        # reconnaître les visages`` or ``pour montrer`` name no statement.
        return prev.lower_ == "pour" and cue.category in PURPOSE_STANCES
    present = "Part" in verb_form and token.lower_.endswith("ant")
    return present and (prev.lower_ == "en" or prev.text == ",")


def _clause_verb(token: Token) -> Token:
    """The nearest verb above ``token`` in the parse (the parser may hang a gerund on a noun)."""
    node = token.head
    while node.head.i != node.i and (
        node.pos_ not in ("VERB", "AUX") or ("Part" in node.morph.get("VerbForm") and not has_aux(node))
    ):
        node = node.head  # ``a lancé une pétition, signée par ..., pour demander``: past the participle
    return node


def _quoted_sentence_end(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """``... de « sacrifier les Vosges ». « On nous a menti ... »``: the parser may run a
    sentence on past a closed quote and its full stop; the content stops there."""
    for m in QUOTE_THEN_STOP.finditer(text, start, end):
        if quote_at(m.end() - 1, quotes) is None:
            return m.start() + 1
    return end


def _across_semicolons(doc: Doc, text: str, start: int, quotes: list[Quote]) -> int:
    """``A ; B, rappelle X``: an incise at the end governs the whole sentence, whose clauses
    a semicolon joins (the parser cuts there)."""
    for _ in range(3):
        k = start - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] != ";" or quote_at(k, quotes) is not None:
            break
        span = doc.char_span(k, k + 1, alignment_mode="expand")
        if span is None:
            break
        previous = sentence_of(span[0], quotes)[0]
        if previous >= start:
            break
        start = previous
    return start


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


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
    if subject is None or subject.lower_ != "qui":
        first = verb_group_start(token)
        relative = head_before_relative(list(token.doc[token.sent.start : first.i]))
        if relative is not None and (subject is None or relative.end <= subject.i < first.i):
            # ``Air France, qui prévoit ..., « appelle à ... »``: the parser took a noun of
            # the relative clause for the subject, or none.
            cand.source = relative
            return
    if subject is not None:
        if subject.lower_ == "qui" and subject.head.dep_ in ("acl:relcl", "acl"):
            subject = subject.head.head
        elif subject.lower_ == "qui":
            # ``..., a dénoncé l'élue, qui exhorte ...``: the parser lost the relative's noun;
            # it is the noun right before the comma.
            noun = noun_before_relative(subject)
            if noun is None:
                cand.source, cand.source_rule = None, "previous"
                return
            subject = noun
        bound = _main_subject(token, subject)
        if bound is not None:
            subject = bound
        cand.source = _pronoun_or_phrase(subject)
        return
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        cand.source = phrase_from_head(token.head)
        return
    # The parser missed the subject: a noun right before the verb group is it (``L'ONG note que``).
    first = verb_group_start(token)
    prev = token.doc[first.i - 1] if first.i > 0 else None
    sent_first = token.doc[token.sent.start]
    while sent_first.pos_ == "DET" or sent_first.is_punct:
        sent_first = token.doc[sent_first.i + 1]
    if prev is not None and prev.text in (",", ")"):
        # ``Sa directrice, Hélène X, juge que``, ``L'Association des maires (AMF) juge``: the
        # parser missed the subject, but a noun phrase stands right before the verb group.
        phrase = _phrase_before_pause(token, first)
        if phrase is not None:
            cand.source = phrase
            return
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


def _phrase_before_pause(token: Token, first: Token) -> Span | None:
    """The noun phrase or name between the comma (or bracket) before a verb group and the
    comma or sentence start before it, when it holds no verb: the verb's missed subject."""
    doc = token.doc
    end = first.i - 1
    if doc[end].text == ")":
        # ``L'Association des maires de France (AMF) juge``: the name before its acronym.
        k = end - 1
        while k > 0 and doc[k].text != "(" and end - k < 8:
            k -= 1
        if doc[k].text != "(" or k == 0:
            return None
        end = k
    start = end
    while start > token.sent.start and start > 0:
        t = doc[start - 1]
        if t.text in (",", ";", ":", "«", "»", "“", "”", '"', ".", "(", ")") or "\n" in t.text:
            break
        start -= 1
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or len(words) > 10:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        if _participle_apposition(words) and start > token.sent.start and doc[start - 1].text == ",":
            # ``L'attaquant X, arrivé en août de Y, estime``: the participle tells about the
            # noun phrase before it, the verb's subject.
            phrase = _phrase_before_pause(token, doc[start])
            if phrase is not None and not any(
                t.pos_ == "PROPN" or ELIDED.sub("", t.lower_) in LEXICON.descriptions for t in phrase
            ):
                return None  # no name nor known title: the speaker before is likelier
            return phrase
        return None  # ``Le trafic reprendra jeudi, annonce``: a clause, not a subject
    head = next((t for t in words if t.pos_ != "DET"), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.lower_ in LEXICON.impersonal:
        return None
    if start > token.sent.start and doc[start - 1].text != ",":
        return None
    return doc[words[0].i : words[-1].i + 1]


def _participle_apposition(words: list[Token]) -> bool:
    """``arrivé en août de Lyon``, ``formé au club``: a past participle with its complements
    and no other verb."""
    first = words[0]
    if (
        first.pos_ != "VERB"
        or "Part" not in first.morph.get("VerbForm")
        or "Past" not in first.morph.get("Tense")
    ):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words[1:])


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
    doc = subject.doc
    if subject.lower_ in ("ceux", "celles", "celui", "celle"):
        # ``Celle-ci a affirmé``: the demonstrative and its ``-ci`` / ``-là``, however tokenised.
        end = subject.i + 1
        while end < len(doc) and end - subject.i <= 2 and doc[end].lower_.strip("-") in ("", "ci", "là"):
            end += 1
            if doc[end - 1].lower_.strip("-"):
                return doc[subject.i : end]
    if subject.pos_ == "PRON" and subject.lower_ not in ("ceux", "celles", "celui", "celle"):
        return subject.doc[subject.i : subject.i + 1]
    return group_before_examples(phrase_from_head(subject))


def _incise(token: Token, cue: Cue, quotes: list[Quote], sent_start: int) -> Candidate | None:
    """``..., révèle Amnesty International`` or ``« ... », a déclaré X``: the content comes first."""
    doc = token.doc
    first = verb_group_start(token)
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.text not in PUNCT_BEFORE_INCISE:
        return None
    finite = "Fin" in token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children)
    inverted = token.i + 1 < len(doc) and doc[token.i + 1].text.startswith("-")
    after_quote = first.i > 1 and doc[first.i - 2].text in ("»", "”", '"')
    if not finite and not inverted and first.i == token.i and before.text == "," and not after_quote:
        # ``Zhang Zhan, condamnée pour ...``: an apposition, not an incise; right after a
        # closing mark (``», regrette M. X``) the tagger's participle or noun is the verb.
        return None
    subject, _, _ = subject_of(token, quotes)
    if (
        subject is not None
        and subject.i < token.i
        and subject.lower_ not in ("-il", "-elle", "-ils", "-elles")
    ):
        # ``Le géant «alimente ...», accuse leur pétition``: a subject before the quote is the
        # quote's own; a subject in a full clause before the comma is the content's.
        if not any(t.text in ("»", "”", '"') for t in doc[subject.i : token.i]) and not clause_before(
            token, quotes
        ):
            return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    clitic = next((t for t in doc[first.i : token.i] if t.lower_ in CLITICS), None)
    if clitic is not None:
        source = doc[clitic.i : clitic.i + 1]  # ``a-t-il ajouté``
    elif after is not None and after.lower_.lstrip("-") in LEXICON.pronouns and after.text.startswith("-"):
        source = doc[after.i : after.i + 1]
    elif after is not None and after.text == "-t" and token.i + 2 < len(doc):
        source = doc[token.i + 2 : token.i + 3]
    else:
        source = phrase_after(token)
    if source is None or not speaker_phrase(source):
        return None
    # The content: the quote closed just before, else the clause from the sentence start.
    k = first.i - 1
    while k >= 0 and doc[k].text in (",", "*", "**", "***"):
        k -= 1
    q = quote_at(doc[k].idx, quotes) if k >= 0 else None
    text = doc_text(doc)
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
        sent_start = _across_semicolons(doc, text, sent_start, quotes)
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
