package io.herald.protocol.openbazaar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.ingest.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenBazaarEventMapperTest {

    @Test
    void aNotificationKeepsItsTextAndKind() throws Exception {
        String body = "{\n  \"notification\": {\n    \"notificationId\": \"QmYuSCXrR1Bk46VVjzVwE3aw9JcTLPKReYGv6pVHPzCJET\",\n"
                + "    \"type\": \"payment\"\n  }\n}";
        NodeFrame frame = OpenBazaarEventMapper.map("node-1", body);
        assertEquals(new NodeFrame("node-1", "notification", body), frame);
    }

    @Test
    void aLookupResultIsFlatWithAnId() throws Exception {
        String body = "{\"id\":\"cd29c03d-2736-1ad3-2cc9-88e1407041d0\",\"peerId\":\"QmdAJ\",\"profile\":{}}";
        assertEquals(NodeFrame.LOOKUP, OpenBazaarEventMapper.map("node-1", body).kind());
    }

    @Test
    void aStatusMayHoldTextOrAnObject() throws Exception {
        assertEquals("status", OpenBazaarEventMapper.map("node-1", "{\"status\":\"publishing\"}").kind());
        assertEquals("status", OpenBazaarEventMapper.map("node-1", "{\"status\":{\"state\":\"x\"}}").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1,2]",
            "{\"surprise\":{}}",
            "{\"wallet\":5}",
            "{\"notification\":{\"type\":\"payment\"}}",
            "{\"wallet\":{},\"status\":{}}",
            "{\"id\":7,\"peerId\":\"x\"}"
    })
    void anythingElseIsMalformed(String body) {
        assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map("node-1", body));
    }

    @Test
    void whatTheHistoryStoresMustFitItsColumnsAndTheReasonNamesFieldAndLimit() throws Exception {
        String notification = "{\"notification\":{\"notificationId\":\"%s\",\"type\":\"%s\"}}";
        String message = "{\"message\":{\"messageId\":\"%s\",\"peerId\":\"%s\",\"subject\":\"%s\"}}";
        OpenBazaarEventMapper.map("n".repeat(100), notification.formatted("i".repeat(200), "t".repeat(100)));
        OpenBazaarEventMapper.map("n".repeat(100), message.formatted("m".repeat(200), "p".repeat(100), "s".repeat(182)));
        assertEquals(182, OpenBazaarEventMapper.SUBJECT_LENGTH);
        assertEquals(400, OpenBazaarHistory.chatStream("n".repeat(100), "p".repeat(100), "s".repeat(182)).length(),
                "the longest chat stream fills its column exactly");

        assertRefused("the 'node' property has 101 characters, more than the 100 Herald can store",
                "n".repeat(101), "{\"wallet\":{}}");
        assertRefused("'notification.notificationId' has 201 characters, more than the 200 Herald can store",
                "node-1", notification.formatted("i".repeat(201), "payment"));
        assertRefused("'notification.type' has 101 characters, more than the 100 Herald can store",
                "node-1", notification.formatted("id-1", "t".repeat(101)));
        assertRefused("'message.messageId' has 201 characters, more than the 200 Herald can store",
                "node-1", message.formatted("m".repeat(201), "peer", ""));
        assertRefused("'message.peerId' has 101 characters, more than the 100 Herald can store",
                "node-1", message.formatted("m-1", "p".repeat(101), ""));
        assertRefused("'message.subject' has 183 characters, more than the 182 Herald can store",
                "node-1", message.formatted("m-1", "peer", "s".repeat(183)));
    }

    private static void assertRefused(String reason, String node, String body) {
        assertEquals(reason, assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map(node, body))
                .getMessage());
    }

    @Test
    void theNodeIsRequired() {
        assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map(null, "{\"wallet\":{}}"));
        assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map(" ", "{\"wallet\":{}}"));
    }
}
