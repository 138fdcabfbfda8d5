"""Turns bench/work/times.txt into bench/RESULTS.md (medians, ratios b/a, linearity)."""
import platform, statistics, subprocess, sys, datetime, os

times, out, heap, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

def secs(s):
    parts = [float(p) for p in s.split(":")]
    v = 0.0
    for p in parts:
        v = v * 60 + p
    return v

data = {}
for line in open(times):
    label, wall, rss = line.split()
    data.setdefault(label, []).append((secs(wall), int(rss) / 1024))

def ratio(top, bottom):
    """The median over the rounds of top/bottom, each round's pair taken together (bench/run.sh measures every label
    once per round, in turn, so that a slower or faster spell of the host falls on both sides of a round's ratio);
    the ratio of the medians when the counts differ."""
    t, b = data.get(top), data.get(bottom)
    if not t or not b:
        return None
    if len(t) != len(b):
        return statistics.median(r[0] for r in t) / statistics.median(r[0] for r in b)
    return statistics.median(x[0] / y[0] for x, y in zip(t, b))


def med(label):
    rows = data.get(label)
    if not rows:
        return None, None
    return statistics.median(r[0] for r in rows), max(r[1] for r in rows)

sizes = sorted({int(l.split(":")[1]) for l in data if l.split(":")[1].isdigit()})
cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
lines = [
    "# Benchmark results",
    "",
    f"Measured {datetime.date.today()} on {cpu} cores ({platform.machine()}), {runs} rounds, every measurement once per "
    "round and in turn: wall seconds the median over the rounds, each ratio the median of the rounds' own ratios "
    "(a round's two sides run minutes apart, so a slower or faster spell of the host falls on both), peak RSS the "
    "largest of the runs. ecoscore runs through `./ecoscore` with the launcher's own "
    f"JVM settings, as users get it; the SAX baseline with {heap}. Reproduce with `bench/run.sh` (see README, Performance).",
    "",
    "| input | cells | (a) SAX baseline s | (b) score s | (b)/(a) | (c) validate s | RSS (a) MB | RSS (b) MB | RSS (c) MB | (b) s per M cells |",
    "|---|---|---|---|---|---|---|---|---|---|",
]
sb, rsb = med("s:bare")
ss, rss_ = med("s:sample")
if sb is not None and ss is not None:
    lines[-2:-2] = []
    start = [f"Start-up: the README's sample run (84 firms, 23 regions, report and CSV) {ss:.2f} s against a bare JVM "
             f"start (`java -jar target/ecoscore.jar --version`) {sb:.2f} s in the same run: **{ratio('s:sample', 's:bare'):.2f}×** "
             f"(target ≤ 4×); peak RSS {rss_:.0f} MB.", ""]
    lines[4:4] = start
per_cell = {}
for n in sizes:
    a, ra = med(f"a:{n}")
    b, rb = med(f"b:{n}")
    c, rc = med(f"c:{n}")
    cells = n * 150
    per_cell[n] = b / (cells / 1e6)
    lines.append(f"| xlsx {n:,} firms × 150 | {cells/1e6:.1f} M | {a:.2f} | {b:.2f} | {ratio(f'b:{n}', f'a:{n}'):.2f} | {c:.2f} | "
                 f"{ra:.0f} | {rb:.0f} | {rc:.0f} | {per_cell[n]:.3f} |")
for l in sorted(data):
    if l.startswith("b:csv"):
        n = l[5:]
        b, rb = med(l)
        c, rc = med("c:csv" + n)
        lines.append(f"| csv {int(n):,} rows × 21 questions (ai-innovation-modes) | | | {b:.2f} | | {c:.2f} | | {rb:.0f} | {rc:.0f} | |")
for n in sizes:
    b, _ = med(f"b:{n}")
    d, rd = med(f"d:{n}")
    e, re_ = med(f"e:{n}")
    if d is not None:
        lines += ["", f"--baseline at {n:,} × 150 (the same batch against the run above, every firm matched): "
                  f"{d:.2f} s with its CSV folder (**{ratio(f'd:{n}', f'b:{n}'):.2f}×** the plain run), "
                  + (f"{e:.2f} s with its report (**{ratio(f'e:{n}', f'b:{n}'):.2f}×**)" if e is not None else "")
                  + f"; peak RSS {rd:.0f} MB (target ≤ 1.2×)."]
if sizes and len(sizes) > 1:
    base = per_cell[sizes[0]]
    lines += ["", "Linearity (score seconds per million cells, relative to the smallest batch): " +
              ", ".join(f"{n:,}: {per_cell[n]/base:.2f}×" for n in sizes)]
    marg = []
    for lo, hi in zip(sizes, sizes[1:]):
        # per round (bench/run.sh runs the sizes in turn within a round: a minute apart), then the median over the rounds
        los, his = data[f"b:{lo}"], data[f"b:{hi}"]
        cells = (hi - lo) * 150 / 1e6
        if len(los) == len(his):
            m = statistics.median((y[0] - x[0]) / cells for x, y in zip(los, his))
        else:
            m = (med(f"b:{hi}")[0] - med(f"b:{lo}")[0]) / cells
        marg.append((lo, hi, m))
    verdict = ""
    if len(marg) >= 2 and marg[0][2] > 0:
        spread = max(m for _, _, m in marg) / min(m for _, _, m in marg) - 1
        verdict = (f"; the larger is {100 * spread:.0f} % above the smaller (target: within 15 %"
                   f"{', met' if spread <= 0.15 else ', not met'})")
    lines += ["", "Marginal cost (score seconds per extra million cells): " +
              ", ".join(f"{lo:,}→{hi:,}: {m:.3f} s" for lo, hi, m in marg) + verdict]
ts, rts = med("t:score")
tt, rtt = med("t:trend")
if ts is not None and tt is not None:
    shape_file = os.path.join(os.path.dirname(times), "trend-shape.txt")
    shape = open(shape_file).read().strip() if os.path.exists(shape_file) else "trend"
    lines += ["", f"Trend (issue 11): {shape} × 150 questions, pooled yardstick, workbook and CSV: {tt:.2f} s against "
              f"one year's score {ts:.2f} s: **{ratio('t:trend', 't:score'):.2f}×** (target ≤ 6×); peak RSS {rtt:.0f} MB (score {rts:.0f} MB)."]
shares_file = os.path.join(os.path.dirname(times), "shares.txt")
if os.path.exists(shares_file):
    rows = [l.split() for l in open(shares_file) if l.strip()]
    size = next((int(r[1]) for r in rows if r[0] == "size"), None)
    # one "FEATURE SAMPLES TOTAL" line per feature and recorded run: the runs' samples pooled per feature
    pooled, recorded = {}, {}
    for r in rows:
        if r[0] == "size":
            continue
        k, t = pooled.get(r[0], (0, 0))
        pooled[r[0]] = (k + int(r[1]), t + int(r[2]))
        recorded[r[0]] = recorded.get(r[0], 0) + 1
    feats = [(f, k, t) for f, (k, t) in pooled.items()]
    if feats and feats[0][2] > 0:
        total = feats[0][2]
        n_runs = recorded[feats[0][0]]
        each = ", ".join(f"{f} {100 * k / total:.1f} %" for f, k, _ in feats)
        together = sum(k for _, k, _ in feats)
        runs_text = "one more recorded (b) run" if n_runs == 1 else f"{n_runs} more recorded (b) runs, their samples pooled"
        lines += ["", f"Obstacles, validity and highlights (issue 14: ≤ 10 % on 100k): share of the Java threads' CPU "
                  f"samples (JFR, {runs_text}, at {size:,} × 150, {total:,} samples; bench/feature_shares.py): "
                  f"{each}; **{100 * together / total:.1f} %** together (an upper bound: a sample in two features counts twice)."]
per_brief = []
for r in (8, 31):
    p, _ = med(f"g:plain{r}")
    b, _ = med(f"g:briefs{r}")
    if p is not None and b is not None:
        per_brief.append((r, b - p, (b - p) / r))
if len(per_brief) == 2:
    (r1, d1, k1), (r2, d2, k2) = per_brief
    lines += ["", f"Word briefs (issue 14: linear in regions; 3,100 firms of the built-in framework, CSV): --briefs adds "
              f"{d1:.2f} s for {r1} regions ({k1:.3f} s per brief) and {d2:.2f} s for {r2} regions ({k2:.3f} s per "
              f"brief): **{k2 / k1:.2f}×** the cost per brief at {r2} regions as at {r1}."]
lines += ["", "Targets (issue 14): start-up ≤ 4× a bare JVM start; (b)/(a) ≤ 0.5 at 30k × 150 and ≤ 0.4 at "
          "100k × 150; peak RSS ≤ 1 GB for 100k × 150 and the 1M-row CSV; marginal cost per million cells within "
          "15% from 10k to 100k."]
notes = os.path.join(os.path.dirname(out), "notes.md")
if os.path.exists(notes):
    lines += ["", open(notes, encoding="utf-8").read().rstrip()]
open(out, "w").write("\n".join(lines) + "\n")
