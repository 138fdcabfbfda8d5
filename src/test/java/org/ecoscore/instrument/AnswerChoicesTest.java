package org.ecoscore.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drop-down labels of the templates and when they fit inline. */
class AnswerChoicesTest {
    @Test
    void labelInTheLanguageIsTheFirstCjkOrAsciiOneElseTheFirst() {
        List<String> written = List.of("Strongly disagree", "非常不同意", "完全不同意");
        assertEquals("非常不同意", AnswerChoices.label(written, false));
        assertEquals("Strongly disagree", AnswerChoices.label(written, true));
        assertEquals("Très bien", AnswerChoices.label(List.of("Très bien"), true), "no ASCII label: the first");
        assertEquals("good", AnswerChoices.label(List.of("good"), false), "no CJK label: the first");
    }

    @Test
    void explicitListsStopAt255CharactersAndAtCommas() {
        List<String> fits = new ArrayList<>();
        for (int i = 0; i < 5; i++) fits.add("x".repeat(50)); // 250 + 4 commas = 254
        assertTrue(DropDowns.fitsExplicit(fits));
        fits.set(0, "x".repeat(52)); // 256
        assertFalse(DropDowns.fitsExplicit(fits));
        assertFalse(DropDowns.fitsExplicit(List.of("a,b", "c")));
    }
}
