package io.herald.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import io.herald.ingest.DeadLetters;
import io.herald.protocol.loom.LoomTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery whose store fails for real (the database refuses the row) is rolled back, retried on the
 * broker's schedule (01-messaging.cli: after 0.5 s, 1 s and 2 s) and, after the fourth failed delivery,
 * moved by the broker to the protocol's dead-letter queue exactly as it was sent. Nothing of it is
 * stored, not even a sequence number, and the messages behind it keep flowing meanwhile.
 */
public class RedeliveryInContainerIT extends InContainerTest {

    /** What the broker's address settings allow a message: the first delivery and three redeliveries. */
    private static final int DELIVERY_ATTEMPTS = 4;
    /** The least time from the first delivery to the dead-letter queue: the three redelivery delays. */
    private static final Duration REDELIVERY_DELAYS = Duration.ofMillis(500 + 1000 + 2000);

    private static final String CONSTRAINT = "herald_test_poison";

    @AfterEach
    void dropPoison() {
        database.execute("ALTER TABLE herald_event DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
    }

    @Test
    void aFailedStoreIsRolledBackRetriedAndDeadLetteredIntact() {
        String organization = "ic-redelivery-" + RUN;
        String stream = LoomTopics.stream(organization);
        String poison = "poison-" + RUN;
        long ingested = metrics.snapshot(Protocol.LOOM).eventsIngested();
        producer.send(Protocol.LOOM, Events.loom(organization, "before", "job_added"), Map.of());
        Eventually.until("the first event ingested", () -> metrics.snapshot(Protocol.LOOM).eventsIngested(),
                count -> count == ingested + 1);
        // Only this event id is refused, by the database itself, at every attempt to store it.
        database.execute("ALTER TABLE herald_event ADD CONSTRAINT " + CONSTRAINT
                + " CHECK (event_key IS NULL OR event_key <> '" + poison + "')");
        HeraldMetrics.Snapshot before = metrics.snapshot(Protocol.LOOM);

        String body = Events.loom(organization, poison, "job_added");
        Map<String, Object> properties = Map.of("ic_case", "redelivery-" + RUN, "trace_id", "trace-" + RUN,
                "attempt_no", 7, "urgent", true);
        Instant sent = Instant.now();
        producer.send(Protocol.LOOM, body, properties);
        producer.send(Protocol.LOOM, Events.loom(organization, "after", "job_added"), Map.of());

        // The event behind the failing one is stored while the broker waits to redeliver it, and it
        // takes the next number: the failed attempts held none.
        OptionalLong after = Eventually.until("the event behind the poison stored",
                () -> store.sequenceOf(stream, "after"), OptionalLong::isPresent);
        assertEquals(2, after.getAsLong());

        DeadLetter dead = deadLetters.take(Protocol.LOOM, "ic_case = 'redelivery-" + RUN + "'");
        Duration took = Duration.between(sent, Instant.now());

        assertEquals(body, dead.text());
        properties.forEach((name, value) -> assertEquals(value, dead.property(name), "property " + name));
        assertFalse(dead.properties().containsKey(DeadLetters.REASON), "moved by the broker, not rejected by Herald");
        assertEquals("jms.queue.herald.loom", dead.property("_AMQ_ORIG_ADDRESS"));
        // The broker starts the dead letter's own delivery count afresh: the attempts are told by Herald's counter.
        HeraldMetrics.Snapshot afterwards = metrics.snapshot(Protocol.LOOM);
        assertEquals(before.failedDeliveries() + DELIVERY_ATTEMPTS, afterwards.failedDeliveries(),
                "every delivery of the poison failed once");
        assertEquals(before.malformedMessages(), afterwards.malformedMessages());
        assertEquals(before.eventsIngested() + 1, afterwards.eventsIngested(), "only the event behind it");
        assertTrue(took.compareTo(REDELIVERY_DELAYS) >= 0, "dead-lettered after " + took
                + ", before the broker's redelivery delays had passed");
        assertTrue(store.sequenceOf(stream, poison).isEmpty());
        assertEquals(2, store.head(stream));

        // Once the database takes it again, the dead letter re-driven as it is gets stored.
        dropPoison();
        producer.send(Protocol.LOOM, dead.text(), Map.of());
        assertEquals(3, Eventually.until("the re-driven event stored", () -> store.sequenceOf(stream, poison),
                OptionalLong::isPresent).getAsLong());
    }
}
