package org.ecoscore.cli;

import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/**
 * Mixin: {@code --lang zh|en} for a command that writes no report (framework check, export, draft; sample): the
 * language of its console messages only. Not given, the system locale decides (LangOption's rule).
 */
final class ConsoleLangOption {
    @Option(names = "--lang", paramLabel = "zh|en", converter = Converters.LangConverter.class,
            description = "Language of the console messages: zh or en. Default: zh when the system locale is "
                    + "Chinese, else en.")
    Options.Lang lang;

    /** True when the console speaks English: as given, else by the system locale. */
    boolean english() {
        return LangOption.consoleEnglish(lang, java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY));
    }

    /** The console's words. */
    org.ecoscore.report.Labels labels() {
        return new org.ecoscore.report.Labels(english());
    }
}
