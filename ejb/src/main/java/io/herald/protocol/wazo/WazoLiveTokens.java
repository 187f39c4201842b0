package io.herald.protocol.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tokens live connections are using, so that revoking one closes them at once. It lives next
 * to the token directory because the web module's beans cannot observe events the ejb module fires.
 * Connections are filed under their token's {@link WazoTokenHandle}, the name revocations carry.
 */
@ApplicationScoped
public class WazoLiveTokens {

    private static final Logger LOG = Logger.getLogger(WazoLiveTokens.class.getName());

    /** A connection that can be told its token is gone. */
    public interface Holder {
        void revoke();
    }

    private final ConcurrentHashMap<String, Set<Holder>> holders = new ConcurrentHashMap<>();

    public void add(String token, Holder holder) {
        holders.computeIfAbsent(WazoTokenHandle.of(token), id -> ConcurrentHashMap.newKeySet()).add(holder);
    }

    public void remove(String token, Holder holder) {
        holders.computeIfPresent(WazoTokenHandle.of(token), (id, set) -> {
            set.remove(holder);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many connections use the token now. */
    public int count(String token) {
        Set<Holder> using = holders.get(WazoTokenHandle.of(token));
        return using == null ? 0 : using.size();
    }

    /** Once the revocation has committed, every connection on the token is closed. */
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) WazoTokenRevoked revoked) {
        Set<Holder> using = holders.remove(revoked.handle());
        if (using == null) {
            return;
        }
        for (Holder holder : using) {
            try {
                holder.revoke();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing a connection of a revoked token failed", e);
            }
        }
    }
}
