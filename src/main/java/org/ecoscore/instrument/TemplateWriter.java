package org.ecoscore.instrument;

import org.ecoscore.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkDisplay;

/**
 * Writes a blank questionnaire for a framework (SPEC §6 {@code template}): an instructions sheet, the
 * questionnaire sheet in the table or form layout of SPEC §2, and, when a drop-down list is too long to be
 * written inline, a hidden sheet {@value TemplateText#LIST_SHEET} holding it. Metadata fields are headed by
 * the first alias of their role, questions by {@code CODE text}, so a filled template reads back with no
 * mapping. The file is written to a temporary file beside the target and renamed into place (SPEC §5).
 */
public final class TemplateWriter {
    private TemplateWriter() {
    }

    /**
     * @param framework the framework whose questions to ask
     * @param source    which questionnaire: firm or region questions
     * @param layout    table (one respondent per row) or form (one respondent per file)
     * @param english   English texts instead of Chinese
     * @param output    the .xlsx file to write (replaced if it exists)
     * @throws EcoscoreException exit 2 when the framework asks no question of that source, exit 4 when the
     *                           file cannot be written
     */
    public static void write(Framework framework, Level source, TemplateLayout layout, boolean english, Path output) {
        if (framework.questionsOf(source).isEmpty()) {
            throw new EcoscoreException(ExitCode.USAGE, framework.location(), "framework " + framework.name()
                    + " asks no " + source.id() + " question; choose --source " + otherSources(framework, source)
                    + " or add " + source.id() + " questions to questions.csv.");
        }
        try (XSSFWorkbook wb = build(framework, source, layout, english)) {
            AtomicFiles.write(output, wb::write);
        } catch (IOException e) {
            throw EcoscoreException.output(output.toString(), "could not assemble the template ("
                    + e.getMessage() + "); check the free space in the temporary folder", e);
        }
    }

    /** The sources the framework does ask questions of ("firm or region" when it asks none). */
    private static String otherSources(Framework framework, Level source) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Level l : Level.values()) if (l != source && !framework.questionsOf(l).isEmpty()) out.add(l.id());
        if (out.isEmpty()) for (Level l : Level.values()) if (l != source) out.add(l.id());
        return String.join(" or ", out);
    }

    /** The template workbook, in memory. */
    static XSSFWorkbook build(Framework framework, Level source, TemplateLayout layout, boolean english) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateText text = new TemplateText(english);
        TemplateStyles styles = new TemplateStyles(wb);
        XSSFSheet instructions = wb.createSheet(text.instructionsSheet());
        XSSFSheet questionnaire = wb.createSheet(text.questionnaireSheet());
        TemplateContext ctx = new TemplateContext(framework, source, text, styles, new DropDowns(wb, text));
        InstructionsSheet.write(instructions, styles, text, FrameworkDisplay.name(framework, english), source, layout,
                ctx.questions().size(), questionnaire.getSheetName());
        if (layout == TemplateLayout.TABLE) TableSheet.write(questionnaire, ctx);
        else FormSheet.write(questionnaire, ctx);
        return wb;
    }
}
