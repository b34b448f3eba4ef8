#!/usr/bin/env python3
"""Reliability of extract's confidence: of the quotes named with confidence about p, how many name the right person?

  calibration.py --scorer ../shared/eval/score.py --gold GOLD.jsonl --pred PRED.jsonl [--articles A,B,...]

Matches each predicted quote (kinds direct/partial, with a speaker) to the gold quote holding 80% of its words, the
way score.py does, and counts the speaker right by score.py's own same_person. Prints a ten-bin table, the
expected calibration error (ece) and the share right among items at confidence >= 0.9. Quotes whose gold has no
named speaker are not counted.
"""
import argparse
import importlib.util
import json


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--articles")
    a = ap.parse_args()
    s = load_scorer(a.scorer)
    scope = set(a.articles.split(",")) if a.articles else None
    gold = {}
    for g in s.load(a.gold):
        if scope is None or g["article"] in scope:
            gold.setdefault(g["article"], []).append(g)
    items = []
    for p in s.load(a.pred):
        if p.get("kind") == "indirect" or not p.get("speaker") or p["article"] not in gold:
            continue
        pw = s.words(p["quote"])
        best = max(((s.overlap(pw, s.quoted_words(g)), g) for g in gold[p["article"]] if s.quoted_words(g)),
                   key=lambda t: t[0], default=(0, None))
        if not pw or best[1] is None or best[0] < 0.8 * len(pw):
            continue
        truth = s.truth_of(best[1])
        if truth:
            items.append((float(p.get("confidence", 0)), s.same_person(p["speaker"], truth)))
    if not items:
        print("calibration: no named quote matched the gold")
        return
    print("  bin        n   mean_conf  share_right")
    ece = 0.0
    for b in range(10):
        bin_items = [i for i in items if min(9, int(i[0] * 10)) == b]
        if not bin_items:
            continue
        conf = sum(c for c, _ in bin_items) / len(bin_items)
        right = sum(r for _, r in bin_items) / len(bin_items)
        ece += len(bin_items) / len(items) * abs(conf - right)
        print(f"  {b / 10:.1f}-{(b + 1) / 10:.1f} {len(bin_items):6d} {conf:10.3f} {right:12.3f}")
    high = [r for c, r in items if c >= 0.9]
    share = sum(high) / len(high) if high else 0.0
    print(f"calibration: items={len(items)} ece={ece:.3f} right_at_0.9={share:.3f} (n={len(high)})")


if __name__ == "__main__":
    main()
