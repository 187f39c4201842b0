package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Fanout;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatEventMapperTest {

    private final ChatEventMapper mapper = new ChatEventMapper();

    private static final String MESSAGE = """
            {"type":"message","to":1,"packet":{"topic_id":"p2p1_2","seq_id":1519011921221,"from_id":2,
             "name":"abdullah_zagat","content":{"type":"text/plain","payload":{"text":"hello!"}},
             "status":{"1":false},"ts":"2018-10-08T08:30:39.657Z"}}""";

    @Test
    void aMessageGoesToTheRecipientsTopic() throws MalformedEventException {
        Publication publication = mapper.map(MESSAGE, null);

        assertEquals(Protocol.CHAT, publication.protocol());
        assertEquals(Set.of("user:1"), publication.topics());
        assertEquals(Fanout.ONCE, publication.fanout());
        assertEquals(Samples.message(), publication.payload(ChatPacket.class));
    }

    @Test
    void onlyMessagesFallBackToPush() throws MalformedEventException {
        assertTrue(mapper.read(MESSAGE).pushWhenOffline());
        assertFalse(mapper.read("""
                {"type":"typing","to":"1","packet":{"from_id":2,"topic_id":"p2p1_2","ts":"2018-10-08T08:30:39.657Z"}}
                """).pushWhenOffline());
    }

    @Test
    void readsAndTypingAreRead() throws MalformedEventException {
        assertEquals(new ChatEvent(1, Samples.reads()), mapper.read("""
                {"type":"reads","to":1,"packet":{"from_id":2,"topic_id":"p2p1_2",
                 "seq_ids":[1519011921221,1519011921893],"ts":"2018-10-08T08:30:39.657Z"}}"""));
        assertEquals(new ChatEvent(1, new ChatPacket.Typing(false, 2, "p2p1_2", Samples.TS)), mapper.read("""
                {"type":"stop_typing","to":"1","packet":{"from_id":2,"topic_id":"p2p1_2","ts":"2018-10-08T08:30:39.657Z"}}"""));
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
    }

    private void assertRejected(String body, String expected) {
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> mapper.map(body, null));
        assertTrue(e.getMessage().contains(expected), () -> "\"" + e.getMessage() + "\" should mention \"" + expected + "\"");
    }
}
