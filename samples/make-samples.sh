#!/usr/bin/env bash
# Regenerates the sample files from the default framework (deterministic: fixed seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
./ecoscore sample --firms 60 --seed 2026 -o samples/firms-wjx.xlsx --region-output samples/regions.xlsx
python3 samples/make_gbk_csv.py indicators/default samples/firms-tencent-gbk.csv
