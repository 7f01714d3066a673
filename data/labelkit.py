"""Shared helpers of the hand-labelling scripts that write the dev gold sets.

Used by data/dev/label_a.py, label_b.py and data/dev2/label_A.py, label_B.py, label_C.py.
The labels (the facts themselves) stay in those scripts; Python only finds the spans
and checks them. This module holds:

- the closed value sets of the fact schema (entity types, relations, claim categories
  and modes, date types);
- `read_text` / `read_texts`: a raw article read as FACTS.md §1 says (UTF-8, a leading
  BOM dropped, CRLF and CR made LF, nothing else changed);
- `Labels`: the function style of labelling (label_a, label_A, label_C): `find` (a
  word-bounded span, unique in the text or searched from an anchor), builders `ent`,
  `rel`, `claim`, `date` (the subject span of a date is the nearest occurrence of the
  subject), and `mentions` (every mention of every entity);
- `DocSet` / `Doc`: the method style of labelling (label_b, label_B): one object a
  document, `pos` (a span unique or after a unique anchor, never starting or ending
  inside a word), `ent` (mentions found at once, inside an optional body), `rel`,
  `claim`, `date` (the subject span is found like any span);
- `check_facts`: the offset and consistency checks all the scripts share;
- `write_jsonl`: the output, one fact a line.
"""
import json
import os
import re
from collections import Counter

ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
RELATIONS = {"role", "member_of", "located_in"}
CATEGORIES = {"SAY", "REPORT", "ACCUSE", "DEMAND", "DENY", "ANNOUNCE", "ADMIT", "OTHER"}
MODES = {"direct", "indirect", "mixed"}
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}
NO_TARGET = {"SAY", "REPORT", "ANNOUNCE"}  # categories whose claims never have a target


def read_text(path):
    """The text of a raw article as FACTS.md §1 reads it: UTF-8, a leading BOM dropped,
    CRLF and CR made LF; nothing else changed (offsets count in this text)."""
    with open(path, "rb") as f:
        t = f.read().decode("utf-8")
    if t.startswith("\ufeff"):
        t = t[1:]
    return t.replace("\r\n", "\n").replace("\r", "\n")


def read_texts(raw, files):
    """{file name without extension: text} for the files of the folder `raw`, in order."""
    return {os.path.splitext(fn)[0]: read_text(os.path.join(raw, fn)) for fn in files}


def check_claim_fields(category, mode, target, what):
    assert category in CATEGORIES and mode in MODES, (what, category, mode)
    if category in NO_TARGET:
        assert target is None, what


# ---------------------------------------------------------------- function style
class Labels:
    """Facts of several documents, built by calls naming the document.

    `anchor_unique`: whether an `after` anchor must occur once in the text (else its
    first occurrence is used). `claim_check(text, content, mode, start, end)`: a
    script's own check of a claim's content against its quotation marks.
    """

    def __init__(self, texts, anchor_unique=True, claim_check=None):
        self.texts = texts
        self.anchor_unique = anchor_unique
        self.claim_check = claim_check
        self.facts = []
        self.ents = []  # (fact, names searched for mentions, expected mention count, excluded contexts)

    def find(self, doc, s, after=None):
        """(start, end) of the word-bounded string s: unique in the text, or the first
        occurrence from the first occurrence of the anchor `after`."""
        t = self.texts[doc]
        pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
        if after is None:
            hits = [m.start() for m in pat.finditer(t)]
            assert len(hits) == 1, (doc, "not unique / absent", s, len(hits))
            i = hits[0]
        else:
            n = t.count(after)
            assert n == 1 if self.anchor_unique else n >= 1, (doc, "anchor absent or not unique", after, n)
            m = pat.search(t, t.index(after))
            assert m is not None, (doc, "absent after anchor", s, after)
            i = m.start()
        assert t[i:i + len(s)] == s
        return i, i + len(s)

    def ent(self, doc, subject, typ, aliases=(), extra=(), n=None, excl=()):
        """A type fact; its mentions (the subject, aliases and `extra` spellings) are
        found by `mentions`, `n` of them if given, none inside an `excl` string."""
        assert typ in ENTITY_TYPES, (doc, subject, typ)
        f = {"doc": doc, "kind": "entity", "subject": subject, "predicate": "type",
             "object": typ, "aliases": list(aliases)}
        self.ents.append((f, [subject, *aliases, *extra], n, list(excl)))
        self.facts.append(f)

    def rel(self, doc, subject, pred, obj, ev=None, after=None):
        assert pred in RELATIONS, (doc, subject, pred)
        f = {"doc": doc, "kind": "entity", "subject": subject, "predicate": pred, "object": obj}
        if ev:
            s, e = self.find(doc, ev, after)
            f.update(text=ev, start=s, end=e)
        self.facts.append(f)

    def claim(self, doc, subject, pred, content, cat, mode, target=None, after=None):
        check_claim_fields(cat, mode, target, (doc, content))
        s, e = self.find(doc, content, after)
        if self.claim_check:
            self.claim_check(self.texts[doc], content, mode, s, e)
        self.facts.append({"doc": doc, "kind": "claim", "subject": subject, "predicate": pred,
                           "object": content, "category": cat, "mode": mode, "target": target,
                           "text": content, "start": s, "end": e})

    def date(self, doc, text, value, typ, subj, after=None):
        assert typ in DATE_TYPES, (doc, text, typ)
        s, e = self.find(doc, text, after)
        t = self.texts[doc]
        # subject span: the occurrence of `subj` nearest to the date expression
        occ = [m.start() for m in re.finditer(re.escape(subj), t)]
        assert occ, (doc, "subject absent", subj)

        def dist(o):
            oe = o + len(subj)
            return 0 if (o < e and s < oe) else min(abs(o - e), abs(s - oe))
        ss = min(occ, key=dist)
        assert dist(ss) < 200, (doc, "subject too far", subj, text)
        self.facts.append({"doc": doc, "kind": "date", "subject": subj, "subject_start": ss,
                           "subject_end": ss + len(subj), "predicate": "date", "object": value,
                           "type": typ, "text": text, "start": s, "end": e})

    def mentions(self):
        """Every occurrence of a name (not inside a longer word or hyphenated word), minus
        occurrences inside a longer name mention of any entity of the document or inside
        an excluded string (FACTS §2.1); sets each type fact's `mentions`."""
        cand = []
        for f, names, n, excl in self.ents:
            t = self.texts[f["doc"]]
            spans = set()
            for name in names:
                for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", t):
                    spans.add((m.start(), m.end()))
            ex = [(m.start(), m.end()) for e in excl for m in re.finditer(re.escape(e), t)]
            cand.append((f, spans, n, ex))
        for f, spans, n, _ in cand:
            # the spans and excluded strings of every entity of the document, its own included
            others = [s for f2, sp2, _, ex2 in cand if f2["doc"] == f["doc"] for s in list(sp2) + ex2]
            keep = sorted(s for s in spans
                          if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in others))
            assert keep, (f["doc"], f["subject"], "no mention")
            if n is not None:
                t = self.texts[f["doc"]]
                assert len(keep) == n, (f["doc"], f["subject"], len(keep), [t[a:b] for a, b in keep])
            f["mentions"] = [list(s) for s in keep]


# ---------------------------------------------------------------- method style
class DocSet:
    """The documents of one script in the method style; `doc(name, ...)` opens one
    (the file `raw/<name>.txt`) and every fact goes to `records`.

    `claim_check(text, content, mode, start, end)`: a script's own check of a claim.
    """

    def __init__(self, raw, claim_check=None):
        self.raw = raw
        self.claim_check = claim_check
        self.records = []
        self.texts = {}

    def doc(self, name, body_start=None, body_end=None):
        if name not in self.texts:
            self.texts[name] = read_text(os.path.join(self.raw, name + ".txt"))
        return Doc(self, name, body_start, body_end)


class Doc:
    """One document; mentions are searched between `body_start` and `body_end` (strings
    found in the text; the whole text by default)."""

    def __init__(self, docset, doc, body_start=None, body_end=None):
        self.set = docset
        self.doc = doc
        self.t = docset.texts[doc]
        self.b0 = self.t.index(body_start) if body_start else 0
        self.b1 = self.t.index(body_end) if body_end else len(self.t)

    def pos(self, s, after=None):
        """start offset of s, searched from the (unique) context string `after`,
        else s itself must be unique in the text."""
        t = self.t
        if after is None:
            assert t.count(s) == 1, (self.doc, s, t.count(s))
            i = t.index(s)
        else:
            assert t.count(after) == 1, (self.doc, after, t.count(after))
            i = t.index(s, t.index(after))
        assert t[i:i + len(s)] == s
        # spans never start or end inside a word
        assert i == 0 or not (t[i - 1].isalnum() and s[0].isalnum()), (self.doc, s)
        j = i + len(s)
        assert j == len(t) or not (t[j].isalnum() and s[-1].isalnum()), (self.doc, s)
        return i

    def _occ(self, name):
        pat = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        return [(m.start(), m.end()) for m in re.finditer(pat, self.t)
                if self.b0 <= m.start() and m.end() <= self.b1]

    def ent(self, subject, typ, aliases=(), extra=(), excl=(), n=None):
        """A type fact with its mentions: every word-bounded occurrence in the body of
        the subject, aliases and `extra` spellings, minus those inside a longer one or
        inside an `excl` string; `n` of them if given."""
        assert typ in ENTITY_TYPES, (self.doc, subject, typ)
        spans = set()
        for name in [subject, *aliases, *extra]:
            spans.update(self._occ(name))
        ex = []
        for e in excl:
            assert e in self.t, (self.doc, e)
            ex += [(m.start(), m.end()) for m in re.finditer(re.escape(e), self.t)]
        keep = []
        for s, e in sorted(spans):
            if any(a <= s and e <= b and (a, b) != (s, e) for a, b in list(spans) + ex):
                continue
            keep.append([s, e])
        assert keep, (self.doc, subject)
        if n is not None:
            assert len(keep) == n, (self.doc, subject, len(keep), [self.t[a:b] for a, b in keep])
        self.set.records.append({"doc": self.doc, "kind": "entity", "subject": subject,
                                 "predicate": "type", "object": typ, "aliases": list(aliases),
                                 "mentions": keep})

    def rel(self, subject, predicate, obj, ev, after=None):
        assert predicate in RELATIONS, (self.doc, subject, predicate)
        i = self.pos(ev, after)
        self.set.records.append({"doc": self.doc, "kind": "entity", "subject": subject,
                                 "predicate": predicate, "object": obj,
                                 "text": ev, "start": i, "end": i + len(ev)})

    def claim(self, subject, predicate, content, category, mode, target=None, after=None):
        check_claim_fields(category, mode, target, (self.doc, content))
        i = self.pos(content, after)
        r = {"doc": self.doc, "kind": "claim", "subject": subject, "predicate": predicate,
             "object": content, "category": category, "mode": mode, "target": target,
             "text": content, "start": i, "end": i + len(content)}
        assert self.t[r["start"]:r["end"]] == r["text"] and r["object"] == r["text"]
        if self.set.claim_check:
            self.set.claim_check(self.t, content, mode, r["start"], r["end"])
        self.set.records.append(r)

    def date(self, text, value, typ, subj, after=None, safter=None):
        """A date fact; the subject span is found like any span, from `safter` if given,
        else from the date's own anchor."""
        assert typ in DATE_TYPES, (self.doc, text, typ)
        i = self.pos(text, after)
        j = self.pos(subj, safter if safter is not None else after)
        self.set.records.append({"doc": self.doc, "kind": "date", "subject": subj,
                                 "subject_start": j, "subject_end": j + len(subj),
                                 "predicate": "date", "object": value, "type": typ,
                                 "text": text, "start": i, "end": i + len(text)})


# ---------------------------------------------------------------- checks and output
def check_facts(facts, texts, adj_only=None, other_case="upper"):
    """The checks every script runs on its facts before writing them.

    - every span's text is the text at its offsets; a date's subject span too;
    - a claim's object is its text, with no space at either end;
    - a type fact's mentions are its subject or an alias, or (`other_case`) an
      upper-case spelling ("upper") or the subject in another case ("lower");
    - the subject of a relation is an entity with a type fact; the object of
      member_of / located_in too, except a place given only by an adjective:
      `adj_only` {(doc, object): adjective}, the object absent from the text and the
      adjective in the evidence;
    - no two type facts share a mention; no two claims, or two dates, share a span.
    """
    adj_only = adj_only or {}
    names = {}  # doc -> subjects of its type facts
    for f in facts:
        if f["kind"] == "entity" and f["predicate"] == "type":
            names.setdefault(f["doc"], set()).add(f["subject"])
    seen = Counter()
    for f in facts:
        t = texts[f["doc"]]
        if "start" in f:
            assert t[f["start"]:f["end"]] == f["text"], f
        if f["kind"] == "claim":
            assert f["object"] == f["text"] and f["text"] == f["text"].strip(), f
        if f["kind"] == "date":
            assert t[f["subject_start"]:f["subject_end"]] == f["subject"], f
        if f["kind"] in ("claim", "date"):
            seen[(f["doc"], f["kind"], f["start"], f["end"])] += 1
        if f["kind"] == "entity" and f["predicate"] == "type":
            for s, e in f["mentions"]:
                m = t[s:e]
                other = m.upper() == m if other_case == "upper" else m.lower() == f["subject"].lower()
                assert m in [f["subject"]] + f["aliases"] or other, (f, m)
                seen[(f["doc"], "mention", s, e)] += 1
        if f["kind"] == "entity" and f["predicate"] != "type":
            doc_names = names.get(f["doc"], set())
            assert f["subject"] in doc_names, f
            if f["predicate"] in ("member_of", "located_in"):
                key = (f["doc"], f["object"])
                if key in adj_only:
                    assert f["object"] not in t and adj_only[key] in f["text"], f
                else:
                    assert f["object"] in doc_names, f
    shared = [k for k, v in seen.items() if v > 1]
    assert not shared, shared


def write_jsonl(path, facts):
    with open(path, "w", encoding="utf-8") as out:
        for f in facts:
            out.write(json.dumps(f, ensure_ascii=False) + "\n")
