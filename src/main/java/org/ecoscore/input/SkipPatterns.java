package org.ecoscore.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.ecoscore.core.EcoscoreException;

/**
 * {@code --skip-file GLOB}: input files to pass over (a codebook, a summary workbook or last year's export kept beside the
 * answers). A file is skipped when a pattern matches its name ({@code 说明*.xlsx}), its path within the folder
 * given ({@code old/**}, {@code 2025/*.csv}), that path after the folder's own name ({@code surveys/old/a.xlsx}) or its
 * path as shown; a pattern that matches a folder within the folder given ({@code old}, {@code old/}, {@code 202?})
 * passes over everything in it. {@code /} separates folders on every system. Patterns are globs as Java's file system
 * reads them: {@code *} any characters within a folder name, {@code **} across folders, {@code ?} one character,
 * {@code {a,b}} either, {@code [...]} one of.
 */
public final class SkipPatterns {
    private final List<String> patterns;
    private final List<PathMatcher> matchers;

    private SkipPatterns(List<String> patterns, List<PathMatcher> matchers) {
        this.patterns = patterns;
        this.matchers = matchers;
    }

    /**
     * @throws EcoscoreException exit 2 for a pattern that is no glob (an unclosed {@code [} or <code>{</code>)
     */
    public static SkipPatterns of(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String p : patterns) {
            String glob = p.replace('\\', '/');
            while (glob.length() > 1 && glob.endsWith("/")) glob = glob.substring(0, glob.length() - 1);
            if (glob.isBlank()) {
                throw EcoscoreException.usage("--skip-file needs a pattern of file names, e.g. --skip-file '说明*.xlsx';"
                        + " see README, \"Input folders\".").coded("skip-file-blank");
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw EcoscoreException.usage("--skip-file " + p + " is not a file-name pattern (" + reason(e)
                        + "): close every [ and { it opens, e.g. --skip-file '说明*.xlsx'; see README, \"Input folders\".")
                        .coded("skip-file-pattern", "pattern", p, "reason", reason(e));
            }
        }
        return new SkipPatterns(List.copyOf(patterns), List.copyOf(matchers));
    }

    private static String reason(Exception e) {
        return e instanceof PatternSyntaxException pse ? pse.getDescription() : String.valueOf(e.getMessage());
    }

    /**
     * The first pattern (as typed) that matches the file, or null.
     *
     * @param relative the file's path within the folder given (its name, for a file given by itself), '/'-separated
     * @param display  the file's path as shown (the folder as given, then the relative path)
     * @param folder   the name of the folder given (its last part), null for a file given by itself
     */
    String matching(String relative, String display, String folder) {
        if (matchers.isEmpty()) return null;
        String rel = relative.replace('\\', '/');
        String shown = display.replace('\\', '/');
        int slash = rel.lastIndexOf('/');
        String name = slash < 0 ? rel : rel.substring(slash + 1);
        for (int i = 0; i < matchers.size(); i++) {
            PathMatcher m = matchers.get(i);
            if (matches(m, name) || matches(m, rel) || matches(m, shown)
                    || (folder != null && matches(m, folder + "/" + rel))) {
                return patterns.get(i);
            }
            // a folder within the folder given, and everything in it
            for (int at = rel.indexOf('/'); at > 0; at = rel.indexOf('/', at + 1)) {
                if (matches(m, rel.substring(0, at))) return patterns.get(i);
            }
        }
        return null;
    }

    private static boolean matches(PathMatcher m, String path) {
        if (path.isEmpty()) return false;
        try {
            return m.matches(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
