package org.ecoscore.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §6 framework command: the tree with local and effective weights (region level, all questions). */
class FrameworkPrinterTest {
    @TempDir
    Path tmp;

    @Test
    void treeShowsLocalAndEffectiveWeights() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        // S1: 2/(2+1); Q1: 2/(2+1+1) → eff 2/3·1/2 = 1/3; S2's three questions: 1/3 each → eff 1/9
        String expected = """
                R Overall  w=1 (eff=1)
                  S1 System  w=0.6667 (eff=0.6667)  [subsystem1]
                    Q1 Policy is clear  w=0.5 (eff=0.3333)  [firm, agree5]
                    Q2 Policy changes often  w=0.25 (eff=0.1667)  [firm, agree5, reverse]
                    Q3 R&D intensity  w=0.25 (eff=0.1667)  [firm, percent]
                  S2 Ecosystem  w=0.3333 (eff=0.3333)  [geometric, subsystem2]
                    Q4 Invention patents  w=0.3333 (eff=0.1111)  [firm, number, log]
                    Q5 Took part in open competitions  w=0.3333 (eff=0.1111)  [firm, yesno]
                    Q6 Guidance fund size  w=0.3333 (eff=0.1111)  [region, number]
                """;
        assertEquals(expected, FrameworkPrinter.print(f, true));
    }

    @Test
    void chineseNamesByDefault() {
        Framework f = FrameworkLoader.load(new FrameworkFixture(tmp).dir);
        String out = FrameworkPrinter.print(f, false);
        assertEquals("R 综合  w=1 (eff=1)", out.lines().findFirst().orElseThrow());
        assertEquals("    Q1 政策清晰  w=0.5 (eff=0.3333)  [firm, agree5]", out.lines().skip(2).findFirst().orElseThrow());
    }

    @Test
    void effectiveWeightIsTheProductDownThePath() {
        FrameworkFixture fx = new FrameworkFixture(tmp)
                .write("framework.csv", """
                        code,parent,name_zh,name_en,weight,aggregation,role
                        R,,根,Root,,,
                        A,R,甲,A,3,,
                        B,R,乙,B,1,,
                        A1,A,甲一,A one,1,,
                        """)
                .write("questions.csv", """
                        code,parent,source,scale,weight,text_en
                        Q1,A1,firm,yesno,1,one
                        Q2,A1,firm,yesno,4,two
                        Q3,A,firm,yesno,1,three
                        Q4,B,region,number,,four
                        """);
        // A = 3/4; A1 = 1/2 of A → 3/8; Q2 = 4/5 of A1 → 3/10; Q3 = 1/2 of A → 3/8
        String expected = """
                R Root  w=1 (eff=1)
                  A A  w=0.75 (eff=0.75)
                    A1 A one  w=0.5 (eff=0.375)
                      Q1 one  w=0.2 (eff=0.075)  [firm, yesno]
                      Q2 two  w=0.8 (eff=0.3)  [firm, yesno]
                    Q3 three  w=0.5 (eff=0.375)  [firm, yesno]
                  B B  w=0.25 (eff=0.25)
                    Q4 four  w=1 (eff=0.25)  [region, number]
                """;
        assertEquals(expected, FrameworkPrinter.print(FrameworkLoader.load(fx.dir), true));
    }
}
