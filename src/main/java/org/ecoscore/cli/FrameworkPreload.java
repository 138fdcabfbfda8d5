package org.ecoscore.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.FrameworkLoader;

/**
 * The framework a {@code score} or {@code validate} command line names with {@code -f} (or the built-in one),
 * loaded on a second thread from the moment {@link Main} starts, while picocli builds its command tree and parses
 * the options on the main thread — on a short run the two take about as long, and the second core is idle then.
 * {@link #load} hands the command the preloaded framework when it asks for the same one; in every other case,
 * and whenever the preload failed, it loads the framework itself on the caller's thread, so that a broken or
 * missing framework is reported exactly as without a preload (the preload never prints anything).
 */
final class FrameworkPreload {
    private static final FrameworkPreload NONE = new FrameworkPreload(null, null);

    /** The framework preloaded: its path as the command line gave it, null for the built-in one. */
    private final Path path;
    private final FutureTask<Framework> task;

    private FrameworkPreload(Path path, FutureTask<Framework> task) {
        this.path = path;
        this.task = task;
    }

    /** No preload: {@link #load} always loads. */
    static FrameworkPreload none() {
        return NONE;
    }

    /**
     * Starts loading, on a daemon thread, the framework of a {@code score} or {@code validate} command line
     * ({@code -f X}, {@code -fX}, {@code -f=X}, {@code --framework X}, {@code --framework=X}; none given: the built-in
     * framework); any other command line, or a {@code -f} naming nothing that exists: {@link #none}.
     */
    static FrameworkPreload start(String... args) {
        if (args.length == 0 || !(args[0].equals("score") || args[0].equals("validate"))) return none();
        String given = frameworkArgument(args);
        Path path = null;
        if (given != null) {
            try {
                path = Path.of(given);
            } catch (InvalidPathException e) {
                return none();
            }
            if (!Files.exists(path)) return none();
        }
        Path p = path;
        FutureTask<Framework> task = new FutureTask<>(() -> FrameworkLoader.load(p));
        Thread t = new Thread(task, "ecoscore-framework-preload");
        t.setDaemon(true);
        t.start();
        return new FrameworkPreload(path, task);
    }

    /** The value of the last {@code -f}/{@code --framework} on the command line (picocli keeps the last), or null. */
    static String frameworkArgument(String... args) {
        String value = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if ((a.equals("-f") || a.equals("--framework")) && i + 1 < args.length) {
                value = args[++i];
            } else if (a.startsWith("--framework=")) {
                value = a.substring("--framework=".length());
            } else if (a.startsWith("-f=")) {
                value = a.substring(3);
            } else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
                value = a.substring(2);
            }
        }
        return value;
    }

    /** The framework at {@code requested} (null: the built-in one): the preloaded one when it is that, else loaded now. */
    Framework load(Path requested) {
        if (task != null && Objects.equals(path, requested)) {
            try {
                return task.get();
            } catch (ExecutionException e) {
                // loaded again below, on this thread, so that the error is reported as it always is
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return FrameworkLoader.load(requested);
    }
}
