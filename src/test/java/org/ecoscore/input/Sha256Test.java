package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Sha256} against the published test vectors and the JDK's digest, for every way bytes can arrive. */
class Sha256Test {

    private static String own(byte[] b) {
        Sha256 s = new Sha256();
        s.update(b, 0, b.length);
        return HexFormat.of().formatHex(s.digest());
    }

    private static String jdk(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void publishedTestVectors() {
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf", SHA-256 one-block and two-block messages) and the empty string
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", own(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                own("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                own("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)));
        // one million times "a" (FIPS 180-2, appendix B.3)
        byte[] a = new byte[1_000_000];
        java.util.Arrays.fill(a, (byte) 'a');
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", own(a));
    }

    @Test
    void everyLengthAroundTheBlockAndPaddingBoundsAgreesWithTheJdk() throws Exception {
        Random r = new Random(14);
        for (int len = 0; len <= 300; len++) {
            byte[] b = new byte[len];
            r.nextBytes(b);
            assertEquals(jdk(b), own(b), "length " + len);
        }
    }

    @Test
    void bytesArrivingInPiecesOfAnySizeGiveTheSameDigest() throws Exception {
        Random r = new Random(2026);
        for (int n = 0; n < 200; n++) {
            byte[] b = new byte[r.nextInt(5000)];
            r.nextBytes(b);
            Sha256 s = new Sha256();
            int off = 0;
            while (off < b.length) {
                int piece = Math.min(b.length - off, r.nextInt(n % 2 == 0 ? 70 : 3000));
                s.update(b, off, piece);
                off += piece;
            }
            assertEquals(jdk(b), HexFormat.of().formatHex(s.digest()), "length " + b.length);
        }
    }

    @Test
    void bothWaysOfHashingAStreamGiveTheSameHex() throws Exception {
        byte[] b = new byte[(1 << 16) * 3 + 17];
        new Random(3).nextBytes(b);
        assertEquals(jdk(b), InputReader.sha256(new ByteArrayInputStream(b), true));
        assertEquals(jdk(b), InputReader.sha256(new ByteArrayInputStream(b), false));
    }

    @Test
    void c1OnlyFromTheJitFlags() {
        assertTrue(JitMode.c1Only("true", "1"));
        assertTrue(JitMode.c1Only("true", "3"));
        assertFalse(JitMode.c1Only("true", "4"));
        assertFalse(JitMode.c1Only("false", "1")); // C2 only
        assertFalse(JitMode.c1Only("true", "?"));
    }
}
