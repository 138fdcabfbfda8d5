package org.ecoscore.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.MetaRole;

/**
 * {@code ecoscore framework draft EXPORT… -o DIR} (SPEC §6): reads the exports, drafts a framework
 * ({@link Drafter}) and writes it into DIR ({@link DraftWriter}). DIR is created when it does not exist; an
 * existing folder that is not empty is refused (exit 2) unless {@code force}, which replaces the draft's
 * files and keeps any other.
 */
public final class FrameworkDrafts {
    /**
     * What was drafted, for the command's summary.
     *
     * @param kinds the questions by kind ({@code scale}, {@code yesno}, {@code number}, {@code percent},
     *              {@code multi}, {@code other}) in the order first drafted, each with how many
     * @param sameRespondents the exports are the 按文本 and 按序号 downloads of one 问卷星 survey (scored one at a
     *              time); otherwise several exports are scored together
     * @param regionCodes the region columns whose answers are all option numbers (问卷星 按序号): scored from
     *              them, the regions would be named 1, 2, 3 …
     */
    public record Summary(Path dir, List<String> exports, int questions, int leftOut,
                          java.util.Map<String, Integer> kinds, List<String> metadata, List<String> otherFiles,
                          boolean sameRespondents, List<CodedRegionColumn> regionCodes) {
    }

    /** A region column of an export whose answers are option numbers rather than region names. */
    public record CodedRegionColumn(String header, String export) {
    }

    private FrameworkDrafts() {
    }

    /** @param english the language of the README.md written (the console's) */
    public static Summary draft(List<String> exports, Path dir, String sheet, boolean force, boolean english) {
        checkTarget(dir, force);
        List<ExportReader.Export> read = new ArrayList<>();
        for (String e : exports) {
            Path p = Path.of(e);
            if (!Files.isRegularFile(p)) {
                throw new EcoscoreException(ExitCode.USAGE, e, Files.isDirectory(p)
                        ? "is a folder; give the export files themselves" : "no such file: check the path")
                        .coded(Files.isDirectory(p) ? "draft-export-is-folder" : "draft-no-such-export");
            }
            read.add(ExportReader.read(p, e, sheet));
        }
        Framework builtIn = FrameworkLoader.load(null);
        java.util.Map<MetaRole, List<String>> meta = new java.util.EnumMap<>(MetaRole.class);
        for (MetaRole r : MetaRole.values()) meta.put(r, builtIn.metaAliases(r));
        Draft d = new Drafter(meta).draft(read);
        AtomicFiles.createFolder(dir, "-o");
        DraftWriter.write(d, dir, english);
        return new Summary(dir, exports, d.questions().size(), d.leftOut().size(), counts(d), metadata(d),
                otherFiles(dir), DraftReadme.sameRespondents(d), regionCodes(d));
    }

    /** New-user test: a 按序号 export's region column holds option numbers, which the reader takes as region names. */
    private static List<CodedRegionColumn> regionCodes(Draft d) {
        List<CodedRegionColumn> out = new ArrayList<>();
        for (Draft.MetaColumn m : d.metaUsed()) {
            if (m.role() != MetaRole.REGION && m.role() != MetaRole.PROVINCE && m.role() != MetaRole.CITY) continue;
            java.util.Set<String> answers = m.column().values().distinct.keySet();
            if (!answers.isEmpty() && answers.stream().allMatch(a -> a.matches("\\d{1,3}(\\.0)?"))) {
                out.add(new CodedRegionColumn(m.column().header(), m.column().file()));
            }
        }
        return out;
    }

    private static void checkTarget(Path dir, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new EcoscoreException(ExitCode.USAGE, dir.toString(), "is a file; give -o a folder to write the "
                    + "framework into").coded("draft-output-is-file");
        }
        if (!force && Files.isDirectory(dir) && !otherFiles(dir, true).isEmpty()) {
            throw new EcoscoreException(ExitCode.USAGE, dir.toString(), "is not empty; give -o a new or empty "
                    + "folder, or add --force to replace the framework files in it (" + String.join(", ",
                    DraftWriter.FILES) + ")").coded("draft-output-not-empty", "files", String.join("、", DraftWriter.FILES));
        }
    }

    private static List<String> otherFiles(Path dir) {
        return otherFiles(dir, false);
    }

    /** The entries of DIR (all of them, or those the draft does not write). */
    private static List<String> otherFiles(Path dir, boolean all) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> all || !DraftWriter.FILES.contains(n))
                    .sorted().toList();
        } catch (IOException e) {
            throw new EcoscoreException(ExitCode.OUTPUT, dir.toString(), "cannot list the folder (" + e.getMessage()
                    + "); choose another -o folder", e).coded("draft-cannot-list", "reason", e.getMessage());
        }
    }

    private static java.util.Map<String, Integer> counts(Draft d) {
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (Draft.Question q : d.questions()) {
            String k = switch (q.guess().kind()) {
                case SCALE -> "scale";
                case YESNO -> "yesno";
                case NUMBER -> "number";
                case PERCENT -> "percent";
                case MULTI -> "multi";
                default -> "other";
            };
            n.merge(k, 1, Integer::sum);
        }
        return java.util.Collections.unmodifiableMap(n);
    }

    /** Each role and the header it is read from, once (several exports of one survey name the same columns). */
    private static List<String> metadata(Draft d) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Draft.MetaColumn m : d.metaUsed()) {
            if (m.role() != null) out.add(m.role().id() + " ← " + m.column().header());
        }
        return new ArrayList<>(out);
    }
}
