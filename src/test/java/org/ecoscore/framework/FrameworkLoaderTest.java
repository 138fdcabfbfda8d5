package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ecoscore.core.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §1: loading the worked example's framework from CSV files. */
class FrameworkLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void workedExampleFrameworkLoadsNodesWithWeightsAggregationAndRoles() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        assertEquals("worked", f.name());
        assertEquals(tmp.resolve("worked").toString(), f.location());
        assertEquals(List.of(
                new Node("R", "", "综合", "Overall", 1.0, Aggregation.ARITHMETIC, "", 2),
                new Node("S1", "R", "体制", "System", 2.0, Aggregation.ARITHMETIC, "subsystem1", 3),
                new Node("S2", "R", "生态", "Ecosystem", 1.0, Aggregation.GEOMETRIC, "subsystem2", 4)), f.nodes());
        assertEquals("R", f.root().code());
        assertEquals("S1", f.subsystem(1).orElseThrow().code());
        assertEquals("S2", f.subsystem(2).orElseThrow().code());
    }

    @Test
    void workedExampleQuestionsCarryScaleReverseGoalpostsAndTransform() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6"), f.questions().stream().map(Question::code).toList());
        Question q1 = f.question("Q1").orElseThrow();
        assertEquals(ScaleKind.NAMED, q1.kind());
        assertEquals(2.0, q1.weight());
        assertFalse(q1.reverse());
        assertTrue(f.question("Q2").orElseThrow().reverse());
        Question q3 = f.question("Q3").orElseThrow();
        assertEquals(ScaleKind.PERCENT, q3.kind());
        assertEquals(0.0, q3.min());
        assertEquals(20.0, q3.max());
        Question q4 = f.question("Q4").orElseThrow();
        assertEquals(ScaleKind.NUMBER, q4.kind());
        assertTrue(q4.log());
        assertFalse(q4.hasGoalposts());
        assertEquals(List.of("专利", "patents"), q4.aliases());
        assertEquals(ScaleKind.YESNO, f.question("Q5").orElseThrow().kind());
        Question q6 = f.question("Q6").orElseThrow();
        assertEquals(Level.REGION, q6.source());
        assertEquals(100.0, q6.max());
        assertEquals(5, f.questionsOf(Level.FIRM).size());
        assertEquals(7, q6.line());
    }

    @Test
    void namedScaleRunsFromSmallestToLargestValueWithNormalisedLabels() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        Scale agree5 = f.scales().get("agree5");
        assertEquals(agree5, f.question("Q1").orElseThrow().scale());
        assertEquals(1, agree5.min());
        assertEquals(5, agree5.max());
        assertEquals(4, agree5.valueByLabel().get("同意"));
        assertEquals(4, agree5.valueByLabel().get("agree"));
        assertEquals(List.of("同意", "agree"), agree5.labelsByValue().get(4));
        assertNull(agree5.valueByLabel().get("Agree"), "keys are normalised (case-folded)");
    }

    @Test
    void metaAliasesAndRegionDictionaryAreRead() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        assertEquals(List.of("统一社会信用代码", "id"), f.metaAliases(MetaRole.ID));
        assertEquals(List.of("所在地区", "region"), f.metaAliases(MetaRole.REGION));
        assertEquals(List.of(), f.metaAliases(MetaRole.SUBMITTED));
        assertEquals(2, f.regions().regions().size());
        assertEquals("广东省", f.regions().lookup("广东").orElseThrow().nameZh());
        assertEquals("北京市", f.regions().lookup("110000").orElseThrow().nameZh());
        assertEquals("Beijing", f.regions().lookup("京").orElseThrow().nameEn());
    }

    @Test
    void firmLevelTreeDropsRegionQuestionsButKeepsS2WithQ4AndQ5() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        LevelTree firm = f.tree(Level.FIRM);
        assertEquals(List.of("R", "S1", "S2", "Q1", "Q2", "Q3", "Q4", "Q5"),
                firm.items().stream().map(TreeItem::code).toList());
        assertEquals(-1, firm.indexOf("Q6"));
        TreeItem s2 = firm.item(firm.indexOf("S2"));
        assertEquals(List.of("Q4", "Q5"), Arrays.stream(s2.children()).mapToObj(i -> firm.item(i).code()).toList());
        LevelTree region = f.tree(Level.REGION);
        TreeItem s2r = region.item(region.indexOf("S2"));
        assertEquals(List.of("Q4", "Q5", "Q6"),
                Arrays.stream(s2r.children()).mapToObj(i -> region.item(i).code()).toList());
    }

    @Test
    void regionOnlyNodeIsAbsentAtFirmLevel() {
        FrameworkFixture fx = new FrameworkFixture(tmp)
                .append("framework.csv", "S3,R,地区,Region,,,\n")
                .replace("questions.csv", "Q6,S2,region", "Q6,S3,region");
        Framework f = FrameworkLoader.load(fx.dir);
        assertEquals(-1, f.tree(Level.FIRM).indexOf("S3"));
        assertTrue(f.tree(Level.REGION).indexOf("S3") >= 0);
    }

    @Test
    void everyFileReadIsRecordedWithItsSha256() throws Exception {
        FrameworkFixture fx = new FrameworkFixture(tmp);
        Framework f = FrameworkLoader.load(fx.dir);
        // the framework's own regions.csv, and the packaged city dictionary (its cities of those provinces)
        assertEquals(List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv", "regions.csv",
                "built-in cities.csv"), f.files().stream().map(FrameworkFile::name).toList());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(FrameworkFixture.QUESTIONS.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, f.files().get(1).sha256());
        assertEquals(64, expected.length());
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        FrameworkFixture fx = new FrameworkFixture(tmp);
        for (String name : List.of("framework.csv", "questions.csv", "scales.csv", "meta.csv")) {
            byte[] body = Files.readAllBytes(fx.dir.resolve(name));
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            Files.write(fx.dir.resolve(name), withBom);
        }
        Framework f = FrameworkLoader.load(fx.dir);
        assertEquals("R", f.nodes().get(0).code());
        assertEquals(List.of("统一社会信用代码", "id"), f.metaAliases(MetaRole.ID));
    }

    @Test
    void windowsLineEndingsAndBlankLinesAreRead() {
        FrameworkFixture fx = new FrameworkFixture(tmp)
                .write("questions.csv", FrameworkFixture.QUESTIONS.replace("\n", "\r\n").replace("Q4,", "\r\nQ4,"));
        Framework f = FrameworkLoader.load(fx.dir);
        assertEquals(6, f.questions().size());
        assertEquals("Policy is clear", f.question("Q1").orElseThrow().textEn());
        assertEquals(6, f.question("Q4").orElseThrow().line(), "the blank line 5 still counts");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() {
        FrameworkFixture fx = new FrameworkFixture(tmp).write("framework.csv", """
                ROLE,Name_EN,Weight,Code,Aggregation,Parent,name_zh
                ,Overall,,R,,,综合
                subsystem1,System,2,S1,,R,体制
                subsystem2,Ecosystem,1,S2,GEOMETRIC,R,生态
                """);
        Framework f = FrameworkLoader.load(fx.dir);
        assertEquals(new Node("S2", "R", "生态", "Ecosystem", 1.0, Aggregation.GEOMETRIC, "subsystem2", 4),
                f.nodes().get(2));
    }

    @Test
    void quotedCellsFollowRfc4180() {
        FrameworkFixture fx = new FrameworkFixture(tmp).replace("questions.csv",
                "政策清晰,Policy is clear,", "政策清晰,\"Policy is \"\"clear\"\", really\",");
        Framework f = FrameworkLoader.load(fx.dir);
        assertEquals("Policy is \"clear\", really", f.question("Q1").orElseThrow().textEn());
    }

    @Test
    void reverseIsCaseInsensitive() {
        FrameworkFixture fx = new FrameworkFixture(tmp).replace("questions.csv", "agree5,true,", "agree5,TRUE,")
                .replace("questions.csv", "Q1,S1,firm,agree5,,", "Q1,S1,firm,agree5,False,");
        Framework f = FrameworkLoader.load(fx.dir);
        assertTrue(f.question("Q2").orElseThrow().reverse());
        assertFalse(f.question("Q1").orElseThrow().reverse());
    }

    @Test
    void scalesFileMayBeAbsentWhenNoNamedScaleIsUsed() {
        FrameworkFixture fx = new FrameworkFixture(tmp).delete("scales.csv")
                .replace("questions.csv", "Q1,S1,firm,agree5", "Q1,S1,firm,yesno")
                .replace("questions.csv", "Q2,S1,firm,agree5", "Q2,S1,firm,yesno");
        Framework f = FrameworkLoader.load(fx.dir);
        assertTrue(f.scales().isEmpty());
        assertFalse(f.files().stream().anyMatch(x -> x.name().equals("scales.csv")));
    }

    @Test
    void validFrameworkHasNoProblems() {
        assertEquals(List.of(), FrameworkLoader.problems(new FrameworkFixture(tmp).dir));
    }
}
