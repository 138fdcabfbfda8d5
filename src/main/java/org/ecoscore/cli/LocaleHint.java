package org.ecoscore.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecoscore.report.Labels;

/**
 * The one line that says why the console is in English on a Chinese-speaking machine: the environment asks for
 * Chinese ({@code LC_ALL}, else {@code LC_MESSAGES}, else {@code LANG}, as the C library reads them, starts with
 * {@code zh}) but Java's display locale came out non-Chinese (the {@code zh_CN} locale is not installed), and
 * {@code --lang} was not given — {@link LangOption#consoleEnglish(org.ecoscore.core.Options.Lang, Locale)}'s
 * rule then picked English. Printed at most once per run, on standard error (never in a JSON standard output),
 * in both languages (the reader's language is the one in question); not under {@code -q}.
 */
final class LocaleHint {
    private LocaleHint() {
    }

    /** The locale the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
    static String requested(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return "";
    }

    /** The hint for this command line, environment and display locale; null when none is due. */
    static String hint(String[] args, Map<String, String> env, Locale display) {
        if (ErrorHandler.langGiven(args) != null || quiet(args)) return null;
        if (!LangOption.consoleEnglish(null, display)) return null;
        if (!requested(env).toLowerCase(Locale.ROOT).startsWith("zh")) return null;
        return new Labels(true).get("console.localeHint") + " " + new Labels(false).get("console.localeHint");
    }

    /** Prints the hint, if due, as one line on {@code err}. */
    static void print(String[] args, Map<String, String> env, Locale display, PrintWriter err) {
        String h = hint(args, env, display);
        if (h == null) return;
        err.println(h);
        err.flush();
    }

    private static boolean quiet(String[] args) {
        for (String a : args) {
            if (a.equals("--")) break;
            if (a.equals("-q") || a.equals("--quiet")) return true;
        }
        return false;
    }
}
