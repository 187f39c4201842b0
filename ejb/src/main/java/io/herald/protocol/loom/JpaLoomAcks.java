package io.herald.protocol.loom;

import io.herald.persistence.StoredEvent;
import io.herald.persistence.loom.LoomAck;
import io.herald.persistence.loom.LoomEnrollment;
import io.herald.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Acknowledgement state of at-least-once apps, stored with JPA beside the event store. */
@ApplicationScoped
public class JpaLoomAcks implements LoomAcks {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    EventStore store;

    @Inject
    JpaLoomHistory history;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void enroll(String organizationId, String appId) {
        if (em.find(LoomEnrollment.class, new LoomEnrollment.Key(organizationId, appId)) == null) {
            em.persist(new LoomEnrollment(organizationId, appId, store.head(LoomTopics.stream(organizationId))));
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void acknowledge(String organizationId, String appId, Collection<String> eventIds) {
        Set<String> fresh = new HashSet<>(eventIds);
        fresh.removeAll(acked(organizationId, appId, fresh));
        fresh.forEach(id -> em.persist(new LoomAck(organizationId, appId, id)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoomEvent> unacknowledged(String organizationId, String appId, Set<String> names,
                                          long afterSequence, int limit) {
        LoomEnrollment enrollment = em.find(LoomEnrollment.class, new LoomEnrollment.Key(organizationId, appId));
        if (enrollment == null) {
            return List.of();
        }
        String stream = LoomTopics.stream(organizationId);
        long after = Math.max(afterSequence, enrollment.getFromSeq());
        List<LoomEvent> found = new ArrayList<>();
        List<StoredEvent> page;
        do {
            page = store.after(stream, after, names, PAGE);
            Set<String> acked = acked(organizationId, appId, page.stream().map(StoredEvent::getEventKey).toList());
            for (LoomEvent event : history.events(page)) {
                if (!acked.contains(event.id()) && found.size() < limit) {
                    found.add(event);
                }
                after = event.sequence();
            }
        } while (page.size() == PAGE && found.size() < limit);
        return found;
    }

    private Set<String> acked(String organizationId, String appId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(LoomAck.ACKED_AMONG, String.class)
                .setParameter("org", organizationId)
                .setParameter("app", appId)
                .setParameter("ids", ids)
                .getResultList());
    }
}
