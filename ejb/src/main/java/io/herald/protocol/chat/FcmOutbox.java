package io.herald.protocol.chat;

import java.time.Instant;
import java.util.List;

/**
 * Port to the durable queue of FCM pushes: filled by {@link ChatIngest} in the ingest transaction
 * of a chat message, drained by {@link FcmPushWorker}. The JPA adapter is {@link JpaFcmOutbox};
 * unit tests use an in-memory one.
 */
public interface FcmOutbox {

    /** A push due to be sent. */
    record Pending(long id, long userId, String fcmToken, ChatDevices.Platform platform, String body,
                   int failedAttempts, Instant nextAttemptAt, String lastError) {
    }

    /**
     * Stores the pushes for {@code recipient} in the ingest transaction, which must be active,
     * except one whose {@link FcmPayloads.FcmPush#key} is still waiting in the
     * outbox: a chat message redelivered while its push waits is not pushed twice. A push already
     * sent is forgotten, so a redelivery after that (a crash before the broker received the
     * acknowledgement) is pushed again; the app recognises the message by its {@code seq_id}.
     */
    void enqueue(long recipient, List<FcmPayloads.FcmPush> pushes, Instant now);

    /** The pushes due at {@code now}, oldest due first, at most {@code limit}. */
    List<Pending> due(Instant now, int limit);

    /** Every push still waiting, for operators. */
    List<Pending> waiting(int limit);

    /** The push is done with (FCM took it, or refused the request itself for good): it leaves the outbox. */
    void remove(long id);

    /** FCM no longer knows the device: the push leaves the outbox and the device its user. */
    void tokenInvalid(long id, String fcmToken);

    /** The attempt failed: the push waits until {@code retryAt}. */
    void failed(long id, String reason, Instant retryAt);
}
