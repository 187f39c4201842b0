package io.herald.protocol.openbazaar;

import io.herald.persistence.StoredEvent;
import io.herald.persistence.openbazaar.NotificationRead;
import io.herald.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A node's notification and chat history, as the REST API reads and marks it, kept in the event
 * store ({@link OpenBazaarIngest} writes it): notifications in one stream per node (kind =
 * notification type, key = notificationId), chat messages in one stream per node, peer and subject
 * (key = messageId). Read marks live beside the events.
 */
@ApplicationScoped
public class OpenBazaarHistory {

    /** Page size when the client gives none or a negative one, as "all" would be unbounded. */
    public static final int MAX_PAGE = 1000;

    @Inject
    EventStore store;

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    public static String notificationStream(String nodeId) {
        return "openbazaar:" + nodeId + ":notifications";
    }

    public static String chatStream(String nodeId, String peerId, String subject) {
        return "openbazaar:" + nodeId + ":chat:" + peerId + ":" + subject;
    }

    /** One stored notification as the REST API lists it. */
    public record Notification(String json, boolean read, Instant timestamp, String type) {
    }

    public record NotificationPage(List<Notification> notifications, long total, long unread) {
    }

    /**
     * Newest first, starting after {@code offsetId} (exclusive) when given; {@code types} empty
     * means all. An unknown offsetId gives an empty page rather than restarting from the newest.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage notifications(String nodeId, int limit, String offsetId, Set<String> types) {
        String stream = notificationStream(nodeId);
        long total = store.count(stream, types);
        long unread = store.count(stream, Set.of()) - readCount(stream);
        Optional<Long> before = before(stream, offsetId);
        if (before.isEmpty()) {
            return new NotificationPage(List.of(), total, unread);
        }
        List<StoredEvent> events = store.newestFirst(stream, before.get(), types, pageSize(limit));
        Set<String> read = readAmong(stream, events);
        return new NotificationPage(events.stream()
                .map(e -> new Notification(e.getBody(), read.contains(e.getEventKey()), e.getStoredAt(), e.getKind()))
                .toList(), total, unread);
    }

    /** @return false when the node has no such notification */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean markRead(String nodeId, String notificationId) {
        String stream = notificationStream(nodeId);
        if (store.sequenceOf(stream, notificationId).isEmpty()) {
            return false;
        }
        if (em.createNamedQuery(NotificationRead.KEYS_AMONG, String.class).setParameter("stream", stream)
                .setParameter("ids", List.of(notificationId)).getResultList().isEmpty()) {
            em.persist(new NotificationRead(stream, notificationId));
        }
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void markAllRead(String nodeId) {
        String stream = notificationStream(nodeId);
        long before = Long.MAX_VALUE;
        List<StoredEvent> page;
        do {
            page = store.newestFirst(stream, before, Set.of(), MAX_PAGE);
            Set<String> read = readAmong(stream, page);
            for (StoredEvent e : page) {
                if (!read.contains(e.getEventKey())) {
                    em.persist(new NotificationRead(stream, e.getEventKey()));
                }
                before = e.getSeq();
            }
        } while (page.size() == MAX_PAGE);
    }

    /** @return false when the node has no such notification */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean delete(String nodeId, String notificationId) {
        String stream = notificationStream(nodeId);
        em.createNamedQuery(NotificationRead.DELETE_ONE).setParameter("stream", stream)
                .setParameter("id", notificationId).executeUpdate();
        return store.delete(stream, notificationId);
    }

    /** The node's chat messages with one peer and subject, newest first, as the JSON texts received. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> chatMessages(String nodeId, String peerId, String subject, int limit, String offsetId) {
        String stream = chatStream(nodeId, peerId, subject);
        return before(stream, offsetId)
                .map(before -> store.newestFirst(stream, before, Set.of(), pageSize(limit)).stream()
                        .map(StoredEvent::getBody).toList())
                .orElse(List.of());
    }

    private Optional<Long> before(String stream, String offsetId) {
        if (offsetId == null || offsetId.isEmpty()) {
            return Optional.of(Long.MAX_VALUE);
        }
        OptionalLong seq = store.sequenceOf(stream, offsetId);
        return seq.isPresent() ? Optional.of(seq.getAsLong()) : Optional.empty();
    }

    private long readCount(String stream) {
        return em.createNamedQuery(NotificationRead.COUNT, Long.class).setParameter("stream", stream).getSingleResult();
    }

    private Set<String> readAmong(String stream, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(NotificationRead.KEYS_AMONG, String.class)
                .setParameter("stream", stream)
                .setParameter("ids", events.stream().map(StoredEvent::getEventKey).toList())
                .getResultList());
    }

    private static int pageSize(int limit) {
        return limit < 0 || limit > MAX_PAGE ? MAX_PAGE : limit;
    }
}
