package org.ecoscore.cli;

import java.io.PrintWriter;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Options;
import org.ecoscore.report.ErrorMessages;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns whatever reaches the top into a message on stderr and an exit code (SPEC §6, ARCHITECTURE
 * "Errors"): a user error ({@link EcoscoreException}) gives {@code ecoscore: <message>} and its code; a bad
 * command line gives the message (picocli's in English, {@link UsageErrors}' in Chinese), a hint and 2; anything else is a bug: exit 1 with a message that says
 * so, and the stack trace only when {@code ECOSCORE_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof EcoscoreException e) {
            boolean english = consoleEnglish(parseResult);
            boolean chinese = !english && ErrorMessages.chinese(e) != null;
            err.println((chinese ? "ecoscore：" : "ecoscore: ")
                    + ConsoleText.printable(ErrorMessages.userMessage(e, english)));
            if (debug) e.printStackTrace(err);
            err.flush();
            return e.exitCode();
        }
        if (ex instanceof java.nio.file.InvalidPathException) {
            // a file name Java cannot hold in the system's encoding: a bare C locale and a Chinese name
            err.println(invalidPathMessage(System.getProperty("sun.jnu.encoding", "?"), System.getenv()));
            if (debug) ex.printStackTrace(err);
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("ecoscore: internal error (this is a bug — please report it with the command you ran): " + ex);
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println("ecoscore: set ECOSCORE_DEBUG=1 to see the stack trace.");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * A file name Java cannot hold in the system's encoding. When the environment already names a UTF-8 locale, that
     * locale is not installed (Java fell back to ASCII): say so rather than advise the setting in force (new-user
     * finding, session 8: LANG=zh_CN.UTF-8 on a system with C.UTF-8 only was told to set LANG=zh_CN.UTF-8).
     */
    static String invalidPathMessage(String encoding, java.util.Map<String, String> env) {
        String name = null;
        String value = null;
        for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String s = env.get(v);
            if (s != null && !s.isEmpty()) {
                name = v;
                value = s;
                break;
            }
        }
        String start = "ecoscore: a file or folder name cannot be read in this system's encoding (" + encoding
                + "): its characters are lost. ";
        String end = "; see TROUBLESHOOTING.md \"File names with Chinese characters\".";
        if (value != null && value.toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8")) {
            return start + name + "=" + value + " is set, but that locale is not installed on this system (`locale -a`"
                    + " lists those that are): run with LC_ALL=C.UTF-8, install the locale, or rename the file" + end;
        }
        return start + "Run in a UTF-8 locale (e.g. LANG=C.UTF-8 or LANG=zh_CN.UTF-8) or rename the file" + end;
    }

    /**
     * The console's language for the command that failed: {@code --lang} as given to it, else the system
     * locale's (LangOption's rule).
     */
    static boolean consoleEnglish(ParseResult parseResult) {
        ParseResult pr = parseResult;
        while (pr != null && pr.hasSubcommand()) pr = pr.subcommand();
        Options.Lang given = null;
        if (pr != null && pr.hasMatchedOption("--lang")) given = pr.matchedOptionValue("--lang", null);
        return LangOption.consoleEnglish(given, Locale.getDefault(Locale.Category.DISPLAY));
    }

    /**
     * The {@code --lang} of a command line that did not parse, read from the words themselves (picocli's parse
     * result is incomplete): the last {@code --lang zh|en} or {@code --lang=zh|en}; null when there is none or its
     * value is neither (then the system locale decides, LangOption's rule).
     */
    static Options.Lang langGiven(String[] args) {
        Options.Lang given = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String v = null;
            if (args[i].equals("--")) break;
            if (args[i].equals("--lang") && i + 1 < args.length) v = args[++i];
            else if (args[i].startsWith("--lang=")) v = args[i].substring("--lang=".length());
            if (v == null) continue;
            String t = v.trim().toLowerCase(Locale.ROOT);
            given = t.equals("zh") ? Options.Lang.ZH : t.equals("en") ? Options.Lang.EN : null;
        }
        return given;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        if (!LangOption.consoleEnglish(langGiven(args), Locale.getDefault(Locale.Category.DISPLAY))) {
            err.println("ecoscore：" + ConsoleText.printable(UsageErrors.chinese(ex)));
            String suggestions = UsageErrors.suggestions(ex);
            if (suggestions != null) err.println(ConsoleText.printable(suggestions));
            err.println(UsageErrors.hint(name));
        } else {
            err.println("ecoscore: " + ConsoleText.printable(ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + name + " --help' for more information.");
        }
        err.flush();
        return ExitCode.USAGE;
    }
}
