package io.herald.protocol.ewallet;

import io.herald.protocol.ewallet.EwalletCredentials.Invalid;
import io.herald.protocol.ewallet.EwalletCredentials.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place an eWallet socket is authenticated: the upgrade request's {@code Accept} and
 * {@code Authorization} headers checked before the upgrade. Every refusal is answered with HTTP 403
 * and no upgrade; the reason is for the server log only.
 */
public final class EwalletHandshake {

    /** Why an upgrade was refused. */
    public enum Refusal {
        NOT_VERSION_1_MEDIA_TYPE,
        MISSING_CREDENTIALS,
        UNREADABLE_CREDENTIALS,
        UNKNOWN_CREDENTIALS
    }

    /** The outcome of a handshake. */
    public sealed interface Outcome {
    }

    public record Accepted(EwalletPrincipal principal) implements Outcome {
        public Accepted {
            Objects.requireNonNull(principal, "principal");
        }
    }

    public record Refused(Refusal refusal) implements Outcome {
    }

    /** The HTTP status of every refused upgrade. */
    public static final int REFUSED_STATUS = 403;

    private final EwalletKeys keys;

    public EwalletHandshake(EwalletKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Checks the two headers (null when absent); never throws for bad header values. */
    public Outcome authenticate(String accept, String authorization) {
        if (!EwalletCredentials.acceptsVersion1(accept)) {
            return new Refused(Refusal.NOT_VERSION_1_MEDIA_TYPE);
        }
        return switch (EwalletCredentials.parse(authorization)) {
            case Invalid invalid -> new Refused(invalid.failure() == EwalletCredentials.Failure.MISSING
                    ? Refusal.MISSING_CREDENTIALS
                    : Refusal.UNREADABLE_CREDENTIALS);
            case Valid valid -> authenticate(valid.credentials());
        };
    }

    private Outcome authenticate(EwalletCredentials credentials) {
        // No key the directory holds is longer; a longer one is unknown without a lookup.
        if (credentials.key().length() > EwalletDirectoryUpdate.MAX_ID_LENGTH) {
            return new Refused(Refusal.UNKNOWN_CREDENTIALS);
        }
        Optional<? extends EwalletPrincipal> principal = switch (credentials.kind()) {
            case PROVIDER -> keys.provider(credentials.key(), credentials.secret());
            case CLIENT -> keys.clientUser(credentials.key(), credentials.secret());
        };
        return principal.<Outcome>map(Accepted::new).orElseGet(() -> new Refused(Refusal.UNKNOWN_CREDENTIALS));
    }
}
