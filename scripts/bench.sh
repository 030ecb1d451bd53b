#!/usr/bin/env bash
# Ingest benchmark: for each corpus size, generate a synthetic corpus, time
# `beritagraf ingest` into a fresh store (wall time, peak RSS, store size,
# quads), export the store as N-Quads and bulk-load the same quads into
# another fresh store with nothing else (the "bare bulk load"), and compare.
# For the largest size, also time the example queries over the built store.
#
#   scripts/bench.sh [SIZES...]          (default: 1000 10000 100000)
#
# Writes a Markdown report to target/bench/results.md (and prints it), and
# the raw JSON of every step to target/bench/raw/. See benches/README.md.
#
# Environment:
#   BENCH_SEED=42          corpus seed
#   BENCH_QUERY_RUNS=20    timed runs per example query
#   BENCH_WHOLE_GRAPH_RUNS=3 timed runs per whole-graph query (examples/queries/whole-graph)
#   BENCH_QUERY_TIMEOUT_S=60 / BENCH_QUERY_MAX_RSS_MB=4096
#                          a query run past either limit is abandoned and reported
#   BENCH_MEMORY_MB=256    bulk loader memory budget of the baseline (ingest's default)
#   BENCH_TMPDIR=/tmp      where the per-size work folders go (needs ~220 KB
#                          of disk per article at the largest size)
#   BENCH_NO_BUILD=1       use the binaries already in target/release
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [ $# -eq 0 ]; then
  set -- 1000 10000 100000
fi
SIZES=("$@")
for size in "${SIZES[@]}"; do
  case $size in
    '' | *[!0-9]*) echo "bench: size must be a number of articles, got '$size'" >&2; exit 2 ;;
  esac
done
SEED=${BENCH_SEED:-42}
RUNS=${BENCH_QUERY_RUNS:-20}
WHOLE_RUNS=${BENCH_WHOLE_GRAPH_RUNS:-3}
QUERY_TIMEOUT_S=${BENCH_QUERY_TIMEOUT_S:-60}
QUERY_MAX_RSS_MB=${BENCH_QUERY_MAX_RSS_MB:-4096}
MEMORY_MB=${BENCH_MEMORY_MB:-256}
TMP_BASE=${BENCH_TMPDIR:-${TMPDIR:-/tmp}}
OUT_DIR=$ROOT/target/bench
RAW=$OUT_DIR/raw
mkdir -p "$RAW"
LARGEST=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)
BENCH_START=$(date +%s)

log() { echo "bench: $*" >&2; }

# ------------------------------------------------------------------ build
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  log "building release binary and examples (once)"
  cargo build --release --quiet --bins --examples
fi
for binary in target/release/beritagraf target/release/examples/generate_corpus \
  target/release/examples/bulk_load_baseline target/release/examples/query_latency; do
  [ -x "$binary" ] || { log "missing $binary (build with: cargo build --release --bins --examples)"; exit 2; }
done

WORK_ROOT=$(mktemp -d "$TMP_BASE/beritagraf-bench.XXXXXX")
cleanup() { rm -rf "$WORK_ROOT"; }
trap cleanup EXIT
# Pin the binaries for the whole run: hard links keep these versions even
# if target/release is rebuilt meanwhile (copies if links are impossible).
BIN=$WORK_ROOT/bin
mkdir -p "$BIN"
for binary in target/release/beritagraf target/release/examples/generate_corpus \
  target/release/examples/bulk_load_baseline target/release/examples/query_latency; do
  ln "$binary" "$BIN/" 2>/dev/null || cp "$binary" "$BIN/"
done

# ------------------------------------------------------------------ timing
# GNU time gives the peak RSS; without it, poll VmHWM in /proc.
TIME_MODE=poll
if /usr/bin/time -v true >/dev/null 2>&1; then
  TIME_MODE=gnu
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "installing GNU time"
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 \
    && /usr/bin/time -v true >/dev/null 2>&1; then
    TIME_MODE=gnu
  fi
fi
[ "$TIME_MODE" = gnu ] || log "GNU time unavailable: peak RSS from polling /proc/PID/status (VmHWM)"

# measure PREFIX COMMAND...: stdout to PREFIX.out, stderr to PREFIX.err; sets
# M_WALL (seconds), M_RSS_KB (peak resident set), M_CPU (user+sys seconds, GNU
# time only) and M_RC (exit code). Never fails.
measure() {
  local prefix=$1
  shift
  local start end pid value
  M_RC=0
  M_RSS_KB=0
  M_CPU=""
  start=$(date +%s.%N)
  if [ "$TIME_MODE" = gnu ]; then
    /usr/bin/time -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err" || M_RC=$?
    M_RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$prefix.time")
    M_CPU=$(awk -F': *' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$prefix.time")
  else
    "$@" >"$prefix.out" 2>"$prefix.err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      value=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      if [ -n "$value" ] && [ "$value" -gt "$M_RSS_KB" ]; then M_RSS_KB=$value; fi
      sleep 0.05
    done
    wait "$pid" || M_RC=$?
  fi
  end=$(date +%s.%N)
  M_WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
}

# json_number FILE FIELD: the first number given for "FIELD" in FILE.
json_number() {
  sed -n "s/.*\"$2\": *\([-0-9.eE+]*\).*/\1/p" "$1" | head -1
}

# calc EXPRESSION: awk arithmetic, printed with the given format (default %.2f).
calc() { awk "BEGIN { printf \"${2:-%.2f}\", $1 }"; }

# time_queries PREFIX STORE RUNS ROWS_ARRAY FILES...: run query_latency and
# append one Markdown row per query to the array named ROWS_ARRAY.
time_queries() {
  local prefix=$1 store=$2 runs=$3 rows=$4 line name
  shift 4
  measure "$prefix" "$BIN/query_latency" --store "$store" --runs "$runs" \
    --timeout-s "$QUERY_TIMEOUT_S" --max-rss-mb "$QUERY_MAX_RSS_MB" "$@"
  cp "$prefix.out" "$prefix.jsonl"
  if [ "$M_RC" != 0 ]; then
    ERRORS+=("$(basename "$prefix"): query_latency exit $M_RC (a query failed or was abandoned, see the query table) $(head -c 500 "$prefix.err")")
  fi
  while IFS= read -r line; do
    name=$(sed -n 's/.*"query":"\([^"]*\)".*/\1/p' <<<"$line")
    if grep -q '"error"' <<<"$line"; then
      eval "$rows+=(\"| \$name | **abandoned**: \$(sed -n 's/.*\"error\":\"\([^\"]*\)\".*/\1/p' <<<\"\$line\") (after \$(json_number <(echo \"\$line\") seconds_before_abort) s, \$(json_number <(echo \"\$line\") rows_before_abort) rows) | | | |\")"
    else
      eval "$rows+=(\"| \$name | \$(json_number <(echo \"\$line\") rows) | \$(json_number <(echo \"\$line\") p50_ms) | \$(json_number <(echo \"\$line\") p95_ms) | \$(json_number <(echo \"\$line\") max_ms) |\")"
    fi
  done <"$prefix.jsonl"
}

# ------------------------------------------------------------------ runs
INGEST_ROWS=()
BASELINE_ROWS=()
QUERY_ROWS=()
WHOLE_ROWS=()
ERRORS=()

for size in "${SIZES[@]}"; do
  work=$(mktemp -d "$WORK_ROOT/n$size.XXXXXX")
  corpus=$work/corpus.jsonl
  store=$work/store
  nquads=$work/export.nq
  bare=$work/bare-store
  tag=$RAW/n$size

  log "[$size] generating corpus (seed $SEED)"
  measure "$tag.generate" "$BIN/generate_corpus" --articles "$size" --seed "$SEED" --output "$corpus"
  if [ "$M_RC" != 0 ]; then
    log "[$size] corpus generation failed:"; cat "$tag.generate.err" >&2; exit 1
  fi
  gen_wall=$M_WALL
  input_bytes=$(stat -c %s "$corpus")

  log "[$size] ingest"
  measure "$tag.ingest" "$BIN/beritagraf" ingest --store "$store" --json "$corpus"
  ingest_rc=$M_RC ingest_wall=$M_WALL ingest_rss=$M_RSS_KB ingest_cpu=$M_CPU
  cp "$tag.ingest.out" "$tag.ingest.json"
  if [ "$ingest_rc" != 0 ] || [ -s "$tag.ingest.err" ]; then
    log "[$size] ingest exited with $ingest_rc; stderr:"
    head -20 "$tag.ingest.err" >&2
    ERRORS+=("n=$size: ingest exit code $ingest_rc; stderr ($(wc -l <"$tag.ingest.err") lines, first 20):")
    while IFS= read -r line; do ERRORS+=("    $line"); done < <(head -20 "$tag.ingest.err")
  fi
  if [ "$ingest_rc" -ge 2 ] || [ ! -d "$store" ]; then
    log "[$size] ingest failed; skipping the rest of this size"
    INGEST_ROWS+=("| $size | $(calc "$input_bytes/1e6") | $ingest_wall | failed (exit $ingest_rc) | | | | | | | | |")
    rm -rf "$work"
    continue
  fi
  read_count=$(json_number "$tag.ingest.json" articles_read)
  written=$(json_number "$tag.ingest.json" articles_written)
  failed=$(json_number "$tag.ingest.json" failed)
  quads=$(json_number "$tag.ingest.json" quads_written)
  compaction_ms=$(json_number "$tag.ingest.json" compaction_ms)
  load_wall=$(calc "$ingest_wall-${compaction_ms:-0}/1000" %.2f)
  store_bytes=$(du -sb "$store" | cut -f1)
  rm -f "$corpus"

  log "[$size] export N-Quads"
  measure "$tag.export" "$BIN/beritagraf" export --store "$store" --format nquads --output "$nquads"
  export_wall=$M_WALL
  if [ "$M_RC" != 0 ]; then
    log "[$size] export failed:"; cat "$tag.export.err" >&2
    ERRORS+=("n=$size: export failed: $(head -c 500 "$tag.export.err")")
  fi
  exported_quads=$(wc -l <"$nquads" 2>/dev/null || echo 0)
  nquads_bytes=$(stat -c %s "$nquads" 2>/dev/null || echo 0)

  log "[$size] bare bulk load of the exported quads"
  measure "$tag.baseline" "$BIN/bulk_load_baseline" --nquads "$nquads" --store "$bare" --memory-mb "$MEMORY_MB"
  bare_rss=$M_RSS_KB
  cp "$tag.baseline.out" "$tag.baseline.json"
  if [ "$M_RC" != 0 ]; then
    log "[$size] baseline failed:"; cat "$tag.baseline.err" >&2
    ERRORS+=("n=$size: bulk_load_baseline failed: $(head -c 500 "$tag.baseline.err")")
    bare_quads=0 bare_seconds=0 bare_compact=0
  else
    bare_quads=$(json_number "$tag.baseline.json" quads)
    bare_seconds=$(json_number "$tag.baseline.json" seconds)
    bare_compact=$(json_number "$tag.baseline.json" compact_seconds)
  fi
  bare_bytes=$(du -sb "$bare" 2>/dev/null | cut -f1)
  rm -rf "$bare" "$nquads"

  ingest_s=$(calc "$ingest_wall" %.2f)
  INGEST_ROWS+=("| $size | $(calc "$input_bytes/1e6" %.1f) | $ingest_s | ${ingest_cpu:--} \
| $(calc "$written/$ingest_wall" %.0f) | $(calc "$input_bytes/1e6/$ingest_wall" %.2f) \
| $quads | $(calc "$quads/$ingest_wall" %.0f) | $(calc "$quads/($written>0?$written:1)" %.1f) \
| $(calc "$ingest_rss/1024" %.0f) | $(calc "$store_bytes/1e6" %.1f) | $read_count/$written/$failed | $gen_wall |")
  if [ "$bare_quads" != 0 ]; then
    ratio=$(calc "$load_wall/$bare_seconds" %.2f)
    ratio_compacted=$(calc "$ingest_wall/($bare_seconds+$bare_compact)" %.2f)
    bare_rate=$(calc "$bare_quads/$bare_seconds" %.0f)
  else
    ratio="-" ratio_compacted="-" bare_rate="-"
  fi
  BASELINE_ROWS+=("| $size | $export_wall | $exported_quads | $(calc "$nquads_bytes/1e6" %.1f) \
| $bare_seconds | $bare_rate | $bare_compact | $(calc "$bare_rss/1024" %.0f) | $(calc "${bare_bytes:-0}/1e6" %.1f) \
| $load_wall | $(calc "${compaction_ms:-0}/1000" %.2f) | **$ratio** | **$ratio_compacted** |")

  if [ "$size" = "$LARGEST" ]; then
    log "[$size] query latency ($RUNS runs per query)"
    time_queries "$tag.queries" "$store" "$RUNS" QUERY_ROWS "$ROOT"/examples/queries/*.rq
    log "[$size] whole-graph query latency ($WHOLE_RUNS runs per query)"
    time_queries "$tag.whole-graph" "$store" "$WHOLE_RUNS" WHOLE_ROWS "$ROOT"/examples/queries/whole-graph/*.rq
  fi
  rm -rf "$work"
  log "[$size] done: ingest ${ingest_s}s, bare bulk ${bare_seconds}s"
done

# ------------------------------------------------------------------ report
TOTAL=$(($(date +%s) - BENCH_START))
MODEL=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -1)
MEMORY=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
VERSION=$("$BIN/beritagraf" --version 2>/dev/null || echo unknown)
REPORT=$OUT_DIR/results.md
{
  echo "# beritagraf ingest benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $VERSION (built from the working tree at commit $COMMIT), corpus seed $SEED, sizes ${SIZES[*]}, total ${TOTAL}s."
  echo
  echo "Machine: $(nproc) CPUs ($MODEL), $MEMORY memory, $(uname -sr); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Peak RSS from $([ "$TIME_MODE" = gnu ] && echo "GNU time" || echo "polling VmHWM")."
  echo
  echo "## Ingest (\`beritagraf ingest --json\` into a fresh store)"
  echo
  echo "| articles | input MB | wall s | CPU s | articles/s | MB/s | quads written | quads/s | quads/article | peak RSS MB | store MB | read/written/failed | corpus gen s |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${INGEST_ROWS[@]}"
  echo
  echo "## Bare bulk load of the same quads (export N-Quads, \`bulk_load_baseline --memory-mb $MEMORY_MB\`)"
  echo
  echo "| articles | export s | quads in store | N-Quads MB | bare bulk s | bare quads/s | then compaction s | bare peak RSS MB | bare store MB | ingest before compaction s | ingest compaction s | ingest before compaction / bare bulk | whole ingest / (bare bulk + compaction) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${BASELINE_ROWS[@]}"
  if [ ${#QUERY_ROWS[@]} -gt 0 ]; then
    echo
    echo "## Query latency at $LARGEST articles ($RUNS runs after one warm-up, results fully consumed; a run over ${QUERY_TIMEOUT_S}s or ${QUERY_MAX_RSS_MB} MB RSS is abandoned)"
    echo
    echo "| query | rows | p50 ms | p95 ms | max ms |"
    echo "|---|---:|---:|---:|---:|"
    printf '%s\n' "${QUERY_ROWS[@]}"
  fi
  if [ ${#WHOLE_ROWS[@]} -gt 0 ]; then
    echo
    echo "## Whole-graph queries at $LARGEST articles (examples/queries/whole-graph, $WHOLE_RUNS runs after one warm-up)"
    echo
    echo "| query | rows | p50 ms | p95 ms | max ms |"
    echo "|---|---:|---:|---:|---:|"
    printf '%s\n' "${WHOLE_ROWS[@]}"
  fi
  echo
  echo "## Errors"
  echo
  if [ ${#ERRORS[@]} -eq 0 ]; then
    echo "None: every article was read and written, no step failed."
  else
    echo '```'
    printf '%s\n' "${ERRORS[@]}"
    echo '```'
  fi
} >"$REPORT"
cat "$REPORT"
log "report written to ${REPORT#"$ROOT"/}; raw JSON in ${RAW#"$ROOT"/}/"
