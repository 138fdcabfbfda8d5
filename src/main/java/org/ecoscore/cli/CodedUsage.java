package org.ecoscore.cli;

import java.util.Map;
import org.ecoscore.core.Issue;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Our own command-line errors with a catalogue code (report.ErrorMessages, {@code usage.*}) beside picocli's
 * English text, so that {@link UsageErrors} can say them in Chinese: a bad option value from one of our converters,
 * and a command given without what to do.
 */
final class CodedUsage {
    private CodedUsage() {
    }

    /** A value our converter refuses: English as picocli shows it, a code and the specifics for Chinese. */
    static final class Conversion extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Map<String, String> params;

        Conversion(String code, String english, Object... nameValue) {
            super(english);
            this.code = code;
            this.params = Issue.paramsOf(nameValue);
        }

        String code() {
            return code;
        }

        Map<String, String> params() {
            return params;
        }
    }

    /** A command line that parses but says nothing to do. */
    static final class Parameter extends ParameterException {
        private static final long serialVersionUID = 1L;
        private final String code;

        Parameter(CommandLine cmd, String code, String english) {
            super(cmd, english);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
