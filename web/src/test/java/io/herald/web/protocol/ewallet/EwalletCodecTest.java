package io.herald.web.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.herald.protocol.ewallet.EwalletError;
import io.herald.protocol.ewallet.EwalletEvent;
import io.herald.testing.HostileJson;
import io.herald.web.protocol.ewallet.EwalletFrame.ChannelEvent;
import io.herald.web.protocol.ewallet.EwalletFrame.Envelope;
import io.herald.web.protocol.ewallet.EwalletFrame.Heartbeat;
import io.herald.web.protocol.ewallet.EwalletFrame.Join;
import io.herald.web.protocol.ewallet.EwalletFrame.Leave;
import io.herald.web.protocol.ewallet.EwalletFrame.Malformed;
import io.herald.web.protocol.ewallet.EwalletFrame.Ref;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EwalletCodecTest {

    /** The spec's examples are pretty-printed; the wire carries them without the layout. */
    static String minify(String pretty) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < pretty.length(); i++) {
            char c = pretty.charAt(i);
            if (c == '"' && (i == 0 || pretty.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // --- decoding: the "Payload sent" examples of the eWallet document

    @Test
    void decodesTheJoinExample() {
        assertEquals(new Join("transaction_request:some_id", Ref.of("1"), JsonValue.EMPTY_JSON_OBJECT),
                EwalletCodec.decode("""
                        {
                          "topic": "transaction_request:some_id",
                          "event": "phx_join",
                          "ref": "1",
                          "data": {}
                        }
                        """));
    }

    @Test
    void decodesTheLeaveExample() {
        assertEquals(new Leave("transaction_request:some_id", Ref.of("2")),
                EwalletCodec.decode("""
                        {
                          "topic": "transaction_request:some_id",
                          "event": "phx_leave",
                          "ref": "2",
                          "data": {}
                        }
                        """));
    }

    @Test
    void decodesTheHeartbeatExample() {
        assertEquals(new Heartbeat(Ref.of("1")),
                EwalletCodec.decode("""
                        {
                          "topic": "phoenix",
                          "event": "heartbeat",
                          "ref": "1",
                          "data": {}
                        }
                        """));
    }

    @Test
    void aHeartbeatOnAnotherTopicIsJustAnEvent() {
        assertInstanceOf(ChannelEvent.class,
                EwalletCodec.decode("{\"topic\":\"user:u\",\"event\":\"heartbeat\",\"ref\":\"1\",\"data\":{}}"));
    }

    @Test
    void decodesAnyOtherEventWithItsData() {
        assertEquals(new ChannelEvent("user:u", "ping", Ref.of("9"),
                        Json.createObjectBuilder().add("a", 1).build()),
                EwalletCodec.decode("{\"topic\":\"user:u\",\"event\":\"ping\",\"ref\":\"9\",\"data\":{\"a\":1}}"));
    }

    @Test
    void aMissingDataIsAnEmptyObject() {
        assertEquals(new Join("user:u", Ref.of("1"), JsonValue.EMPTY_JSON_OBJECT),
                EwalletCodec.decode("{\"topic\":\"user:u\",\"event\":\"phx_join\",\"ref\":\"1\"}"));
    }

    @Test
    void keepsANumericOrNullRefAsItCame() {
        Join numeric = (Join) EwalletCodec.decode("{\"topic\":\"t:1\",\"event\":\"phx_join\",\"ref\":42,\"data\":{}}");
        Join none = (Join) EwalletCodec.decode("{\"topic\":\"t:1\",\"event\":\"phx_join\",\"ref\":null,\"data\":{}}");

        assertEquals("{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"t:1\","
                + "\"event\":\"phx_reply\",\"ref\":42}", EwalletCodec.encode(Envelope.reply("t:1", numeric.ref())));
        assertEquals(Ref.NONE, none.ref());
        Join decimal = (Join) EwalletCodec.decode("{\"topic\":\"t:1\",\"event\":\"phx_join\",\"ref\":1.50}");
        assertEquals("{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"t:1\","
                + "\"event\":\"phx_reply\",\"ref\":1.50}", EwalletCodec.encode(Envelope.reply("t:1", decimal.ref())));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not json", "{", "[]", "\"text\"", "42", "null", "{\"topic\":1,\"event\":\"phx_join\",\"ref\":\"1\"}",
            "{\"event\":\"phx_join\",\"ref\":\"1\",\"data\":{}}"})
    void readsNoTopicFromGarbage(String text) {
        Malformed malformed = assertInstanceOf(Malformed.class, EwalletCodec.decode(text));
        assertEquals(null, malformed.topic());
    }

    @Test
    void refusesTextAfterTheObject() {
        assertInstanceOf(Malformed.class,
                EwalletCodec.decode("{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"1\"} trailing"));
    }

    @Test
    void survivesAbsurdNesting() {
        String deep = "{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"1\",\"data\":"
                + HostileJson.nestedArrays(100_000) + "}";
        assertInstanceOf(Malformed.class, EwalletCodec.decode(deep));
    }

    @Test
    void keepsTheTopicAndRefThatCouldBeRead() {
        Malformed noEvent = assertInstanceOf(Malformed.class,
                EwalletCodec.decode("{\"topic\":\"user:u\",\"ref\":\"5\",\"data\":{}}"));
        Malformed noRef = assertInstanceOf(Malformed.class,
                EwalletCodec.decode("{\"topic\":\"user:u\",\"event\":\"phx_join\",\"data\":{}}"));
        Malformed objectRef = assertInstanceOf(Malformed.class,
                EwalletCodec.decode("{\"topic\":\"user:u\",\"event\":\"phx_join\",\"ref\":{},\"data\":{}}"));

        assertEquals("user:u", noEvent.topic());
        assertEquals(Ref.of("5"), noEvent.ref());
        assertEquals("user:u", noRef.topic());
        assertEquals(Ref.NONE, noRef.ref());
        assertEquals(Ref.NONE, objectRef.ref());
    }

    // --- encoding: the "Payload from server" examples, byte for byte once minified

    @Test
    void encodesTheJoinReplyExample() {
        assertEquals(minify("""
                        {
                          "success": true,
                          "version": "1",
                          "data": null,
                          "error": null,
                          "topic": "transaction_request:some_id",
                          "event": "phx_reply",
                          "ref": "1"
                        }
                        """),
                EwalletCodec.encode(Envelope.reply("transaction_request:some_id", Ref.of("1"))));
    }

    @Test
    void encodesTheLeaveReplyExample() {
        assertEquals("{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,"
                        + "\"topic\":\"transaction_request:some_id\",\"event\":\"phx_reply\",\"ref\":\"2\"}",
                EwalletCodec.encode(Envelope.reply("transaction_request:some_id", Ref.of("2"))));
    }

    @Test
    void encodesAPushWithTheDocumentsConsumption() {
        String consumption = """
                {
                  "object": "transaction_consumption",
                  "id": "txc_01cbfg9qtdken61agxhx6wvj9h",
                  "socket_topic": "transaction_consumption:txc_01cbfg9qtdken61agxhx6wvj9h",
                  "status": "confirmed",
                  "amount": 100,
                  "token_id": "tok_OMG_01cbffwvj6ma9a9gg1tb24880q",
                  "token": {},
                  "correlation_id": "7e9c0be5-15d1-4463-9ec2-02bc8ded7120",
                  "idempotency_token": "7831c0be5-15d1-4463-9ec2-02bc8ded7120",
                  "transaction_id": "txn_01cbfga8g0dgwcfc7xh6ks1njt",
                  "transaction": {},
                  "user_id": "usr_01cbfgak47ng6x72vbwjca6j4v",
                  "user": {},
                  "account_id": "acc_01cbfgatsanznvzffqsekta5f0",
                  "account": {},
                  "transaction_request_id": "txr_01cbfgb66cby8wp5wpq6n4pm0h",
                  "transaction_request": {},
                  "address": "5555cer3-15d1-4463-9ec2-02bc8ded7120",
                  "metadata": {},
                  "encrypted_metadata": {},
                  "expiration_date": null,
                  "created_at": "2018-01-01T00:00:00Z",
                  "updated_at": "2018-01-01T00:00:00Z",
                  "approved_at": "2018-01-01T00:00:00Z",
                  "rejected_at": null,
                  "confirmed_at": "2018-01-01T00:00:00Z",
                  "failed_at": null,
                  "expired_at": null
                }
                """;
        EwalletEvent event = new EwalletEvent("transaction_consumption_finalized",
                List.of("transaction_request:some_id"), true,
                Json.createReader(new StringReader(consumption)).readValue(), null);

        assertEquals(minify("""
                        {
                          "success": true,
                          "version": "1",
                          "data": %s,
                          "error": null,
                          "topic": "transaction_request:some_id",
                          "event": "transaction_consumption_finalized",
                          "ref": null
                        }
                        """.formatted(consumption)),
                EwalletCodec.encode(Envelope.push("transaction_request:some_id", event)));
    }

    @Test
    void encodesAFailedPushWithItsErrorObject() {
        EwalletEvent event = new EwalletEvent("transaction_consumption_finalized", List.of("user:usr_1"), false,
                Json.createObjectBuilder().add("id", "txc_1").build(),
                EwalletError.of("transaction:insufficient_funds", "Not enough funds."));

        assertEquals("{\"success\":false,\"version\":\"1\",\"data\":{\"id\":\"txc_1\"},"
                        + "\"error\":{\"object\":\"error\",\"code\":\"transaction:insufficient_funds\","
                        + "\"description\":\"Not enough funds.\",\"messages\":null},"
                        + "\"topic\":\"user:usr_1\",\"event\":\"transaction_consumption_finalized\",\"ref\":null}",
                EwalletCodec.encode(Envelope.push("user:usr_1", event)));
    }

    @Test
    void encodesARefusedJoin() {
        assertEquals("{\"success\":false,\"version\":\"1\",\"data\":null,"
                        + "\"error\":{\"object\":\"error\",\"code\":\"websocket:forbidden_channel\","
                        + "\"description\":\"You don't have access to this channel.\",\"messages\":null},"
                        + "\"topic\":\"account:acc_1\",\"event\":\"phx_reply\",\"ref\":\"3\"}",
                EwalletCodec.encode(Envelope.refusal("account:acc_1", Ref.of("3"), EwalletError.FORBIDDEN_CHANNEL)));
    }

    @Test
    void encodesAChannelClose() {
        assertEquals("{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":null,"
                        + "\"topic\":\"user:u\",\"event\":\"phx_close\",\"ref\":\"1\"}",
                EwalletCodec.encode(Envelope.close("user:u", Ref.of("1"))));
    }

    @Test
    void encodesAFormatErrorWithoutTopicOrRef() {
        assertEquals("{\"success\":false,\"version\":\"1\",\"data\":null,"
                        + "\"error\":{\"object\":\"error\",\"code\":\"websocket:invalid_format\","
                        + "\"description\":\"The websocket payload could not be decoded.\",\"messages\":null},"
                        + "\"topic\":null,\"event\":\"phx_error\",\"ref\":null}",
                EwalletCodec.encode(Envelope.error(null, Ref.NONE, EwalletError.INVALID_FORMAT)));
    }

    @Test
    void escapesWhatTheClientSent() {
        assertEquals("{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,"
                        + "\"topic\":\"phoenix\",\"event\":\"phx_reply\",\"ref\":\"a\\\"b\\\\c\\n\"}",
                EwalletCodec.encode(Envelope.reply("phoenix", Ref.of("a\"b\\c\n"))));
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonIsMalformedNeverAnException(String text) {
        assertInstanceOf(EwalletFrame.Malformed.class, EwalletCodec.decode(text));
    }

    @Test
    void aBinaryFrameIsReadAsStrictUtf8() {
        String heartbeat = "{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"1\",\"data\":{}}";
        assertInstanceOf(EwalletFrame.Heartbeat.class,
                EwalletCodec.decode(ByteBuffer.wrap(heartbeat.getBytes(StandardCharsets.UTF_8))));
        byte[] broken = heartbeat.getBytes(StandardCharsets.UTF_8);
        broken[25] = (byte) 0xC3; // a lead byte followed by ASCII: no UTF-8
        assertInstanceOf(EwalletFrame.Malformed.class, EwalletCodec.decode(ByteBuffer.wrap(broken)));
    }
}
