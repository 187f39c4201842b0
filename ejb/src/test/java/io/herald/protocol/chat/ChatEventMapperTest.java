package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.ingest.MalformedEventException;
import org.junit.jupiter.api.Test;

class ChatEventMapperTest {

    /** The protocol document's message packet, as a producer sends it to user 1. */
    static final String MESSAGE = """
            {"type":"message","to":1,"packet":{"topic_id":"p2p1_2","seq_id":1519011921221,"from_id":2,
             "name":"abdullah_zagat","content":{"type":"text/plain","payload":{"text":"hello!"}},
             "status":{"1":false},"ts":"2018-10-08T08:30:39.657Z"}}""";

    @Test
    void onlyMessagesFallBackToPush() throws MalformedEventException {
        assertTrue(ChatEventMapper.read(MESSAGE).pushWhenOffline());
        assertFalse(ChatEventMapper.read("""
                {"type":"typing","to":"1","packet":{"from_id":2,"topic_id":"p2p1_2","ts":"2018-10-08T08:30:39.657Z"}}
                """).pushWhenOffline());
    }

    @Test
    void readsAndTypingAreRead() throws MalformedEventException {
        assertEquals(new ChatEvent(1, Samples.reads()), ChatEventMapper.read("""
                {"type":"reads","to":1,"packet":{"from_id":2,"topic_id":"p2p1_2",
                 "seq_ids":[1519011921221,1519011921893],"ts":"2018-10-08T08:30:39.657Z"}}"""));
        assertEquals(new ChatEvent(1, new ChatPacket.Typing(false, 2, "p2p1_2", Samples.TS)), ChatEventMapper.read("""
                {"type":"stop_typing","to":"1","packet":{"from_id":2,"topic_id":"p2p1_2","ts":"2018-10-08T08:30:39.657Z"}}"""));
    }
}
