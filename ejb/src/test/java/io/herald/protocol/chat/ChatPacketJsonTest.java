package io.herald.protocol.chat;

import static io.herald.testing.SpecJson.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every packet against the protocol document's example, byte for byte once compacted. */
class ChatPacketJsonTest {

    @Test
    void messagePacket() {
        assertEquals(compact("""
                {
                    "message": {
                        "topic_id": "p2p1_2",
                        "seq_id": 1519011921221,
                        "from_id": 2,
                        "name": "abdullah_zagat",
                        "content": {
                            "type": "text/plain",
                            "payload": {
                                "text": "hello!"
                            }
                        },
                        "status": {
                            "1": false
                        },
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), ChatPacketJson.frame(Samples.message()));
    }

    @Test
    void readsPacket() {
        assertEquals(compact("""
                {
                    "reads": {
                        "from_id": 2,
                        "topic_id": "p2p1_2",
                        "seq_ids": [
                            1519011921221,
                            1519011921893
                        ],
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), ChatPacketJson.frame(Samples.reads()));
    }

    @Test
    void onlinePresenceAlwaysCarriesMilliseconds() {
        // The document's online example has no fraction; Herald's ts always has three digits.
        assertEquals(compact("""
                {
                    "pres": {
                        "what": "online",
                        "from_id": 2,
                        "ts": "2018-10-08T08:30:39.000Z"
                    }
                }"""), ChatPacketJson.frame(new ChatPacket.Presence(true, 2, Instant.parse("2018-10-08T08:30:39Z"))));
    }

    @Test
    void offlinePresence() {
        assertEquals(compact("""
                {
                    "pres": {
                        "what": "offline",
                        "from_id": 2,
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), ChatPacketJson.frame(new ChatPacket.Presence(false, 2, Samples.TS)));
    }

    @Test
    void typingPresence() {
        assertEquals(compact("""
                {
                    "pres": {
                        "what": "typing",
                        "from_id": 2,
                        "topic_id": "p2p1_2",
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), ChatPacketJson.frame(new ChatPacket.Typing(true, 2, "p2p1_2", Samples.TS)));
    }

    @Test
    void stopTypingPresenceKeepsTheDocumentsKeyOrder() {
        assertEquals(compact("""
                {
                    "pres": {
                        "from_id": 2,
                        "what": "stop_typing",
                        "topic_id": "p2p1_2",
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), ChatPacketJson.frame(new ChatPacket.Typing(false, 2, "p2p1_2", Samples.TS)));
    }

    @Test
    void timestampsAreTruncatedToMillisecondsInUtc() {
        assertEquals("2018-10-08T08:30:39.657Z", ChatTime.format(Instant.parse("2018-10-08T08:30:39.657999Z")));
        assertEquals(Instant.parse("2018-10-08T08:30:39.657Z"),
                ChatTime.parse("2018-10-08T11:30:39.657+03:00").orElseThrow());
    }
}
