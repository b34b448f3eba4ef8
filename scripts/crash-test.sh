#!/usr/bin/env bash
# make crash: kill -9 `index` many times at random moments under CPU load and check that the index always opens,
# never loses a committed article, and ends equal to a clean run once the ingest is run again (issue 18).
# Heavy (minutes): never part of make test. Settings (environment): KILLS (default 40), SEED (default: random,
# printed; the same seed gives the same kinds and delays), ARTICLES (3000), COMMIT_EVERY (25), LOAD (busy
# processes, default 2: one per core), KEEP=1 keeps the work folder even when everything passed, CLI_DLL runs
# another build of quotesearch.dll (an older commit's, to see what this test finds there).
# Kinds of kill: start-up (20-700 ms after start), first (a fresh folder, right as its first segments file
# appears: 0 ms in half the kills, else 1-2 ms), ingest (1-12 s), commit (right as a later segments file appears) and reader (while a `stats` and a
# `search` read the same folder). After each kill `stats` and `search` must exit 0, or say in one line that no
# index is there yet when nothing was committed; the committed article count must not shrink.
set -uo pipefail
cd "$(dirname "$0")/.."
KILLS=${KILLS:-40}
SEED=${SEED:-$(( $(date +%s) % 100000 ))}
ARTICLES=${ARTICLES:-3000}
COMMIT_EVERY=${COMMIT_EVERY:-25}
LOAD=${LOAD:-2}
CLI=(dotnet "${CLI_DLL:-src/QuoteSearch.Cli/bin/Release/net10.0/quotesearch.dll}")
WORK=$(mktemp -d /tmp/quotesearch-crash.XXXX)
LOADERS=()
INDEXER=
FAILURES=()

cleanup() {
  [ -n "$INDEXER" ] && kill -9 "$INDEXER" 2>/dev/null
  for pid in "${LOADERS[@]}"; do kill "$pid" 2>/dev/null; done
  if [ ${#FAILURES[@]} -eq 0 ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else echo "work folder kept: $WORK"; fi
}
trap cleanup EXIT

[ -n "${CLI_DLL:-}" ] || dotnet build QuoteSearch.sln -c Release --nologo -v quiet >/dev/null || exit 1
echo "== crash test: seed $SEED, $KILLS kills, $ARTICLES articles, --commit-every $COMMIT_EVERY, $LOAD busy loops"
RANDOM=$SEED
# between LOW HIGH: R is a number from LOW to HIGH (a global, not echoed: $RANDOM in a subshell breaks the seed).
between() { R=$(( $1 + RANDOM % ($2 - $1 + 1) )); }
seconds() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }

"${CLI[@]}" generate --out "$WORK/articles" --articles "$ARTICLES" --seed 7 >/dev/null 2>&1 || exit 1
"${CLI[@]}" index "$WORK/articles" --index "$WORK/clean" >/dev/null 2>&1 || { echo "the clean run failed"; exit 1; }
EXPECTED_STATS=$("${CLI[@]}" stats --index "$WORK/clean" --json)
"${CLI[@]}" speakers --index "$WORK/clean" --json | sort >"$WORK/clean-speakers.txt"
echo "clean run: $EXPECTED_STATS"

for _ in $(seq "$LOAD"); do (while :; do :; done) & LOADERS+=($!); done

commit_files() { local f n=0; for f in "$1"/segments_*; do [ -e "$f" ] && n=$((n + 1)); done; echo "$n"; }
commit_names() { local f names=" "; for f in "$1"/segments_*; do [ -e "$f" ] && names+="${f##*/} "; done; echo "$names"; }

# Waits until the K-th segments file appears that was not there before (a commit being written), or the run ends.
# A tight loop of shell built-ins (no fork, no sleep): a first commit is written within a millisecond or two.
wait_for_commit() {
  local dir=$1 seen=$2 pid=$3 k=$4 f name
  while kill -0 "$pid" 2>/dev/null; do
    for f in "$dir"/segments_*; do
      [ -e "$f" ] || continue
      name=${f##*/}
      if [[ "$seen" != *" $name "* ]]; then
        k=$((k - 1)); [ "$k" -le 0 ] && return 0
        seen+="$name "
      fi
    done
  done
}

pause() { [ "$1" -gt 0 ] && sleep "$(seconds "$1")"; }

start_index() { "${CLI[@]}" index "$WORK/articles" --index "$1" --commit-every "$COMMIT_EVERY" >/dev/null 2>&1 & INDEXER=$!; }

# kill_index PID: kill -9 unless the run already ended; ENDED says "killed" or "finished".
kill_index() {
  if kill -9 "$1" 2>/dev/null; then ENDED=killed; else ENDED=finished; fi
  wait "$1" 2>/dev/null
  INDEXER=
}

fail() {
  local dir=$1 why=$2 keep
  keep="$WORK/broken-$KILL-$(basename "$dir")"
  cp -a "$dir" "$keep" 2>/dev/null
  FAILURES+=("kill $KILL ($KIND): $why; index kept in $keep")
  echo "  FAIL: $why (index kept in $keep)"
}

# read_ok EXIT STDERR_FILE: a read exited 0, or said in one line that no index is there yet.
read_ok() {
  local code=$1 err=$2
  [ "$code" -eq 0 ] && return 0
  [ "$(wc -l <"$err")" -eq 1 ] && grep -q 'no index here yet' "$err"
}

# After a kill: stats and search open the folder; COUNT is the committed article count (-1: nothing committed,
# -2: a check failed).
check_folder() {
  local dir=$1 out code scode
  COUNT=-2
  out=$("${CLI[@]}" stats --index "$dir" --json 2>"$WORK/stats.err"); code=$?
  if ! read_ok "$code" "$WORK/stats.err"; then fail "$dir" "stats exited $code: $(head -c 300 "$WORK/stats.err")"; return; fi
  "${CLI[@]}" search budget --index "$dir" --limit 3 >/dev/null 2>"$WORK/search.err"; scode=$?
  if ! read_ok "$scode" "$WORK/search.err"; then fail "$dir" "search exited $scode: $(head -c 300 "$WORK/search.err")"; return; fi
  if [ "$code" -ne 0 ]; then COUNT=-1; else COUNT=$(echo "$out" | sed -E 's/.*"articles":([0-9]+).*/\1/'); fi
}

KINDS=(startup first ingest commit reader)
declare -A LANDED=() STATES=()
PREVIOUS=-1
MAIN="$WORK/crashed"
for KILL in $(seq "$KILLS"); do
  KIND=${KINDS[$(( RANDOM % ${#KINDS[@]} ))]}
  dir=$MAIN
  case $KIND in
    startup)
      between 20 700; delay=$R; start_index "$dir"; pid=$INDEXER; sleep "$(seconds "$delay")"; how="after ${delay} ms" ;;
    first)
      dir="$WORK/first-$KILL"; between 0 3; delay=$(( R > 1 ? R - 1 : 0 )); start_index "$dir"; pid=$INDEXER
      wait_for_commit "$dir" " " "$pid" 1; pause "$delay"; how="${delay} ms after segments_1 appeared" ;;
    ingest)
      between 1000 12000; delay=$R; start_index "$dir"; pid=$INDEXER; sleep "$(seconds "$delay")"; how="after ${delay} ms" ;;
    commit)
      between 2 8; nth=$R; between 0 20; delay=$(( R / 2 )); before=$(commit_names "$dir"); start_index "$dir"; pid=$INDEXER
      wait_for_commit "$dir" "$before" "$pid" "$nth"; pause "$delay"
      how="${delay} ms into commit $nth of the run" ;;
    reader)
      between 500 8000; delay=$R; between 0 1500; read_delay=$R; start_index "$dir"; pid=$INDEXER
      sleep "$(seconds "$delay")"
      "${CLI[@]}" stats --index "$dir" --json >/dev/null 2>"$WORK/r-stats.err" & rs=$!
      "${CLI[@]}" search budget --index "$dir" >/dev/null 2>"$WORK/r-search.err" & rq=$!
      sleep "$(seconds "$read_delay")"; how="after ${delay} ms, ${read_delay} ms into a stats and a search" ;;
  esac
  kill_index "$pid"
  files=$(commit_files "$dir")
  if [ "$KIND" = reader ]; then
    wait "$rs"; c1=$?; wait "$rq"; c2=$?
    read_ok "$c1" "$WORK/r-stats.err" || fail "$dir" "stats during ingest exited $c1: $(head -c 300 "$WORK/r-stats.err")"
    read_ok "$c2" "$WORK/r-search.err" || fail "$dir" "search during ingest exited $c2: $(head -c 300 "$WORK/r-search.err")"
  fi
  check_folder "$dir"; count=$COUNT
  note=""
  if [ "$dir" = "$MAIN" ] && [ "$count" -ge -1 ]; then
    if [ "$count" -lt "$PREVIOUS" ]; then fail "$dir" "committed articles shrank from $PREVIOUS to $count"; fi
    [ "$count" -gt "$PREVIOUS" ] && PREVIOUS=$count
  fi
  if [ "$KIND" = first ] && [ "$count" -ge -1 ]; then
    # The folder a kill left in its first commit takes the next run: it must never be stuck.
    if "${CLI[@]}" index "$WORK/articles/$(ls "$WORK/articles" | head -1)" --index "$dir" >/dev/null 2>"$WORK/first.err"; then
      rm -rf "$dir"
    else
      fail "$dir" "index into it after the kill failed: $(head -c 300 "$WORK/first.err")"
    fi
  fi
  [ "$files" -gt 1 ] && note=" (an unfinished commit beside the last one)" && STATES[later]=$(( ${STATES[later]:-0} + 1 ))
  [ "$count" -eq -1 ] && note=" (nothing committed yet)"
  [ "$count" -eq -1 ] && [ "$files" -gt 0 ] && note=" (killed inside the first commit: no index yet)" \
    && STATES[first]=$(( ${STATES[first]:-0} + 1 ))
  [ "$ENDED" = finished ] && STATES[finished]=$(( ${STATES[finished]:-0} + 1 ))
  LANDED[$KIND]=$(( ${LANDED[$KIND]:-0} + 1 ))
  printf '#%-3s %-8s %-48s %-8s committed %-6s segments files %s%s\n' "$KILL" "$KIND" "$how" "$ENDED" "$count" "$files" "$note"
done

for pid in "${LOADERS[@]}"; do kill "$pid" 2>/dev/null; done
LOADERS=()
echo "== re-ingest into the killed folder"
if "${CLI[@]}" index "$WORK/articles" --index "$MAIN" >/dev/null 2>"$WORK/final.err"; then
  KILL=final KIND=re-ingest
  actual=$("${CLI[@]}" stats --index "$MAIN" --json)
  [ "$actual" = "$EXPECTED_STATS" ] || fail "$MAIN" "stats after re-ingest $actual, clean run $EXPECTED_STATS"
  "${CLI[@]}" speakers --index "$MAIN" --json | sort >"$WORK/crashed-speakers.txt"
  cmp -s "$WORK/clean-speakers.txt" "$WORK/crashed-speakers.txt" || fail "$MAIN" "speakers differ from the clean run"
  echo "after re-ingest: $actual"
else
  KILL=final KIND=re-ingest
  fail "$MAIN" "the re-ingest failed: $(head -c 300 "$WORK/final.err")"
fi

echo "== summary (seed $SEED)"
for kind in "${KINDS[@]}"; do printf '%-8s %s kills\n' "$kind" "${LANDED[$kind]:-0}"; done
echo "left an unfinished first commit (no index yet, then taken by the next index): ${STATES[first]:-0}"
echo "left an unfinished later commit beside the last finished one: ${STATES[later]:-0}"
echo "runs that ended before their kill: ${STATES[finished]:-0}"
echo "highest committed article count seen: $PREVIOUS of $ARTICLES"
if [ ${#FAILURES[@]} -eq 0 ]; then echo "no failures in $KILLS kills"; exit 0; fi
echo "${#FAILURES[@]} failures:"; printf '  %s\n' "${FAILURES[@]}"
exit 1
