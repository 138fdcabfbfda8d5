package org.ecoscore.result;

import java.util.List;

/**
 * How a run used its baseline ({@code --baseline}, SPEC §7): which earlier run it was, whether its framework
 * is the same, the nodes that cannot be compared (with the reason), and whose yardstick was used.
 *
 * @param source          the baseline as given on the command line
 * @param kind            {@code report} (.xlsx) or {@code csv} (folder)
 * @param toolVersion     the ecoscore version that wrote the baseline
 * @param frameworkName   the baseline's framework name
 * @param fingerprint     the baseline's framework fingerprint
 * @param sameFramework   true when the fingerprints are equal
 * @param yardstick       {@code baseline} or {@code current}
 * @param comparableNodes the nodes (over both levels) defined alike in both runs
 * @param notComparable   the nodes that are not, each with the reason
 * @param frozenQuestions the number/percent questions normalised on the baseline's bounds
 */
public record BaselineUse(String source, String kind, String toolVersion, String frameworkName, String fingerprint,
                          boolean sameFramework, String yardstick, int comparableNodes,
                          List<NotComparable> notComparable, int frozenQuestions) {
    public BaselineUse {
        notComparable = List.copyOf(notComparable);
    }

    /** A node of this run that cannot be compared with the baseline. */
    public record NotComparable(String level, String code, String reason) {
    }
}
