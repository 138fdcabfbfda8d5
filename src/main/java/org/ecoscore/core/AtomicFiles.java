package org.ecoscore.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every output file of ecoscore (report, CSV tables, templates, samples, framework workbooks) is written
 * through here (SPEC §5): into a hidden temporary file in the target's folder, then renamed into place, so an
 * interrupted or failed run never leaves a half-written file and never touches the previous one. The
 * temporary file is created like any other file (the user's umask decides its permissions, so colleagues
 * can read the report as they can read anything else the user writes). Failure is an
 * {@link EcoscoreException} with exit code 4 and a plain reason.
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
            tmp = newTemporary(dir, abs.getFileName().toString());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE),
                    1 << 16)) {
                content.writeTo(out);
            }
            Path aside = Files.size(tmp) >= SET_ASIDE_FROM ? setAside(dir, abs) : null;
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                if (aside != null) Files.move(aside, abs, StandardCopyOption.ATOMIC_MOVE); // the previous file back
                throw e;
            }
            tmp = null;
            if (aside != null) Files.deleteIfExists(aside);
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

    /**
     * From this size on, a previous file of the same name is first renamed aside (and deleted once the new one is in
     * place) instead of being replaced by the rename: on ext4 (most Linux systems) renaming over an existing file
     * makes the kernel start writing the new file's data to disk then and there (its auto_da_alloc safeguard), which
     * for a run's 750 MB obstacles.csv held the rename for ≈ 0.2 s and took the cores from the rest of the run. The
     * previous file is never lost: it is put back if the new one cannot be renamed into place.
     */
    static final long SET_ASIDE_FROM = 64L << 20;

    /** Renames a previous regular file at {@code target} to a hidden name beside it; null when there is none. */
    private static Path setAside(Path dir, Path target) throws IOException {
        if (!Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        for (int attempt = 0; attempt < 10; attempt++) {
            Path aside = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                    .nextLong()) + ".old");
            if (Files.exists(aside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                return Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                return null; // replaced by the rename as before
            }
        }
        return null;
    }

    /** A new, empty, hidden file beside the target (not {@code Files.createTempFile}, which makes it 0600). */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
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
            throw new EcoscoreException(ExitCode.OUTPUT, dir.toString(),
                    "cannot create folder " + dir + ": " + reason(e) + "; choose another "
                    + option + ("--csv".equals(option) ? " folder" : " path"), e);
        }
    }

    /** Creates the missing folders above an output file (as {@code score -o} does), exit 4 when it cannot. */
    public static void createParentFolder(Path target, String option) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.exists(folder)) createFolder(folder, option);
    }

    /** Why a file cannot be created in a folder that exists (as the system refusing it says "no such file"). */
    public static final String NOT_A_FOLDER_FOR_FILES = "no file can be created in this folder (a system folder such as"
            + " /proc, or one you may not write to): write into a folder of your own";

    /** A reason a person can act on, not a Java exception name. */
    static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder is not writable, or the file is open in Excel)";
        }
        if (e instanceof NoSuchFileException nf) {
            // a folder that exists but takes no new files (such as /proc) answers "no such file" too
            Path folder = nf.getFile() == null ? null : Path.of(nf.getFile()).toAbsolutePath().getParent();
            return folder != null && Files.isDirectory(folder) ? NOT_A_FOLDER_FOR_FILES : "the folder does not exist";
        }
        if (m.contains("No space left")) return "the disk is full";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static EcoscoreException failure(Path target, String option, String reason, Throwable cause) {
        return EcoscoreException.output(target.toString(),
                "cannot write " + target + ": " + reason + "; choose another " + option + " path", cause)
                .coded("cannot-write", "target", target, "reason", reason, "option", option);
    }
}
