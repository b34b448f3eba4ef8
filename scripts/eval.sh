#!/usr/bin/env bash
# make eval: every quality figure with one command. Reads ../shared (evaluation data only; nothing from it is copied
# into the project) and skips when it is absent. ABLATE=UNIT (make eval ABLATE=nearby) also runs each set with that
# attribution unit switched off and prints both lines, so what one unit adds is measured, not guessed.
set -euo pipefail
shared=${1:-../shared}
cli=${2:?usage: eval.sh SHARED CLI [UNIT]}
ablate=${3:-}
if [ ! -d "$shared/eval" ] || [ ! -d "$shared/corpus" ]; then
  echo "eval: $shared is not here; skipping (it holds the evaluation corpus and scorers)"
  exit 0
fi
echo "eval: reading the evaluation corpus and scorers in $shared"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
score="$shared/eval/score.py"
pages=$(python3 -c 'import json,sys;print(",".join(sorted({json.loads(l)["article"] for l in open(sys.argv[1])})))' \
  "$shared/eval/news-pages.gold.jsonl")

# extract INPUT NAME [UNIT]: quotes of INPUT into $out/NAME.jsonl, with UNIT switched off when given.
extract() {
  $cli extract "$1" ${3:+--ablate "$3"} > "$out/$2.jsonl" 2> "$out/$2.err" || true
}

# set NAME INPUT GOLD [ARTICLES]: the score line, and the same with $ablate off when asked.
set_score() {
  extract "$2" "$1"
  python3 "$score" --gold "$3" --pred "$out/$1.jsonl" ${4:+--articles "$4"} | tail -1
  if [ -n "$ablate" ]; then
    extract "$2" "$1-ablated" "$ablate"
    echo "without $ablate:"
    python3 "$score" --gold "$3" --pred "$out/$1-ablated.jsonl" ${4:+--articles "$4"} | tail -1
  fi
}

echo "== seed article (seed.gold.jsonl)"
set_score seed seeds "$shared/eval/seed.gold.jsonl"
echo "== PolNeAR dev: quotes and speakers"
set_score dev "$shared/corpus/polnear/dev" "$shared/eval/polnear-dev.gold.jsonl"
echo "== PolNeAR train: quotes and speakers (local mentions as gold; the speaker model learned from these articles)"
set_score train "$shared/corpus/polnear/train" "$shared/eval/polnear-train.gold.jsonl"
echo "== news pages (news-pages.gold.jsonl on corpus/news-html/aeb): quotes and speakers"
set_score pages "$shared/corpus/news-html/aeb" "$shared/eval/news-pages.gold.jsonl" "$pages"

echo "== calibration of confidence, news pages"
python3 scripts/calibration.py --scorer "$score" --gold "$shared/eval/news-pages.gold.jsonl" --pred "$out/pages.jsonl" \
  --articles "$pages"
echo "== calibration of confidence, PolNeAR dev"
python3 scripts/calibration.py --scorer "$score" --gold "$shared/eval/polnear-dev.gold.jsonl" --pred "$out/dev.jsonl"

echo "== speaker identity (B-cubed)"
# identity LABEL NAME GOLDS ARTICLES INPUT...: extract --speaker-ids over the inputs in one run (as one index would hold
# them), then the B-cubed line of the found quotes whose gold speaker is known; ARTICLES "" scores every gold article.
identity() {
  local label=$1 name=$2 golds=$3 articles=$4
  shift 4
  $cli extract --speaker-ids "$@" > "$out/$name-ids.jsonl" 2> "$out/$name-ids.err" || true
  printf '%s ' "$label"
  python3 scripts/identity_score.py --scorer "$score" --gold "$golds" --pred "$out/$name-ids.jsonl" \
    ${articles:+--articles "$articles"} | tail -1
}
identity "PolNeAR dev:" dev "$shared/eval/polnear-dev.gold.jsonl" "" "$shared/corpus/polnear/dev"
identity "news pages:" pages "$shared/eval/news-pages.gold.jsonl" "$pages" "$shared/corpus/news-html/aeb"
identity "dev and news pages in one run:" both "$shared/eval/polnear-dev.gold.jsonl,$shared/eval/news-pages.gold.jsonl" "" \
  "$shared/corpus/polnear/dev" "$shared/corpus/news-html/aeb"

echo "== cases ($shared/cases)"
mkdir -p "$out/cases"
find "$shared/cases" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' \) -exec cp {} "$out/cases/" \;
extract "$out/cases" cases
python3 "$shared/cases/check.py" --pred "$out/cases.jsonl" --cases "$shared/cases" | tail -1 || true
if [ -n "$ablate" ]; then
  extract "$out/cases" cases-ablated "$ablate"
  echo "without $ablate:"
  python3 "$shared/cases/check.py" --pred "$out/cases-ablated.jsonl" --cases "$shared/cases" | tail -1 || true
fi

echo "== news-html/aeb: article bodies"
$cli parse "$shared/corpus/news-html/aeb" > "$out/aeb.jsonl" 2>/dev/null || true
python3 "$shared/eval/body_score.py" --truth "$shared/eval/news-html-aeb.truth.jsonl" --pred "$out/aeb.jsonl"
echo "== news-html/readability: article bodies (Readability.js output as truth)"
$cli parse "$shared/corpus/news-html/readability" > "$out/readability.jsonl" 2>/dev/null || true
python3 "$shared/eval/body_score.py" --truth "$shared/eval/news-html-readability.truth.jsonl" --pred "$out/readability.jsonl"
