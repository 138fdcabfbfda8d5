package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.junit.jupiter.api.Test;

/** SPEC §2 form layout: one respondent per file, 题号/题目/答案 columns, metadata rows above. */
class TableReaderFormTest {
    private final Framework framework = WorkedExample.framework();
    private final IssueLog issues = new IssueLog();

    private WorkbookReader.Result result;

    private ResponseTable read(Object[][] rows) {
        HeaderMatcher matcher = new HeaderMatcher(framework, Level.FIRM);
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, issues, new RowCounter(n -> { }), framework.name(), null);
        b.addFile(new InputFile(0, "form.xlsx", Level.FIRM, "", "", "", 0, null));
        result = new WorkbookReader(ctx).read(TestSheets.file("form.xlsx", rows), "form.xlsx", 0);
        return b.build();
    }

    @Test
    void formIsOneRespondentWithMetadataAboveAndAnswersBelow() {
        ResponseTable t = read(new Object[][] {
                {"企业问卷"},
                {"统一社会信用代码", "", "F1", "企业名称", "甲"},
                {"所在地区", "广东"},
                {},
                {"题号/ID", "题目/Question", "答案/Answer"},
                {"一、体制"},
                {"Q1", "政策清晰", "同意"},
                {"", "政策多变", 2.0},
                {"Q3", "研发强度", TestSheets.percent(0.1)},
                {"二、生态"},
                {"Q4", "发明专利数", ""},
                {"Q5", "是否参与揭榜挂帅", "abc"},
                {"X9", "其他意见", "很好"}});
        assertEquals("form", result.layout());
        assertEquals(1, result.rows());
        assertEquals(1, t.rows());
        assertEquals(5, t.rowNumber(0)); // the form header's row
        assertEquals("F1", t.meta(MetaRole.ID, 0));
        assertEquals("甲", t.meta(MetaRole.NAME, 0));
        assertEquals("广东", t.meta(MetaRole.REGION, 0));
        assertEquals(4, t.raw(0)[0]);
        assertEquals(2, t.raw(1)[0]); // matched by its 题目 text, 题号 blank
        assertEquals(10, t.raw(2)[0], 1e-12);
        assertEquals(CellStatus.MISSING, t.status(3)[0]);
        assertEquals(CellStatus.INVALID, t.status(4)[0]);
        List<Issue> all = issues.all();
        assertEquals(2, all.size(), all.toString());
        assertEquals("invalid-value", all.get(0).code());
        assertEquals(12, all.get(0).row());
        assertEquals("C", all.get(0).column());
        assertEquals("unmapped-row", all.get(1).code());
        assertEquals(Severity.WARNING, all.get(1).severity());
        assertEquals(13, all.get(1).row());
    }

    @Test
    void englishHeaderAndMetadataRowBelowTheHeader() {
        ResponseTable t = read(new Object[][] {
                {"ID", "Question", "Answer"},
                {"", "name", "Acme"},
                {"Q1", "Policy is clear", 5.0}});
        assertEquals(1, t.rows());
        assertEquals("Acme", t.meta(MetaRole.NAME, 0));
        assertEquals(5, t.raw(0)[0]);
        assertTrue(issues.all().isEmpty());
    }

    @Test
    void blankFormGivesNoRespondent() {
        ResponseTable t = read(new Object[][] {
                {"统一社会信用代码", ""},
                {"题号", "题目", "答案"},
                {"Q1", "政策清晰", ""},
                {"Q2", "政策多变", "  "}});
        assertEquals(0, t.rows());
        assertEquals(0, result.rows());
        assertEquals("form", result.layout());
    }

    @Test
    void questionOnTwoRowsRefusesTheForm() {
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> read(new Object[][] {
                {"题号", "题目", "答案"},
                {"Q1", "政策清晰", "1"},
                {"", "政策清晰", "2"}}));
        assertEquals(3, e.exitCode());
        assertEquals(3, e.row());
        assertEquals("question Q1 is on two rows, 2 and 3; delete one of them so that each question has one row",
                e.getMessage());
    }
}
