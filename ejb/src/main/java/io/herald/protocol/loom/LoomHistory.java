package io.herald.protocol.loom;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Port to an organization's stored Loom events (stream {@link LoomTopics#stream}), for the
 * {@code rewind} command. Implemented over the event store.
 */
public interface LoomHistory {

    /** The sequence number of the event with this id in the organization's stream, empty when unknown. */
    OptionalLong sequenceOf(String organizationId, String eventId);

    /**
     * The sequence number just before the first event Herald received at or after {@code since}
     * (so that {@link #after} from it starts there); the stream's head when there is none.
     */
    long sequenceBefore(String organizationId, Instant since);

    /**
     * Stored events of the organization with a name in {@code names} and a sequence number above
     * {@code afterSequence}, in sequence order, at most {@code limit}, each with its sequence set.
     * A page shorter than {@code limit} tells the caller there is no more.
     */
    List<LoomEvent> after(String organizationId, Set<String> names, long afterSequence, int limit);
}
