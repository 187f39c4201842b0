package io.herald.protocol.wazo;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place a Wazo token is accepted or refused, on connect and when a client swaps its
 * token: it must exist, not be expired, and carry the {@code websocketd} ACL.
 */
public final class WazoAuthenticator {

    static final String WEBSOCKETD = "websocketd";

    private final WazoTokens tokens;
    private final Clock clock;

    public WazoAuthenticator(WazoTokens tokens, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome authenticate(String tokenId) {
        Optional<WazoToken> found = tokenId == null ? Optional.empty() : tokens.find(tokenId);
        if (found.isEmpty()) {
            return new Refused("unknown token");
        }
        WazoToken token = found.get();
        if (!clock.instant().isBefore(token.expiresAt())) {
            return new Refused("token expired");
        }
        WazoPrincipal principal = WazoPrincipal.of(token);
        if (!principal.acl().allows(WEBSOCKETD)) {
            return new Refused("token lacks the websocketd ACL");
        }
        return new Accepted(principal);
    }

    /** What became of a token. */
    public sealed interface Outcome {
    }

    public record Accepted(WazoPrincipal principal) implements Outcome {
    }

    /** @param reason for the close frame and the log, never more precise than a client may know */
    public record Refused(String reason) implements Outcome {
    }
}
