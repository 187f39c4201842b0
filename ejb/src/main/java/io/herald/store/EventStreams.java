package io.herald.store;

import java.util.OptionalLong;

/**
 * Port to the event store's streams as the ingest path writes them: which sequence number an event
 * key holds in a stream, and appending. The JPA adapter is {@link JpaEventStreams}; unit tests use
 * an in-memory one.
 */
public interface EventStreams {

    /** The sequence number of the event stored under {@code eventKey} in {@code stream}, if any. */
    OptionalLong sequenceOf(String stream, String eventKey);

    /**
     * Appends an event in the ingest transaction, which must be active.
     *
     * @return its sequence number, the stream's previous one plus one
     */
    long append(String stream, String eventKey, String kind, String body);

    /**
     * Appends an event unless {@code stream} already holds one under {@code eventKey}: a message
     * redelivered after a crash (handled, committed, not yet acknowledged) stores nothing twice.
     * An event without a key cannot be recognised, so it is always appended.
     *
     * @return the sequence number of the stored event, new or already there
     */
    default long appendOnce(String stream, String eventKey, String kind, String body) {
        if (eventKey != null) {
            OptionalLong held = sequenceOf(stream, eventKey);
            if (held.isPresent()) {
                return held.getAsLong();
            }
        }
        return append(stream, eventKey, kind, body);
    }
}
