package io.herald.protocol.ewallet;

import java.security.Principal;
import java.util.Objects;

/**
 * Who opened an eWallet socket, as established from its {@code Authorization} header. A
 * {@link Principal}, so the handshake filter can hand it to the endpoint as the session's user.
 */
public sealed interface EwalletPrincipal extends Principal {

    /** A back-end server holding a provider access key: may join any channel that exists. */
    record Provider(String accessKey) implements EwalletPrincipal {
        public Provider {
            Objects.requireNonNull(accessKey, "accessKey");
        }

        @Override
        public String getName() {
            return accessKey;
        }
    }

    /**
     * A client application acting for one end user, identified by both of the user's ids because
     * {@code user:} topics may name either.
     *
     * @param providerUserId null when the user has none
     */
    record ClientUser(String apiKey, String userId, String providerUserId) implements EwalletPrincipal {
        public ClientUser {
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(userId, "userId");
        }

        @Override
        public String getName() {
            return userId;
        }

        /** True if {@code idOrProviderUserId} names this user. */
        public boolean isNamedBy(String idOrProviderUserId) {
            return userId.equals(idOrProviderUserId) || idOrProviderUserId.equals(providerUserId);
        }
    }
}
