package org.ecoscore.score;

import java.util.List;

/** SPEC §4.7: per-question, per-node, reliability and group statistics. */
public record Statistics(List<QuestionStat> questions, List<NodeStat> nodes, List<Reliability> reliability,
                         List<GroupStat> groups) {
    public Statistics {
        questions = List.copyOf(questions);
        nodes = List.copyOf(nodes);
        reliability = List.copyOf(reliability);
        groups = List.copyOf(groups);
    }
}
