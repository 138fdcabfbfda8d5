package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * New-user test F14: with LANG=zh_CN.UTF-8 on a machine without the zh_CN locale, Java's display locale is
 * English and so is the console, with nothing pointing to --lang zh. A fake environment and display locale through
 * the rule that picks the console's language (LangOption.consoleEnglish): one line, both languages, only when the
 * environment asks for Chinese, the locale is not Chinese and neither --lang nor -q is given.
 */
class LocaleHintTest {
    private static final Map<String, String> ZH_ENV = Map.of("LANG", "zh_CN.UTF-8");
    private static final String[] SCORE = {"score", "firms.xlsx", "-o", "out.xlsx"};

    @Test
    void aChineseEnvironmentWithAnEnglishJavaLocaleGetsOneBilingualLine() {
        StringWriter err = new StringWriter();
        LocaleHint.print(SCORE, ZH_ENV, Locale.ROOT, new PrintWriter(err));
        String text = err.toString();
        assertEquals(1, text.split("\n", -1).length - 1, "one line: " + text);
        assertTrue(text.startsWith("ecoscore: LANG asks for Chinese but this machine has no Chinese locale, so the "
                + "console is in English; add --lang zh (TROUBLESHOOTING.md, \"The console is in English although "
                + "LANG=zh_CN.UTF-8\")"), text);
        assertTrue(text.contains("请加 --lang zh"), text);
    }

    @Test
    void noHintWhenTheLocaleIsChineseTheEnvironmentIsNotOrTheUserChose() {
        assertNull(LocaleHint.hint(SCORE, ZH_ENV, Locale.SIMPLIFIED_CHINESE), "Java found the Chinese locale");
        assertNull(LocaleHint.hint(SCORE, Map.of("LANG", "en_US.UTF-8"), Locale.ROOT));
        assertNull(LocaleHint.hint(SCORE, Map.of(), Locale.ROOT), "LANG unset");
        assertNull(LocaleHint.hint(new String[] {"score", "f.xlsx", "--lang", "en"}, ZH_ENV, Locale.ROOT));
        assertNull(LocaleHint.hint(new String[] {"score", "f.xlsx", "--lang=zh"}, ZH_ENV, Locale.ROOT));
        assertNull(LocaleHint.hint(new String[] {"score", "f.xlsx", "-q"}, ZH_ENV, Locale.ROOT), "quiet");
    }

    @Test
    void lcAllAndLcMessagesComeBeforeLang() {
        assertNull(LocaleHint.hint(SCORE, Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), Locale.ROOT),
                "LC_ALL=C overrides LANG: the user asked for C");
        assertTrue(LocaleHint.hint(SCORE, Map.of("LC_MESSAGES", "zh_CN.GB18030", "LANG", "en_US.UTF-8"),
                Locale.ENGLISH) != null);
        assertEquals("zh_TW.UTF-8", LocaleHint.requested(Map.of("LC_ALL", "", "LANG", "zh_TW.UTF-8")));
    }
}
