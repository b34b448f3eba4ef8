# Sourced by bench.sh and scale-bench.sh: HTTP load with the query mix over a running server.
# http_mix INDEX PORT WORK: draws 1,200 distinct requests from INDEX's quotes (words, phrases, word + speaker, a
# speaker's quotes newest first, word + date range; QuoteSearch.Benchmarks queries), asks them by a Zipf law over
# their rank (scripts/http-queries.lua) at 32 connections for 20 s after 5 unmeasured seconds (JIT tiering and the
# page cache, as on a server that has been up a while), and sets RPS, P99, ERR and LOAD (the wrk arguments).
http_mix() {
  local index=$1 port=$2 work=$3
  $BENCH queries --index "$index" --out "$work/queries.txt" --count 1200
  LOAD=(-s scripts/http-queries.lua "http://127.0.0.1:$port" -- "$work/queries.txt")
  wrk -t2 -c32 -d5s "${LOAD[@]}" > /dev/null
  wrk -t2 -c32 -d20s --latency "${LOAD[@]}" > "$work/wrk32.txt"
  RPS=$(awk '/Requests\/sec/ {print $2}' "$work/wrk32.txt")
  P99=$(awk '/ 99%/ {print $2}' "$work/wrk32.txt")
  ERR=$( (grep -E "Non-2xx|Socket errors" "$work/wrk32.txt" || echo none) | tr '\n' ' ')
}
