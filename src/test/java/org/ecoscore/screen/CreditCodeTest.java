package org.ecoscore.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void checkCharacterFollowsGb32100WeightsByHand() {
        // only the 17th character (weight 28) is 1: sum 28, 31 − 28 = 3
        assertEquals('3', CreditCode.checkCharacter("00000000000000001"));
        // only the 1st character (weight 1) is 1: sum 1, 31 − 1 = 30 → 'Y' (the 31st character)
        assertEquals('Y', CreditCode.checkCharacter("10000000000000000"));
        // 'A' = 10 at weight 1: 31 − 10 = 21 → 'M' (I and O are skipped: … H=17, J=18, K=19, L=20, M=21)
        assertEquals('M', CreditCode.checkCharacter("A0000000000000000"));
        // all zeros: sum 0, 31 − 0 = 31 → 0
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
    }

    @Test
    void publishedCodeIsValid() {
        // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M=21·20 + 1·8 + Y=30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91350100m000100y43"), "letters in lower case are the same code");
    }

    @Test
    void oneCharacterOffFailsTheCheck() {
        assertTrue(CreditCode.looksLike("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100Y53"));
    }

    @Test
    void onlyEighteenCharactersOfTheCodeSetLookLikeACode() {
        assertFalse(CreditCode.looksLike("91350100M000100Y4"), "17 characters");
        assertFalse(CreditCode.looksLike("91350100I000100Y43"), "I is not in the code set");
        assertFalse(CreditCode.looksLike("91350100S000100Y43"), "S is not in the code set");
        assertFalse(CreditCode.looksLike("9135010-M000100Y43"));
        assertTrue(CreditCode.looksLike("000000000000000013"));
        assertTrue(CreditCode.isValid("000000000000000013"));
    }
}
