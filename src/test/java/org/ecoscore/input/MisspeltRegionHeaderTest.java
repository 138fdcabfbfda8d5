package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.fixtures.CatalogueCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * New-user test (session 5): a misspelt region header beside the platform's respondent number (问卷星 序号,
 * 腾讯问卷 编号) was blamed on the respondent number — two edits from the two-character region aliases 地区 and
 * 省份 of the built-in meta.csv — and a 腾讯问卷 export without a region question was placed by its IP location
 * without a word. Headers as the platforms write them, matched with the built-in framework's meta.csv.
 */
class MisspeltRegionHeaderTest {
    private static final Framework DEFAULT = FrameworkLoader.load(null);
    private final IssueLog issues = new IssueLog();

    private void read(String... lines) {
        Map<MetaRole, List<String>> meta = new EnumMap<>(MetaRole.class);
        for (MetaRole r : MetaRole.values()) meta.put(r, DEFAULT.metaAliases(r));
        HeaderMatcher matcher = new HeaderMatcher(WorkedExample.questions().subList(0, 5), meta);
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, issues, new RowCounter(n -> { }), "default", null);
        SpreadsheetFile file = TestSheets.file("firms.xlsx", TestSheets.csv(lines));
        b.addFile(new InputFile(0, "firms.xlsx", Level.FIRM, "", "", "", 0, null));
        new WorkbookReader(ctx).read(file, "firms.xlsx", 0);
        b.build();
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).toList();
    }

    /**
     * 问卷星's layout of samples/firms-wjx.xlsx (序号 first, then the firm's own columns) with the name and the
     * region misspelt. 序号 is two edits from 地区 and 省份 but shares no character with them (fewer edits than
     * the alias has characters is the rule now), and each typo is one or two edits from the alias named.
     */
    @ParameterizedTest
    @CsvSource({"所在地去,所在地区", "所再地区,所在地区", "所在地域,所在地区", "所在低区,所在地区", "省分,省份",
            "Regoin,Region", "4、所在地去,所在地区"})
    void theMisspeltRegionHeaderIsNamedNotTheRespondentNumberBesideIt(String typo, String alias) {
        read("序号,统一社会信用代码,企业名陈," + typo + ",Q1", "1,F1,甲公司,广东,4");
        List<Issue> region = issues("missing-region-column");
        assertEquals(1, region.size(), issues.all().toString());
        Issue i = region.get(0);
        assertEquals("D", i.column());
        assertEquals("no region column: column D \"" + typo + "\" looks like a misspelt \"" + alias + "\"; correct "
                + "the header and run again (no firm is in a region, so there are no region scores)", i.message());
        assertEquals("缺少地区列：D 列“" + typo + "”疑为“" + alias + "”的笔误。请更正表头后重新运行（没有企业归入任何地区，"
                + "因而没有地区得分）。", CatalogueCheck.chinese(i));
    }

    @Test
    void aTencentRegionQuestionMisspeltIsNamedNotItsRespondentNumber() {
        read("编号,提交时间,答题时长,企业名称,统一社会信用代码,所在省分,Q1", "1,2025-04-25 15:28:00,1280秒,甲公司,F1,四川省,4");
        List<Issue> region = issues("missing-region-column");
        assertEquals("F", region.get(0).column(), region.toString());
        assertTrue(region.get(0).message().startsWith("no region column: column F \"所在省分\" looks like a misspelt "
                + "\"所在省份\""), region.get(0).message());
    }

    @Test
    void withNoHeaderNearARegionAliasNoColumnIsBlamed() {
        // 序号 and 编号 are two substitutions from 地区: no longer a "misspelling" of it
        read("序号,编号,统一社会信用代码,Q1", "1,1,F1,4");
        Issue i = issues("missing-region-column").get(0);
        assertEquals("", i.column());
        assertEquals("no region column (headed 所在地区 or another region alias of meta.csv): no firm is in a region, "
                + "so there are no region scores; add the column or correct its header", i.message());
    }

    @Test
    void theClosestMisspellingIsNamedNotTheFirst() {
        // 所在省分X (column B) is two edits from 所在省份 (分→份, drop X), 所在地去 (column C) one from 所在地区:
        // the closer is named, though B comes first
        read("统一社会信用代码,所在省分X,所在地去,Q1", "F1,广东,广东,4");
        assertEquals("C", issues("missing-region-column").get(0).column(), issues.all().toString());
    }

    /** 腾讯问卷 without a region question: the IP location columns place every row, and a note says so. */
    @Test
    void aTencentExportWithoutARegionQuestionGetsARegionFromIpNote() {
        read("编号,结束答题时间,答题时长,地理位置国家和地区,地理位置省,地理位置市,统一社会信用代码,Q1",
                "1,2025-04-25 15:28:00,1280秒,中国,四川,成都,F1,4");
        assertTrue(issues("missing-region-column").isEmpty(), issues.all().toString());
        List<Issue> ip = issues("region-from-ip");
        assertEquals(1, ip.size(), issues.all().toString());
        Issue i = ip.get(0);
        assertEquals(Severity.INFO, i.severity());
        assertEquals("E", i.column());
        assertEquals(1, i.row());
        assertEquals("no region column: the region of every row is taken from columns E \"地理位置省\" and F \"地理位置市\", "
                + "the location of the IP address the answer was sent from, which need not be where the respondent "
                + "is; to place each respondent by its own answer, add a region question (headed 所在地区) to the "
                + "survey or a region column to the file", i.message());
        assertEquals("没有地区列：各行的地区取自 E 列“地理位置省”和 F 列“地理位置市”，即提交答卷的 IP 地址所在地，未必是填报者的所在地；"
                + "如要按填报者自己的回答归入地区，请在问卷中加一道地区题（表头为 所在地区），或在文件中加一列地区",
                CatalogueCheck.chinese(i));
    }

    @Test
    void oneIpColumnIsNamedAloneAndARegionQuestionSilencesTheNote() {
        read("编号,地理位置省,统一社会信用代码,Q1", "1,四川,F1,4");
        Issue i = issues("region-from-ip").get(0);
        assertEquals("B", i.column());
        assertTrue(i.message().startsWith("no region column: the region of every row is taken from column B "
                + "\"地理位置省\", the location"), i.message());
        CatalogueCheck.chinese(i);
        issues.truncate(0);
        read("编号,地理位置省,地理位置市,统一社会信用代码,3.所在地区(单选题 *必答),Q1", "1,四川,成都,F1,广东,4");
        assertFalse(issues.all().stream().anyMatch(x -> x.code().equals("region-from-ip")
                || x.code().equals("missing-region-column")), issues.all().toString());
    }
}
