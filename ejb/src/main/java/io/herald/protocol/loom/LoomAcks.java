package io.herald.protocol.loom;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port to the acknowledgement state of apps that asked for at-least-once delivery. Acks are kept
 * per app and organization, so any of an app's connections may acknowledge what another received.
 */
public interface LoomAcks {

    /**
     * Starts tracking the app's deliveries in the organization from the stream's current head on,
     * if it is not tracked yet; idempotent.
     */
    void enroll(String organizationId, String appId);

    /** Records the ids as acknowledged; unknown ids are ignored. */
    void acknowledge(String organizationId, String appId, Collection<String> eventIds);

    /**
     * Events since the app's enrollment with a name in {@code names}, above {@code afterSequence}
     * and not acknowledged by the app, in sequence order, at most {@code limit} (the limit applies
     * after filtering: a page shorter than {@code limit} tells the caller there is no more).
     */
    List<LoomEvent> unacknowledged(String organizationId, String appId, Set<String> names, long afterSequence, int limit);
}
