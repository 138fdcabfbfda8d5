package org.ecoscore.instrument;

import org.ecoscore.screen.CreditCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleCreditCodesTest {
    @Test
    void gb32100CheckCharacterOfPublishedExample() {
        // the example code printed in GB 32100-2015 explanations: 91350100M000100Y43
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
    }

    @Test
    void gb11714OrganisationCheckOfPublishedExample() {
        // organisation code D2143569-? : sum = 13*3+2*7+1*9+4*10+3*5+5*8+6*4+9*2 = 199; 11 - 199 % 11 = 10 -> X
        assertEquals('X', SampleCreditCodes.organisationCheck("D2143569"));
    }

    @Test
    void randomCodesAreValidAndInTheRegionsDivision() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            String code = SampleCreditCodes.random("440300", rnd);
            assertEquals(18, code.length());
            assertTrue(code.startsWith("91440300"), code);
            assertTrue(CreditCode.isValid(code), code);
            assertEquals(SampleCreditCodes.organisationCheck(code.substring(8, 16)), code.charAt(16), code);
        }
    }
}
