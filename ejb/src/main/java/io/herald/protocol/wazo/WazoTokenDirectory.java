package io.herald.protocol.wazo;

import io.herald.persistence.wazo.WazoAuthToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Herald's own token table, stored with JPA and managed through the admin API. Revoking or
 * deleting a token fires {@link WazoTokenRevoked} so that its live connections close once the
 * change has committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WazoTokenDirectory {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    Event<WazoTokenRevoked> revocations;

    /** A token that is known and not revoked. */
    public Optional<WazoToken> find(String tokenId) {
        return stored(tokenId).filter(token -> !token.revoked()).map(StoredToken::token);
    }

    /** Any stored token, revoked ones included: what the admin API shows. */
    public Optional<StoredToken> stored(String tokenId) {
        return Optional.ofNullable(em.find(WazoAuthToken.class, tokenId)).map(WazoTokenDirectory::view);
    }

    public List<StoredToken> all() {
        return em.createQuery("select t from WazoAuthToken t order by t.id", WazoAuthToken.class)
                .getResultStream().map(WazoTokenDirectory::view).toList();
    }

    /** Creates the token, or replaces the one with the same id (which then counts as not revoked). */
    @Transactional(Transactional.TxType.REQUIRED)
    public StoredToken put(WazoToken token) {
        WazoAuthToken found = em.find(WazoAuthToken.class, token.id());
        WazoAuthToken row = found != null ? found : new WazoAuthToken(token.id());
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
    public Optional<StoredToken> revoke(String tokenId) {
        WazoAuthToken row = em.find(WazoAuthToken.class, tokenId);
        if (row == null) {
            return Optional.empty();
        }
        row.setRevoked(true);
        revocations.fire(new WazoTokenRevoked(tokenId));
        return Optional.of(view(row));
    }

    /** @return whether there was such a token */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String tokenId) {
        WazoAuthToken row = em.find(WazoAuthToken.class, tokenId);
        if (row == null) {
            return false;
        }
        em.remove(row);
        revocations.fire(new WazoTokenRevoked(tokenId));
        return true;
    }

    /** A token with its revocation flag. */
    public record StoredToken(WazoToken token, boolean revoked) {
    }

    private static StoredToken view(WazoAuthToken row) {
        return new StoredToken(new WazoToken(row.getId(), row.getUserUuid(), row.getTenantUuid(), List.copyOf(row.getAcl()),
                row.getExpiresAt(), row.isAdmin()), row.isRevoked());
    }
}
