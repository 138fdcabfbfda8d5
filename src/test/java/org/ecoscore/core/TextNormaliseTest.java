package org.ecoscore.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC §2 header normalisation, and its shortcut for plain ASCII texts. */
class TextNormaliseTest {
    @Test
    void plainAsciiWithSingleSpacesIsOnlyLowerCased() {
        assertTrue(Text.plainAscii("2025/3/11 15:29:52"));
        assertTrue(Text.plainAscii("Strongly Agree"));
        assertEquals("strongly agree", Text.normalise("Strongly Agree"));
        assertEquals("2025/3/11 15:29:52", Text.normalise("2025/3/11 15:29:52"));
    }

    @Test
    void spacesToCollapseOrTrimTakeTheFullWay() {
        assertFalse(Text.plainAscii(" agree"));
        assertFalse(Text.plainAscii("agree "));
        assertFalse(Text.plainAscii("strongly  agree"));
        assertFalse(Text.plainAscii("strongly\tagree"));
        assertFalse(Text.plainAscii("同意"));
        assertEquals("agree", Text.normalise(" agree "));
        assertEquals("strongly agree", Text.normalise("Strongly  \t Agree"));
        // an ideographic space (U+3000) and full-width letters: NFKC makes them plain
        assertEquals("strongly agree", Text.normalise("Ｓｔｒｏｎｇｌｙ\u3000Agree"));
        assertEquals("", Text.normalise(" "));
        assertEquals("", Text.normalise(null));
    }
}
