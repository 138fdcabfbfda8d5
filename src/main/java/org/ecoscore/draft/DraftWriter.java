package org.ecoscore.draft;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.framework.MetaRole;

/**
 * Writes a {@link Draft} as a framework folder (docs/framework-format.md): framework.csv, questions.csv,
 * scales.csv, meta.csv (UTF-8 with a BOM, so that Excel opens them in the right encoding) and README.md, each
 * through {@link AtomicFiles}. A text from an export that starts with {@code = + - @} (a formula to Excel) is
 * written after a space, which the framework reader trims.
 */
final class DraftWriter {
    static final List<String> FILES = List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv", "missing.csv",
            "README.md");

    private DraftWriter() {
    }

    /** @param english the README's language (the console's) */
    static void write(Draft d, Path dir, boolean english) {
        table(dir.resolve("framework.csv"), List.of(
                new String[] {"code", "parent", "name_zh", "name_en", "weight", "aggregation", "role"},
                new String[] {Drafter.NODE, "", "综合指数", "Composite index", "", "", ""}));
        List<String[]> q = new ArrayList<>();
        q.add(new String[] {"code", "parent", "source", "scale", "reverse", "min", "max", "transform", "weight",
                "text_zh", "text_en", "aliases", "select"});
        for (Draft.Question x : d.questions()) {
            q.add(new String[] {x.code(), Drafter.NODE, "firm", x.guess().scaleName(), "", "", "", "", "",
                    x.text(), x.text(), String.join("|", x.aliases()),
                    x.guess().kind() == Guess.Kind.MULTI ? "multi" : ""});
        }
        table(dir.resolve("questions.csv"), q);
        List<String[]> s = new ArrayList<>();
        s.add(new String[] {"scale", "value", "label"});
        for (Vocabulary v : d.scales().values()) s.addAll(v.rows());
        table(dir.resolve("scales.csv"), s);
        List<String[]> m = new ArrayList<>();
        m.add(new String[] {"role", "aliases"});
        for (Map.Entry<MetaRole, List<String>> e : d.meta().entrySet()) {
            if (!e.getValue().isEmpty()) m.add(new String[] {e.getKey().id(), String.join("|", e.getValue())});
        }
        table(dir.resolve("meta.csv"), m);
        if (!d.missing().isEmpty()) {
            List<String[]> miss = new ArrayList<>();
            miss.add(new String[] {"answer", "meaning"});
            for (String a : d.missing()) miss.add(new String[] {a, "don't know / no basis (seen in the export)"});
            table(dir.resolve("missing.csv"), miss);
        } else {
            try {
                java.nio.file.Files.deleteIfExists(dir.resolve("missing.csv")); // an earlier draft's (--force)
            } catch (IOException e) {
                throw new org.ecoscore.core.EcoscoreException(org.ecoscore.core.ExitCode.OUTPUT,
                        dir.resolve("missing.csv").toString(), "cannot replace the earlier draft's missing.csv ("
                        + e.getMessage() + "); delete it by hand", e).coded("draft-cannot-replace-missing", "reason",
                        e.getMessage());
            }
        }
        String readme = DraftReadme.text(d, dir, english);
        AtomicFiles.write(dir.resolve("README.md"), "-o", out -> out.write(readme.getBytes(StandardCharsets.UTF_8)));
    }

    private static void table(Path file, List<String[]> rows) {
        AtomicFiles.write(file, "-o", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            ICSVWriter csv = new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n");
            for (String[] r : rows) {
                String[] safe = new String[r.length];
                for (int i = 0; i < r.length; i++) safe[i] = safe(r[i]);
                csv.writeNext(safe, false);
            }
            csv.flush();
            if (csv.checkError()) throw new IOException("write error");
        });
    }

    /** A cell Excel would take for a formula gets a leading space (trimmed when the framework is read). */
    static String safe(String cell) {
        String t = cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').strip();
        if (t.isEmpty()) return t;
        char c = t.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '@' || (c == '-' && !t.matches("-\\d+(\\.\\d+)?"));
        return formula ? " " + t : t;
    }
}
