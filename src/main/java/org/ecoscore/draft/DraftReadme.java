package org.ecoscore.draft;

import java.nio.file.Path;
import org.ecoscore.framework.MetaRole;

/** The README.md of a drafted framework: what was drafted from what, what was left out, what to edit next. */
final class DraftReadme {
    private DraftReadme() {
    }

    static String text(Draft d, Path dir) {
        StringBuilder sb = new StringBuilder();
        String exports = String.join(" ", d.exports().stream().map(e -> quoteArg(e.file())).toList());
        sb.append("# Framework drafted from ").append(String.join(", ", d.exports().stream()
                .map(ExportReader.Export::file).toList())).append("\n\n");
        sb.append("`ecoscore framework draft` wrote this folder from the export(s) below. It is a first draft: it\n"
                + "scores the export as it is (every question under one node, equal weights), and it is yours to\n"
                + "edit. The format of every file is described in `docs/framework-format.md` of the ecoscore\n"
                + "repository, and what ecoscore does with each platform's columns in `docs/platforms.md`.\n\n");
        sb.append("| export | sheet | header row | answer rows |\n|---|---|---|---|\n");
        for (ExportReader.Export e : d.exports()) {
            sb.append("| ").append(cell(e.file())).append(" | ").append(cell(e.sheet().isEmpty() ? "—" : e.sheet()))
                    .append(" | ").append(e.headerRow()).append(" | ").append(e.rows()).append(" |\n");
        }
        sb.append("\nScore it:\n\n    ecoscore score ").append(exports).append(" -f ").append(quoteArg(dir.toString()))
                .append(" -o report.xlsx\n\n");

        sb.append("## Questions (questions.csv)\n\n").append(d.questions().size())
                .append(" questions, one per answer column, all under node `").append(Drafter.NODE)
                .append("` (framework.csv). The scale is inferred from the answers seen; check each one.\n\n");
        sb.append("| code | text | scale | answers seen | column |\n|---|---|---|---|---|\n");
        for (Draft.Question q : d.questions()) {
            ExportColumn c = q.columns().get(0);
            sb.append("| ").append(q.code()).append(" | ").append(cell(q.text())).append(" | ")
                    .append(q.guess().scaleName()).append(q.guess().kind() == Guess.Kind.MULTI ? " (multi)" : "").append(" | ").append(cell(q.guess().evidence())).append(" | ")
                    .append(c.letters()).append(" ").append(cell(c.header())).append(" |\n");
        }
        if (!d.scales().isEmpty()) {
            sb.append("\nScales (scales.csv): ");
            sb.append(String.join("; ", d.scales().values().stream().map(DraftReadme::describe).toList()))
                    .append(".\n");
        }
        if (!d.missing().isEmpty()) {
            sb.append("\nAnswers that mean \"don't know\" were seen (").append(String.join(", ", d.missing()))
                    .append("): missing.csv declares them missing, so they are neither scored nor reported as "
                            + "invalid\n(they are counted as declared_missing in the Indicators table).\n");
        }
        sb.append("\n## Metadata (meta.csv)\n\nColumns recognised by a header of ecoscore's built-in meta.csv or of a survey platform "
                + "(docs/platforms.md).\n\n| column | header | platform | what ecoscore does with it |\n|---|---|---|---|\n");
        for (Draft.MetaColumn m : d.metaUsed()) {
            sb.append("| ").append(m.column().letters()).append(" | ").append(cell(m.column().header())).append(" | ")
                    .append(m.platform().isEmpty() ? "—" : m.platform()).append(" | ")
                    .append(cell(m.note())).append(" |\n");
        }
        sb.append("\nmeta.csv gives each role the export's header first, then the aliases of ecoscore's built-in\n"
                + "framework (so that its templates and other platforms' exports read too).\n");
        boolean noRegion = d.metaUsed().stream().noneMatch(m -> m.role() == MetaRole.REGION
                || m.role() == MetaRole.PROVINCE || m.role() == MetaRole.CITY);
        boolean noId = d.metaUsed().stream().noneMatch(m -> m.role() == MetaRole.ID);
        if (noId) {
            sb.append("\nNo column identifies the respondent: every row gets the id FILE#ROW, and repeated answers\n"
                    + "cannot be found. Add an id column (for firms: 统一社会信用代码) to the survey, or add its header\n"
                    + "to the `id` row of meta.csv.\n");
        }
        if (noRegion) {
            sb.append("\nNo column gives the region: there will be no region scores. Add the header of the region\n"
                    + "question to the `region` row of meta.csv.\n");
        }

        if (!d.leftOut().isEmpty()) {
            sb.append("\n## Columns left out\n\nThese columns are neither questions nor metadata ecoscore reads; "
                    + "when scoring they are\nlisted as unmapped columns (info) and ignored.\n\n"
                    + "| column | header | why | answers seen |\n|---|---|---|---|\n");
            for (Draft.LeftOut l : d.leftOut()) {
                sb.append("| ").append(l.column().letters()).append(" | ").append(cell(l.column().header()))
                        .append(" | ").append(cell(l.reason())).append(" | ").append(cell(l.evidence())).append(" |\n");
            }
            sb.append("\nA choice without an order (industry, size, community …) is metadata: add its header to the\n"
                    + "matching row of meta.csv. To score one anyway, give it a scale in scales.csv that lists its\n"
                    + "options with their values, and a row in questions.csv.\n");
        }

        sb.append("\n## What to edit next\n\n");
        sb.append("1. **Group the questions into nodes.** Add a row to framework.csv for each dimension (code, parent\n"
                + "   `" + Drafter.NODE + "` or another node, name_zh, name_en, weight) and set each question's\n"
                + "   `parent` to its dimension. Every node needs a question beneath it.\n");
        sb.append("2. **Set the reverse items.** A question where a higher answer is worse gets `reverse` = `true`.\n");
        sb.append("3. **Set goalposts.** A `number` or `percent` question without `min`/`max` is normalised between\n"
                + "   the lowest and highest answer of the batch; give `min` and `max` (and `transform` = `log` for\n"
                + "   skewed counts) so that scores mean the same from batch to batch.\n");
        sb.append("4. **Name the subsystems.** For coupling coordination, give two nodes the roles `subsystem1` and\n"
                + "   `subsystem2` in framework.csv (both or neither), and name the root and the nodes.\n");
        sb.append("5. **Check the scales and the texts.** Replace a guessed code scale (`codes1_5` …) by one with the\n"
                + "   option texts as labels; translate text_en (or text_zh), which now both hold the header text;\n"
                + "   set `weight` where questions or nodes should count more than their siblings.\n");
        sb.append("6. **Check and score.** `ecoscore framework check -f ").append(quoteArg(dir.toString()))
                .append("` lists every problem with file and line;\n   then score the export again.\n");
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

    private static String quoteArg(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
