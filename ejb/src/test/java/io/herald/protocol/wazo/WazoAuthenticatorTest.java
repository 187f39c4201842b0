package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WazoAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final Map<String, WazoToken> tokens = Map.of(
            "good", token("good", NOW.plusSeconds(60), "websocketd"),
            "expired", token("expired", NOW, "websocketd"),
            "no-acl", token("no-acl", NOW.plusSeconds(60), "calls.#"),
            "denied", token("denied", NOW.plusSeconds(60), "#", "!websocketd"));
    private final WazoAuthenticator authenticator = new WazoAuthenticator(
            id -> Optional.ofNullable(tokens.get(id)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAValidTokenWithTheWebsocketdAcl() {
        var accepted = assertInstanceOf(WazoAuthenticator.Accepted.class, authenticator.authenticate("good"));
        assertEquals("good", accepted.principal().token().id());
    }

    @Test
    void refusesUnknownExpiredAndUnauthorisedTokens() {
        for (String id : new String[] {"nope", "expired", "no-acl", "denied", null}) {
            assertInstanceOf(WazoAuthenticator.Refused.class, authenticator.authenticate(id), String.valueOf(id));
        }
    }

    private static WazoToken token(String id, Instant expiry, String... acl) {
        return new WazoToken(id, "u-" + id, "t-1", List.of(acl), expiry, false);
    }
}
