package io.herald.protocol.ewallet;

import java.util.Optional;

/**
 * Who holds a key pair. A port: the implementation reading the key and token tables lives
 * elsewhere, tests use an in-memory one. Implementations compare secrets in constant time and
 * answer empty for anything unknown, wrong, expired, revoked or disabled, without saying which.
 */
public interface EwalletKeys {

    /** The provider owning {@code accessKey}, if {@code secretKey} is its secret. */
    Optional<EwalletPrincipal.Provider> provider(String accessKey, String secretKey);

    /**
     * The user a client app acts for, if {@code apiKey} is an enabled client key and
     * {@code authenticationToken} a live token of one of its users.
     */
    Optional<EwalletPrincipal.ClientUser> clientUser(String apiKey, String authenticationToken);
}
