package org.ecoscore.cli;

import org.ecoscore.core.Options;
import picocli.CommandLine.Option;

/** Mixin: {@code --lang zh|en}, the report language (SPEC §5). */
final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en", converter = Converters.LangConverter.class, defaultValue = "zh",
            description = "Language of the report and of region names: zh (default) or en.")
    Options.Lang lang;

    boolean english() {
        return lang == Options.Lang.EN;
    }
}
