package io.herald.testing;

import io.herald.store.EventStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Stands in for the event store: every stream held in one list in append order, for the ingest beans' tests. */
public final class InMemoryEventStreams implements EventStreams {

    /** One appended event. */
    public record Appended(String stream, long sequence, String key, String kind, String body) {
    }

    private final List<Appended> appended = new ArrayList<>();

    /** Every event appended so far, oldest first. */
    public List<Appended> appended() {
        return List.copyOf(appended);
    }

    @Override
    public OptionalLong sequenceOf(String stream, String eventKey) {
        return appended.stream().filter(e -> e.stream().equals(stream) && e.key() != null && e.key().equals(eventKey))
                .mapToLong(Appended::sequence).findFirst();
    }

    @Override
    public long append(String stream, String eventKey, String kind, String body) {
        long sequence = appended.stream().filter(e -> e.stream().equals(stream)).count() + 1;
        appended.add(new Appended(stream, sequence, eventKey, kind, body));
        return sequence;
    }
}
