package org.ecoscore.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;

/**
 * Reads one level's inputs into a {@link ResponseTable} (SPEC §2).
 *
 * <p>Inputs are taken in the order given; a folder is scanned recursively and its files taken in sorted
 * path order, skipping Excel lock files ({@code ~$*}) and hidden files and folders, keeping
 * {@code .xlsx .xlsm .xls .csv .tsv} (any other file gives a {@code skipped-file} info issue). A file
 * named twice is read once. Each file is hashed (SHA-256), opened, and read by {@link WorkbookReader}; a
 * file that cannot be read gives an {@code unreadable-file} error and an {@link InputFile} with its reason,
 * and the rest are read.
 */
public final class InputReader {
    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "csv", "tsv");

    private InputReader() {
    }

    /**
     * @param level    FIRM for the positional inputs, REGION for --region-data
     * @param inputs   files and folders as given (folders scanned recursively in sorted path order)
     * @param progress called now and then with the number of data rows read so far (may be a no-op)
     * @throws EcoscoreException exit 2 when an input does not exist
     */
    public static ResponseTable read(Level level, List<String> inputs, Framework framework, Options options,
                                     IssueLog issues, LongConsumer progress) {
        return read(level, inputs, framework, options, issues, progress, SpreadsheetFiles::open);
    }

    /** As {@link #read(Level, List, Framework, Options, IssueLog, LongConsumer)} with another file opener. */
    static ResponseTable read(Level level, List<String> inputs, Framework framework, Options options,
                              IssueLog issues, LongConsumer progress,
                              BiFunction<Path, String, SpreadsheetFile> opener) {
        HeaderMatcher matcher = new HeaderMatcher(framework, level);
        ResponseTable.Builder builder = new ResponseTable.Builder(level, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, builder, issues, new RowCounter(progress), framework.name(),
                options.sheet(), new DeclaredMissing(framework.missingAnswers()),
                new TimeUse(!Double.isNaN(options.minDuration()), options.duplicates()));
        List<Source> files = expand(inputs, SkipPatterns.of(options.skipFiles()), issues);
        for (int i = 0; i < files.size(); i++) {
            Source f = files.get(i);
            builder.addFile(new InputFile(i, f.display(), level, "", "", "", 0, null));
            int rowsBefore = builder.rows();
            int issuesBefore = issues.size();
            String sha = "";
            // the file is hashed on another thread while it is read, and the outcome is what it was when the
            // hash came first: a file that cannot be hashed is unreadable, with nothing read from it
            FileHash hash = new FileHash(f.path(), f.display(), Runtime.getRuntime().availableProcessors() > 1);
            try {
                WorkbookReader.Result result = null;
                EcoscoreException readError = null;
                try (SpreadsheetFile file = opener.apply(f.path(), f.display())) {
                    for (org.ecoscore.core.Detail w : file.encodingDetails()) {
                        issues.add(f.display(), "", 0, "", "mixed-encoding", Severity.WARNING, w.message(), w.params());
                    }
                    result = new WorkbookReader(ctx).read(file, f.display(), i);
                    reportDamagedCells(file, f.display(), issues);
                } catch (EcoscoreException e) {
                    readError = e;
                }
                try {
                    sha = hash.get();
                } catch (EcoscoreException e) {
                    issues.truncate(issuesBefore);
                    throw e;
                }
                if (readError != null) throw readError;
                builder.setFile(i, new InputFile(i, f.display(), level, result.sheet(), result.layout(), sha,
                        result.rows(), null));
            } catch (EcoscoreException e) {
                while (builder.rows() > rowsBefore) builder.dropLastRow();
                issues.add(f.display(), e.sheet(), e.row(), e.column(), "unreadable-file", Severity.ERROR,
                        e.getMessage(), reasonParams(e));
                builder.setFile(i, new InputFile(i, f.display(), level, "", "", sha, 0, e.getMessage()));
            }
        }
        return builder.build();
    }

    /**
     * The {@code unreadable-file} issue's parameters: {@code reason}, the exception's English message, and,
     * when the exception names its message for the catalogue, {@code reason@code} and its specifics as
     * {@code reason.NAME}, so that the report can say the reason in its own language.
     */
    static java.util.Map<String, String> reasonParams(EcoscoreException e) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("reason", e.getMessage());
        if (!e.code().isEmpty()) {
            p.put("reason@code", e.code());
            e.params().forEach((k, v) -> p.put("reason." + k, v));
        }
        return p;
    }

    /** One {@code damaged-cell} warning per damaged cell (the first 100), then one saying how many more. */
    static void reportDamagedCells(SpreadsheetFile file, String display, IssueLog issues) {
        List<DamagedCell> cells = file.damagedCells();
        for (DamagedCell d : cells) {
            issues.add(display, "", d.row(), org.ecoscore.core.Text.columnLetters(d.column()), DamagedCell.CODE,
                    Severity.WARNING, d.message(), d.params());
        }
        int more = file.damagedCellCount() - cells.size();
        if (more > 0) {
            issues.add(display, "", 0, "", DamagedCell.CODE, Severity.WARNING, more + " more damaged cells after"
                    + " the " + cells.size() + " listed: the file is badly damaged; export it again",
                    org.ecoscore.core.Issue.paramsOf("form", "more", "count", more, "listed", cells.size()));
        }
    }

    /** A file to read: where it is and how it is shown. */
    record Source(Path path, String display) {
    }

    /** As {@link #expand(List, SkipPatterns, IssueLog)} with no file skipped. */
    static List<Source> expand(List<String> inputs, IssueLog issues) {
        return expand(inputs, SkipPatterns.of(List.of()), issues);
    }

    /**
     * The files of the inputs, folders expanded, less those {@code skip} matches (each an info issue); exit 2 for an
     * input that does not exist.
     */
    static List<Source> expand(List<String> inputs, SkipPatterns skip, IssueLog issues) {
        List<Source> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                throw new EcoscoreException(ExitCode.USAGE, input, "no such file or folder: " + input)
                        .coded("no-such-input/named", "path", input);
            }
            if (!Files.isDirectory(p)) {
                Path name = p.getFileName();
                String pattern = skip.matching(name == null ? input : name.toString(), input, null);
                if (pattern != null) {
                    skipped(issues, input, pattern);
                } else if (seen.add(p.toAbsolutePath().normalize())) {
                    out.add(new Source(p, input));
                }
                continue;
            }
            String prefix = input.replaceAll("[/\\\\]+$", "");
            Path base = p.toAbsolutePath().normalize().getFileName();
            String folderName = base == null ? null : base.toString();
            List<String> relative = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).forEach(f -> {
                    Path rel = p.relativize(f);
                    if (!hiddenOrLock(rel)) relative.add(join(rel));
                });
            } catch (IOException | UncheckedIOException e) {
                throw new EcoscoreException(ExitCode.INPUT, input, "cannot list the folder: " + e.getMessage()
                        + "; check that it can be read", e).coded("folder-cannot-list", "detail", e.getMessage());
            }
            relative.sort(null);
            for (String rel : relative) {
                String display = prefix.isEmpty() ? rel : prefix + "/" + rel;
                Path f = p.resolve(rel);
                String[] own;
                String pattern = skip.matching(rel, display, folderName);
                if (pattern != null) {
                    skipped(issues, display, pattern);
                } else if (!EXTENSIONS.contains(extension(rel))) {
                    issues.add(display, "", 0, "", "skipped-file", Severity.INFO,
                            "not a questionnaire (.xlsx .xlsm .xls .csv .tsv): skipped", java.util.Map.of());
                } else if (OwnWorkbook.mayBe(rel) && (own = OwnWorkbook.of(f, display)) != null) {
                    // a report saved beside the exports (new-user finding: an unreadable file, exit 3, on every later
                    // run, and -o over it refused as over an input) is ecoscore's own output: passed over
                    issues.add(display, "", 0, "", "skipped-file", Severity.INFO, "this is an ecoscore report (sheets "
                            + own[0] + " and " + own[1] + "), not a questionnaire: skipped (to compare with it, give it"
                            + " to --baseline)", org.ecoscore.core.Issue.paramsOf("form", "own-report", "method", own[0],
                            "other", own[1]));
                } else if (seen.add(f.toAbsolutePath().normalize())) {
                    out.add(new Source(f, display));
                }
            }
        }
        return out;
    }

    private static void skipped(IssueLog issues, String display, String pattern) {
        issues.add(display, "", 0, "", "skipped-file", Severity.INFO, "matches --skip-file " + pattern + ": skipped",
                org.ecoscore.core.Issue.paramsOf("form", "skip-file", "pattern", pattern));
    }

    /**
     * Whether a scan of {@code folder} (an input folder) reads {@code file} as a questionnaire: it lies beneath the
     * folder, has a questionnaire's extension and no hidden or lock-file part (false when either cannot be resolved).
     */
    public static boolean readsFromFolder(Path folder, Path file) {
        try {
            Path root = folder.toRealPath();
            Path f = file.toRealPath();
            if (!f.startsWith(root) || f.equals(root)) return false;
            Path rel = root.relativize(f);
            String name = join(rel);
            // an ecoscore report there is passed over by the scan (and may be replaced by a new one)
            return !hiddenOrLock(rel) && EXTENSIONS.contains(extension(name))
                    && !(OwnWorkbook.mayBe(name) && Files.isRegularFile(f) && OwnWorkbook.of(f, name) != null);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hiddenOrLock(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) return true;
        }
        return false;
    }

    private static String join(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) parts.add(part.toString());
        return String.join("/", parts);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Files from this size on are hashed by {@link Sha256} when the JIT is C1 only. */
    static final long OWN_SHA_FROM = 4L << 20;

    /**
     * Hex SHA-256 of a file's bytes, read as a stream: by the JDK's {@link MessageDigest}, or, for a file of
     * {@link #OWN_SHA_FROM} bytes or more in a JVM without C2 (the launcher's setting for big batches, where the
     * JDK's digest runs without its CPU intrinsic), by {@link Sha256} — the same digest, in half the time there.
     */
    static String sha256(Path path, String display) {
        try (InputStream in = Files.newInputStream(path)) {
            boolean own = Files.size(path) >= OWN_SHA_FROM && JitMode.c1Only();
            return sha256(in, own);
        } catch (IOException e) {
            throw new EcoscoreException(ExitCode.INPUT, display, "cannot read the file: " + e.getMessage()
                    + "; check that it exists and can be read", e).coded("file-cannot-read", "detail", e.getMessage());
        }
    }

    /** Hex SHA-256 of a stream's bytes, by {@link Sha256} ({@code own}) or the JDK's {@link MessageDigest}. */
    static String sha256(InputStream in, boolean own) throws IOException {
        byte[] buf = new byte[1 << 16];
        if (own) {
            Sha256 sha = new Sha256();
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) sha.update(buf, 0, n);
            return HexFormat.of().formatHex(sha.digest());
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
