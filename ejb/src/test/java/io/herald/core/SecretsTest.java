package io.herald.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void theHashIsLowerCaseHexSha256OfUtf8() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256Hex("abc"));
    }

    @Test
    void issuedTokensAreLongRandomAndUrlSafe() {
        String one = Secrets.randomToken();
        assertEquals(43, one.length());
        assertTrue(one.matches("[A-Za-z0-9_-]+"), one);
        assertNotEquals(one, Secrets.randomToken());
    }

    @Test
    void aRedactedSecretTellsOnlyWhetherThereIsOne() {
        assertEquals("***", Secrets.redacted("hunter2"));
        assertNull(Secrets.redacted(null));
    }

    @Test
    void hexDigestsCompareWithoutRegardToCase() {
        assertTrue(Secrets.hexEquals("ABCDEF", "abcdef"));
        assertFalse(Secrets.hexEquals("abcdef", null));
    }
}
