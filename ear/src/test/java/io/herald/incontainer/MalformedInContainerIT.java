package io.herald.incontainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import io.herald.ingest.DeadLetters;
import io.herald.protocol.ewallet.JpaEwalletDirectory;
import io.herald.protocol.loom.LoomTopics;
import io.herald.protocol.wazo.WazoEventMapper;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A message Herald cannot use is moved at once to its protocol's dead-letter queue as a copy that
 * keeps the producer's body, properties and headers and adds why it was rejected; it is counted as
 * malformed, never retried, and leaves nothing in the database, even what its mapper wrote before
 * noticing the problem.
 */
public class MalformedInContainerIT extends InContainerTest {

    /** Producer properties of every type a JMS property can have. */
    private static Map<String, Object> properties(String caseId) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ic_case", caseId);
        properties.put("trace_id", "trace-" + caseId);
        properties.put("attempt_no", 7);
        properties.put("sent_at", 1_764_000_000_123L);
        properties.put("urgent", true);
        properties.put("weight", 0.25d);
        properties.put("code", (short) 3);
        return properties;
    }

    @Inject
    JpaEwalletDirectory ewalletDirectory;

    @Test
    void aLoomEventWithoutIdIsDeadLetteredWithItsReasonAndNothingIsStored() {
        String organization = "ic-malformed-" + RUN;
        String body = "{\"organization\":\"" + organization + "\",\"name\":\"job_added\",\"timestamp\":\"2026-11-22T10:00:00Z\"}";
        DeadLetter dead = rejected(Protocol.LOOM, "loom-" + RUN, context -> context.createTextMessage(body));
        assertEquals(body, dead.text());
        assertEquals("Loom event lacks the required string \"id\"", dead.property(DeadLetters.REASON));
        assertEquals(0, store.head(LoomTopics.stream(organization)));
    }

    @Test
    void anOpenBazaarMessageWithoutItsNodeIsDeadLettered() {
        String body = Events.notification("n-" + RUN, "payment");
        DeadLetter dead = rejected(Protocol.OPENBAZAAR, "openbazaar-" + RUN, context -> context.createTextMessage(body));
        assertEquals(body, dead.text());
        assertEquals("missing the 'node' string property naming the node", dead.property(DeadLetters.REASON));
    }

    @Test
    void aChatEventThatIsNotJsonIsDeadLettered() {
        DeadLetter dead = rejected(Protocol.CHAT, "chat-" + RUN, context -> context.createTextMessage("hello, chat"));
        assertEquals("hello, chat", dead.text());
        assertTrue(((String) dead.property(DeadLetters.REASON)).startsWith("the body is "), dead::toString);
    }

    @Test
    void aWazoEventWithoutItsTenantIsDeadLettered() {
        DeadLetter dead = rejected(Protocol.WAZO, "wazo-" + RUN,
                context -> context.createTextMessage(Events.wazo("call_created")));
        assertEquals(Events.wazo("call_created"), dead.text());
        assertEquals("the message needs a \"" + WazoEventMapper.TENANT_PROPERTY + "\" string property",
                dead.property(DeadLetters.REASON));
    }

    @Test
    void aBytesMessageThatIsNotUtf8IsDeadLetteredByteForByte() {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        DeadLetter dead = rejected(Protocol.WAZO, "bytes-" + RUN, context -> bytes(context, latin1));
        assertNull(dead.text());
        assertArrayEquals(latin1, dead.bytes());
        assertEquals("the BytesMessage body is not valid UTF-8", dead.property(DeadLetters.REASON));
    }

    /**
     * The first user of the message is new and stored before the second one turns out to claim another
     * user's provider id: the message is rejected and the first user is not in the directory either.
     */
    @Test
    void whatAnEwalletMessageStoredBeforeItWasRejectedIsRolledBack() {
        String holder = "usr_holder_" + RUN;
        String claimed = "prov-claimed-" + RUN;
        long ingested = metrics.snapshot(Protocol.EWALLET).eventsIngested();
        producer.send(Protocol.EWALLET, "{\"directory\":{\"users\":[{\"id\":\"" + holder + "\",\"provider_user_id\":\""
                + claimed + "\",\"addresses\":[]}]}}", Map.of());
        // Counted once its transaction has committed: the user is stored.
        Eventually.until("user " + holder + " stored", () -> metrics.snapshot(Protocol.EWALLET).eventsIngested(),
                count -> count == ingested + 1);

        String fresh = "usr_fresh_" + RUN;
        String body = "{\"directory\":{\"users\":["
                + "{\"id\":\"" + fresh + "\",\"provider_user_id\":\"prov-fresh-" + RUN + "\",\"addresses\":[\"addr-fresh-" + RUN + "\"]},"
                + "{\"id\":\"usr_thief_" + RUN + "\",\"provider_user_id\":\"" + claimed + "\",\"addresses\":[]}]}}";
        DeadLetter dead = rejected(Protocol.EWALLET, "ewallet-" + RUN, context -> context.createTextMessage(body));

        assertEquals("provider_user_id " + claimed + " belongs to user " + holder, dead.property(DeadLetters.REASON));
        assertFalse(ewalletDirectory.userExists(fresh));
        assertFalse(ewalletDirectory.addressExists("addr-fresh-" + RUN));
        assertFalse(ewalletDirectory.userExists("usr_thief_" + RUN));
    }

    /**
     * Sends the message with every kind of property and both producer headers, takes its copy off the
     * dead-letter queue and checks what every copy must carry; returns it for the protocol's own checks.
     */
    private DeadLetter rejected(Protocol protocol, String caseId, Function<JMSContext, Message> build) {
        HeraldMetrics.Snapshot before = metrics.snapshot(protocol);
        Map<String, Object> properties = properties(caseId);
        String messageId = producer.send(protocol, context -> headed(build.apply(context), caseId), properties);

        DeadLetter dead = deadLetters.take(protocol, "ic_case = '" + caseId + "'");

        properties.forEach((name, value) -> assertEquals(value, dead.property(name), "property " + name));
        assertEquals("corr-" + caseId, dead.correlationId());
        assertEquals("ic-type", dead.type());
        assertEquals(messageId, dead.property(DeadLetters.ORIGINAL_ID));
        assertEquals(1, dead.property(DeadLetters.DELIVERY_COUNT), "rejected on its first delivery");
        HeraldMetrics.Snapshot after = metrics.snapshot(protocol);
        assertEquals(before.malformedMessages() + 1, after.malformedMessages());
        assertEquals(before.eventsIngested(), after.eventsIngested());
        assertEquals(before.failedDeliveries(), after.failedDeliveries(), "a malformed message is not retried");
        return dead;
    }

    private static Message headed(Message message, String caseId) {
        try {
            message.setJMSCorrelationID("corr-" + caseId);
            message.setJMSType("ic-type");
            return message;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message bytes(JMSContext context, byte[] body) {
        try {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes(body);
            return message;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
