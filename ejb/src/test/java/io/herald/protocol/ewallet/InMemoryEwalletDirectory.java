package io.herald.protocol.ewallet;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A directory held in maps, filled by each test or by the updates it is given to apply. */
final class InMemoryEwalletDirectory implements EwalletDirectory, EwalletDirectoryChanges {

    final Set<String> accounts = new HashSet<>();
    /** user id to provider_user_id (may map to null). */
    final Map<String, String> users = new HashMap<>();
    final Map<String, Set<String>> walletsByUser = new HashMap<>();
    final Map<String, Set<String>> walletsByAccount = new HashMap<>();
    final Map<String, String> requestAddresses = new HashMap<>();
    final Map<String, String> consumptionAddresses = new HashMap<>();

    InMemoryEwalletDirectory user(String id, String providerUserId, String... addresses) {
        users.put(id, providerUserId);
        walletsByUser.put(id, Set.of(addresses));
        return this;
    }

    @Override
    public boolean accountExists(String accountId) {
        return accounts.contains(accountId);
    }

    @Override
    public boolean userExists(String idOrProviderUserId) {
        return users.containsKey(idOrProviderUserId) || users.containsValue(idOrProviderUserId);
    }

    @Override
    public boolean addressExists(String address) {
        return walletsByUser.values().stream().anyMatch(set -> set.contains(address))
                || walletsByAccount.values().stream().anyMatch(set -> set.contains(address));
    }

    @Override
    public Set<String> walletAddresses(String userId) {
        return walletsByUser.getOrDefault(userId, Set.of());
    }

    @Override
    public Optional<String> transactionRequestAddress(String transactionRequestId) {
        return Optional.ofNullable(requestAddresses.get(transactionRequestId));
    }

    @Override
    public Optional<String> transactionConsumptionAddress(String transactionConsumptionId) {
        return Optional.ofNullable(consumptionAddresses.get(transactionConsumptionId));
    }

    /** Upserts like the database does, refusing a provider_user_id another user holds. */
    @Override
    public void apply(EwalletDirectoryUpdate update) {
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

    private static Set<String> wallets(Map<String, Set<String>> owners, String owner) {
        return owners.compute(owner, (id, held) -> held == null ? new HashSet<>() : new HashSet<>(held));
    }
}
