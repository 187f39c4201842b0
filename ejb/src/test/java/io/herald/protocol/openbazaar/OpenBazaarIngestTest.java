package io.herald.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.TestMessages;
import io.herald.testing.InMemoryEventStreams;
import io.herald.testing.InMemoryEventStreams.Appended;
import jakarta.jms.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real path of an OpenBazaar message, against in-memory streams. */
class OpenBazaarIngestTest {

    private final InMemoryEventStreams streams = new InMemoryEventStreams();
    private final OpenBazaarIngest ingest = new OpenBazaarIngest();

    OpenBazaarIngestTest() {
        ingest.streams = streams;
    }

    @Test
    void aNotificationIsPublishedToItsNodeAsSentAndStoredInTheNodesNotifications() throws Exception {
        String body = "{\"notification\": {\"notificationId\": \"n-1\", \"type\": \"follow\", \"peerId\": \"QmPeer\"}}";

        Publication<NodeFrame> publication = ingest.map(body, forNode("node-1"));

        assertEquals(Protocol.OPENBAZAAR, publication.protocol());
        assertEquals(Set.of("node:node-1"), publication.topics());
        assertEquals(new NodeFrame("node-1", "notification", body), publication.payload());
        assertEquals(List.of(new Appended(OpenBazaarHistory.notificationStream("node-1"), 1, "n-1", "follow",
                "{\"notificationId\":\"n-1\",\"type\":\"follow\",\"peerId\":\"QmPeer\"}")), streams.appended());
    }

    @Test
    void aChatMessageIsStoredInTheStreamOfItsPeerAndSubject() throws Exception {
        ingest.map("{\"message\":{\"messageId\":\"m-1\",\"peerId\":\"QmPeer\",\"subject\":\"order-7\"}}",
                forNode("node-1"));

        assertEquals(List.of(new Appended(OpenBazaarHistory.chatStream("node-1", "QmPeer", "order-7"), 1, "m-1",
                "message", "{\"messageId\":\"m-1\",\"peerId\":\"QmPeer\",\"subject\":\"order-7\"}")), streams.appended());
    }

    @Test
    void otherKindsArePublishedAndNotStored() throws Exception {
        for (String body : List.of("{\"walletUpdate\":{\"BTC\":{\"confirmed\":2657}}}", "{\"status\":\"publishing\"}",
                "{\"messageTyping\":{\"peerId\":\"QmPeer\"}}", "{\"id\":\"lookup-1\",\"peerId\":\"QmPeer\"}")) {
            assertEquals(Set.of("node:node-1"), ingest.map(body, forNode("node-1")).topics(), body);
        }
        assertEquals(List.of(), streams.appended());
    }

    @Test
    void aRedeliveredNotificationIsStoredOnce() throws Exception {
        String notification = "{\"notification\":{\"notificationId\":\"n-1\",\"type\":\"follow\"}}";
        ingest.map(notification, forNode("node-1"));
        ingest.map(notification, forNode("node-1"));
        assertEquals(1, streams.appended().size());
        assertEquals("n-1", streams.appended().get(0).key());
    }

    @Test
    void theSameNotificationIdOnAnotherNodeIsAnotherNotification() throws Exception {
        ingest.map("{\"notification\":{\"notificationId\":\"n-1\"}}", forNode("node-1"));
        ingest.map("{\"notification\":{\"notificationId\":\"n-1\"}}", forNode("node-2"));
        assertEquals(2, streams.appended().size());
    }

    @Test
    void aRedeliveredChatMessageIsStoredOnceAndOneWithoutAnIdEveryTime() throws Exception {
        String withId = "{\"message\":{\"peerId\":\"QmPeer\",\"messageId\":\"m-1\"}}";
        String withoutId = "{\"message\":{\"peerId\":\"QmPeer\"}}";
        ingest.map(withId, forNode("node-1"));
        ingest.map(withId, forNode("node-1"));
        ingest.map(withoutId, forNode("node-1"));
        ingest.map(withoutId, forNode("node-1"));
        assertEquals(3, streams.appended().size());
    }

    @Test
    void aChatMessageWithoutAPeerOrAMessageWithoutAReadableNodeIsMalformedAndStoresNothing() {
        MalformedEventException noPeer = assertThrows(MalformedEventException.class,
                () -> ingest.map("{\"message\":{\"messageId\":\"m-1\"}}", forNode("node-1")));
        assertEquals("a chat message needs a non-empty string 'peerId'", noPeer.getMessage());
        String notification = "{\"notification\":{\"notificationId\":\"n-1\"}}";
        assertThrows(MalformedEventException.class, () -> ingest.map(notification, TestMessages.withProperties(Map.of())));
        assertEquals("the \"node\" property is not a string", assertThrows(MalformedEventException.class,
                () -> ingest.map(notification, TestMessages.withUnreadableProperties())).getMessage());
        assertEquals(List.of(), streams.appended());
    }

    private static Message forNode(String node) {
        return TestMessages.withProperties(Map.of(OpenBazaarEventMapper.NODE_PROPERTY, node));
    }
}
