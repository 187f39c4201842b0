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
    void theNodeIsRequired() {
        assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map(null, "{\"wallet\":{}}"));
        assertThrows(MalformedEventException.class, () -> OpenBazaarEventMapper.map(" ", "{\"wallet\":{}}"));
    }
}
