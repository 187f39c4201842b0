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
 * The FCM outbox stored with JPA, one row per push. Every state change after the enqueue is its own
 * short transaction, never one held across a call to FCM.
 */
@ApplicationScoped
public class JpaFcmOutbox implements FcmOutbox {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    @Inject
    JpaChatDevices devices;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long recipient, List<FcmPayloads.FcmPush> pushes, Instant now) {
        for (FcmPayloads.FcmPush push : pushes) {
            // One consumer enqueues, so looking first suffices; the unique key is the backstop.
            if (em.createNamedQuery(FcmOutboxPush.WAITING_WITH_KEY, Long.class).setParameter("key", push.key())
                    .getSingleResult() == 0) {
                em.persist(new FcmOutboxPush(recipient, push.key(), push.token(), push.platform().name(), push.json(),
                        now));
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> due(Instant now, int limit) {
        return em.createNamedQuery(FcmOutboxPush.DUE, FcmOutboxPush.class).setParameter("now", now)
                .setMaxResults(limit).getResultStream().map(JpaFcmOutbox::pending).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> waiting(int limit) {
        return em.createNamedQuery(FcmOutboxPush.ALL, FcmOutboxPush.class)
                .setMaxResults(limit).getResultStream().map(JpaFcmOutbox::pending).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(long id) {
        FcmOutboxPush push = em.find(FcmOutboxPush.class, id);
        if (push != null) {
            em.remove(push);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void tokenInvalid(long id, String fcmToken) {
        remove(id);
        devices.remove(fcmToken);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String reason, Instant retryAt) {
        FcmOutboxPush push = em.find(FcmOutboxPush.class, id);
        if (push != null) {
            push.failed(reason, retryAt);
        }
    }

    private static Pending pending(FcmOutboxPush push) {
        return new Pending(push.getId(), push.getUserId(), push.getFcmToken(),
                ChatDevices.Platform.valueOf(push.getPlatform()), push.getBody(), push.getFailedAttempts(),
                push.getNextAttemptAt(), push.getLastError());
    }
}
