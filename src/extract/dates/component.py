"""The French temporal tagger: Matcher patterns, guards, TIMEX3 normalization, attachment.

Results go to ``doc.spans["dates"]``: one span per expression (per bound of a
range), labelled with its TIMEX3 type, with ``span._.date_value`` (TIMEX3
value), ``span._.date_rule`` (the pattern label) and ``span._.date_subject``
(``[start, end]`` characters of the event it dates, or ``None``).

>>> doc = nlp.make_doc("En octobre dernier, Amazon avait reconnu ...")   # doctest: +SKIP
>>> doc._.dct = "2020-06"                                                # doctest: +SKIP
>>> [(s.text, s.label_, s._.date_value) for s in nlp(doc).spans["dates"]]  # doctest: +SKIP
[('octobre dernier', 'DATE', '2019-10')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .anchor import Anchors
from .attach import subject_span
from .guards import rejected
from .normalize import normalize
from .patterns import PATTERNS, PREPOSITIONS
from .ranges import bare_first_bound, clock_like, link_bounds, relink_first
from .stretches import Stretches
from .tense import direction, is_finite_present, tells_the_story
from .timex import Point
from .words import Timex, day_of, lower_words

SPAN_EXTENSIONS = {"date_value": None, "date_rule": None, "date_subject": None, "date_end_char": None}
# Tokens that swallow a sentence-final period which is no part of the expression ("à 18 h.").
_DOT_SWALLOWERS = {"h.", "s.", "min.", "mn."}
_TRIM = {p.replace("’", "'") for p in PREPOSITIONS}
# Rules whose leading word is the expression itself, not a preposition ("par an").
_KEEP_LEAD = {"set_rate", "set", "ago"}
# Approximators that take "de" ("plus de dix heures"); without it they are no part of a date.
_NEEDS_DE = {"plus", "moins", "près"}
_RANGE_LINKS = {"au", "à", "et", "-"}
_COORDINATORS = {"et", "ou", "puis"}
# Prepositions that, with a present tense, point ahead: "à partir du", "dès", "d'ici", "jusqu'au".
_FROM_NOW_ON = {"partir", "dès", "ici", "jusqu'", "jusqu’"}
# "de" before an adjective of quantity is an article, not a preposition: "depuis de nombreuses années".
_ARTICLE_DE_BEFORE = {"nombreux", "nombreuses", "longues", "longs"}
# Rules whose words write out the month: only these move the narrative anchor; a date resolved
# from the anchor itself ("mercredi", "en septembre") does not.
_WRITTEN_MONTH = {
    "date_full",
    "month_year",
    "date_numeric",
    "date_numeric_short",
    "weekday_day",
    "range_days",
}
_PARAGRAPH = re.compile(r"\n\s*")


def _paragraph_starts(text: str) -> list[int]:
    return [m.end() for m in _PARAGRAPH.finditer(text)]


def register_extensions() -> None:
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name in ("dct", "metadata_spans", "body"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _trim(span: Span, rule: str) -> Span:
    """The extent without leading prepositions (``en 2015`` → ``2015``) or trailing punctuation."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_space:
        start += 1
    if rule not in _KEEP_LEAD:
        while start < end - 1 and (
            span.doc[start].lower_.replace("’", "'") in _TRIM
            or span.doc[start].is_space
            or _contracted_de(span, start, rule)
        ):
            if span.doc[start].lower_ == "de" and span.doc[start + 1].lower_ in _ARTICLE_DE_BEFORE:
                break
            if span.doc[start].lower_ == "au" and span.doc[start + 1].lower_ == "moins":
                break  # "au moins deux semaines": an approximator, not a preposition
            start += 1
    if rule in ("month", "month_year") and end - start > 1 and span.doc[start].lower_ == "et":
        start += 1  # "entre juin et août": the second month of a range
    if (
        end - start > 1
        and span.doc[start].lower_ in _NEEDS_DE
        and span.doc[start + 1].lower_ not in ("de", "d'", "d’")
        and (start == 0 or span.doc[start - 1].lower_ != "au")
    ):
        start += 1  # "au moins deux ans": "moins" alone is no approximator of the extent
    while end > start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[start:end]


def _contracted_de(span: Span, i: int, rule: str) -> bool:
    return rule in ("vague_period", "decade") and span.doc[i].lower_ == "des"


def _overlaps(span: Span, ranges: Iterable) -> bool:
    return any(span.start_char < e and s < span.end_char for s, e in ranges or ())


def _inside(span: Span, ranges) -> bool:
    return ranges is None or any(s <= span.start_char and span.end_char <= e for s, e in ranges)


def _link_ranges(found: list[tuple[Span, Timex, str]]) -> None:
    """Bounds joined by ``à``/``au``/``et`` tell each other: ``de mercredi à jeudi``, ``du 3 mai au 5 juin 2020``."""
    for i in range(len(found) - 1):
        (a, ta, ra), (b, tb, rb) = found[i], found[i + 1]
        between = a.doc[a.end : b.start]
        if len(between) != 1 or between[0].lower_ not in _RANGE_LINKS:
            continue
        words_a, words_b = lower_words(a), lower_words(b)
        if (
            ta.type == "DURATION"
            and tb.type == "TIME"
            and a.start > 0
            and a.doc[a.start - 1].lower_ in ("de", "entre")
        ):
            # "de 9 heures à 17 heures": the first bound is a clock time too.
            ta = clock_like(ta, words_a, tb)
        found[i + 1] = (b, link_bounds(ta, words_a, tb, words_b), rb)
        found[i] = (a, relink_first(ta, words_a, found[i + 1][1], words_b), ra)


def _same_event(first: Span, second: Span) -> bool:
    """``du 10 au 12 juin``, ``à 10 heures (16 heures à Paris)``, ``en octobre 1962 et en décembre
    2024``, ``le 3 mars, puis le 12 avril``: the second expression dates the same event as the
    first, whatever the parse makes of it."""
    between = first.doc[first.end : second.start]
    if len(between) == 1:
        return between[0].lower_ in _RANGE_LINKS or between[0].text == "("
    # coordinated dates: a conjunction, then at most a comma and the second date's preposition
    words = [t.lower_ for t in between]
    return (
        0 < len(between) <= 3
        and any(w in _COORDINATORS for w in words)
        and all(
            w in _COORDINATORS or w == "," or t.pos_ == "ADP" for w, t in zip(words, between, strict=True)
        )
    )


class DateTagger:
    """``extract_dates``: temporal expressions resolved against ``doc._.dct``."""

    def __init__(
        self, nlp: Language, name: str, *, spans_key: str = "dates", patterns: list[dict] | None = None
    ):
        self.name = name
        self.spans_key = spans_key
        # One matcher per annotation the patterns need ("" = tokens only), so that the
        # component also runs in a pipeline without a parser.
        grouped: dict[tuple[str, str], list] = defaultdict(list)
        for entry in PATTERNS if patterns is None else patterns:
            grouped[(entry.get("requires", ""), entry["label"])].append(entry["pattern"])
        self.matchers: dict[str, Matcher] = {}
        for (requires, label), patterns_of_label in grouped.items():
            matcher = self.matchers.setdefault(requires, Matcher(nlp.vocab, validate=True))
            matcher.add(label, patterns_of_label)
        # Each matcher runs only where its patterns can match (stretches.py): the same matches, faster.
        self.stretches = {
            requires: Stretches(
                [p for (r, _), ps in grouped.items() if r == requires for p in ps], nlp.Defaults.stop_words
            )
            for requires in self.matchers
        }
        register_extensions()

    def _candidates(self, doc: Doc) -> list[Span]:
        spans = [
            Span(doc, s, e, label=label)
            for requires, matcher in self.matchers.items()
            if not requires or doc.has_annotation(requires)
            for label, s, e in self.stretches[requires](matcher, doc)
        ]
        # A match may not begin or end on a no-break space (the same match without it exists).
        spans = [s for s in spans if not s[0].is_space and not s[-1].is_space]
        spans = [s for s in spans if not _overlaps(s, doc._.metadata_spans) and _inside(s, doc._.body)]
        # Guards run before the longest match is chosen, so that a rejected reading
        # ("mardi 14" in "mardi 14 heures") leaves room for a shorter one ("mardi").
        spans = [s for s in spans if not rejected(s, _trim(s, s.label_), s.label_)]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        anchors = Anchors(dct=Point.parse(doc._.dct))
        parsed = doc.has_annotation("DEP")
        found: list[tuple[Span, Timex, str]] = []
        sentence = None
        paragraphs = _paragraph_starts(doc.text)
        day_paragraph = None
        for match in self._candidates(doc):
            rule = match.label_
            if parsed and match.sent.start != sentence:
                sentence, anchors.sentence_day = match.sent.start, None
            paragraph = bisect_right(paragraphs, match.start_char)
            if day_paragraph is not None and paragraph - day_paragraph > 1:
                anchors.recent_day = None  # the story has moved on from that day
            try:
                resolved = self._resolve(match, rule, anchors, parsed)
            except (ValueError, StopIteration, KeyError, TypeError, IndexError):
                # A pattern that matched words its rule cannot read is one lost date, never a lost article.
                resolved = []
            since = match[0].lower_ == "depuis"
            for core, timex in resolved:
                point = timex.anchor
                if point is not None and point.year is not None and not since:
                    # "filiale depuis 2019": a state's starting point is no year the story counts from.
                    anchors.last_year = point
                if point is not None and point.month is not None and point.year is not None:
                    # A bare year ("depuis 2015", "d'ici 2040") is background, not the day the story is at.
                    anchors.last = point
                    if rule in _WRITTEN_MONTH:
                        anchors.story = point
                    if point.precision == "day" and (not parsed or tells_the_story(core)):
                        anchors.sentence_day = anchors.recent_day = point
                        day_paragraph = paragraph
                first = bare_first_bound(core, timex)
                if first is not None and (not found or found[-1][0].end <= first[0].start):
                    found.append((*first, rule))
                found.append((core, timex, rule))
        _link_ranges(found)
        out = []
        previous, subject = None, None
        for core, timex, rule in found:
            span = Span(doc, core.start, core.end, label=timex.type)
            span._.date_value = timex.value
            span._.date_rule = rule
            span._.date_end_char = span.end_char - (span[-1].lower_ in _DOT_SWALLOWERS)
            if not (parsed and previous is not None and _same_event(previous, core)):
                subject = subject_span(core) if parsed else None
            previous = core
            span._.date_subject = [subject.start_char, subject.end_char] if subject is not None else None
            out.append(span)
        doc.spans[self.spans_key] = out
        return doc

    def _resolve(self, match: Span, rule: str, anchors: Anchors, parsed: bool) -> list[tuple[Span, Timex]]:
        if rule == "range_days":
            return self._range(match, anchors, parsed)
        core = _trim(match, rule)
        way = direction(core) if parsed else None
        lead = {t.lower_ for t in match[: core.start - match.start]}
        if "depuis" in lead:
            way = "past"  # "depuis l'été": what one counts from lies behind
        elif "ici" in lead:
            way = "future"  # "d'ici mars": a deadline lies ahead whatever the tense
        elif way is None and lead & _FROM_NOW_ON:
            way = "future"  # "les horaires changent à partir du 1er octobre"
        elif way is None and parsed and is_finite_present(core):
            way = "nearest"  # "le sommet s'ouvre mercredi"
        return [(core, normalize(rule, core, anchors, way))]

    def _range(self, match: Span, anchors: Anchors, parsed: bool) -> list[tuple[Span, Timex]]:
        """``du 3 au 5 mai``: one fact per bound, the first taking its month and year from the second."""
        doc = match.doc
        link = next(t.i for t in match[1:] if t.lower_ in _RANGE_LINKS)
        first, second = (
            _trim(doc[match.start : link], "date_full"),
            _trim(doc[link + 1 : match.end], "date_full"),
        )
        if first[0].lower_ == "les":  # "les 20 et 21 mai": the article belongs to both bounds
            first = first[1:]
        way = direction(second) if parsed else None
        end = normalize("date_full", second, anchors, way)
        point = Point.parse(end.value) or Point(None, int(end.value[5:7]))
        day = day_of(lower_words(first))
        start = Point(point.year, point.month, day)
        return [(first, Timex("DATE", start.value, start if start.year else None)), (second, end)]
