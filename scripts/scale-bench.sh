#!/usr/bin/env bash
# The index at scale (issue 19): SCALE synthetic articles (840,000 make about 10 million quotes) ingested by
# `quotesearch index` as a user runs it, then bytes per quote, the three query kinds (p50/p99 over RUNS searches each)
# and HTTP with the query mix at 32 connections (scripts/http-mix.sh). About half an hour and a few GB of disk at full
# size: run by `make bench SCALE=N` or alone (`SCALE=N bash scripts/scale-bench.sh`), never by `make test`. Writes
# bench-results/scale.md and prints it. Needs wrk (installed by scripts/bench.sh). WORK=DIR keeps the index there
# (default: a temporary folder, removed).
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:?SCALE=number of synthetic articles (840000 make about 10 million quotes)}
RUNS=${RUNS:-500}
PORT=${PORT:-5098}
OUT=bench-results
KEEP=${WORK:+1}
WORK=${WORK:-$(mktemp -d /tmp/quotesearch-scale.XXXX)}
mkdir -p "$OUT" "$WORK"
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -z "$KEEP" ] && rm -rf "$WORK" || true
}
trap cleanup EXIT

dotnet build QuoteSearch.sln -c Release --nologo -v quiet >/dev/null
CLI="dotnet src/QuoteSearch.Cli/bin/Release/net10.0/quotesearch.dll"
BENCH="dotnet src/QuoteSearch.Benchmarks/bin/Release/net10.0/QuoteSearch.Benchmarks.dll"

echo "== scale: $SCALE synthetic articles into $WORK"
rm -rf "$WORK/feed" "$WORK/index" && mkdir -p "$WORK/feed"
$CLI generate --articles "$SCALE" --seed 1 --format jsonl --out "$WORK/generated" >/dev/null
# `index` reads files of at most --max-bytes (64 MB): the one feed goes in whole-line parts of 48 MB.
find "$WORK/generated" -name '*.jsonl' -exec cat {} + | split -C 48m -d -a 4 --additional-suffix=.jsonl - "$WORK/feed/part-"
rm -rf "$WORK/generated"
MB=$(du -sm "$WORK/feed" | cut -f1)
T0=$(date +%s.%N)
$CLI index "$WORK/feed" --index "$WORK/index" 2>"$WORK/index.err" >/dev/null
SECONDS_INGEST=$(awk "BEGIN {printf \"%.0f\", $(date +%s.%N) - $T0}")
QUOTES=$($CLI stats --index "$WORK/index" | awk '/^quotes/ {gsub(",", "", $2); print $2}')
BYTES=$(du -sb "$WORK/index" | cut -f1)
rm -rf "$WORK/feed"

echo "== scale: the three query kinds over $QUOTES quotes"
$BENCH macro --index "$WORK/index" --runs "$RUNS" --out "$WORK/macro" >/dev/null
QUERY_ROWS=$(grep -E '^\| (phrase|word|everything)' "$WORK/macro/macro.md")

echo "== scale: HTTP with the query mix"
QUOTESEARCH_API_KEY=bench-key $CLI serve --index "$WORK/index" --urls "http://127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.1; done
source scripts/http-mix.sh
http_mix "$WORK/index" "$PORT" "$WORK"

{
  echo "# QuoteSearch at scale"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; command: \`SCALE=$SCALE bash scripts/scale-bench.sh\`"
  echo
  echo "| measure | QuoteSearch | target |"
  echo "|---|---|---|"
  echo "| ingest of $SCALE synthetic articles ($MB MB of JSON Lines), \`quotesearch index\` | $SECONDS_INGEST s, $(awk "BEGIN {printf \"%.0f\", $SCALE / $SECONDS_INGEST}") articles/s, $QUOTES quotes | |"
  echo "| index size | $(awk "BEGIN {printf \"%.1f GB, %.0f bytes per quote\", $BYTES / 1e9, $BYTES / $QUOTES}") | < 400 bytes per quote |"
  echo "$QUERY_ROWS" | sed 's/| PostgreSQL not run //'
  echo "| HTTP /api/quotes, 32 connections, 20 s, $(wc -l < "$WORK/queries.txt") distinct queries (Zipf) | $RPS requests/s, p99 $P99; errors: $ERR | p99 ≤ 50 ms |"
} > "$OUT/scale.md"
cat "$OUT/scale.md"
