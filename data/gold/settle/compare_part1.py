#!/usr/bin/env python3
"""Compare annotators a1 and b1 on articles 000, 001, 004 (part 1).

Aligns the two files per article and kind the way FACTS.md §3 scores, and
prints agreement numbers with B scored against A as if A were gold, then the
list of every disagreement.  Pure comparison: no NLP, no extraction output.

Run: python3 compare_part1.py  [> agreement_part1.txt]
Optional: python3 compare_part1.py GOLD.jsonl PRED.jsonl  (any two files)
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "..", "annotators")
DOCS = ["000_8fd087488db6694e", "001_39f6df376d0f2437", "004_511c2f4ae729c54f"]
REL_PREDS = ("role", "member_of", "located_in")

# ------------------------------------------------------------------ helpers
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_ART = re.compile(r"^(?:l'\s*|(?:la|le|les)\s+)")


def norm(s):
    """FACTS §3 name normalization."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold().translate(_APOS)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    s = " ".join(s.split())
    return _ART.sub("", s, count=1).strip()


def tokens(s):
    return re.findall(r"\w+", norm(s))


def tok_f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def fmt_prf(label, tp, n_pred, n_gold):
    p, r, f = prf(tp, n_pred, n_gold)
    return f"  {label:<34} P={p:6.3f}  R={r:6.3f}  F1={f:6.3f}   (tp={tp}, B={n_pred}, A={n_gold})"


def fmt_acc(label, ok, n):
    return f"  {label:<34} {ok}/{n} = {ok / n:6.3f}" if n else f"  {label:<34} n/a (no match)"


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def iou(a, b):
    inter = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union if union else 0.0


def overlap(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


# ------------------------------------------------------------------ name matching
class Names:
    """Name matching of §3: equal after normalization, or both names of the
    same gold (A) entity type fact of that document."""

    def __init__(self, gold_types):
        self.groups = defaultdict(list)  # doc -> list of sets of normalized names
        for r in gold_types:
            self.groups[r["doc"]].append({norm(n) for n in [r["subject"]] + r.get("aliases", [])})

    def match(self, doc, a, b):
        if a is None or b is None:
            return a is None and b is None
        na, nb = norm(a), norm(b)
        if na == nb:
            return True
        return any(na in g and nb in g for g in self.groups[doc])


def greedy(pairs):
    """pairs: list of (score, i, j); one-to-one, best score first."""
    used_i, used_j, out = set(), set(), []
    for score, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        out.append((i, j))
    return out


# ------------------------------------------------------------------ main
def main():
    if len(sys.argv) == 3:
        gold_path, pred_path = sys.argv[1], sys.argv[2]
    else:
        gold_path, pred_path = os.path.join(ANN, "a1.jsonl"), os.path.join(ANN, "b1.jsonl")
    A = [r for r in load(gold_path) if r["doc"] in DOCS]
    B = [r for r in load(pred_path) if r["doc"] in DOCS]
    print(f"A (as gold) = {os.path.relpath(gold_path, HERE)}   B (as prediction) = {os.path.relpath(pred_path, HERE)}")
    print(f"documents: {', '.join(DOCS)}")
    print()

    def sel(rs, doc, kind, pred=None):
        out = [r for r in rs if r["doc"] == doc and r["kind"] == kind]
        if pred == "type":
            out = [r for r in out if r["predicate"] == "type"]
        elif pred == "rel":
            out = [r for r in out if r["predicate"] in REL_PREDS]
        return out

    names = Names([r for r in A if r["kind"] == "entity" and r["predicate"] == "type"])
    diffs = defaultdict(list)  # doc -> lines
    tot = defaultdict(int)

    for doc in DOCS:
        D = diffs[doc]
        # ---------------- entity types
        ga, pb = sel(A, doc, "entity", "type"), sel(B, doc, "entity", "type")
        pairs = []
        for i, a in enumerate(ga):
            an = {norm(n) for n in [a["subject"]] + a.get("aliases", [])}
            for j, b in enumerate(pb):
                bn = {norm(n) for n in [b["subject"]] + b.get("aliases", [])}
                if an & bn:
                    pairs.append((1 + (a["object"] == b["object"]) + (norm(a["subject"]) == norm(b["subject"])), i, j))
        m = greedy(pairs)
        tot["ent_A"] += len(ga)
        tot["ent_B"] += len(pb)
        tot["ent_tp"] += len(m)
        mi = {i for i, _ in m}
        mj = {j for _, j in m}
        for i, a in enumerate(ga):
            if i not in mi:
                D.append(f"ENTITY only A: {a['subject']} ({a['object']}) aliases={a.get('aliases')}")
        for j, b in enumerate(pb):
            if j not in mj:
                D.append(f"ENTITY only B: {b['subject']} ({b['object']}) aliases={b.get('aliases')}")
        for i, j in m:
            a, b = ga[i], pb[j]
            if a["object"] == b["object"]:
                tot["ent_typed_tp"] += 1
            else:
                D.append(f"ENTITY type differs: {a['subject']}: A={a['object']} B={b['object']}")
            if a["subject"] != b["subject"]:
                D.append(f"ENTITY subject differs: A={a['subject']!r} B={b['subject']!r}")
            if sorted(a.get("aliases", [])) != sorted(b.get("aliases", [])):
                D.append(f"ENTITY aliases differ: {a['subject']}: A={a.get('aliases')} B={b.get('aliases')}")
            tot["ent_alias_n"] += 1
            tot["ent_alias_ok"] += sorted(map(norm, a.get("aliases", []))) == sorted(map(norm, b.get("aliases", [])))
            if "mentions" in a and "mentions" in b and sorted(map(tuple, a["mentions"])) != sorted(map(tuple, b["mentions"])):
                D.append(f"ENTITY mentions differ: {a['subject']}: A-B={sorted(set(map(tuple, a['mentions'])) - set(map(tuple, b['mentions'])))} "
                         f"B-A={sorted(set(map(tuple, b['mentions'])) - set(map(tuple, a['mentions'])))}")
        ma = {tuple(x) for r in ga for x in r.get("mentions", [])}
        mb = {tuple(x) for r in pb for x in r.get("mentions", [])}
        tot["men_A"] += len(ma)
        tot["men_B"] += len(mb)
        tot["men_tp"] += len(ma & mb)

        # ---------------- relations
        ra, rb = sel(A, doc, "entity", "rel"), sel(B, doc, "entity", "rel")
        pairs = []
        for i, a in enumerate(ra):
            for j, b in enumerate(rb):
                if a["predicate"] != b["predicate"] or not names.match(doc, a["subject"], b["subject"]):
                    continue
                if a["predicate"] == "role":
                    s = tok_f1(a["object"], b["object"])
                    if s >= 0.5:
                        pairs.append((s, i, j))
                elif names.match(doc, a["object"], b["object"]):
                    pairs.append((1.0, i, j))
        m = greedy(pairs)
        tot["rel_A"] += len(ra)
        tot["rel_B"] += len(rb)
        tot["rel_tp"] += len(m)
        mi = {i for i, _ in m}
        mj = {j for _, j in m}
        for i, a in enumerate(ra):
            if i not in mi:
                D.append(f"RELATION only A: {a['subject']} -{a['predicate']}-> {a['object']}")
        for j, b in enumerate(rb):
            if j not in mj:
                D.append(f"RELATION only B: {b['subject']} -{b['predicate']}-> {b['object']}")
        for i, j in m:
            a, b = ra[i], rb[j]
            if a["object"] != b["object"]:
                D.append(f"RELATION object string differs: {a['subject']} {a['predicate']}: A={a['object']!r} B={b['object']!r}")
            if (a.get("start"), a.get("end")) != (b.get("start"), b.get("end")):
                D.append(f"RELATION evidence differs: {a['subject']} {a['predicate']} {a['object']}: "
                         f"A={a.get('text')!r}@{a.get('start')} B={b.get('text')!r}@{b.get('start')}")

        # ---------------- claims
        ca, cb = sel(A, doc, "claim"), sel(B, doc, "claim")
        pairs = [(iou(a, b), i, j) for i, a in enumerate(ca) for j, b in enumerate(cb) if iou(a, b) >= 0.5]
        m = greedy(pairs)
        tot["cl_A"] += len(ca)
        tot["cl_B"] += len(cb)
        tot["cl_tp"] += len(m)
        mi = {i for i, _ in m}
        mj = {j for _, j in m}
        for i, a in enumerate(ca):
            if i not in mi:
                D.append(f"CLAIM only A: [{a['start']}:{a['end']}] {a['subject']} / {a['predicate']} / {a['category']} / {a['mode']}: {a['text'][:90]!r}")
        for j, b in enumerate(cb):
            if j not in mj:
                D.append(f"CLAIM only B: [{b['start']}:{b['end']}] {b['subject']} / {b['predicate']} / {b['category']} / {b['mode']}: {b['text'][:90]!r}")
        for i, j in m:
            a, b = ca[i], cb[j]
            head = f"CLAIM [{a['start']}:{a['end']}] {a['text'][:50]!r}:"
            src = names.match(doc, a["subject"], b["subject"])
            tot["cl_src"] += src
            tot["cl_cat"] += a["category"] == b["category"]
            tot["cl_mode"] += a["mode"] == b["mode"]
            tgt = names.match(doc, a.get("target"), b.get("target"))
            tot["cl_tgt"] += tgt
            tot["cl_pred"] += (a["predicate"] or "") == (b["predicate"] or "")
            tot["cl_exact"] += (a["start"], a["end"]) == (b["start"], b["end"])
            for key, ok in (("subject", src), ("category", a["category"] == b["category"]),
                            ("mode", a["mode"] == b["mode"]), ("target", tgt),
                            ("predicate", (a["predicate"] or "") == (b["predicate"] or "")),
                            ("span", (a["start"], a["end"]) == (b["start"], b["end"]))):
                if not ok:
                    if key == "span":
                        D.append(f"{head} span differs A=[{a['start']}:{a['end']}] B=[{b['start']}:{b['end']}]")
                    else:
                        D.append(f"{head} {key} differs A={a.get(key)!r} B={b.get(key)!r}")

        # ---------------- dates
        da, db = sel(A, doc, "date"), sel(B, doc, "date")
        pairs = [(iou(a, b) + 1, i, j) for i, a in enumerate(da) for j, b in enumerate(db) if overlap(a, b)]
        m = greedy(pairs)
        tot["dt_A"] += len(da)
        tot["dt_B"] += len(db)
        tot["dt_relaxed"] += len(m)
        spa = {(a["start"], a["end"]) for a in da}
        spb = {(b["start"], b["end"]) for b in db}
        tot["dt_strict"] += len(spa & spb)
        mi = {i for i, _ in m}
        mj = {j for _, j in m}
        for i, a in enumerate(da):
            if i not in mi:
                D.append(f"DATE only A: {a['text']!r}@{a['start']} = {a['object']} {a['type']}")
        for j, b in enumerate(db):
            if j not in mj:
                D.append(f"DATE only B: {b['text']!r}@{b['start']} = {b['object']} {b['type']}")
        for i, j in m:
            a, b = da[i], db[j]
            head = f"DATE {a['text']!r}@{a['start']}:"
            tot["dt_val"] += a["object"] == b["object"]
            tot["dt_type"] += a["type"] == b["type"]
            if (a["start"], a["end"]) != (b["start"], b["end"]):
                D.append(f"{head} span differs A={a['text']!r} B={b['text']!r}@{b['start']}")
            if a["object"] != b["object"]:
                D.append(f"{head} value differs A={a['object']} B={b['object']}")
            if a["type"] != b["type"]:
                D.append(f"{head} type differs A={a['type']} B={b['type']}")
            if "subject_start" in a and "subject_start" in b:
                att = a["subject_end"] > b["subject_start"] and b["subject_end"] > a["subject_start"]
                tot["dt_att_n"] += 1
                tot["dt_att"] += att
                if (a["subject_start"], a["subject_end"]) != (b["subject_start"], b["subject_end"]):
                    D.append(f"{head} subject span differs{'' if att else ' (NO overlap)'} "
                             f"A={a['subject']!r} B={b['subject']!r}")
            tot["dt_e2e"] += a["object"] == b["object"]

    # ---------------------------------------------------------- print
    print("AGREEMENT (B scored against A as gold), all three articles")
    print("Entities (type facts)")
    print(fmt_prf("detection (name match)", tot["ent_tp"], tot["ent_B"], tot["ent_A"]))
    print(fmt_prf("typed (name + type)", tot["ent_typed_tp"], tot["ent_B"], tot["ent_A"]))
    print(fmt_prf("mentions (exact span)", tot["men_tp"], tot["men_B"], tot["men_A"]))
    print(fmt_acc("aliases identical (among matches)", tot["ent_alias_ok"], tot["ent_alias_n"]))
    print("Entity relations (role, member_of, located_in)")
    print(fmt_prf("relations", tot["rel_tp"], tot["rel_B"], tot["rel_A"]))
    print("Claims")
    print(fmt_prf("detection (IoU >= 0.5)", tot["cl_tp"], tot["cl_B"], tot["cl_A"]))
    n = tot["cl_tp"]
    print(fmt_acc("source accuracy", tot["cl_src"], n))
    print(fmt_acc("category accuracy", tot["cl_cat"], n))
    print(fmt_acc("mode accuracy", tot["cl_mode"], n))
    print(fmt_acc("target accuracy", tot["cl_tgt"], n))
    print(fmt_acc("predicate identical", tot["cl_pred"], n))
    print(fmt_acc("exact span identical", tot["cl_exact"], n))
    print(fmt_prf("end-to-end (match + source)", tot["cl_src"], tot["cl_B"], tot["cl_A"]))
    print("Dates")
    print(fmt_prf("relaxed (overlap)", tot["dt_relaxed"], tot["dt_B"], tot["dt_A"]))
    print(fmt_prf("strict (same span)", tot["dt_strict"], tot["dt_B"], tot["dt_A"]))
    n = tot["dt_relaxed"]
    print(fmt_acc("value accuracy", tot["dt_val"], n))
    print(fmt_acc("type accuracy", tot["dt_type"], n))
    print(fmt_acc("attachment (subject spans overlap)", tot["dt_att"], tot["dt_att_n"]))
    print(fmt_prf("end-to-end (relaxed + value)", tot["dt_e2e"], tot["dt_B"], tot["dt_A"]))
    print()
    print("DISAGREEMENTS")
    for doc in DOCS:
        print(f"--- {doc} ({len(diffs[doc])})")
        for line in diffs[doc]:
            print("  " + line)
        if not diffs[doc]:
            print("  (none)")


if __name__ == "__main__":
    main()
