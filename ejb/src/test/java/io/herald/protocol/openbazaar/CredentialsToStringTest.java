package io.herald.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Secrets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records that hold a node's credentials never print them. */
class CredentialsToStringTest {

    private static final String PASSWORD = "pw-0123456789";
    private static final String COOKIE = "cookie-0123456789";

    @Test
    void handshakeCredentialsHideThePasswordAndTheCookie() {
        var presented = new HandshakeCredentials("10.0.0.1",
                Optional.of(new HandshakeCredentials.Basic("alice", PASSWORD)), Optional.of(COOKIE));
        assertRedacted(presented.toString(), PASSWORD, COOKIE);
        assertTrue(presented.toString().contains("alice"), presented.toString());
    }

    @Test
    void nodeAccessHidesThePasswordHashAndTheCookieHash() {
        String hash = Secrets.sha256Hex(PASSWORD);
        String cookieHash = Secrets.sha256Hex(COOKIE);
        var access = new NodeAccess("node-1", true, "alice", hash, cookieHash, Set.of());
        assertRedacted(access.toString(), hash, cookieHash);
    }

    @Test
    void nodeSettingsHideThePasswordAndTheCookie() {
        var settings = new OpenBazaarNodes.NodeSettings("node-1", true, "alice", PASSWORD, COOKIE, List.of());
        assertRedacted(settings.toString(), PASSWORD, COOKIE);
    }

    static void assertRedacted(String text, String... secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), text);
        }
        assertTrue(text.contains(Secrets.REDACTED), text);
    }
}
