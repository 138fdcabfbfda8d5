package org.ecoscore.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecoscore.framework.MetaRole;

/**
 * The README.md of a drafted framework: what was drafted from what, what was left out, what to edit next — in
 * the console's language, every word from {@link DraftWords}.
 */
final class DraftReadme {
    private DraftReadme() {
    }

    /**
     * The columns a question is read from: the first column's letter and header; for a question read from
     * several exports (or a multi-select question's option columns), every export's columns, the option
     * columns as a range of letters from the first to the last header.
     */
    static String columns(Draft.Question q, Draft d) {
        ExportColumn first = q.columns().get(0);
        if (q.columns().size() == 1) return first.letters() + " " + first.header();
        Map<String, List<ExportColumn>> byExport = new LinkedHashMap<>();
        for (ExportColumn c : q.columns()) byExport.computeIfAbsent(c.file() + "\u0000" + c.sheet(), k -> new ArrayList<>()).add(c);
        List<String> parts = new ArrayList<>();
        for (List<ExportColumn> cs : byExport.values()) {
            ExportColumn a = cs.get(0);
            ExportColumn z = cs.get(cs.size() - 1);
            String where = d.exports().size() > 1 ? a.file() + ": " : "";
            parts.add(where + (cs.size() == 1 ? a.letters() + " " + a.header()
                    : a.letters() + "–" + z.letters() + " " + a.header() + " … " + z.header()));
        }
        return String.join("; ", parts);
    }

    /**
     * True when the exports hold the same respondents: the 按文本 and 按序号 downloads of one 问卷星 survey —
     * more than one export, each with 问卷星's own metadata columns and no other platform's, and the same
     * number of answer rows. Exports of different platforms, or of different batches, are scored together.
     */
    static boolean sameRespondents(Draft d) {
        if (d.exports().size() < 2) return false;
        int rows = d.exports().get(0).rows();
        for (ExportReader.Export e : d.exports()) {
            if (e.rows() != rows) return false;
            Set<String> platforms = new TreeSet<>();
            for (Draft.MetaColumn m : d.metaUsed()) {
                if (m.column().file().equals(e.file()) && m.column().sheet().equals(e.sheet())
                        && !m.platform().isEmpty()) {
                    platforms.add(m.platform());
                }
            }
            if (!platforms.equals(Set.of("问卷星"))) return false;
        }
        return true;
    }

    static String text(Draft d, Path dir, boolean english) {
        DraftWords w = new DraftWords(english);
        StringBuilder sb = new StringBuilder();
        String fw = quoteArg(dir.toString());
        sb.append(w.get("title", String.join(w.get("list.sep"), d.exports().stream()
                .map(ExportReader.Export::file).toList()))).append("\n\n");
        sb.append(w.get("intro")).append("\n\n");
        sb.append(w.get("exports.head")).append("\n|---|---|---|---|\n");
        for (ExportReader.Export e : d.exports()) {
            sb.append("| ").append(cell(e.file())).append(" | ").append(cell(e.sheet().isEmpty() ? w.get("noSheet")
                    : e.sheet())).append(" | ").append(e.headerRow()).append(" | ").append(e.rows()).append(" |\n");
        }
        if (d.exports().size() == 1) {
            sb.append("\n").append(w.get("score1")).append("\n\n    ecoscore score ").append(quoteArg(d.exports().get(0)
                    .file())).append(" -f ").append(fw).append(" -o report.xlsx\n\n");
        } else if (sameRespondents(d)) {
            sb.append("\n").append(w.get("sameRespondents")).append("\n\n");
            int n = 1;
            for (ExportReader.Export e : d.exports()) {
                sb.append("    ecoscore score ").append(quoteArg(e.file())).append(" -f ").append(fw)
                        .append(" -o report").append(n++).append(".xlsx\n");
            }
            sb.append("\n");
        } else {
            sb.append("\n").append(w.get("together")).append("\n\n    ecoscore score ").append(String.join(" ",
                    d.exports().stream().map(e -> quoteArg(e.file())).toList())).append(" -f ").append(fw)
                    .append(" -o report.xlsx\n\n");
        }

        sb.append(w.get("questions.head")).append("\n\n").append(w.get("questions.count", d.questions().size(),
                Drafter.NODE)).append("\n\n");
        sb.append(w.get("questions.table")).append("\n|---|---|---|---|---|\n");
        for (Draft.Question q : d.questions()) {
            boolean multi = q.guess().kind() == Guess.Kind.MULTI;
            String seen = multi && q.guess().reason() != null ? w.multi(q.guess().reason()) : q.guess().evidence();
            sb.append("| ").append(q.code()).append(" | ").append(cell(q.text())).append(" | ")
                    .append(q.guess().scaleName()).append(multi ? w.get("multi") : "").append(" | ")
                    .append(cell(seen)).append(" | ").append(cell(columns(q, d))).append(" |\n");
        }
        if (!d.scales().isEmpty()) {
            sb.append("\n").append(w.get("scales", String.join(w.get("scales.sep"), d.scales().values().stream()
                    .map(DraftReadme::describe).toList()))).append("\n");
        }
        if (!d.missing().isEmpty()) {
            sb.append("\n").append(w.get("missing", String.join(w.get("list.sep"), d.missing()))).append("\n");
        }
        sb.append("\n").append(w.get("meta.head")).append("\n\n").append(w.get("meta.intro")).append("\n\n")
                .append(w.get("meta.table")).append("\n|---|---|---|---|\n");
        for (Draft.MetaColumn m : d.metaUsed()) {
            // several exports: each column named with its file (the same metadata appears once per export)
            sb.append("| ").append(d.exports().size() > 1 ? cell(m.column().file()) + " " : "")
                    .append(m.column().letters()).append(" | ").append(cell(m.column().header())).append(" | ")
                    .append(m.platform().isEmpty() ? w.get("noSheet") : m.platform()).append(" | ")
                    .append(cell(m.note() == null ? "" : w.say(m.note()))).append(" |\n");
        }
        sb.append("\n").append(w.get("meta.after")).append("\n");
        boolean noRegion = d.metaUsed().stream().noneMatch(m -> m.role() == MetaRole.REGION
                || m.role() == MetaRole.PROVINCE || m.role() == MetaRole.CITY);
        boolean noId = d.metaUsed().stream().noneMatch(m -> m.role() == MetaRole.ID);
        if (noId) sb.append("\n").append(w.get("meta.noId")).append("\n");
        if (noRegion) sb.append("\n").append(w.get("meta.noRegion")).append("\n");

        if (!d.leftOut().isEmpty()) {
            sb.append("\n").append(w.get("leftOut.head")).append("\n\n").append(w.get("leftOut.intro")).append("\n\n")
                    .append(w.get("leftOut.table")).append("\n|---|---|---|---|\n");
            for (Draft.LeftOut l : d.leftOut()) {
                sb.append("| ").append(l.column().letters()).append(" | ").append(cell(l.column().header()))
                        .append(" | ").append(cell(w.say(l.reason()))).append(" | ").append(cell(l.evidence()))
                        .append(" |\n");
            }
            if (d.leftOut().stream().anyMatch(l -> l.reason().key().equals("why.choice"))) {
                sb.append("\n").append(w.get("leftOut.choice")).append("\n");
            }
        }

        sb.append("\n").append(w.get("next.head")).append("\n\n");
        sb.append(w.get("next.1", Drafter.NODE)).append("\n");
        sb.append(w.get("next.2")).append("\n");
        sb.append(w.get("next.3")).append("\n");
        sb.append(w.get("next.4")).append("\n");
        sb.append(w.get("next.5")).append("\n");
        sb.append(w.get("next.6", fw)).append("\n");
        return sb.toString();
    }

    private static String describe(Vocabulary v) {
        StringBuilder sb = new StringBuilder("`").append(v.name()).append("` ");
        int first = v.labels().keySet().iterator().next();
        int last = first;
        for (int k : v.labels().keySet()) last = k;
        sb.append(first).append(" ").append(v.labels().get(first).get(0)).append(" … ").append(last).append(" ")
                .append(v.labels().get(last).get(0));
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }

    static String quoteArg(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
