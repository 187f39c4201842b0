package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.protocol.chat.ChatAccessTokens.AccessToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2018-02-02T08:30:39.789Z");

    private final Map<String, AccessToken> issued = Map.of(
            "good", new AccessToken(1, NOW.plusSeconds(60), false),
            "forever", new AccessToken(2, null, false),
            "expired", new AccessToken(1, NOW, false),
            "revoked", new AccessToken(1, NOW.plusSeconds(60), true));

    private final ChatAuthenticator authenticator = new ChatAuthenticator(
            token -> Optional.ofNullable(issued.get(token)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aLiveTokenNamesItsUser() {
        assertEquals(Optional.of(new ChatPrincipal(1)), authenticator.authenticate("good"));
        assertEquals(Optional.of(new ChatPrincipal(2)), authenticator.authenticate("forever"));
    }

    @Test
    void unknownExpiredRevokedAndEmptyTokensAreRefused() {
        for (String token : new String[] {"unknown", "expired", "revoked", "", null}) {
            assertEquals(Optional.empty(), authenticator.authenticate(token), String.valueOf(token));
        }
    }
}
