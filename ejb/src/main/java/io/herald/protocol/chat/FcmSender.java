package io.herald.protocol.chat;

/**
 * Sends one push of the {@link FcmOutbox} to FCM. The outbox holds each push as the request of FCM's
 * legacy API ({@link FcmPayloads}), the format Herald stored before FCM HTTP v1, so rows written by
 * any Herald are sent by either sender.
 */
public interface FcmSender {

    /** Sends one stored push body; never throws, a failure to reach FCM is an outcome to retry. */
    FcmOutcome send(String legacyBody);
}
