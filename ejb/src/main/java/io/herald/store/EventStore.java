package io.herald.store;

import io.herald.persistence.StoredEvent;
import io.herald.persistence.StreamHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The history of the protocols that keep one: events appended to named streams with a sequence
 * number per stream. Appends join the caller's transaction (on the ingest path,
 * {@link io.herald.ingest.IngestTransaction}'s); the ingest beans reach them through {@link EventStreams}.
 */
@ApplicationScoped
public class EventStore {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    StreamHeads heads;

    private final Clock clock = Clock.systemUTC();
    private final Set<String> knownStreams = ConcurrentHashMap.newKeySet();

    /**
     * Appends an event; its sequence number is the stream's previous one plus one. The stream's
     * head row stays locked until the caller's transaction ends, so numbers follow commit order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredEvent append(String stream, String eventKey, String kind, String body) {
        ensureHead(stream);
        StreamHead head = em.find(StreamHead.class, stream, LockModeType.PESSIMISTIC_WRITE);
        StoredEvent event = new StoredEvent(stream, head.next(), eventKey, kind, body, clock.instant());
        em.persist(event);
        return event;
    }

    private void ensureHead(String stream) {
        if (knownStreams.contains(stream)) {
            return;
        }
        try {
            heads.create(stream);
        } catch (RuntimeException raced) {
            // Another transaction created the row first, which is all that was needed.
        }
        knownStreams.add(stream);
    }

    /** Events of the stream after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> after(String stream, long afterSeq, int limit) {
        return em.createNamedQuery(StoredEvent.AFTER_SEQ, StoredEvent.class)
                .setParameter("stream", stream)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Like {@link #after(String, long, int)}, only the given kinds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> after(String stream, long afterSeq, Set<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(StoredEvent.AFTER_SEQ_OF_KINDS, StoredEvent.class)
                .setParameter("stream", stream)
                .setParameter("after", afterSeq)
                .setParameter("kinds", kinds)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The sequence number of the first event stored at or after {@code since}, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalLong firstStoredSince(String stream, Instant since) {
        Long seq = em.createNamedQuery(StoredEvent.FIRST_STORED_SINCE, Long.class)
                .setParameter("stream", stream)
                .setParameter("since", since)
                .getSingleResult();
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredEvent> byKey(String stream, String eventKey) {
        return em.createNamedQuery(StoredEvent.BY_KEY, StoredEvent.class)
                .setParameter("stream", stream)
                .setParameter("key", eventKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The sequence number of the event stored under {@code eventKey}, if any. Cheaper than
     * {@link #byKey} on the ingest path: the body, a LOB, is not read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptionalLong sequenceOf(String stream, String eventKey) {
        return em.createNamedQuery(StoredEvent.SEQ_BY_KEY, Long.class)
                .setParameter("stream", stream)
                .setParameter("key", eventKey)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    /**
     * Events of the stream below {@code beforeSeq}, newest first, at most {@code limit}; only the
     * given kinds when {@code kinds} is not empty.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> newestFirst(String stream, long beforeSeq, Set<String> kinds, int limit) {
        var query = kinds.isEmpty()
                ? em.createNamedQuery(StoredEvent.NEWEST_FIRST, StoredEvent.class)
                : em.createNamedQuery(StoredEvent.NEWEST_OF_KINDS_FIRST, StoredEvent.class).setParameter("kinds", kinds);
        return query.setParameter("stream", stream)
                .setParameter("before", beforeSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many events the stream holds; only the given kinds when {@code kinds} is not empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String stream, Set<String> kinds) {
        var query = kinds.isEmpty()
                ? em.createNamedQuery(StoredEvent.COUNT, Long.class)
                : em.createNamedQuery(StoredEvent.COUNT_OF_KINDS, Long.class).setParameter("kinds", kinds);
        return query.setParameter("stream", stream).getSingleResult();
    }

    /**
     * Removes one event, for protocols whose clients may delete history. Sequence numbers are
     * never reused, so readers see a gap, not a different event.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String stream, String eventKey) {
        return byKey(stream, eventKey).map(e -> {
            em.remove(e);
            return true;
        }).orElse(false);
    }

    /** The last sequence number handed out in the stream, 0 when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long head(String stream) {
        StreamHead head = em.find(StreamHead.class, stream);
        return head == null ? 0 : head.getLastSeq();
    }
}
