package org.ecoscore.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ecoscore.core.EcoscoreException;

/**
 * Writes an output file through a temporary file in the same folder, then renames it into place
 * (SPEC §5): a failed or interrupted run never leaves a half-written file. Failure is an
 * {@link EcoscoreException} with exit code 4.
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        write(target, "-o", content);
    }

    /**
     * @param option the command-line option that chose this path, named in the failure message
     */
    public static void write(Path target, String option, Content content) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) throw failure(target, option, "it is a folder", null);
        if (dir == null || !Files.isDirectory(dir)) throw failure(target, option, "the folder does not exist", null);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw failure(target, option, reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more can be done; the temporary file is hidden and named after the target
                }
            }
        }
    }

    /** Creates a folder (and its parents) for output, exit 4 when it cannot. */
    public static void createFolder(Path dir) {
        createFolder(dir, "--csv");
    }

    /**
     * @param option the command-line option that chose this folder, named in the failure message
     */
    public static void createFolder(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EcoscoreException(org.ecoscore.core.ExitCode.OUTPUT, dir.toString(),
                    "cannot create folder " + dir + ": " + reason(e) + "; choose another "
                    + option + ("--csv".equals(option) ? " folder" : " path"), e);
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return (m == null || m.isBlank()) ? kind : kind + " (" + m + ")";
    }

    private static EcoscoreException failure(Path target, String option, String reason, Throwable cause) {
        return EcoscoreException.output(target.toString(),
                "cannot write " + target + ": " + reason + "; choose another " + option + " path", cause);
    }
}
