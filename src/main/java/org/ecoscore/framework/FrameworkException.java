package org.ecoscore.framework;

import java.util.List;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;

/**
 * A framework refused (SPEC §1): every problem found, each as {@code file:line: what is wrong}; exit code 3.
 * The message lists them all and says what to do in English; the catalogue (report.ErrorMessages) says it in
 * Chinese, each problem by its code (report.FrameworkProblemWords).
 */
public final class FrameworkException extends EcoscoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public FrameworkException(String location, List<Problem> problems) {
        super(ExitCode.INPUT, location, message(location, problems.stream().map(Problem::text).toList()));
        this.problems = List.copyOf(problems);
        coded("framework-refused", "count", problems.size(), "location", location);
    }

    /** Every problem as its English line {@code file:line: message}, in the order found. */
    public List<String> problems() {
        return problems.stream().map(Problem::text).toList();
    }

    /** Every problem, in the order found (file order within each file). */
    public List<Problem> problemList() {
        return problems;
    }

    private static String message(String location, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("the framework is refused, ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (String p : problems) sb.append(System.lineSeparator()).append("  ").append(p);
        sb.append(System.lineSeparator()).append("Fix ").append(problems.size() == 1 ? "it" : "them")
                .append(" in the framework files (see docs/framework-format.md) and run again; `ecoscore framework check -f ")
                .append(location).append("` lists them.");
        return sb.toString();
    }
}
