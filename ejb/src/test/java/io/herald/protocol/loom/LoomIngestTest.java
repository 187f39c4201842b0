package io.herald.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Fanout;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.testing.InMemoryEventStreams;
import io.herald.testing.InMemoryEventStreams.Appended;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real path of a Loom message, against in-memory streams. */
class LoomIngestTest {

    private static final String ORG = "837ebb91-2d4b-4818-a19b-04fea7be8cde";
    private static final String STREAM = LoomTopics.stream(ORG);

    private final InMemoryEventStreams streams = new InMemoryEventStreams();
    private final LoomIngest ingest = new LoomIngest();

    LoomIngestTest() {
        ingest.mapper = new LoomEventMapper(LoomEventMapperTest.CLOCK);
        ingest.streams = streams;
    }

    @Test
    void aFullEventIsStoredAndPublishedOnOneTopicOfItsOrganizationWithItsSequence() throws Exception {
        Publication<LoomEvent> publication = ingest.map(LoomEventMapperTest.FULL, null);

        assertEquals(Protocol.LOOM, publication.protocol());
        assertEquals(Fanout.ONCE, publication.fanout());
        assertEquals(Set.of("org:" + ORG + ":event:mission_control.job_added"), publication.topics());
        LoomEvent event = publication.payload();
        assertEquals("bd6b9b7f-5ea2-4015-a07a-e3ba15d083cd", event.id());
        assertEquals("1.0", event.version());
        assertEquals("9e11ad29-7729-46a4-b8a3-937c64ff9cd5", event.payload().asJsonObject().getString("job_id"));
        assertEquals("Org/" + ORG, event.subject());
        assertEquals("2023-07-23T22:04:46.474Z", event.receivedAt());
        assertEquals(1, event.sequence());
        assertEquals(List.of(new Appended(STREAM, 1, event.id(), event.name(), LoomStoredForm.of(event))),
                streams.appended());
    }

    @Test
    void theStoredFormCarriesHeraldsReceiptTimeWhenTheProducerGaveNone() throws Exception {
        ingest.map("{\"organization\":\"o1\",\"id\":\"e1\",\"name\":\"a.b\",\"timestamp\":\"2023-07-23T22:04:46Z\"}", null);

        String stored = streams.appended().get(0).body();
        assertTrue(stored.contains("\"received_at\":\"2023-07-23T22:04:46.474Z\""), stored);
    }

    @Test
    void aDuplicateEventIdIsStoredOnceAndPublishedAgainWithTheStoredSequence() throws Exception {
        ingest.map(LoomEventMapperTest.FULL, null);
        ingest.map(event("e-2"), null);

        Publication<LoomEvent> again = ingest.map(LoomEventMapperTest.FULL, null);

        assertEquals(2, streams.appended().size());
        assertEquals(1, again.payload().sequence());
        assertEquals(Set.of("org:" + ORG + ":event:mission_control.job_added"), again.topics());
    }

    @Test
    void eachOrganizationNumbersItsOwnStream() throws Exception {
        assertEquals(1, ingest.map(LoomEventMapperTest.FULL, null).payload().sequence());
        assertEquals(2, ingest.map(event("e-2"), null).payload().sequence());
        assertEquals(1, ingest.map(LoomEventMapperTest.FULL.replace(ORG, "org-2"), null)
                .payload().sequence());
        assertEquals(List.of(STREAM, STREAM, LoomTopics.stream("org-2")),
                streams.appended().stream().map(Appended::stream).toList());
    }

    @Test
    void aMalformedEventStoresNothing() {
        assertThrows(MalformedEventException.class,
                () -> ingest.map(LoomEventMapperTest.FULL.replace("2023-07-23T22:04:46.000Z", "yesterday"), null));
        assertThrows(MalformedEventException.class, () -> ingest.map("not json", null));
        assertEquals(List.of(), streams.appended());
    }

    private static String event(String id) {
        return LoomEventMapperTest.FULL.replace("bd6b9b7f-5ea2-4015-a07a-e3ba15d083cd", id);
    }
}
