#!/usr/bin/env python3
"""Compare annotators A (a2.jsonl) and B (b2.jsonl) on part 2 of the gold
(articles 002_0d7847d3353df94a and 003_c3b703bb9bcb4b36).

The alignment follows FACTS.md section 3, with A taken as the reference
("gold") and B as the prediction:

- entity type facts: a B fact matches an A fact of the same doc when any of
  their names (subject or aliases) are equal after normalization (one-to-one);
  typed = name and type; mentions = exact spans, pooled per doc;
- relations: same doc and predicate, subjects match as names, objects match as
  names (member_of, located_in) or by token F1 >= 0.5 (role);
- claims: content spans overlap with IoU >= 0.5, one-to-one, best IoU first;
  then source, cue, category, mode, target, exact span;
- dates: relaxed = spans overlap, strict = same span (one-to-one); then value,
  type and subject-span overlap among relaxed matches.

Usage: python3 compare_part2.py [A.jsonl B.jsonl]  (prints a report on stdout)
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "..", "annotators")
DOCS = ("002_0d7847d3353df94a", "003_c3b703bb9bcb4b36")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm(name):
    """FACTS.md section 3 name normalization."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(c for c in unicodedata.normalize("NFD", s)
                if unicodedata.category(c) != "Mn")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(l'|la |le |les )", "", s)
    return s


def names(fact):
    return {norm(fact["subject"])} | {norm(a) for a in fact.get("aliases", [])}


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = (2 * p * r / (p + r)) if p and r else (0.0 if p is not None and r is not None else None)
    return p, r, f


def fmt(label, tp, n_pred, n_gold):
    p, r, f = prf(tp, n_pred, n_gold)
    s = lambda x: "  n/a" if x is None else f"{x:5.3f}"
    return f"{label:<34} P={s(p)} R={s(r)} F1={s(f)}  (tp={tp}, B={n_pred}, A={n_gold})"


def acc(label, ok, n):
    return f"{label:<34} {ok}/{n}" + (f" = {ok / n:5.3f}" if n else "")


class NameIndex:
    """Names that match as names: equal after normalization, or both names of
    the same reference (A) entity type fact of the doc."""

    def __init__(self, gold_types):
        self.groups = [names(g) for g in gold_types]

    def same(self, x, y):
        if x is None or y is None:
            return x is None and y is None
        nx, ny = norm(x), norm(y)
        if nx == ny:
            return True
        return any(nx in g and ny in g for g in self.groups)


def tokens(s):
    return re.findall(r"\w+", norm(s or ""))


def token_f1(a, b):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    rest = list(tb)
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def iou(a, b):
    inter = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union if union else 0.0


def overlap(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def greedy(gold, pred, score, threshold):
    """One-to-one matching, best score first. Returns list of (g, p, score)."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            sc = score(g, p)
            if sc is not None and sc >= threshold:
                pairs.append((sc, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for sc, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((gold[i], pred[j], sc))
    return out


def short(s, n=70):
    s = (s or "").replace("\n", "\\n")
    return s if len(s) <= n else s[:n - 3] + "..."


def compare(A, B, out):
    tot = defaultdict(int)
    details = []
    for doc in DOCS:
        a = [f for f in A if f["doc"] == doc]
        b = [f for f in B if f["doc"] == doc]
        at = [f for f in a if f["kind"] == "entity" and f["predicate"] == "type"]
        bt = [f for f in b if f["kind"] == "entity" and f["predicate"] == "type"]
        idx = NameIndex(at)
        details.append(f"\n==================== {doc} ====================")

        # ---- entity detection / typed
        det = greedy(at, bt, lambda g, p: 1.0 if names(g) & names(p) else None, 1.0)
        typed = greedy(at, bt, lambda g, p: 1.0 if names(g) & names(p)
                       and g["object"] == p["object"] else None, 1.0)
        tot["ent_tp"] += len(det)
        tot["ent_typed_tp"] += len(typed)
        tot["ent_A"] += len(at)
        tot["ent_B"] += len(bt)
        mg = {id(g) for g, _, _ in det}
        mp = {id(p) for _, p, _ in det}
        details.append("-- entity type facts")
        for g in at:
            if id(g) not in mg:
                details.append(f"  A only: {g['subject']} {g['object']} aliases={g['aliases']}")
        for p in bt:
            if id(p) not in mp:
                details.append(f"  B only: {p['subject']} {p['object']} aliases={p['aliases']}")
        for g, p, _ in det:
            diffs = []
            if g["subject"] != p["subject"]:
                diffs.append(f"subject A={g['subject']!r} B={p['subject']!r}")
            if g["object"] != p["object"]:
                diffs.append(f"type A={g['object']} B={p['object']}")
            if sorted(g["aliases"]) != sorted(p["aliases"]):
                diffs.append(f"aliases A={g['aliases']} B={p['aliases']}")
            gm = {tuple(m) for m in g.get("mentions", [])}
            pm = {tuple(m) for m in p.get("mentions", [])}
            if gm != pm:
                diffs.append(f"mentions A-only={sorted(gm - pm)} B-only={sorted(pm - gm)}")
            tot["ent_fields_n"] += 1
            if diffs:
                details.append(f"  {g['subject']}: " + "; ".join(diffs))
            else:
                tot["ent_fields_same"] += 1

        # ---- mentions (pooled exact spans)
        am = {tuple(m) for f in at for m in f.get("mentions", [])}
        bm = {tuple(m) for f in bt for m in f.get("mentions", [])}
        tot["men_tp"] += len(am & bm)
        tot["men_A"] += len(am)
        tot["men_B"] += len(bm)

        # ---- relations
        ar = [f for f in a if f["kind"] == "entity" and f["predicate"] != "type"]
        br = [f for f in b if f["kind"] == "entity" and f["predicate"] != "type"]

        def rel_score(g, p):
            if g["predicate"] != p["predicate"] or not idx.same(g["subject"], p["subject"]):
                return None
            if g["predicate"] == "role":
                return 1.0 if token_f1(g["object"], p["object"]) >= 0.5 else None
            return 1.0 if idx.same(g["object"], p["object"]) else None

        rm = greedy(ar, br, rel_score, 1.0)
        tot["rel_tp"] += len(rm)
        tot["rel_A"] += len(ar)
        tot["rel_B"] += len(br)
        mg = {id(g) for g, _, _ in rm}
        mp = {id(p) for _, p, _ in rm}
        details.append("-- relations")
        for g in ar:
            if id(g) not in mg:
                details.append(f"  A only: {g['subject']} -{g['predicate']}-> {g['object']}")
        for p in br:
            if id(p) not in mp:
                details.append(f"  B only: {p['subject']} -{p['predicate']}-> {p['object']}")
        for g, p, _ in rm:
            if g["object"] != p["object"] or (g.get("start"), g.get("end")) != (p.get("start"), p.get("end")):
                details.append(f"  {g['subject']} -{g['predicate']}->: object A={g['object']!r} "
                               f"B={p['object']!r}; evidence A={g.get('start')}-{g.get('end')} "
                               f"B={p.get('start')}-{p.get('end')}")

        # ---- claims
        ac = [f for f in a if f["kind"] == "claim"]
        bc = [f for f in b if f["kind"] == "claim"]
        cm = greedy(ac, bc, iou, 0.5)
        tot["cl_tp"] += len(cm)
        tot["cl_A"] += len(ac)
        tot["cl_B"] += len(bc)
        mg = {id(g) for g, _, _ in cm}
        mp = {id(p) for _, p, _ in cm}
        details.append("-- claims")
        for g in ac:
            if id(g) not in mg:
                details.append(f"  A only: [{g['start']}-{g['end']}] {g['subject']} / {g['predicate']} / "
                               f"{g['category']} / {g['mode']} / {g['target']}: {short(g['text'])}")
        for p in bc:
            if id(p) not in mp:
                details.append(f"  B only: [{p['start']}-{p['end']}] {p['subject']} / {p['predicate']} / "
                               f"{p['category']} / {p['mode']} / {p['target']}: {short(p['text'])}")
        for g, p, sc in cm:
            checks = {
                "source": idx.same(g["subject"], p["subject"]),
                "cue": g["predicate"] == p["predicate"],
                "category": g["category"] == p["category"],
                "mode": g["mode"] == p["mode"],
                "target": idx.same(g["target"], p["target"]),
                "span": (g["start"], g["end"]) == (p["start"], p["end"]),
            }
            for k, v in checks.items():
                tot["cl_" + k] += int(v)
            tot["cl_e2e"] += int(checks["source"])
            bad = [k for k, v in checks.items() if not v]
            if bad:
                details.append(f"  [{g['start']}-{g['end']}] {short(g['text'], 50)}")
                for k in bad:
                    key = {"source": "subject", "cue": "predicate", "span": None}.get(k, k)
                    if key:
                        details.append(f"      {k}: A={g[key]!r} B={p[key]!r}")
                    else:
                        details.append(f"      span: A={g['start']}-{g['end']} B={p['start']}-{p['end']}"
                                       f" (IoU {sc:.3f})")

        # ---- dates
        ad = [f for f in a if f["kind"] == "date"]
        bd = [f for f in b if f["kind"] == "date"]
        rel = greedy(ad, bd, lambda g, p: iou(g, p) if overlap(g, p) else None, 1e-9)
        strict = greedy(ad, bd, lambda g, p: 1.0 if (g["start"], g["end"]) == (p["start"], p["end"]) else None, 1.0)
        tot["d_rel"] += len(rel)
        tot["d_strict"] += len(strict)
        tot["d_A"] += len(ad)
        tot["d_B"] += len(bd)
        mg = {id(g) for g, _, _ in rel}
        mp = {id(p) for _, p, _ in rel}
        details.append("-- dates")
        for g in ad:
            if id(g) not in mg:
                details.append(f"  A only: [{g['start']}-{g['end']}] {g['text']!r} {g['object']} {g['type']}")
        for p in bd:
            if id(p) not in mp:
                details.append(f"  B only: [{p['start']}-{p['end']}] {p['text']!r} {p['object']} {p['type']}")
        for g, p, _ in rel:
            v, ty = g["object"] == p["object"], g["type"] == p["type"]
            sub = ("subject_start" in g and "subject_start" in p
                   and min(g["subject_end"], p["subject_end"]) > max(g["subject_start"], p["subject_start"]))
            tot["d_value"] += int(v)
            tot["d_type"] += int(ty)
            tot["d_subj"] += int(sub)
            tot["d_subj_exact"] += int(sub and (g["subject_start"], g["subject_end"]) == (p["subject_start"], p["subject_end"]))
            bad = []
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                bad.append(f"span A={g['text']!r} B={p['text']!r}")
            if not v:
                bad.append(f"value A={g['object']} B={p['object']}")
            if not ty:
                bad.append(f"type A={g['type']} B={p['type']}")
            if not sub:
                bad.append(f"subject A={short(g.get('subject'))!r} B={short(p.get('subject'))!r}")
            elif (g["subject_start"], g["subject_end"]) != (p["subject_start"], p["subject_end"]):
                bad.append(f"subject span differs (overlapping): A={short(g['subject'], 45)!r} "
                           f"B={short(p['subject'], 45)!r}")
            if bad:
                details.append(f"  [{g['start']}-{g['end']}] {g['text']!r}: " + "; ".join(bad))

    t = tot
    out.append("Agreement, part 2 (002_0d7847d3353df94a, 003_c3b703bb9bcb4b36)")
    out.append("B scored against A as if A were gold (FACTS.md section 3 matching).")
    out.append("")
    out.append(fmt("entity detection (name)", t["ent_tp"], t["ent_B"], t["ent_A"]))
    out.append(fmt("entity typed (name+type)", t["ent_typed_tp"], t["ent_B"], t["ent_A"]))
    out.append(acc("  matched entities, identical", t["ent_fields_same"], t["ent_fields_n"]))
    out.append(fmt("mentions (exact span)", t["men_tp"], t["men_B"], t["men_A"]))
    out.append(fmt("relations", t["rel_tp"], t["rel_B"], t["rel_A"]))
    out.append(fmt("claim detection (IoU>=0.5)", t["cl_tp"], t["cl_B"], t["cl_A"]))
    n = t["cl_tp"]
    for k in ("source", "cue", "category", "mode", "target", "span"):
        out.append(acc(f"  claim {k} agreement", t["cl_" + k], n))
    out.append(fmt("claim end-to-end (match+source)", t["cl_e2e"], t["cl_B"], t["cl_A"]))
    out.append(fmt("date relaxed (overlap)", t["d_rel"], t["d_B"], t["d_A"]))
    out.append(fmt("date strict (same span)", t["d_strict"], t["d_B"], t["d_A"]))
    n = t["d_rel"]
    out.append(acc("  date value agreement", t["d_value"], n))
    out.append(acc("  date type agreement", t["d_type"], n))
    out.append(acc("  date subject overlap", t["d_subj"], n))
    out.append(acc("  date subject exact", t["d_subj_exact"], n))
    out.append(fmt("date end-to-end (relaxed+value)", t["d_value"], t["d_B"], t["d_A"]))
    out.append("")
    out.append("Disagreements")
    out.extend(details)


def main():
    a_path = sys.argv[1] if len(sys.argv) > 2 else os.path.join(ANN, "a2.jsonl")
    b_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ANN, "b2.jsonl")
    out = []
    compare(load(a_path), load(b_path), out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
