package io.herald.protocol.ewallet;

import java.util.Optional;
import java.util.Set;

/**
 * What the eWallet policy needs to know about the wallet's records. A port: the implementation
 * reading the database lives elsewhere, tests use an in-memory one.
 */
public interface EwalletDirectory {

    boolean accountExists(String accountId);

    /** True if a user has this id or this provider_user_id. */
    boolean userExists(String idOrProviderUserId);

    boolean addressExists(String address);

    /** The addresses of the wallets the user owns; empty for an unknown user. */
    Set<String> walletAddresses(String userId);

    /** The wallet address of a transaction request, or empty when there is no such request. */
    Optional<String> transactionRequestAddress(String transactionRequestId);

    /** The wallet address of a transaction consumption, or empty when there is no such consumption. */
    Optional<String> transactionConsumptionAddress(String transactionConsumptionId);
}
