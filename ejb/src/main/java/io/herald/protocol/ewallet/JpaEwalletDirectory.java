package io.herald.protocol.ewallet;

import static io.herald.core.Secrets.sha256Hex;

import io.herald.core.Secrets;
import io.herald.persistence.ewallet.EwalletAccount;
import io.herald.persistence.ewallet.EwalletApiKey;
import io.herald.persistence.ewallet.EwalletAuthToken;
import io.herald.persistence.ewallet.EwalletProviderKey;
import io.herald.persistence.ewallet.EwalletTransaction;
import io.herald.persistence.ewallet.EwalletUser;
import io.herald.persistence.ewallet.EwalletWallet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eWallet identity directory, stored with JPA: who may open a socket (provider keys, client
 * API keys, users' authentication tokens) and the records that decide who may join what (users,
 * accounts, their wallet addresses, transaction requests and consumptions). Secrets and tokens
 * are kept only as SHA-256 hashes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaEwalletDirectory implements EwalletDirectory, EwalletKeys, EwalletDirectoryChanges {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<EwalletPrincipal.Provider> provider(String accessKey, String secretKey) {
        return Optional.ofNullable(em.find(EwalletProviderKey.class, accessKey))
                .filter(EwalletProviderKey::isEnabled)
                .filter(k -> Secrets.constantTimeEquals(sha256Hex(secretKey), k.getSecretSha256()))
                .map(k -> new EwalletPrincipal.Provider(k.getAccessKey()));
    }

    @Override
    public Optional<EwalletPrincipal.ClientUser> clientUser(String apiKey, String authenticationToken) {
        return Optional.ofNullable(em.find(EwalletApiKey.class, apiKey))
                .filter(EwalletApiKey::isEnabled)
                .flatMap(key -> Optional.ofNullable(em.find(EwalletAuthToken.class, sha256Hex(authenticationToken)))
                        .filter(t -> !t.isRevoked())
                        .filter(t -> t.getExpiresAt() == null || t.getExpiresAt().isAfter(clock.instant()))
                        .map(t -> em.find(EwalletUser.class, t.getUserId()))
                        .map(u -> new EwalletPrincipal.ClientUser(key.getApiKey(), u.getId(), u.getProviderUserId())));
    }

    @Override
    public boolean accountExists(String accountId) {
        return em.find(EwalletAccount.class, accountId) != null;
    }

    @Override
    public boolean userExists(String idOrProviderUserId) {
        return !em.createNamedQuery(EwalletUser.BY_ID_OR_PROVIDER_USER_ID, EwalletUser.class)
                .setParameter("name", idOrProviderUserId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean addressExists(String address) {
        return em.find(EwalletWallet.class, address) != null;
    }

    @Override
    public Set<String> walletAddresses(String userId) {
        return new HashSet<>(em.createNamedQuery(EwalletWallet.ADDRESSES_OF_USER, String.class)
                .setParameter("userId", userId).getResultList());
    }

    @Override
    public Optional<String> transactionRequestAddress(String transactionRequestId) {
        return transactionAddress(EwalletTransaction.Kind.REQUEST, transactionRequestId);
    }

    @Override
    public Optional<String> transactionConsumptionAddress(String transactionConsumptionId) {
        return transactionAddress(EwalletTransaction.Kind.CONSUMPTION, transactionConsumptionId);
    }

    private Optional<String> transactionAddress(EwalletTransaction.Kind kind, String id) {
        return Optional.ofNullable(em.find(EwalletTransaction.class, new EwalletTransaction.Key(kind, id)))
                .map(EwalletTransaction::getWalletAddress);
    }

    // --- changes, from the admin API and from producers on the eWallet queue ---

    @Transactional(Transactional.TxType.REQUIRED)
    public void putProviderKey(String accessKey, String secretKey, boolean enabled) {
        EwalletProviderKey key = em.find(EwalletProviderKey.class, accessKey);
        if (key == null) {
            key = new EwalletProviderKey(accessKey, sha256Hex(secretKey));
            em.persist(key);
        }
        key.setSecretSha256(sha256Hex(secretKey));
        key.setEnabled(enabled);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void putApiKey(String apiKey, boolean enabled) {
        EwalletApiKey key = em.find(EwalletApiKey.class, apiKey);
        if (key == null) {
            key = new EwalletApiKey(apiKey);
            em.persist(key);
        }
        key.setEnabled(enabled);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void apply(EwalletDirectoryUpdate update) {
        update.users().forEach(u -> putUser(u.id(), u.providerUserId(), u.addresses()));
        update.accounts().forEach(a -> putAccount(a.id(), a.addresses()));
        update.transactionRequests().forEach(t -> putTransaction(EwalletTransaction.Kind.REQUEST, t.id(), t.address()));
        update.transactionConsumptions()
                .forEach(t -> putTransaction(EwalletTransaction.Kind.CONSUMPTION, t.id(), t.address()));
    }

    /**
     * Creates or updates a user; {@code addresses} become the user's wallets (others keep theirs).
     *
     * @param providerUserId replaces the user's; null clears it
     * @throws DirectoryConflict when {@code providerUserId} belongs to another user
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void putUser(String id, String providerUserId, List<String> addresses) {
        if (providerUserId != null) {
            List<String> holders = em.createQuery(
                            "select u.id from EwalletUser u where u.providerUserId = :p and u.id <> :id", String.class)
                    .setParameter("p", providerUserId).setParameter("id", id).getResultList();
            if (!holders.isEmpty()) {
                throw new DirectoryConflict("provider_user_id " + providerUserId + " belongs to user " + holders.get(0));
            }
        }
        EwalletUser user = em.find(EwalletUser.class, id);
        if (user == null) {
            user = new EwalletUser(id);
            em.persist(user);
        }
        user.setProviderUserId(providerUserId);
        addresses.forEach(address -> wallet(address).ownBy(id, null));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void putAccount(String id, List<String> addresses) {
        if (em.find(EwalletAccount.class, id) == null) {
            em.persist(new EwalletAccount(id));
        }
        addresses.forEach(address -> wallet(address).ownBy(null, id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void putTransaction(EwalletTransaction.Kind kind, String id, String walletAddress) {
        EwalletTransaction transaction = em.find(EwalletTransaction.class, new EwalletTransaction.Key(kind, id));
        if (transaction == null) {
            em.persist(new EwalletTransaction(kind, id, walletAddress));
        } else {
            transaction.setWalletAddress(walletAddress);
        }
    }

    /**
     * Issues an authentication token for a user: the given one, or a new random one.
     *
     * @return the token in clear, the only time it is available
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> issueToken(String userId, String token, Instant expiresAt) {
        if (em.find(EwalletUser.class, userId) == null) {
            return Optional.empty();
        }
        String issued = token != null ? token : Secrets.randomToken();
        EwalletAuthToken existing = em.find(EwalletAuthToken.class, sha256Hex(issued));
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new EwalletAuthToken(sha256Hex(issued), userId, expiresAt));
        return Optional.of(issued);
    }

    /** @return false when no such token was issued */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean revokeToken(String token) {
        EwalletAuthToken stored = em.find(EwalletAuthToken.class, sha256Hex(token));
        if (stored == null) {
            return false;
        }
        stored.revoke();
        return true;
    }

    /** Revokes every live token of a user; @return how many were revoked */
    @Transactional(Transactional.TxType.REQUIRED)
    public int revokeTokensOf(String userId) {
        List<EwalletAuthToken> live = em.createQuery(
                        "select t from EwalletAuthToken t where t.userId = :userId and t.revoked = false",
                        EwalletAuthToken.class)
                .setParameter("userId", userId).getResultList();
        live.forEach(EwalletAuthToken::revoke);
        return live.size();
    }

    // --- reading the directory back, for the admin API ---

    /** Whether the provider key is enabled; empty when there is no such key. Never the secret. */
    public Optional<Boolean> providerKeyEnabled(String accessKey) {
        return Optional.ofNullable(em.find(EwalletProviderKey.class, accessKey)).map(EwalletProviderKey::isEnabled);
    }

    /** Whether the client API key is enabled; empty when there is no such key. */
    public Optional<Boolean> apiKeyEnabled(String apiKey) {
        return Optional.ofNullable(em.find(EwalletApiKey.class, apiKey)).map(EwalletApiKey::isEnabled);
    }

    public Optional<EwalletDirectoryUpdate.User> user(String id) {
        return Optional.ofNullable(em.find(EwalletUser.class, id)).map(u -> new EwalletDirectoryUpdate.User(
                u.getId(), u.getProviderUserId(), walletAddresses(u.getId()).stream().sorted().toList()));
    }

    public Optional<EwalletDirectoryUpdate.Account> account(String id) {
        return Optional.ofNullable(em.find(EwalletAccount.class, id)).map(a -> new EwalletDirectoryUpdate.Account(
                a.getId(), em.createQuery("select w.address from EwalletWallet w where w.accountId = :id "
                                + "order by w.address", String.class)
                        .setParameter("id", id).getResultList()));
    }

    private EwalletWallet wallet(String address) {
        EwalletWallet wallet = em.find(EwalletWallet.class, address);
        if (wallet == null) {
            wallet = new EwalletWallet(address);
            em.persist(wallet);
        }
        return wallet;
    }
}
