package io.herald.testing;

import io.herald.protocol.ewallet.EwalletDirectory;
import io.herald.protocol.ewallet.EwalletDirectoryChanges;
import io.herald.protocol.ewallet.EwalletDirectoryUpdate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in for the database's eWallet directory: maps filled by each test or by the updates it is
 * given to apply; every method can be made to fail.
 */
public final class InMemoryEwalletDirectory implements EwalletDirectory, EwalletDirectoryChanges {

    public final Set<String> accounts = new HashSet<>();
    /** user id to provider_user_id (may map to null). */
    public final Map<String, String> users = new HashMap<>();
    public final Map<String, Set<String>> walletsByUser = new HashMap<>();
    public final Map<String, Set<String>> walletsByAccount = new HashMap<>();
    public final Map<String, String> requestAddresses = new HashMap<>();
    public final Map<String, String> consumptionAddresses = new HashMap<>();
    /** When set, what every method throws, as a directory whose database is down. */
    public RuntimeException failure;

    /** Adds a user holding these wallet addresses. */
    public InMemoryEwalletDirectory user(String id, String providerUserId, String... addresses) {
        users.put(id, providerUserId);
        walletsByUser.put(id, Set.of(addresses));
        return this;
    }

    @Override
    public boolean accountExists(String accountId) {
        maybeFail();
        return accounts.contains(accountId);
    }

    @Override
    public boolean userExists(String idOrProviderUserId) {
        maybeFail();
        return users.containsKey(idOrProviderUserId) || users.containsValue(idOrProviderUserId);
    }

    @Override
    public boolean addressExists(String address) {
        maybeFail();
        return walletsByUser.values().stream().anyMatch(set -> set.contains(address))
                || walletsByAccount.values().stream().anyMatch(set -> set.contains(address));
    }

    @Override
    public Set<String> walletAddresses(String userId) {
        maybeFail();
        return walletsByUser.getOrDefault(userId, Set.of());
    }

    @Override
    public Optional<String> transactionRequestAddress(String transactionRequestId) {
        maybeFail();
        return Optional.ofNullable(requestAddresses.get(transactionRequestId));
    }

    @Override
    public Optional<String> transactionConsumptionAddress(String transactionConsumptionId) {
        maybeFail();
        return Optional.ofNullable(consumptionAddresses.get(transactionConsumptionId));
    }

    /** Upserts like the database does, refusing a provider_user_id another user holds. */
    @Override
    public void apply(EwalletDirectoryUpdate update) {
        maybeFail();
        for (EwalletDirectoryUpdate.User user : update.users()) {
            users.forEach((id, providerUserId) -> {
                if (!id.equals(user.id()) && providerUserId != null && providerUserId.equals(user.providerUserId())) {
                    throw new DirectoryConflict("provider_user_id " + providerUserId + " belongs to user " + id);
                }
            });
            users.put(user.id(), user.providerUserId());
            wallets(walletsByUser, user.id()).addAll(user.addresses());
        }
        for (EwalletDirectoryUpdate.Account account : update.accounts()) {
            accounts.add(account.id());
            wallets(walletsByAccount, account.id()).addAll(account.addresses());
        }
        update.transactionRequests().forEach(t -> requestAddresses.put(t.id(), t.address()));
        update.transactionConsumptions().forEach(t -> consumptionAddresses.put(t.id(), t.address()));
    }

    private void maybeFail() {
        if (failure != null) {
            throw failure;
        }
    }

    private static Set<String> wallets(Map<String, Set<String>> owners, String owner) {
        return owners.compute(owner, (id, held) -> held == null ? new HashSet<>() : new HashSet<>(held));
    }
}
