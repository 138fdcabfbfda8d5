package org.ecoscore.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;
import org.ecoscore.instrument.TemplateLayout;
import org.ecoscore.instrument.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ecoscore template}: a blank questionnaire that reads back with no mapping (SPEC §6). */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Write a blank questionnaire workbook for a framework: instructions, drop-downs for scale "
                + "and yes/no questions, numeric checks, protected question cells.")
public final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--framework"}, paramLabel = "FOLDER|XLSX",
            description = "Indicator framework: a folder of CSV files or one .xlsx workbook (default: built-in).")
    Path framework;

    @Option(names = "--source", paramLabel = "firm|region|expert", defaultValue = "firm",
            converter = SourceConverter.class,
            description = "Which questionnaire: firm (default), region, or expert (an expert panel's rating form).")
    Level source;

    @Option(names = "--layout", paramLabel = "table|form", defaultValue = "table", converter = LayoutConverter.class,
            description = "table (one respondent per row, default) or form (one respondent per file).")
    TemplateLayout layout;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LangConverter.class,
            description = "Language of the questions and instructions: zh (default) or en.")
    Options.Lang lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true,
            description = "The workbook to write (replaced if it exists).")
    Path output;

    @Override
    public Integer call() {
        Framework fw = FrameworkLoader.load(framework);
        AtomicFiles.createParentFolder(output, "-o");
        TemplateWriter.write(fw, source, layout, lang == Options.Lang.EN, output);
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** {@code firm} or {@code region}. */
    static final class SourceConverter implements ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            try {
                return Level.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CodedUsage.Conversion("usage.not-a-source", "'" + value + "' is not a source; use firm, "
                        + "region or expert");
            }
        }
    }

    /** {@code table} or {@code form}. */
    static final class LayoutConverter implements ITypeConverter<TemplateLayout> {
        @Override
        public TemplateLayout convert(String value) {
            try {
                return TemplateLayout.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CodedUsage.Conversion("usage.not-a-layout", "'" + value + "' is not a layout; use table or "
                        + "form");
            }
        }
    }

    /** {@code zh} or {@code en}. */
    static final class LangConverter implements ITypeConverter<Options.Lang> {
        @Override
        public Options.Lang convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "zh" -> Options.Lang.ZH;
                case "en" -> Options.Lang.EN;
                default -> throw new CodedUsage.Conversion("usage.not-a-language", "'" + value + "' is not a language; "
                        + "use zh or en");
            };
        }
    }
}
