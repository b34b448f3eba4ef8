#!/usr/bin/env bash
# make bench: speed figures, side by side with raw Lucene.Net and PostgreSQL full-text search, in one run.
# Heavy (minutes): never part of make test. Writes bench-results/bench.md and prints it.
# Needs Debian's postgresql and wrk (installed here if missing, as root). Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-10000,100000}
RUNS=${RUNS:-500}
PORT=${PORT:-5099}
PGPORT=${PGPORT:-5433}
SHARED=${SHARED:-../shared}
OUT=bench-results
WORK=$(mktemp -d /tmp/quotesearch-bench.XXXX)
mkdir -p "$OUT"
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -n "${PGDATA:-}" ] && su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql wrk >/dev/null
fi
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")

dotnet build QuoteSearch.sln -c Release --nologo -v quiet >/dev/null
CLI="dotnet src/QuoteSearch.Cli/bin/Release/net10.0/quotesearch.dll"
BENCH="dotnet src/QuoteSearch.Benchmarks/bin/Release/net10.0/QuoteSearch.Benchmarks.dll"

echo "== PostgreSQL on 127.0.0.1:$PGPORT (temporary cluster)"
PGDATA="$WORK/pg"
mkdir -p "$PGDATA" && chown postgres "$PGDATA" "$WORK"
su postgres -c "$PGBIN/initdb -D $PGDATA -A trust -U postgres" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D $PGDATA -o '-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB' -l $WORK/pg.log -w start" >/dev/null

echo "== ingest, queries and PostgreSQL (articles: $ARTICLES)"
$BENCH macro --articles "$ARTICLES" --runs "$RUNS" --work "$WORK/lucene" --out "$OUT" \
  --postgres "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Timeout=60;Command Timeout=0"

# Real text: PolNeAR train copied ten times (from ../shared; skipped without it), `quotesearch index` as a user
# runs it against plain Lucene.Net (one thread, one EnglishAnalyzer field) over the same files, alternately.
FOLDER_ROW=""
if [ -d "$SHARED/corpus/polnear/train" ]; then
  echo "== ingest of PolNeAR train x10 (from $SHARED) against plain Lucene.Net"
  mkdir -p "$WORK/polnear10"
  for i in $(seq 0 9); do
    for f in "$SHARED"/corpus/polnear/train/*; do cp "$f" "$WORK/polnear10/c${i}_$(basename "$f")"; done
  done
  FILES=$(ls "$WORK/polnear10" | wc -l)
  OURS=(); PLAIN=()
  for run in 1 2 3; do
    rm -rf "$WORK/folder-index"
    T0=$(date +%s.%N)
    $CLI index "$WORK/polnear10" --index "$WORK/folder-index" 2>/dev/null
    OURS+=("$(awk "BEGIN {print $(date +%s.%N) - $T0}")")
    T0=$(date +%s.%N)
    $BENCH plain-lucene --folder "$WORK/polnear10" --work "$WORK/plain-index" >/dev/null
    PLAIN+=("$(awk "BEGIN {print $(date +%s.%N) - $T0}")")
  done
  MEDIAN_OURS=$(printf '%s\n' "${OURS[@]}" | sort -n | sed -n 2p)
  MEDIAN_PLAIN=$(printf '%s\n' "${PLAIN[@]}" | sort -n | sed -n 2p)
  FOLDER_ROW=$(awk -v n="$FILES" -v o="$MEDIAN_OURS" -v p="$MEDIAN_PLAIN" 'BEGIN {
    printf "| ingest of PolNeAR train x10 (%d files), process start to commit, median of 3 | %.0f articles/s (%.1f s) | plain Lucene.Net, one thread, EnglishAnalyzer: %.0f articles/s (%.1f s); %.2fx of it | >= 1.0x |", n, n / o, o, n / p, p, p / o }')
  rm -rf "$WORK/polnear10" "$WORK/folder-index" "$WORK/plain-index"
else
  echo "== ingest of PolNeAR train x10: skipped, $SHARED/corpus/polnear/train not found"
fi

LARGEST=$(echo "$ARTICLES" | tr ',' '\n' | sort -n | tail -1)
INDEX="$WORK/lucene/index-$LARGEST"

echo "== HTTP: the server over the largest index"
START=$(date +%s.%N)
QUOTESEARCH_API_KEY=bench-key $CLI serve --index "$INDEX" --urls "http://127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
until curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; do sleep 0.05; done
READY=$(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $START}")
source scripts/http-mix.sh
http_mix "$INDEX" "$PORT" "$WORK"
RPS32=$RPS; P99_32=$P99; ERR32=$ERR

echo "== load: 30 s at 64 connections while articles are ingested through the API"
$CLI generate --articles 3000 --seed 99 --out "$WORK/live" 2>/dev/null
( for f in "$WORK"/live/*.txt; do curl -s -o /dev/null -w "%{http_code}\n" -H "X-Api-Key: bench-key" -H "Content-Type: text/plain" --data-binary @"$f" "http://127.0.0.1:$PORT/api/articles"; done > "$WORK/posts.txt" ) &
POSTER=$!
wrk -t2 -c64 -d30s --latency "${LOAD[@]}" > "$WORK/wrk64.txt"
kill $POSTER 2>/dev/null || true
RPS64=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk64.txt")
P99_64=$(awk '/ 99%/ {print $2}' "$WORK/wrk64.txt")
ERR64=$( (grep -E "Non-2xx|Socket errors" "$WORK/wrk64.txt" || echo none) | tr '\n' ' ')
POSTED=$(grep -c '^201$' "$WORK/posts.txt" || true)
POSTFAIL=$(grep -vc '^201$' "$WORK/posts.txt" || true)
RSS=$(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$SERVER/status)

{
  echo "# QuoteSearch benchmark"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(dotnet --version) SDK; command: \`make bench\` (ARTICLES=$ARTICLES RUNS=$RUNS)"
  echo
  cat "$OUT/macro.md"
  [ -n "$FOLDER_ROW" ] && echo "$FOLDER_ROW"
  echo "| HTTP /api/quotes, 32 connections, 20 s (wrk, $(wc -l < "$WORK/queries.txt") distinct queries by a Zipf law) | $RPS32 requests/s, p99 $P99_32 | errors: $ERR32 | ≥ 2,000 requests/s, p99 ≤ 50 ms, zero errors |"
  echo "| load: 64 connections, 30 s, during API ingest | $RPS64 requests/s, p99 $P99_64 | errors: $ERR64; articles posted: $POSTED ok, $POSTFAIL failed | zero errors |"
  echo "| server peak RSS with the largest index | $RSS | | |"
  echo "| server start to ready (/healthz) | ${READY} s | | |"
} > "$OUT/bench.md"
cat "$OUT/bench.md"
echo
echo "Micro-benchmarks (BenchmarkDotNet): $BENCH micro   (results in BenchmarkDotNet.Artifacts/)"
if [ "${MICRO:-1}" = "1" ]; then $BENCH micro --filter '*' | tail -20; fi

# SCALE=N (make bench SCALE=840000, about 10 million quotes): the index at scale, after the rest (scripts/scale-bench.sh).
if [ "${SCALE:-0}" -gt 0 ]; then
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null && SERVER=""
  SCALE=$SCALE RUNS=$RUNS bash scripts/scale-bench.sh
fi
