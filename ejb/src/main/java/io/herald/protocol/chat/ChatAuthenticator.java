package io.herald.protocol.chat;

import java.time.Clock;
import java.util.Optional;

/** The one place a chat access token becomes a {@link ChatPrincipal}. */
public class ChatAuthenticator {

    private final ChatAccessTokens tokens;
    private final Clock clock;

    public ChatAuthenticator(ChatAccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @return the token's user, or empty when the token is unknown, expired or revoked
     * @throws RuntimeException when the token store fails
     */
    public Optional<ChatPrincipal> authenticate(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()) {
            return Optional.empty();
        }
        return tokens.find(accessToken)
                .filter(token -> token.validAt(clock.instant()))
                .map(token -> new ChatPrincipal(token.userId()));
    }
}
