package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecoscore.core.Level;
import org.junit.jupiter.api.Test;

/**
 * Regression: an invalid answer of 32,767 characters was quoted whole in its invalid-value message, which then
 * no longer fitted one cell of the Issues sheet (the report failed) and flooded the validate table.
 */
class AnswerParserExcerptTest {
    @Test
    void invalidValueMessageQuotesAtMost200CharactersAndSaysHowLongTheCellWas() {
        AnswerParser p = new AnswerParser(WorkedExample.question("Q", "S1", Level.FIRM, "number", "t", "t", List.of()));
        String message = p.invalidMessage("x".repeat(32_767));
        assertTrue(message.startsWith("\"" + "x".repeat(200) + "…(32767 characters)\" is not an answer of Q"),
                message.substring(0, 220));
        assertTrue(message.length() < 400, "length " + message.length());
    }

    @Test
    void shortValuesAreQuotedWhole() {
        assertEquals("abc", AnswerParser.excerpt("abc"));
        assertEquals("y".repeat(200), AnswerParser.excerpt("y".repeat(200)));
    }
}
