package org.ecoscore.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.report.ErrorMessages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's command-line errors in Chinese: what kind of error (from picocli's exception, its option or parameter
 * and value — not from its English words, except to tell apart the kinds one exception class stands for) as a
 * {@code usage.*} code of the catalogue (report.ErrorMessages) with its specifics. An error of a kind the catalogue
 * does not know keeps picocli's English text inside a Chinese frame.
 */
final class UsageErrors {
    /** picocli's own converters: {@code 'abc' is not an int}, {@code … is not a double}. */
    private static final Pattern BUILT_IN = Pattern.compile("'.*' is not an? (\\w+)", Pattern.DOTALL);

    private UsageErrors() {
    }

    /** The error in Chinese, without the {@code ecoscore：} in front. */
    static String chinese(ParameterException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        Map<String, String> p = new LinkedHashMap<>();
        String code = code(ex, m, p);
        String zh = code == null ? null : ErrorMessages.message(code, p);
        if (zh != null) return zh;
        p.clear();
        p.put("message", m);
        return ErrorMessages.message("usage.other", p);
    }

    /**
     * picocli's suggestions in Chinese: options like the unknown one, or the commands meant, in full
     * ({@code ecoscore framework check}); null when it has none.
     */
    static String suggestions(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) return null;
        if (u.isUnknownOption()) {
            return ErrorMessages.message("usage.possible-options",
                    Map.of("suggestions", String.join("、", u.getSuggestions())));
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        List<String> meant = new ArrayList<>();
        for (String s : u.getSuggestions()) meant.add(command + " " + s);
        return ErrorMessages.message("usage.did-you-mean", Map.of("suggestions", String.join(" 或 ", meant)));
    }

    /** The hint after the message: run the command with --help. */
    static String hint(String command) {
        return ErrorMessages.message("usage.hint", Map.of("command", command));
    }

    private static String code(ParameterException ex, String m, Map<String, String> p) {
        if (ex instanceof CodedUsage.Parameter c) return c.code();
        if (ex instanceof UnmatchedArgumentException u) {
            p.put("args", quoted(u.getUnmatched()));
            return u.isUnknownOption() ? "usage.unknown-option" : "usage.unmatched";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            if (o.getOverwritten() == null) return null;
            p.put("option", name(o.getOverwritten()));
            return "usage.option-twice";
        }
        if (ex instanceof CommandLine.MissingParameterException mp) {
            List<ArgSpec> missing = mp.getMissing() == null ? List.of() : mp.getMissing();
            if (m.startsWith("Expected parameter") || m.startsWith("Missing required parameter for option")) {
                ArgSpec a = ex.getArgSpec() != null ? ex.getArgSpec() : missing.isEmpty() ? null : missing.get(0);
                if (a == null) return null;
                p.put("option", name(a));
                p.put("label", a.paramLabel());
                return "usage.option-needs-value";
            }
            if (missing.isEmpty()) return null;
            List<String> names = new ArrayList<>();
            boolean options = false;
            for (ArgSpec a : missing) {
                names.add(a instanceof OptionSpec o ? o.longestName() + "=" + o.paramLabel() : a.paramLabel());
                options |= a instanceof OptionSpec;
            }
            p.put("missing", String.join("、", names));
            return options ? "usage.missing-option" : "usage.missing-parameter";
        }
        if (m.startsWith("Invalid value for") && ex.getArgSpec() != null && ex.getValue() != null) {
            p.put("option", name(ex.getArgSpec()));
            p.put("value", ex.getValue());
            String why = why(ex.getCause());
            if (why == null) return null;
            p.put("why", why);
            return "usage.invalid-value";
        }
        return null;
    }

    /** Why a value was refused, in Chinese: our converters' coded reasons, picocli's for numbers; else null. */
    private static String why(Throwable cause) {
        if (cause instanceof CodedUsage.Conversion c) {
            Map<String, String> p = new LinkedHashMap<>(c.params());
            p.computeIfPresent("allowed", (k, v) -> v.replace(", ", "、"));
            return ErrorMessages.message(c.code(), p);
        }
        if (cause == null || cause.getMessage() == null) return null;
        Matcher t = BUILT_IN.matcher(cause.getMessage());
        if (!t.matches()) return null;
        return switch (t.group(1)) {
            case "int", "long", "short", "byte" -> ErrorMessages.message("usage.not-integer", Map.of());
            case "double", "float", "BigDecimal" -> ErrorMessages.message("usage.not-number", Map.of());
            default -> null;
        };
    }

    /** An option by its longest name, a positional parameter by its label. */
    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) return o.longestName();
        return a instanceof PositionalParamSpec pp ? pp.paramLabel() : a.paramLabel();
    }

    private static String quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add("“" + w + "”");
        return String.join("、", q);
    }
}
