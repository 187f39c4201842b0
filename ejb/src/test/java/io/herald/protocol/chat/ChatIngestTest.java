package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Fanout;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.protocol.chat.ChatDevices.Device;
import io.herald.protocol.chat.ChatDevices.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real path of a chat message, with an in-memory presence, device registry and outbox. */
class ChatIngestTest {

    private static final String MESSAGE = ChatEventMapperTest.MESSAGE;
    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");

    private final Presence presence = new Presence((user, online) -> { });
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ChatIngest ingest = new ChatIngest();

    ChatIngestTest() {
        ingest.offlinePushes = new OfflinePushes(presence,
                user -> user == 1 ? List.of(new Device("tok", Platform.ANDROID)) : List.of());
        ingest.outbox = outbox;
        ingest.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aMessageGoesToTheRecipientsTopic() throws MalformedEventException {
        presence.opened(1, new Object());

        Publication<ChatPacket> publication = ingest.map(MESSAGE, null);

        assertEquals(Protocol.CHAT, publication.protocol());
        assertEquals(Set.of("user:1"), publication.topics());
        assertEquals(Fanout.ONCE, publication.fanout());
        assertEquals(Samples.message(), publication.payload());
        assertEquals(List.of(), outbox.pushes(), "an online recipient is not pushed");
    }

    @Test
    void aMessageToAnOfflineRecipientIsAlsoPushedToTheirDevices() throws MalformedEventException {
        Publication<ChatPacket> publication = ingest.map(MESSAGE, null);

        assertEquals(Set.of("user:1"), publication.topics());
        assertEquals(List.of(new Enqueued(1, FcmPayloads.forMessage(Samples.message(), 1,
                List.of(new Device("tok", Platform.ANDROID))), NOW)), outbox.enqueued);
    }

    @Test
    void aRedeliveredMessageOffersTheOutboxTheSamePushAgain() throws MalformedEventException {
        ingest.map(MESSAGE, null);
        ingest.map(MESSAGE, null);

        List<FcmPayloads.FcmPush> pushes = outbox.pushes();
        assertEquals(2, pushes.size());
        assertEquals(pushes.get(0).key(), pushes.get(1).key(), "the key the outbox keeps one push per");
    }

    @Test
    void readsAndTypingAreNeverPushed() throws MalformedEventException {
        ingest.map("""
                {"type":"typing","to":1,"packet":{"from_id":2,"topic_id":"p2p1_2","ts":"2018-10-08T08:30:39.657Z"}}""", null);
        ingest.map("""
                {"type":"reads","to":1,"packet":{"from_id":2,"topic_id":"p2p1_2","seq_ids":[1],
                 "ts":"2018-10-08T08:30:39.657Z"}}""", null);

        assertEquals(List.of(), outbox.pushes());
    }

    @Test
    void badInputIsRejectedWithAMessageNamingTheProblem() {
        assertRejected("not json", "not JSON");
        assertRejected("[1]", "not a JSON object");
        assertRejected("{} {}", "not JSON");
        assertRejected("{\"to\":1,\"packet\":{}}", "event.type");
        assertRejected("{\"type\":\"pres\",\"to\":1,\"packet\":{}}", "unknown event type \"pres\"");
        assertRejected("{\"type\":\"typing\",\"packet\":{}}", "event.to");
        assertRejected("{\"type\":\"typing\",\"to\":\"abc\",\"packet\":{}}", "event.to is not a user id");
        assertRejected("{\"type\":\"typing\",\"to\":0,\"packet\":{}}", "event.to is not a positive user id");
        assertRejected("{\"type\":\"typing\",\"to\":1}", "event.packet");
        assertRejected("{\"type\":\"typing\",\"to\":1,\"packet\":{\"from_id\":2,\"topic_id\":\"t\",\"ts\":\"yesterday\"}}",
                "packet.ts is not an RFC 3339");
        assertRejected("{\"type\":\"typing\",\"to\":1,\"packet\":{\"from_id\":2.5,\"topic_id\":\"t\",\"ts\":\"2018-10-08T08:30:39Z\"}}",
                "packet.from_id");
        assertRejected(MESSAGE.replace("\"1\":false", "\"1\":\"no\""), "packet.status.1 is not a boolean");
        assertRejected(MESSAGE.replace("1519011921221", "99999999999999999999"), "packet.seq_id is out of range");
        assertRejected(MESSAGE.replace("\"content\":", "\"contents\":"), "packet.content");
        assertEquals(List.of(), outbox.enqueued, "nothing is pushed for a malformed message");
    }

    private void assertRejected(String body, String expected) {
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> ingest.map(body, null));
        assertTrue(e.getMessage().contains(expected), () -> "\"" + e.getMessage() + "\" should mention \"" + expected + "\"");
    }

    private record Enqueued(long recipient, List<FcmPayloads.FcmPush> pushes, Instant now) {
    }

    /** Records what it is asked to enqueue; the ingest path uses nothing else of the outbox. */
    private static final class RecordingOutbox implements FcmOutbox {

        final List<Enqueued> enqueued = new ArrayList<>();

        List<FcmPayloads.FcmPush> pushes() {
            return enqueued.stream().flatMap(e -> e.pushes().stream()).toList();
        }

        @Override
        public void enqueue(long recipient, List<FcmPayloads.FcmPush> pushes, Instant now) {
            enqueued.add(new Enqueued(recipient, pushes, now));
        }

        @Override
        public List<Pending> due(Instant now, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Pending> waiting(int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void tokenInvalid(long id, String fcmToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void failed(long id, String reason, Instant retryAt) {
            throw new UnsupportedOperationException();
        }
    }
}
