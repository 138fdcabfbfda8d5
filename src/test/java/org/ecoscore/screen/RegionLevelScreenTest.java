package org.ecoscore.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.IssueLog;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.core.Options.RegionLevel;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.junit.jupiter.api.Test;

/** SPEC §3 region with the packaged GB/T 2260 dictionaries: platform forms, --region-level, file-level warnings. */
class RegionLevelScreenTest {
    private final Framework fw = ScreenFixtures.workedExample(FrameworkLoader.load(null).regions());
    private final IssueLog issues = new IssueLog();

    private Screened screen(ScreenFixtures.Table t, RegionLevel level) {
        return Screener.screen(t.build(), fw, Options.defaults(List.of("firms.csv"), List.of()).withRegionLevel(level),
                issues);
    }

    private List<Issue> issues(String code) {
        return issues.all().stream().filter(i -> i.code().equals(code)).toList();
    }

    private ScreenFixtures.Table platformRows() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(fw, Level.FIRM, "firms.xlsx");
        t.row(2).id("A").region("IP(江苏-南京)").answerFirst(5);
        t.row(3).id("B").region("深圳市南山区").answerFirst(5);
        t.row(4).id("C").province("广东").city("深圳").answerFirst(5);   // 腾讯问卷 地理位置省 / 地理位置市
        t.row(5).id("D").region("北京市海淀区").answerFirst(5);
        t.row(6).id("E").region("江苏").answerFirst(5);                  // a province only
        t.row(7).id("F").region("广东").city("深圳").answerFirst(5);      // 省份 answered, city apart
        t.row(8).id("G").region("江苏").city("深圳").answerFirst(5);      // the answer beats the location column
        return t;
    }

    @Test
    void provinceLevelKeepsProvincesAsUnits() {
        Screened s = screen(platformRows(), RegionLevel.PROVINCE);
        assertArrayEquals(new String[] {"江苏省", "广东省", "广东省", "北京市", "江苏省", "广东省", "江苏省"},
                s.regionName());
        assertArrayEquals(new String[] {"320000", "440000", "440000", "110000", "320000", "440000", "320000"},
                s.regionCode());
        assertEquals(List.of(), issues.all().stream().map(Issue::code).toList());
    }

    @Test
    void cityLevelMakesPrefectureLevelCitiesTheUnits() {
        Screened s = screen(platformRows(), RegionLevel.CITY);
        assertArrayEquals(new String[] {"南京市", "深圳市", "深圳市", "北京市", null, "深圳市", null}, s.regionName());
        assertArrayEquals(new String[] {"320100", "440300", "440300", "110000", null, "440300", null},
                s.regionCode());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, s.scoredRows(), "a row without city is still scored");
        List<Issue> noCity = issues("no-city");
        assertEquals(List.of(6, 8), noCity.stream().map(Issue::row).toList());
        assertTrue(noCity.get(0).message().contains("'江苏'") && noCity.get(0).message().contains("江苏省"),
                noCity.get(0).message());
        assertEquals("地区“江苏”只写了省份 江苏省，未写城市，而地区单位为城市（--region-level city）：该企业仍计分，"
                + "但不计入任何城市。请写明所在城市（如 江苏省南京市 或 南京），或改用 --region-level province 计分。",
                org.ecoscore.fixtures.CatalogueCheck.chinese(noCity.get(0)));
        assertEquals(2, issues.all().size(), issues.all().toString());
    }

    @Test
    void regionQuestionnairesResolveToCitiesLikewise() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(fw, Level.REGION, "regions.xlsx");
        t.row(2).id("深圳").answer("Q6", 1);                // the id names the city
        t.row(3).region("江苏省南京市").answer("Q6", 1);     // no id: the canonical city is the id
        Screened s = screen(t, RegionLevel.CITY);
        assertArrayEquals(new String[] {"深圳市", "南京市"}, s.regionName());
        assertArrayEquals(new String[] {"深圳", "南京市"}, s.ids());
    }

    @Test
    void aFileWithNoRegionGetsOneWarningNotOnePerRow() {
        ScreenFixtures.Table t = new ScreenFixtures.Table(fw, Level.FIRM, "no-column.xlsx", "blank.xlsx",
                "one.xlsx", "some.xlsx");
        t.noRegionColumn(0);  // the reader warned missing-region-column for this file
        for (int r = 2; r <= 4; r++) t.row(0, r).id("N" + r).answerFirst(5);
        for (int r = 2; r <= 4; r++) t.row(1, r).id("B" + r).answerFirst(5);
        t.row(2, 2).id("O2").answerFirst(5);
        t.row(3, 2).id("S2").region("广东").answerFirst(5);
        t.row(3, 3).id("S3").answerFirst(5);
        screen(t, RegionLevel.PROVINCE);
        List<Issue> missing = issues("missing-region");
        assertEquals(List.of("blank.xlsx", "one.xlsx", "some.xlsx"), missing.stream().map(Issue::file).toList());
        assertEquals(0, missing.get(0).row(), "the whole file, no row");
        assertTrue(missing.get(0).message().contains("every row"), missing.get(0).message());
        assertEquals(2, missing.get(1).row());
        assertEquals(3, missing.get(2).row());
    }
}
