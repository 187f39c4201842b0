package io.herald.protocol.wazo;

import io.herald.core.Secrets;
import io.herald.persistence.wazo.WazoAuthToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Herald's own token table, stored with JPA and managed through the admin API. A token is stored
 * only as its SHA-256, under its {@link WazoTokenHandle}; clients present the token, the admin API
 * names it by the handle. Revoking or deleting a token fires {@link WazoTokenRevoked} so that its
 * live connections close once the change has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WazoTokenDirectory {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    Event<WazoTokenRevoked> revocations;

    /** The stored token a client presents, revoked ones included. */
    public Optional<StoredToken> presented(String token) {
        String hash = Secrets.sha256Hex(token);
        return Optional.ofNullable(em.find(WazoAuthToken.class, WazoTokenHandle.of(token)))
                .filter(row -> Secrets.hexEquals(hash, row.getTokenSha256()))
                .map(WazoTokenDirectory::view);
    }

    /** Any stored token by its handle, revoked ones included: what the admin API shows. */
    public Optional<StoredToken> stored(String handle) {
        return hashed(handle).map(WazoTokenDirectory::view);
    }

    public List<StoredToken> all() {
        return em.createQuery("select t from WazoAuthToken t where t.tokenSha256 is not null order by t.id",
                WazoAuthToken.class).getResultStream().map(WazoTokenDirectory::view).toList();
    }

    /** Creates the token, or replaces the one with the same text (which then counts as not revoked). */
    @Transactional(Transactional.TxType.REQUIRED)
    public StoredToken put(WazoToken token) {
        WazoAuthToken found = em.find(WazoAuthToken.class, token.handle());
        WazoAuthToken row = found != null ? found : new WazoAuthToken(token.handle(), Secrets.sha256Hex(token.id()));
        row.setUserUuid(token.userUuid());
        row.setTenantUuid(token.tenantUuid());
        row.setAcl(token.acl());
        row.setExpiresAt(token.expiresAt());
        row.setAdmin(token.admin());
        row.setRevoked(false);
        if (found == null) {
            // Persisted once complete: the row is written with every column set.
            em.persist(row);
        }
        return view(row);
    }

    /** @return the token as revoked, or empty when there is no such token */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<StoredToken> revoke(String handle) {
        Optional<WazoAuthToken> row = hashed(handle);
        row.ifPresent(found -> {
            found.setRevoked(true);
            revocations.fire(new WazoTokenRevoked(handle));
        });
        return row.map(WazoTokenDirectory::view);
    }

    /** @return whether there was such a token */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String handle) {
        Optional<WazoAuthToken> row = hashed(handle);
        row.ifPresent(found -> {
            em.remove(found);
            revocations.fire(new WazoTokenRevoked(handle));
        });
        return row.isPresent();
    }

    /**
     * Rewrites the rows stored before tokens were hashed (their id is the token) as hashed rows
     * under the token's handle, and removes the clear ones. A hashed row already there for the same
     * token is newer and wins.
     *
     * @return how many clear rows there were
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int hashClearTokens() {
        List<WazoAuthToken> clear = em.createNamedQuery(WazoAuthToken.STILL_CLEAR, WazoAuthToken.class).getResultList();
        for (WazoAuthToken old : clear) {
            String token = old.getId();
            StoredToken settings = view(old);
            em.remove(old);
            if (em.find(WazoAuthToken.class, WazoTokenHandle.of(token)) == null) {
                WazoAuthToken row = new WazoAuthToken(WazoTokenHandle.of(token), Secrets.sha256Hex(token));
                row.setUserUuid(settings.userUuid());
                row.setTenantUuid(settings.tenantUuid());
                row.setAcl(settings.acl());
                row.setExpiresAt(settings.expiresAt());
                row.setAdmin(settings.admin());
                row.setRevoked(settings.revoked());
                em.persist(row);
            }
        }
        return clear.size();
    }

    /**
     * A stored token: everything but the token itself, which Herald does not keep.
     *
     * @param handle the token's {@link WazoTokenHandle}
     */
    public record StoredToken(String handle, String userUuid, String tenantUuid, List<String> acl, Instant expiresAt,
                              boolean admin, boolean revoked) {

        /** The token as its holder presented it. */
        public WazoToken as(String token) {
            return new WazoToken(token, userUuid, tenantUuid, acl, expiresAt, admin);
        }
    }

    /** A row that holds a hash: a clear row left from before hashing is never shown or changed. */
    private Optional<WazoAuthToken> hashed(String handle) {
        return Optional.ofNullable(em.find(WazoAuthToken.class, handle)).filter(row -> row.getTokenSha256() != null);
    }

    private static StoredToken view(WazoAuthToken row) {
        return new StoredToken(row.getId(), row.getUserUuid(), row.getTenantUuid(), List.copyOf(row.getAcl()),
                row.getExpiresAt(), row.isAdmin(), row.isRevoked());
    }
}
