package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IssuedTokenTest {

    @Test
    void anIssuedTokenPrintsItsHashNotItself() {
        var view = new JpaChatAccessTokens.TokenView("hash-of-it", 7, null, false, Instant.EPOCH);
        String text = new JpaChatAccessTokens.Issued("s3cret-0123456789", view).toString();
        assertFalse(text.contains("s3cret-0123456789"), text);
        assertTrue(text.contains("hash-of-it"), text);
    }
}
