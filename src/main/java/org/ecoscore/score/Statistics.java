package org.ecoscore.score;

import java.util.List;

/**
 * SPEC §4.7: per-question, per-node, reliability and group statistics; SPEC §8: validity of the named-scale items
 * of each subsystem and of the whole framework.
 */
public record Statistics(List<QuestionStat> questions, List<NodeStat> nodes, List<Reliability> reliability,
                         List<GroupStat> groups, List<Validity> validity) {
    public Statistics {
        questions = List.copyOf(questions);
        nodes = List.copyOf(nodes);
        reliability = List.copyOf(reliability);
        groups = List.copyOf(groups);
        validity = List.copyOf(validity);
    }

    /** Without validity analyses. */
    public Statistics(List<QuestionStat> questions, List<NodeStat> nodes, List<Reliability> reliability,
                      List<GroupStat> groups) {
        this(questions, nodes, reliability, groups, List.of());
    }
}
