package io.herald.protocol.loom;

import io.herald.ingest.MalformedEventException;
import io.herald.persistence.StoredEvent;
import io.herald.store.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** An organization's Loom events in the event store: kind = event name, key = Loom event id. */
@ApplicationScoped
public class JpaLoomHistory implements LoomHistory {

    @Inject
    EventStore store;

    @Inject
    LoomEventMapper mapper;

    @Override
    public OptionalLong sequenceOf(String organizationId, String eventId) {
        return store.byKey(LoomTopics.stream(organizationId), eventId)
                .map(e -> OptionalLong.of(e.getSeq()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public long sequenceBefore(String organizationId, Instant since) {
        String stream = LoomTopics.stream(organizationId);
        OptionalLong first = store.firstStoredSince(stream, since);
        return first.isPresent() ? first.getAsLong() - 1 : store.head(stream);
    }

    @Override
    public List<LoomEvent> after(String organizationId, Set<String> names, long afterSequence, int limit) {
        return events(store.after(LoomTopics.stream(organizationId), afterSequence, names, limit));
    }

    /** The stored events as Loom events with their sequence numbers. */
    List<LoomEvent> events(List<StoredEvent> stored) {
        List<LoomEvent> events = new ArrayList<>(stored.size());
        for (StoredEvent e : stored) {
            try {
                events.add(mapper.parse(e.getBody()).withSequence(e.getSeq()));
            } catch (MalformedEventException e1) {
                // Only validated events are stored; one that no longer parses is a bug, not input.
                throw new IllegalStateException("stored Loom event " + e.getEventKey() + " does not parse", e1);
            }
        }
        return events;
    }
}
