package io.herald.web.protocol.ewallet;

import io.herald.protocol.ewallet.EwalletDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Just enough wallet data for connection tests; every method can be made to fail. */
final class InMemoryDirectory implements EwalletDirectory {

    final Set<String> accounts = new HashSet<>();
    final Set<String> users = new HashSet<>();
    final Map<String, Set<String>> walletsByUser = new HashMap<>();
    final Map<String, String> requestAddresses = new HashMap<>();
    RuntimeException failure;

    private void maybeFail() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean accountExists(String accountId) {
        maybeFail();
        return accounts.contains(accountId);
    }

    @Override
    public boolean userExists(String idOrProviderUserId) {
        maybeFail();
        return users.contains(idOrProviderUserId);
    }

    @Override
    public boolean addressExists(String address) {
        maybeFail();
        return walletsByUser.values().stream().anyMatch(set -> set.contains(address));
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
        return Optional.empty();
    }
}
