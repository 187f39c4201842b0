package io.herald.protocol.chat;

import io.herald.persistence.chat.FcmOutboxPush;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The durable queue of FCM pushes: filled in the transaction that consumes a chat message, drained
 * by {@link FcmPushWorker}. Every state change is its own short transaction, never one held across
 * a call to FCM.
 */
@ApplicationScoped
public class FcmOutbox {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    JpaChatDevices devices;

    /** A push due to be sent. */
    public record Pending(long id, long userId, String fcmToken, ChatDevices.Platform platform, String body,
                          int failedAttempts, Instant nextAttemptAt, String lastError) {
        static Pending of(FcmOutboxPush push) {
            return new Pending(push.getId(), push.getUserId(), push.getFcmToken(),
                    ChatDevices.Platform.valueOf(push.getPlatform()), push.getBody(), push.getFailedAttempts(),
                    push.getNextAttemptAt(), push.getLastError());
        }
    }

    /** Stores the pushes for {@code recipient} in the caller's (the consuming MDB's) transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long recipient, List<FcmPayloads.FcmPush> pushes, Instant now) {
        for (FcmPayloads.FcmPush push : pushes) {
            em.persist(new FcmOutboxPush(recipient, push.token(), push.platform().name(), push.json(), now));
        }
    }

    /** The pushes due at {@code now}, oldest due first, at most {@code limit}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> due(Instant now, int limit) {
        return em.createNamedQuery(FcmOutboxPush.DUE, FcmOutboxPush.class).setParameter("now", now)
                .setMaxResults(limit).getResultStream().map(Pending::of).toList();
    }

    /** Every push still waiting, for operators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> waiting(int limit) {
        return em.createNamedQuery(FcmOutboxPush.ALL, FcmOutboxPush.class)
                .setMaxResults(limit).getResultStream().map(Pending::of).toList();
    }

    /** FCM took the push: it leaves the outbox. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id) {
        FcmOutboxPush push = em.find(FcmOutboxPush.class, id);
        if (push != null) {
            em.remove(push);
        }
    }

    /** FCM no longer knows the device: the push leaves the outbox and the device its user. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void tokenInvalid(long id, String fcmToken) {
        delivered(id);
        devices.remove(fcmToken);
    }

    /** The attempt failed: the push waits until {@code retryAt}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String reason, Instant retryAt) {
        FcmOutboxPush push = em.find(FcmOutboxPush.class, id);
        if (push != null) {
            push.failed(reason, retryAt);
        }
    }
}
