#!/usr/bin/env bash
# The yearly assessment (docs/annual-assessment.md): score this year's questionnaires against last year's
# outputs and keep everything in a folder per year. For a scheduler: exits 0 only when the year is finished.
#
#   scripts/annual-assessment.sh [-o ROOT] [--yardstick baseline|current] YEAR INPUTS [PREVIOUS] [-- ECOSCORE-OPTIONS…]
#
#   YEAR       the year being assessed, e.g. 2026 (four digits); its outputs go to ROOT/YEAR
#   INPUTS     this year's questionnaires: a folder with firms/ (and optionally regions/), or a folder of firm
#              questionnaires itself
#   PREVIOUS   last year's output folder (ROOT/2025, as this script wrote it), or an earlier report .xlsx or CSV
#              folder; left out in the first year
#   -o ROOT    where the year folders go (default: ./assessments)
#   --yardstick baseline (default) scores this year on last year's normalisation bounds and data-driven weights,
#              so a change is a change in the answers; current uses this year's own (see the doc)
#   after --    further ecoscore score options, e.g. -- --lang en --region-level city -f my-framework/
#
# ECOSCORE is the command that runs ecoscore (split at spaces, e.g. ECOSCORE="java -jar /opt/ecoscore.jar");
# default: the ecoscore launcher in the folder above this script.
#
# Exit codes: 0 the year is finished; 1 ecoscore ran but a check of its summary failed; 2 bad arguments;
# 3 ecoscore stopped with an error (its code and log are shown); 4 the year is already finished (refused).
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
ECOSCORE="${ECOSCORE:-$here/../ecoscore}"

say() { printf '%s\n' "annual-assessment: $*"; }
fail() { code="$1"; shift; printf '%s\n' "annual-assessment: $*" >&2; exit "$code"; }
usage() { fail 2 "$1
usage: $0 [-o ROOT] [--yardstick baseline|current] YEAR INPUTS [PREVIOUS] [-- ECOSCORE-OPTIONS…]"; }

root="assessments"
yardstick="baseline"
positional=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o) [ $# -ge 2 ] || usage "-o needs a folder"; root="$2"; shift 2 ;;
    --yardstick) [ $# -ge 2 ] || usage "--yardstick needs baseline or current"; yardstick="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) usage "unknown option $1 (ecoscore's own options go after --)" ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 2 ] && [ ${#positional[@]} -le 3 ] || usage "give YEAR, INPUTS and (after the first year) PREVIOUS"
year="${positional[0]}"
inputs="${positional[1]}"
previous="${positional[2]:-}"
case "$year" in [12][0-9][0-9][0-9]) ;; *) usage "YEAR must be four digits, like 2026 (got '$year')" ;; esac
case "$yardstick" in baseline|current) ;; *) usage "--yardstick is baseline or current (got '$yardstick')" ;; esac
[ -d "$inputs" ] || usage "INPUTS '$inputs' is not a folder"

firms="$inputs"
regions=""
if [ -d "$inputs/firms" ]; then firms="$inputs/firms"; fi
if [ -d "$inputs/regions" ]; then regions="$inputs/regions"; fi

baseline=""
if [ -n "$previous" ]; then
  if [ -f "$previous/report.xlsx" ]; then baseline="$previous/report.xlsx"
  elif [ -d "$previous/csv" ]; then baseline="$previous/csv"
  elif [ -f "$previous" ] || [ -d "$previous" ]; then baseline="$previous"
  else usage "PREVIOUS '$previous' does not exist: give last year's output folder (with report.xlsx)"
  fi
fi

mkdir -p "$root" || fail 2 "cannot create the output folder '$root'"
final="$root/$year"
work="$root/.$year.work"
failed="$root/$year.failed"
if [ -e "$final" ]; then
  fail 4 "$final already exists: the year $year is finished and is not overwritten. To assess it again, move or delete that folder first."
fi
if [ -f "$work/pid" ] && kill -0 "$(cat "$work/pid")" 2>/dev/null; then
  fail 4 "another assessment of $year is running (process $(cat "$work/pid"), folder $work)"
fi
rm -rf "$work"
mkdir -p "$work"
echo $$ > "$work/pid"
log="$work/run.log"

# the command, logged as run
cmd=($ECOSCORE score "$firms")
if [ -n "$regions" ]; then cmd+=(--region-data "$regions"); fi
cmd+=(-o "$work/report.xlsx" --csv "$work/csv" --json "$work/summary.json")
if [ -n "$baseline" ]; then cmd+=(--baseline "$baseline" --yardstick "$yardstick"); fi
if [ ${#extra[@]} -gt 0 ]; then cmd+=("${extra[@]}"); fi

{
  echo "year: $year"
  echo "started: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "firm questionnaires: $firms"
  echo "region questionnaires: ${regions:-none}"
  echo "baseline: ${baseline:-none (first year)}"
  if [ -n "$baseline" ]; then echo "yardstick: $yardstick"; fi
  printf 'command (run in a work folder, moved here when finished):'; printf ' %q' "${cmd[@]}"; echo
} > "$work/assessment.txt"

# after the work folder is moved to $2: the text outputs that name a path in the work folder (summary.json,
# run.log, csv/run.csv …) are rewritten to name the moved folder, so what they record exists (literal
# replacement, not a pattern; the report workbook's Method sheet keeps the path it was written at)
repath() {
  dest="$1"
  grep -rlF -- "$work" "$dest" 2>/dev/null | while IFS= read -r f; do
    case "$f" in *.json|*.log|*.csv) ;; *) continue ;; esac
    FROM="$work" TO="$dest" awk '{ out = ""; s = $0; from = ENVIRON["FROM"]; to = ENVIRON["TO"];
      while ((i = index(s, from)) > 0) { out = out substr(s, 1, i - 1) to; s = substr(s, i + length(from)) }
      print out s }' "$f" > "$f.repath" && mv "$f.repath" "$f"
  done
}

give_up() {
  code="$1"; shift
  rm -f "$work/pid"
  rm -rf "$failed"
  mv "$work" "$failed"
  repath "$failed"
  fail "$code" "$* — the year $year is not finished; its outputs and log are in $failed (see $failed/run.log)"
}

say "scoring $year${baseline:+ against $baseline (yardstick: $yardstick)}"
set +e
"${cmd[@]}" > "$log" 2>&1
status=$?
set -e
echo "ecoscore exit code: $status" >> "$work/assessment.txt"
if [ "$status" -ne 0 ]; then
  # the lines that name the problem (an unreadable file and why, ecoscore's error message), not just the
  # log's last lines, which after an unreadable file are the summary of the files that were read
  problems="$(grep -E '^ecoscore[:：]|^[[:space:]]*(unreadable: |无法读取：)|^[[:space:]]*(error|错误)[[:space:]]' "$log" | head -n 20 || true)"
  if [ -n "$problems" ]; then printf '%s\n' "$problems" >&2; else tail -n 5 "$log" >&2; fi
  give_up 3 "ecoscore stopped with exit code $status"
fi

# the JSON summary, read without jq: joined into one line, then each key's value taken by pattern
[ -s "$work/summary.json" ] || give_up 1 "ecoscore wrote no JSON summary"
json="$(tr -d '\r\n' < "$work/summary.json")"
value() { printf '%s' "$json" | grep -o "$1" | head -n 1 | grep -o '[0-9][0-9]*$' || true; }
json_exit="$(value '"exit_code"[[:space:]]*:[[:space:]]*[0-9]*')"
errors="$(printf '%s' "$json" | grep -o '"by_severity"[[:space:]]*:[[:space:]]*{[^}]*}' | grep -o '"error"[[:space:]]*:[[:space:]]*[0-9]*' | grep -o '[0-9][0-9]*$' || true)"
scored="$(printf '%s' "$json" | grep -o '"counts"[[:space:]]*:[[:space:]]*{[[:space:]]*"firms"[[:space:]]*:[[:space:]]*{[^}]*}' | grep -o '"scored"[[:space:]]*:[[:space:]]*[0-9]*' | grep -o '[0-9][0-9]*$' || true)"
severity() { printf '%s' "$json" | grep -o '"by_severity"[[:space:]]*:[[:space:]]*{[^}]*}' | grep -o "\"$1\"[[:space:]]*:[[:space:]]*[0-9]*" | grep -o '[0-9][0-9]*$' || true; }
warnings="$(severity warning)"
notes="$(severity info)"
# "1 warning", "3 warnings"
counted() { if [ "$1" = 1 ]; then printf '1 %s' "$2"; else printf '%s %ss' "${1:-?}" "$2"; fi; }
[ "$json_exit" = "0" ] || give_up 1 "the JSON summary says exit_code '${json_exit:-missing}', not 0"
[ "$errors" = "0" ] || give_up 1 "the JSON summary counts ${errors:-an unknown number of} error issue(s): see the Issues sheet of the report"
[ -n "$scored" ] && [ "$scored" -gt 0 ] || give_up 1 "no firm row was scored (counts.firms.scored = '${scored:-missing}')"
if [ -n "$baseline" ]; then
  printf '%s' "$json" | grep -q '"baseline"[[:space:]]*:[[:space:]]*{' || give_up 1 "the JSON summary has no baseline comparison"
  if printf '%s' "$json" | grep -q '"same_framework"[[:space:]]*:[[:space:]]*false'; then
    say "note: the framework differs from last year's; only the comparable nodes are compared (the Method sheet lists the others)" | tee -a "$work/assessment.txt"
  fi
fi
[ -f "$work/report.xlsx" ] || give_up 1 "ecoscore wrote no report"

issues="0 errors, $(counted "$warnings" warning), $(counted "$notes" note)"
echo "finished: $(date -u +%Y-%m-%dT%H:%M:%SZ), $scored firm rows scored; issues: $issues" >> "$work/assessment.txt"
rm -f "$work/pid"
mv "$work" "$final"
repath "$final"
# an earlier failed attempt of this year is out of date now that the year is finished
stale=""
if [ -e "$failed" ]; then rm -rf "$failed" && stale=" (the earlier failed attempt $failed is removed)"; fi
if [ "${warnings:-0}" = 0 ] && [ "${notes:-0}" = 0 ]; then
  where=""
else
  where=" — read them on the Issues sheet of $final/report.xlsx or in $final/csv/issues.csv (the console's lines are in $final/run.log)"
fi
say "$year finished: $scored firm rows scored; issues: $issues$where; outputs in $final (report.xlsx, csv/, summary.json, run.log, assessment.txt)$stale"
