package org.ecoscore.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Severity;
import org.junit.jupiter.api.Test;

class ReliabilityWarningsTest {
    private static Reliability rel(String node, double alpha) {
        return rel(node, alpha, 40);
    }

    private static Reliability rel(String node, double alpha, int cases) {
        return new Reliability(node, List.of("Q1", "Q2"), cases, alpha, new double[2], new double[2]);
    }

    @Test
    void alphaBelowPointSevenIsALowReliabilityWarning() {
        IssueLog log = new IssueLog();
        ReliabilityWarnings.add(List.of(rel("A1", 0.62), rel("A2", 0.7), rel("A3", Double.NaN), rel("A4", 0.91)),
                log);
        assertEquals(1, log.size(), "only A1: 0.7 itself passes, NaN (not computable) is not reported");
        Issue i = log.all().get(0);
        assertEquals("low-reliability", i.code());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals("Cronbach's α of A1 is 0.62 (< 0.7, 40 complete cases): its items may not measure one thing; "
                + "review the questions Q1, Q2", i.message());
    }

    @Test
    void fewerThanThirtyCompleteCasesGiveNoWarning() {
        // a pilot round of a few firms: α = −34.5 from 3 cases says nothing about the items
        IssueLog log = new IssueLog();
        ReliabilityWarnings.add(List.of(rel("A1", -34.5, 3), rel("A2", 0.5, 29), rel("A3", 0.5, 30)), log);
        assertEquals(1, log.size());
        assertEquals("Cronbach's α of A3 is 0.50 (< 0.7, 30 complete cases): its items may not measure one thing; "
                + "review the questions x", log.all().get(0).message().replace("Q1, Q2", "x"));
    }

    @Test
    void cronbachOfTwoParallelItemsFeedsTheWarning() {
        // items x = (1, 2, 3), y = (3, 1, 2): var x = var y = 1, totals (4, 3, 5) var 1 → α = 2·(1 − 2/1) = −2
        Reliability r = Cronbach.of("B", List.of("x", "y"), new double[][] {{1, 2, 3}, {3, 1, 2}});
        assertEquals(-2.0, r.alpha(), 1e-12);
        assertEquals(3, r.cases());
        IssueLog log = new IssueLog();
        ReliabilityWarnings.add(List.of(r), log);
        assertEquals(0, log.size(), "3 complete cases are too few to warn on");
    }
}
