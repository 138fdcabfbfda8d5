package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Severity;
import org.ecoscore.fixtures.CatalogueCheck;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.framework.MetaRole;
import org.junit.jupiter.api.Test;

/**
 * New-user test (session 6), finding F1: a 腾讯问卷 export whose region question's header is misspelt (2.所在省分
 * for the alias 所在省份) sits beside the platform's IP-location columns 地理位置省/地理位置市. The misspelt column
 * was only an unmapped-column note and every firm was placed by its IP, with a note advising to "add a region
 * question". And where the region column is there but some answers are blank, the rows placed by their IP location
 * were not named. Headers as 腾讯问卷 writes them, matched with the built-in framework's meta.csv.
 */
class RegionFromIpTest {
    private static final Framework DEFAULT = FrameworkLoader.load(null);
    private static final String TENCENT = "编号,结束答题时间,答题时长,地理位置国家和地区,地理位置省,地理位置市,1.企业名称,";
    private final IssueLog issues = new IssueLog();

    private ResponseTable read(String... lines) {
        Map<MetaRole, List<String>> meta = new EnumMap<>(MetaRole.class);
        for (MetaRole r : MetaRole.values()) meta.put(r, DEFAULT.metaAliases(r));
        HeaderMatcher matcher = new HeaderMatcher(WorkedExample.questions().subList(0, 5), meta);
        ResponseTable.Builder b = new ResponseTable.Builder(Level.FIRM, matcher.questions());
        ReadContext ctx = new ReadContext(matcher, b, issues, new RowCounter(n -> { }), "default", null);
        SpreadsheetFile file = TestSheets.file("tencent.csv", TestSheets.csv(lines));
        b.addFile(new InputFile(0, "tencent.csv", Level.FIRM, "", "", "", 0, null));
        new WorkbookReader(ctx).read(file, "tencent.csv", 0);
        return b.build();
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).toList();
    }

    @Test
    void aMisspeltRegionQuestionBesideTheIpColumnsIsAWarningNamingIt() {
        ResponseTable t = read(TENCENT + "2.所在省分,3.统一社会信用代码,Q1",
                "1,2026-10-10 17:48:59,00:03:55,中国,北京,北京,湖北智擎科技061有限公司,湖北省,F1,4");
        List<Issue> warned = issues("missing-region-column");
        assertEquals(1, warned.size(), issues.all().toString());
        Issue w = warned.get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("H", w.column());
        assertEquals(1, w.row());
        assertEquals("no region column: column H \"2.所在省分\" looks like a misspelt \"所在省份\", so its answers are not "
                + "read and every row is placed by the IP location its answer was sent from instead (region-from-ip), "
                + "which need not be where the respondent is; correct the header, or add \"2.所在省分\" to the region "
                + "row of meta.csv, and run again", w.message());
        assertEquals("缺少地区列：H 列“2.所在省分”疑为“所在省份”的笔误，因此未读取其中的回答，各行改按提交答卷的 IP 属地归入地区"
                + "（region-from-ip），未必是填报者的所在地。请更正表头，或把“2.所在省分”加入 meta.csv 的 region 行，然后重新运行。",
                CatalogueCheck.chinese(w));

        // the note on the IP columns names the misspelt question instead of asking for one
        Issue note = issues("region-from-ip").get(0);
        assertEquals(Severity.INFO, note.severity());
        assertEquals("no region column: the region of every row is taken from columns E \"地理位置省\" and F \"地理位置市\", "
                + "the location of the IP address the answer was sent from, which need not be where the respondent is; "
                + "column H \"2.所在省分\" looks like the region question with a misspelt header (\"所在省份\"): to place "
                + "each respondent by its own answer, correct the header or add it to the region row of meta.csv",
                note.message());
        assertFalse(note.message().contains("add a region question"), note.message());
        String zh = CatalogueCheck.chinese(note);
        assertTrue(zh.contains("H 列“2.所在省分”似为表头有错字的地区题（“所在省份”）"), zh);
        assertFalse(zh.contains("加一道地区题"), zh);

        // the IP columns still place the row (SPEC §3: province and city columns are a region source; never a
        // fuzzy match of the misspelt header): its region is Beijing, not the Hubei it answered
        assertNull(t.meta(MetaRole.REGION, 0));
        assertEquals("北京", t.meta(MetaRole.PROVINCE, 0));
        assertTrue(t.regionFromIp(0));
        assertTrue(t.placedByIp(0));
    }

    @Test
    void theRespondentNumberBesideTheIpColumnsIsNeverTakenForTheRegionQuestion() {
        // 编号 is two edits from 地区 and 省份 (the rule: fewer edits than the alias has characters) — not named
        ResponseTable t = read(TENCENT + "3.统一社会信用代码,Q1", "1,2026-10-10 17:48:59,235,中国,四川,成都,甲公司,F1,4");
        assertTrue(issues("missing-region-column").isEmpty(), issues.all().toString());
        Issue note = issues("region-from-ip").get(0);
        assertEquals("two", note.params().get("form"));
        assertTrue(note.message().endsWith("add a region question (headed 所在地区) to the survey or a region column to "
                + "the file"), note.message());
        assertTrue(t.placedByIp(0));
    }

    @Test
    void blankRegionAnswersPlacedByTheIpColumnsAreCountedAndListedInOneNote() {
        // rows 3 and 5 leave the region blank; row 6 leaves it blank too but has no IP location either
        ResponseTable t = read(TENCENT + "2.所在省份,3.统一社会信用代码,Q1",
                "1,2026-10-10 17:48:59,235,中国,广东,深圳,甲公司,广东省,F1,4",
                "2,2026-10-10 17:49:59,235,中国,北京,北京,乙公司,,F2,4",
                "3,2026-10-10 17:50:59,235,中国,湖北,武汉,丙公司,湖北省,F3,4",
                "4,2026-10-10 17:51:59,235,中国,四川,,丁公司, ,F4,4",
                "5,2026-10-10 17:52:59,235,中国,,,戊公司,,F5,4");
        assertTrue(issues("missing-region-column").isEmpty(), issues.all().toString());
        List<Issue> notes = issues("region-from-ip");
        assertEquals(1, notes.size(), notes.toString());
        Issue note = notes.get(0);
        assertEquals(Severity.INFO, note.severity());
        assertEquals("H", note.column());
        assertEquals("the region answer (column H \"2.所在省份\") is blank in 2 of the rows, so they are placed by columns "
                + "E \"地理位置省\" and F \"地理位置市\", the location of the IP address the answer was sent from, which need "
                + "not be where the respondent is: row numbers 3, 5. Fill in their region answers to place them by "
                + "their own answer", note.message());
        assertEquals("有 2 行的地区回答（H 列“2.所在省份”）为空，改按 E 列“地理位置省”和 F 列“地理位置市”即提交答卷的 IP 地址所在地"
                + "归入地区，未必是填报者的所在地：第 3、5 行。如要按填报者自己的回答归入地区，请补填这些行的地区",
                CatalogueCheck.chinese(note));
        assertFalse(t.regionFromIp(0));
        boolean[] placed = new boolean[t.rows()];
        for (int r = 0; r < t.rows(); r++) placed[r] = t.placedByIp(r);
        assertEquals(List.of(false, true, false, true, false), List.of(placed[0], placed[1], placed[2], placed[3],
                placed[4]));
    }

    @Test
    void theFirstTenRowsAreListedThenAnEllipsisAndOneIpColumnIsNamedAlone() {
        List<String> lines = new ArrayList<>();
        lines.add("编号,地理位置省,1.企业名称,2.所在省份,3.统一社会信用代码,Q1");
        for (int i = 1; i <= 12; i++) lines.add(i + ",北京,公司" + i + ",,F" + i + ",4");
        read(lines.toArray(new String[0]));
        Issue note = issues("region-from-ip").get(0);
        assertEquals("blank-one", note.params().get("form"));
        assertTrue(note.message().startsWith("the region answer (column D \"2.所在省份\") is blank in 12 of the rows, so "
                + "they are placed by column B \"地理位置省\", the location"), note.message());
        assertTrue(note.message().contains(": row numbers 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …. Fill in"), note.message());
        assertTrue(CatalogueCheck.chinese(note).contains("：第 2、3、4、5、6、7、8、9、10、11、… 行。"),
                CatalogueCheck.chinese(note));
    }

    @Test
    void everyRegionAnsweredGivesNoNote() {
        ResponseTable t = read(TENCENT + "2.所在省份,3.统一社会信用代码,Q1",
                "1,2026-10-10 17:48:59,235,中国,北京,北京,甲公司,湖北省,F1,4");
        assertTrue(issues("region-from-ip").isEmpty(), issues.all().toString());
        assertFalse(t.placedByIp(0));
    }
}
