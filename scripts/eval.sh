#!/usr/bin/env bash
# Measures quote extraction, speaker attribution and HTML body extraction with the scorers in ../shared/eval.
# Reads ../shared (evaluation data only; nothing from it is copied into the project). Skips when it is absent.
set -euo pipefail
shared=${1:-../shared}
cli=${2:?usage: eval.sh SHARED CLI}
if [ ! -d "$shared/eval" ] || [ ! -d "$shared/corpus" ]; then
  echo "eval: $shared is not here; skipping (it holds the evaluation corpus and scorers)"
  exit 0
fi
echo "eval: reading the evaluation corpus and scorers in $shared"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== seed article (seed.gold.jsonl)"
$cli extract seeds > "$out/seed.jsonl"
python3 "$shared/eval/score.py" --gold "$shared/eval/seed.gold.jsonl" --pred "$out/seed.jsonl"

echo "== PolNeAR dev: quotes and speakers"
$cli extract "$shared/corpus/polnear/dev" > "$out/dev.jsonl"
python3 "$shared/eval/score.py" --gold "$shared/eval/polnear-dev.gold.jsonl" --pred "$out/dev.jsonl"

echo "== PolNeAR train: quotes and speakers (local mentions as gold)"
$cli extract "$shared/corpus/polnear/train" > "$out/train.jsonl"
python3 "$shared/eval/score.py" --gold "$shared/eval/polnear-train.gold.jsonl" --pred "$out/train.jsonl"

echo "== news-html/aeb: article bodies"
$cli parse "$shared/corpus/news-html/aeb" > "$out/aeb.jsonl" || true
python3 "$shared/eval/body_score.py" --truth "$shared/eval/news-html-aeb.truth.jsonl" --pred "$out/aeb.jsonl"

echo "== news-html/readability: article bodies (Readability.js output as truth)"
$cli parse "$shared/corpus/news-html/readability" > "$out/readability.jsonl" || true
python3 "$shared/eval/body_score.py" --truth "$shared/eval/news-html-readability.truth.jsonl" --pred "$out/readability.jsonl"
