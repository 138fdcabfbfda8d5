package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void anOutputGetsTheSamePermissionsAsAnyFileTheUserCreates() throws IOException {
        // regression: outputs were written through Files.createTempFile and came out 0600 whatever the umask
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path out = dir.resolve("report.xlsx");
        AtomicFiles.write(out, o -> o.write("x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    /**
     * A large output over a previous file of the same name: the previous file is renamed aside, the new one into
     * place, and the one set aside deleted — the folder holds the new file only, and a symbolic link to the
     * previous output is still replaced by the file itself, as a small output's rename does.
     */
    @Test
    void aLargeOutputOverAPreviousFileLeavesOnlyTheNewOne() throws IOException {
        Path out = dir.resolve("obstacles.csv");
        Files.writeString(out, "previous");
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 'x');
        long blocks = AtomicFiles.SET_ASIDE_FROM / block.length + 1;
        AtomicFiles.write(out, "--csv", o -> {
            for (long i = 0; i < blocks; i++) o.write(block);
        });
        assertEquals(blocks * block.length, Files.size(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.List.of(out), files.toList());
        }
        Path elsewhere = Files.writeString(dir.resolve("kept.csv"), "kept");
        Path link = dir.resolve("linked.csv");
        try {
            Files.createSymbolicLink(link, elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here (Windows without the right)
        }
        AtomicFiles.write(link, "--csv", o -> {
            for (long i = 0; i < blocks; i++) o.write(block);
        });
        assertTrue(!Files.isSymbolicLink(link) && Files.size(link) == blocks * block.length);
        assertEquals("kept", Files.readString(elsewhere));
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("report.xlsx");
        Files.writeString(out, "previous");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> AtomicFiles.write(out, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk unplugged");
        }));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertEquals("cannot write " + out + ": disk unplugged; choose another -o path", e.getMessage());
        assertEquals("previous", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aMissingFolderIsNamedPlainly() {
        Path out = dir.resolve("nope").resolve("r.xlsx");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> AtomicFiles.write(out, "-o", o -> { }));
        assertTrue(e.getMessage().endsWith(": the folder does not exist; choose another -o path"), e.getMessage());
    }
}
