package io.herald.store;

import io.herald.persistence.StreamHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a stream's head row in a transaction of its own, so that a clash between two first
 * events of a new stream fails only this small transaction, never the ingesting one.
 */
@ApplicationScoped
public class StreamHeads {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String stream) {
        if (em.find(StreamHead.class, stream) == null) {
            em.persist(new StreamHead(stream));
        }
    }
}
