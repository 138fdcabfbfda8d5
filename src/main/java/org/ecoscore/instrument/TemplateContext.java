package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Region;

/**
 * What both layouts share while one template is written: the framework, the source's questions and
 * metadata fields, the language, the styles, and the validations (drop-downs, numeric checks, protection).
 */
final class TemplateContext {
    private final Framework framework;
    private final Level source;
    private final TemplateText text;
    private final TemplateStyles styles;
    private final DropDowns dropDowns;
    private final List<MetaField> meta;
    private final List<Question> questions;
    private final Map<String, AnswerChoices> choices = new HashMap<>();

    TemplateContext(Framework framework, Level source, TemplateText text, TemplateStyles styles,
                    DropDowns dropDowns) {
        this.framework = framework;
        this.source = source;
        this.text = text;
        this.styles = styles;
        this.dropDowns = dropDowns;
        this.meta = MetaField.of(framework, source);
        this.questions = framework.questionsOf(source);
        for (Question q : questions) choices.put(q.code(), AnswerChoices.of(q, text));
    }

    Framework framework() {
        return framework;
    }

    Level source() {
        return source;
    }

    TemplateText text() {
        return text;
    }

    TemplateStyles styles() {
        return styles;
    }

    List<MetaField> meta() {
        return meta;
    }

    List<Question> questions() {
        return questions;
    }

    AnswerChoices choices(Question q) {
        return choices.get(q.code());
    }

    /** The dictionary's names in the language, in dictionary order (empty when there is no dictionary). */
    List<String> regionNames() {
        List<String> names = new ArrayList<>();
        if (framework.regions() == null) return names;
        for (Region r : framework.regions().regions()) {
            String n = r.name(text.english());
            if (n == null || n.isBlank()) n = r.nameZh();
            if (n != null && !n.isBlank() && !names.contains(n)) names.add(n.strip());
        }
        return names;
    }

    /**
     * The case drop-down of an expert panel's template: the case list's names (scale {@code cases}) in the
     * language; strict, since a case not in the list is excluded (SPEC §8).
     */
    void caseDropDown(XSSFSheet sheet, CellRangeAddressList where) {
        org.ecoscore.framework.Scale list = framework.scales().get(org.ecoscore.screen.PanelScreener.CASES_SCALE);
        if (list == null) return;
        dropDowns.list(sheet, where, org.ecoscore.screen.PanelScreener.displayNames(list, text.english()),
                text.caseHint(), true, text.chooseFromList());
    }

    /** A region drop-down (a warning, not a refusal: an unknown region is kept as written, SPEC §3). */
    void regionDropDown(XSSFSheet sheet, CellRangeAddressList where) {
        List<String> names = regionNames();
        if (!names.isEmpty()) dropDowns.list(sheet, where, names, text.regionHint(), false, text.regionNotInList());
    }

    /** The drop-down or the numeric check of a question's answer cells. */
    void answerValidation(XSSFSheet sheet, CellRangeAddressList where, Question q) {
        AnswerChoices c = choices(q);
        if (c.isList()) dropDowns.list(sheet, where, c.labels(), c.hint(), true, text.chooseFromList());
        else if (c.multi()) dropDowns.prompt(sheet, where, c.hint());
        else dropDowns.decimal(sheet, where, c.hint());
    }

    /** Landscape, one page wide, and sheet protection without a password (answer cells are unlocked). */
    void printAndProtect(XSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
