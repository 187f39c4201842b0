package io.herald.web.protocol.chat;

import static io.herald.testing.SpecJson.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import io.herald.protocol.chat.ChatPacket;
import io.herald.protocol.chat.ChatPolicy;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChatCodecTest {

    private static final Instant TS = Instant.parse("2018-02-02T08:30:39.789Z");

    // Decoding: the document's commands

    @Test
    void decodesAuth() {
        assertEquals(new ChatFrame.Auth("authenticate socket", "<access_token>"), ChatCodec.decode("""
                {
                    "auth": {
                        "id": "authenticate socket",
                        "access_token": "<access_token>"
                    }
                }"""));
    }

    @Test
    void decodesListenAndUnlisten() {
        assertEquals(new ChatFrame.Listen("listen peer 2", 2), ChatCodec.decode("""
                {
                    "listen": {
                        "id": "listen peer 2",
                        "peer_id": 2
                    }
                }"""));
        assertEquals(new ChatFrame.Unlisten("unlisten peer 2", 2), ChatCodec.decode("""
                {
                    "unlisten": {
                        "id": "unlisten peer 2",
                        "peer_id": 2
                    }
                }"""));
    }

    @Test
    void ignoresMembersItDoesNotKnow() {
        assertEquals(new ChatFrame.Listen("x", 2),
                ChatCodec.decode("{\"listen\":{\"id\":\"x\",\"peer_id\":2,\"extra\":true},\"v\":1}"));
    }

    // Decoding: what is no command

    @Test
    void framesWithoutAReadableIdAreUnreadableWithoutId() {
        for (String text : new String[] {
                "", "not json", "{\"auth\":", "[]", "\"auth\"", "42", "null", "{}", "{\"ping\":{\"id\":\"1\"}}",
                "{\"auth\":{\"id\":\"1\",\"access_token\":\"t\"},\"listen\":{\"id\":\"2\",\"peer_id\":2}}",
                "{\"auth\":\"token\"}", "{\"auth\":{\"access_token\":\"t\"}}", "{\"listen\":{\"id\":7,\"peer_id\":2}}",
                "{\"auth\":{\"id\":\"1\",\"access_token\":\"t\"}} trailing"}) {
            ChatFrame.Unreadable unreadable = assertInstanceOf(ChatFrame.Unreadable.class, ChatCodec.decode(text), text);
            assertNull(unreadable.id(), text);
        }
        assertInstanceOf(ChatFrame.Unreadable.class, ChatCodec.decode(null));
    }

    @Test
    void framesWithAnIdButBadFieldsKeepTheId() {
        for (String text : new String[] {
                "{\"auth\":{\"id\":\"a\"}}", "{\"auth\":{\"id\":\"a\",\"access_token\":5}}",
                "{\"listen\":{\"id\":\"a\"}}", "{\"listen\":{\"id\":\"a\",\"peer_id\":\"2\"}}",
                "{\"listen\":{\"id\":\"a\",\"peer_id\":2.5}}", "{\"listen\":{\"id\":\"a\",\"peer_id\":0}}",
                "{\"unlisten\":{\"id\":\"a\",\"peer_id\":-2}}",
                "{\"unlisten\":{\"id\":\"a\",\"peer_id\":99999999999999999999}}"}) {
            ChatFrame.Unreadable unreadable = assertInstanceOf(ChatFrame.Unreadable.class, ChatCodec.decode(text), text);
            assertEquals("a", unreadable.id(), text);
        }
    }

    // Encoding: the document's responses

    @Test
    void encodesAuthSuccess() {
        // The document's example has a stray comma after user_id; Herald sends valid JSON.
        assertEquals(compact("""
                {
                    "id": "authenticate socket",
                    "status": 200,
                    "data": {
                        "user_id": 1
                    },
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Success("authenticate socket", new ChatFrame.Authenticated(1), TS)));
    }

    @Test
    void encodesInvalidAccessToken() {
        assertEquals(compact("""
                {
                    "id": "authenticate socket",
                    "status": 401,
                    "err": "ERR_INVALID_ACCESS_TOKEN",
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Failure("authenticate socket", ChatError.INVALID_ACCESS_TOKEN, TS)));
    }

    @Test
    void encodesListenSuccessAndForbidden() {
        assertEquals(compact("""
                {
                    "id": "listen peer 2",
                    "status": 200,
                    "data": {
                        "user_id": 1,
                        "peer_id": 2,
                        "is_online": true
                    },
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Success("listen peer 2", new ChatFrame.Listening(1, 2, true), TS)));
        assertEquals(compact("""
                {
                    "id": "listen peer 2",
                    "status": 403,
                    "err": "ERR_FORBIDDEN_ACCESS",
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Failure("listen peer 2", ChatError.FORBIDDEN_ACCESS, TS)));
    }

    @Test
    void encodesUnlistenSuccess() {
        assertEquals(compact("""
                {
                    "id": "unlisten peer 2",
                    "status": 200,
                    "data": {
                        "user_id": 1,
                        "peer_id": 2
                    },
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Success("unlisten peer 2", new ChatFrame.Unlistened(1, 2), TS)));
    }

    @Test
    void encodesTheGenericErrorsWithoutIdWhenNoneWasRead() {
        assertEquals(compact("""
                {
                    "status": 400,
                    "err": "ERR_BAD_REQUEST",
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Failure(null, ChatError.BAD_REQUEST, TS)));
        assertEquals(compact("""
                {
                    "status": 500,
                    "err": "ERR_SERVER_INTERNAL_ERROR",
                    "ts": "2018-02-02T08:30:39.789Z"
                }"""), ChatCodec.encode(new ChatFrame.Failure(null, ChatError.SERVER_INTERNAL_ERROR, TS)));
    }

    @Test
    void escapesWhatTheClientChoseAsId() {
        assertEquals("{\"id\":\"say \\\"hi\\\"\\n\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\",\"ts\":\"2018-02-02T08:30:39.789Z\"}",
                ChatCodec.encode(new ChatFrame.Failure("say \"hi\"\n", ChatError.BAD_REQUEST, TS)));
    }

    @Test
    void encodesAPublicationOnceForAllSessions() {
        ChatPacket typing = new ChatPacket.Typing(true, 2, "p2p1_2", Instant.parse("2018-10-08T08:30:39.657Z"));
        Publication<ChatPacket> publication = new Publication<>(ChatPolicy.LANE, Set.of("user:1"), typing, Fanout.ONCE);

        String first = publication.render(ChatCodec.FORMAT, ChatCodec::encodePush);
        String second = publication.render(ChatCodec.FORMAT, p -> "encoded again");

        assertEquals(compact("""
                {
                    "pres": {
                        "what": "typing",
                        "from_id": 2,
                        "topic_id": "p2p1_2",
                        "ts": "2018-10-08T08:30:39.657Z"
                    }
                }"""), first);
        assertEquals(first, second);
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonIsUnreadableNeverAnException(String text) {
        assertInstanceOf(ChatFrame.Unreadable.class, ChatCodec.decode(text));
    }
}
