package io.herald.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.persistence.StoredEvent;
import io.herald.store.EventStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What {@link OpenBazaarHistory#record} appends, against an in-memory event store. */
class OpenBazaarHistoryRecordTest {

    private final List<StoredEvent> appended = new ArrayList<>();
    private final OpenBazaarHistory history = new OpenBazaarHistory();

    OpenBazaarHistoryRecordTest() {
        history.store = new EventStore() {
            @Override
            public StoredEvent append(String stream, String eventKey, String kind, String body) {
                StoredEvent event = new StoredEvent(stream, appended.size() + 1, eventKey, kind, body, Instant.EPOCH);
                appended.add(event);
                return event;
            }

            @Override
            public OptionalLong sequenceOf(String stream, String eventKey) {
                return appended.stream().filter(e -> e.getStream().equals(stream) && eventKey.equals(e.getEventKey()))
                        .mapToLong(StoredEvent::getSeq).findFirst();
            }
        };
    }

    @Test
    void aRedeliveredNotificationIsStoredOnce() throws Exception {
        NodeFrame notification = new NodeFrame("node-1", "notification",
                "{\"notification\":{\"notificationId\":\"n-1\",\"type\":\"follow\"}}");
        history.record(notification);
        history.record(notification);
        assertEquals(1, appended.size());
        assertEquals("n-1", appended.get(0).getEventKey());
    }

    @Test
    void theSameNotificationIdOnAnotherNodeIsAnotherNotification() throws Exception {
        history.record(new NodeFrame("node-1", "notification", "{\"notification\":{\"notificationId\":\"n-1\"}}"));
        history.record(new NodeFrame("node-2", "notification", "{\"notification\":{\"notificationId\":\"n-1\"}}"));
        assertEquals(2, appended.size());
    }

    @Test
    void aRedeliveredChatMessageIsStoredOnceAndOneWithoutAnIdEveryTime() throws Exception {
        NodeFrame withId = new NodeFrame("node-1", "message", "{\"message\":{\"peerId\":\"QmPeer\",\"messageId\":\"m-1\"}}");
        NodeFrame withoutId = new NodeFrame("node-1", "message", "{\"message\":{\"peerId\":\"QmPeer\"}}");
        history.record(withId);
        history.record(withId);
        history.record(withoutId);
        history.record(withoutId);
        assertEquals(3, appended.size());
    }
}
