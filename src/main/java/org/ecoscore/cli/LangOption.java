package org.ecoscore.cli;

import java.util.Locale;
import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/**
 * Mixin: {@code --lang zh|en}. Given, it sets the language of everything: the report, region names, the issue
 * messages and the console. Not given, the report is in Chinese (its readers are Chinese offices; SPEC §5) and
 * the console follows the system locale: Chinese when the locale's language is Chinese, else English.
 */
final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en", converter = Converters.LangConverter.class,
            description = "Language of what the command writes: the report or workbook (score, trend), region names, "
                    + "issue messages and the console: zh or en. Default: reports in zh; the console in zh when the "
                    + "system locale is Chinese, else en.")
    Options.Lang lang;

    /** The report's language: as given, else Chinese. */
    Options.Lang report() {
        return lang == null ? Options.Lang.ZH : lang;
    }

    /** True when the report is in English. */
    boolean english() {
        return report() == Options.Lang.EN;
    }

    /** True when the console speaks English: as given, else by the system locale. */
    boolean consoleEnglish() {
        return consoleEnglish(lang, Locale.getDefault(Locale.Category.DISPLAY));
    }

    /** The console rule with the locale as a parameter: {@code --lang} when given, else English unless zh. */
    static boolean consoleEnglish(Options.Lang given, Locale system) {
        if (given != null) return given == Options.Lang.EN;
        return !"zh".equals(system.getLanguage());
    }

    /** For a command without the mixin's field set (validate's console only). */
    static boolean consoleEnglish(LangOption option) {
        return option == null ? consoleEnglish(null, Locale.getDefault(Locale.Category.DISPLAY))
                : option.consoleEnglish();
    }
}
