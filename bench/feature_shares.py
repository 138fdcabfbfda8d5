"""Share of a run's CPU samples spent in obstacle degrees, validity and highlights (issue 14: each ≤ 10 % on 100k).

Reads `jfr print --stack-depth 64 --events jdk.ExecutionSample RECORDING.jfr` from stdin (a recording of one `ecoscore score` run
made by bench/run.sh with JFR's `profile` settings: a sample of each thread running Java code every 10-20 ms)
and prints one line per feature, "FEATURE SAMPLES TOTAL": the samples whose stack holds one of the feature's
classes, and all samples of the run. A sample counts for every feature in its stack (a feature's own work
only: the classes below are the feature's and nothing else calls into them). The garbage collector's and
the JIT compiler's threads are not sampled by JFR, so the shares are of the Java threads' CPU time. The stacks must
be printed whole (`--stack-depth 64`, what JFR records): `jfr print` shows 5 frames unless told, and a sample five
frames below a feature's own classes (the shortest-digits code under obstacles.csv) then counts for no feature.
"""
import re
import sys

FEATURES = {
    # the obstacle degree of every unit and node (SPEC §4.8), its sheet and obstacles.csv
    "obstacles": ("org.ecoscore.score.ObstacleDegrees", "org.ecoscore.report.ObstaclesSheet",
                  "org.ecoscore.report.ObstaclesCsv"),
    # construct validity: correlations, KMO, Bartlett, factor analysis, its sheet and validity.csv
    "validity": ("org.ecoscore.score.ValidityCalculator", "org.ecoscore.score.FactorAnalysis",
                 "org.ecoscore.score.Validity", "org.ecoscore.report.ValiditySheet",
                 "org.ecoscore.report.CsvTables.validity"),
    # the Summary's highlights, leading regions and the diagnosis of what a region should do next
    "highlights": ("org.ecoscore.report.Highlights", "org.ecoscore.report.LeadingRegions",
                   "org.ecoscore.report.Diagnosis"),
}

FRAME = re.compile(r"^\s+([\w.$<>]+)\(", re.M)


def shares(text):
    counts = {f: 0 for f in FEATURES}
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = FRAME.findall(event)
        if not frames:
            continue
        total += 1
        for feature, prefixes in FEATURES.items():
            if any(fr.startswith(p) for fr in frames for p in prefixes):
                counts[feature] += 1
    return counts, total


if __name__ == "__main__":
    counts, total = shares(sys.stdin.read())
    for feature, n in counts.items():
        print(feature, n, total)
