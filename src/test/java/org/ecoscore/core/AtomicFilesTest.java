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
