#!/usr/bin/env python3
"""Speaker identity across articles: are the quotes of one person under one speaker id, and only theirs?

  identity_score.py --gold GOLD.jsonl [--gold MORE.jsonl | --gold A.jsonl,B.jsonl] --pred PRED.jsonl
                    [--articles A,B,...] [--scorer ../shared/eval/score.py] [--show N]

PRED is `quotesearch extract --speaker-ids` output over every article of the gold files (one run, as one index
would hold them). The quotes scored are the gold direct quotes that score.py counts as found and whose gold
speaker is known (score.truth_of); each takes the prediction score.py reads its speaker from (the one covering most
of its words), matched with score.py's own functions. The predicted cluster of a quote is that prediction's
speakerId (a quote without a speaker is a cluster of its own); the gold cluster is the gold speaker as score.py's
exact_person compares names (name_tokens: case, accents and titles aside). B-cubed: per quote, precision is the
share of its predicted cluster with its gold speaker, recall the share of its gold speaker's quotes in its
predicted cluster; both averaged over quotes. A wrong or missing attribution counts against identity too.

Prints, with --show N, the N predicted ids that merge most (quotes of several gold speakers) and the N gold
speakers split most (over several ids), then one line:
  identity: quotes=N bcubed_p=.. bcubed_r=.. bcubed_f1=..
"""
import argparse
import collections
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score.py")


def load_scorer(path):
    if not os.path.isfile(path):
        sys.exit(f"identity_score: {path}: no such scorer (pass --scorer)")
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(s, paths):
    """Every gold row of the files, refusing an article two files both annotate (their rows would mix)."""
    rows, owner = [], {}
    for path in paths:
        for g in s.load(path):
            if owner.setdefault(g["article"], path) != path:
                sys.exit(f"identity_score: article {g['article']} is in both {owner[g['article']]} and {path}")
            rows.append(g)
    return rows


def matched(s, golds, preds):
    """(gold, prediction) for each gold direct quote found, matched exactly as score.score matches them."""
    qwords = [s.quoted_words(g) for g in golds]
    cover = collections.defaultdict(collections.Counter)
    best = {}
    for p in preds:
        if p.get("kind") == "indirect":
            continue
        pw = s.words(p["quote"])
        if not pw:
            continue
        ov, i = max([(s.overlap(pw, qw), i) for i, qw in enumerate(qwords) if qw], default=(0, -1))
        if i >= 0 and ov >= 0.8 * len(pw):
            cover[i].update(pw)
            if ov > best.get(i, (0, None))[0]:
                best[i] = (ov, p)
    for i, g in enumerate(golds):
        if g["kind"] != "direct" or not qwords[i]:
            continue
        if s.overlap(qwords[i], list(cover[i].elements())) >= 0.8 * len(qwords[i]):
            yield g, best[i][1]


def items_of(s, gold_rows, pred_rows, scope):
    """One (gold cluster, predicted cluster, gold name, prediction) per scored quote."""
    gold, pred = collections.defaultdict(list), collections.defaultdict(list)
    for g in gold_rows:
        gold[g["article"]].append(g)
    for p in pred_rows:
        if "article" not in p or "quote" not in p:
            sys.exit(f"identity_score: prediction without article/quote: {p}")
        if "speakerId" not in p:
            sys.exit("identity_score: predictions have no speakerId; run `quotesearch extract --speaker-ids`")
        pred[p["article"]].append(p)
    items = []
    for art in sorted(scope or gold):
        for g, p in matched(s, gold.get(art, []), pred.get(art, [])):
            truth = s.truth_of(g)
            if not truth:
                continue
            # A quote without a speaker is nobody's: a cluster of its own, never merged with another.
            predicted = p["speakerId"] if p["speakerId"] is not None else ("", len(items))
            items.append((tuple(s.name_tokens(truth)), predicted, truth, p))
    return items


def bcubed(items):
    by_gold = collections.Counter(g for g, _, _, _ in items)
    by_pred = collections.Counter(p for _, p, _, _ in items)
    both = collections.Counter((g, p) for g, p, _, _ in items)
    precision = [both[(g, p)] / by_pred[p] for g, p, _, _ in items]
    recall = [both[(g, p)] / by_gold[g] for g, p, _, _ in items]
    return precision, recall


def show(s, items, precision, recall, n):
    lost_p, lost_r = collections.Counter(), collections.Counter()
    for (g, p, _, _), pr, rc in zip(items, precision, recall):
        lost_p[p] += 1 - pr
        lost_r[g] += 1 - rc

    def label(p):
        return "(no speaker)" if isinstance(p, tuple) else p

    def members(pairs):
        return ", ".join(f"{name} x{count}" for name, count in collections.Counter(pairs).most_common())

    print("worst merges (predicted id: the gold speakers of its quotes), precision lost in quotes:")
    for p, lost in [t for t in lost_p.most_common() if t[1] > 0][:n]:
        print(f"  {lost:5.1f}  {label(p)}: {members(name for _, q, name, _ in items if q == p)}")
    print("worst splits (gold speaker: predicted id [written names; * where score.py counts the speaker wrong, an"
          " attribution error]), recall lost in quotes:")
    for g, lost in [t for t in lost_r.most_common() if t[1] > 0][:n]:
        golds = [(q, pr) for gg, q, _, pr in items if gg == g]
        name = next(name for gg, _, name, _ in items if gg == g)
        spread = collections.Counter(label(q) for q, _ in golds)
        written = collections.defaultdict(set)
        for q, pr in golds:
            written[label(q)].add((pr.get("speaker") or "-") + ("" if s.same_person(pr.get("speaker"), name) else "*"))
        parts = ", ".join(f"{q} x{c} [{'; '.join(sorted(written[q]))}]" for q, c in spread.most_common())
        print(f"  {lost:5.1f}  {name}: {parts}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", action="append", required=True, help="gold JSON Lines; repeat or comma-separate")
    ap.add_argument("--pred", required=True, help="extract --speaker-ids output")
    ap.add_argument("--articles", help="comma-separated stems to score (default: every gold article)")
    ap.add_argument("--scorer", default=DEFAULT_SCORER, help="score.py whose matching is used (default: %(default)s)")
    ap.add_argument("--show", type=int, default=0, help="list the N worst merges and splits")
    a = ap.parse_args()
    s = load_scorer(a.scorer)
    gold_paths = [p for g in a.gold for p in g.split(",") if p]
    scope = set(a.articles.split(",")) if a.articles else None
    items = items_of(s, load_gold(s, gold_paths), s.load(a.pred), scope)
    if not items:
        print("identity: quotes=0 (no found gold quote with a known speaker)")
        return
    precision, recall = bcubed(items)
    p, r = sum(precision) / len(items), sum(recall) / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    if a.show:
        show(s, items, precision, recall, a.show)
    print(f"identity: quotes={len(items)} bcubed_p={p:.3f} bcubed_r={r:.3f} bcubed_f1={f1:.3f}")


if __name__ == "__main__":
    main()
