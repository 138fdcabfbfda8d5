#!/usr/bin/env bash
# ecoscore benchmark (issue 7). Generates 问卷星-style batches with `ecoscore sample` and the 150-question
# benchmark framework, then measures whole-process wall time and peak RSS (/usr/bin/time -v, median of
# RUNS runs) of
#   (a) baseline: reading every cell with POI's SAX event API (bench/SaxBaseline.java)
#   (b) ecoscore score, with the report and the CSV tables
#   (c) ecoscore validate
# at 10k, 30k and 100k firms, plus a 1,000,000-row CSV (the ai-innovation-modes framework: 21 firm
# questions), and (s) start-up: the README's sample run against a bare JVM start (`java -jar … --version`),
# (f) the CPU share of obstacle degrees, validity and highlights in one more recorded run of the largest batch,
# (g) the cost of the Word briefs per region at 8 and 31 regions, and writes bench/RESULTS.md. (b), (c) and (s) run through ./ecoscore exactly as users get it (the
# launcher picks JIT, collector and heap); the SAX baseline gets BENCH_HEAP (default -Xmx800m).
# Usage: bench/run.sh [SIZES...]   e.g. bench/run.sh 10000 30000 100000   (default: those three)
# Environment: RUNS (default 3), CSV_ROWS (default 1000000; 0 skips the CSV case), SHARES (0 skips (f)), BRIEFS (0 skips (g)), BASELINE_SIZES (the sizes
# also scored with --baseline, default 30000; "" skips).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/.." && pwd)"
work="$here/work"
rounds="${RUNS:-3}"
# every measurement is taken once per round and the rounds run one after another, so that a ratio's two sides
# (score against the SAX read, the sample run against a bare start, --baseline against a plain run …) alternate
# and a slower or faster spell of the host falls on both alike (the median of the rounds is reported)
runs=1
csv_rows="${CSV_ROWS:-1000000}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 30000 100000)
mkdir -p "$work"
cd "$top"
./ecoscore --version >/dev/null          # builds the jar on first use
jar="$top/target/ecoscore.jar"
fw="$here/framework-150"
javac -d "$work/classes" -cp "$jar" "$here/SaxBaseline.java"
heap="${BENCH_HEAP:--Xmx800m}"
csv_fw="${CSV_FRAMEWORK:-$top/indicators/ai-innovation-modes}"
unset ECOSCORE_JAVA_OPTS                # the launcher's own choices, as a user gets them

# measure LABEL CMD... → appends "LABEL wall_s rss_mb" for each run to $work/times.txt
measure() {
  local label="$1"; shift
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v "$@" >"$work/last.out" 2>"$work/last.err" || { echo "failed: $*" >&2; tail -5 "$work/last.err" >&2; exit 1; }
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$work/last.err" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/last.err" | awk '{print $NF}')
    echo "$label $wall $rss" >>"$work/times.txt"
    echo "  $label round ${k:-$i}: $wall, $((rss / 1024)) MB" >&2
  done
}

: >"$work/times.txt"
# (s) start-up: the README's sample run (after one run that makes the class-data archive) vs a bare JVM start
sample=(score samples/firms-wjx.xlsx samples/firms-tencent-gbk.csv --region-data samples/regions.xlsx -q
  -o "$work/sample-report.xlsx" --csv "$work/sample-csv")
./ecoscore "${sample[@]}"
for ((k = 1; k <= rounds; k++)); do
  measure "s:bare" java -jar "$jar" --version
  measure "s:sample" ./ecoscore "${sample[@]}"
done
for n in "${sizes[@]}"; do
  firms="$work/firms-$n.xlsx"; regions="$work/regions-$n.xlsx"
  if [ ! -f "$firms" ]; then
    echo "generating $n firms…" >&2
    java -jar "$jar" sample --firms "$n" --seed 7 -f "$fw" -o "$firms" --region-output "$regions"
  fi
  echo "xlsx $n firms ($(du -m "$firms" | cut -f1) MB)" >&2
done
# the sizes in turn within each round (round 1: 10k, 30k, 100k; round 2: …), so that the marginal cost per
# million cells, taken per round from neighbouring sizes, compares runs a minute apart rather than many minutes
for ((k = 1; k <= rounds; k++)); do
  for n in "${sizes[@]}"; do
    firms="$work/firms-$n.xlsx"; regions="$work/regions-$n.xlsx"
    measure "a:$n" java "$heap" -cp "$jar:$work/classes" SaxBaseline "$firms"
    measure "b:$n" ./ecoscore score "$firms" --region-data "$regions" -f "$fw" -q \
      -o "$work/report-$n.xlsx" --csv "$work/csv-$n"
    measure "c:$n" ./ecoscore validate "$firms" --region-data "$regions" -f "$fw" -q
    # (d) the same batch scored against the run above as baseline (--baseline, issue 11: ≤ 1.2× (b)), given
    # its CSV folder (d) and its report (e); at BASELINE_SIZES only (default 30000)
    if [[ " ${BASELINE_SIZES:-30000} " == *" $n "* ]]; then
      measure "d:$n" ./ecoscore score "$firms" --region-data "$regions" -f "$fw" -q --baseline "$work/csv-$n" \
        -o "$work/report-$n-vs.xlsx" --csv "$work/csv-$n-vs"
      measure "e:$n" ./ecoscore score "$firms" --region-data "$regions" -f "$fw" -q --baseline "$work/report-$n.xlsx" \
        -o "$work/report-$n-vs.xlsx" --csv "$work/csv-$n-vs"
    fi
  done
done

# (f) the share of obstacles, validity and highlights in a run of the largest batch (issue 14: ≤ 10 % on 100k): one
# more (b) run per round recorded with JFR (JDK_JAVA_OPTIONS adds it to the launcher's own settings), its CPU samples
# attributed by bench/feature_shares.py, the rounds' samples pooled (one run's share moves by about a point from run
# to run); SHARES=0 skips it
if [ "${SHARES:-1}" != 0 ] && [ ${#sizes[@]} -gt 0 ]; then
  n="${sizes[-1]}"
  echo "size $n" >"$work/shares.txt"
  for ((k = 1; k <= rounds; k++)); do
    rm -f "$work/shares.jfr"
    JDK_JAVA_OPTIONS="-XX:StartFlightRecording=filename=$work/shares.jfr,settings=profile" ./ecoscore score \
      "$work/firms-$n.xlsx" --region-data "$work/regions-$n.xlsx" -f "$fw" -q -o "$work/report-$n.xlsx" \
      --csv "$work/csv-$n" >/dev/null 2>"$work/shares.err" || { echo "failed: shares run" >&2; tail -5 "$work/shares.err" >&2; exit 1; }
    # every frame of each sample's stack (jfr print shows 5 by default: a sample deep in a feature's helpers, such as
    # the number formatting under obstacles.csv, was not counted for the feature; JFR records up to 64 frames)
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$work/shares.jfr" | python3 "$here/feature_shares.py" >"$work/shares-run.txt"
    cat "$work/shares-run.txt" >>"$work/shares.txt"
    echo "  shares at $n, round $k: $(tr '\n' ' ' <"$work/shares-run.txt")" >&2
  done
fi

# (g) Word briefs per region (issue 14: linear in regions): the same 3,100 firms of the built-in framework spread over
# 8 and over 31 regions, scored with and without --briefs; BRIEFS=0 skips it
if [ "${BRIEFS:-1}" != 0 ]; then
  for r in 8 31; do
    f="$work/briefs-$r.csv"
    [ -f "$f" ] || python3 "$here/make_csv.py" "$top/indicators/default" 3100 "$f" "$r"
    for ((k = 1; k <= rounds; k++)); do
      measure "g:plain$r" ./ecoscore score "$f" -q -o "$work/briefs-$r.xlsx" --csv "$work/briefs-$r-csv"
      measure "g:briefs$r" ./ecoscore score "$f" -q -o "$work/briefs-$r.xlsx" --csv "$work/briefs-$r-csv" \
        --briefs "$work/briefs-$r"
    done
  done
fi

# (t) trend (issue 11): TREND_YEARS years (default 5; 0 skips) of TREND_FIRMS firms (default 30000) × 150
# questions, pooled yardstick, workbook and CSV, against one year's score with the same outputs (target ≤ 6×)
trend_years="${TREND_YEARS:-5}"; trend_firms="${TREND_FIRMS:-30000}"
if [ "$trend_years" != 0 ]; then
  targs=()
  for ((k = 1; k <= trend_years; k++)); do
    f="$work/trend-$trend_firms-$k.xlsx"; r="$work/trend-$trend_firms-$k-regions.xlsx"
    [ -f "$f" ] || java -jar "$jar" sample --firms "$trend_firms" --seed $((100 + k)) -f "$fw" -o "$f" --region-output "$r"
    targs+=(--year $((2019 + k)) "$f" --region-data "$r")
  done
  for ((k = 1; k <= rounds; k++)); do
    measure "t:score" ./ecoscore score "$work/trend-$trend_firms-1.xlsx" --region-data "$work/trend-$trend_firms-1-regions.xlsx" \
      -f "$fw" -q -o "$work/trend-score.xlsx" --csv "$work/trend-score-csv"
    measure "t:trend" ./ecoscore trend "${targs[@]}" -f "$fw" -q -o "$work/trend.xlsx" --csv "$work/trend-csv"
  done
  echo "trend $trend_years years × $trend_firms firms" >"$work/trend-shape.txt"
fi

if [ "$csv_rows" != 0 ]; then
  big="$work/firms-$csv_rows.csv"
  [ -f "$big" ] || python3 "$here/make_csv.py" "$csv_fw" "$csv_rows" "$big"
  echo "csv $csv_rows rows ($(du -m "$big" | cut -f1) MB)" >&2
  for ((k = 1; k <= rounds; k++)); do
    measure "b:csv$csv_rows" ./ecoscore score "$big" -f "$csv_fw" -q -o "$work/report-csv.xlsx" --csv "$work/csv-csv"
    measure "c:csv$csv_rows" ./ecoscore validate "$big" -f "$csv_fw" -q
  done
fi

python3 "$here/results.py" "$work/times.txt" "$here/RESULTS.md" "$heap" "$rounds"
cat "$here/RESULTS.md"
