package io.herald.web.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.protocol.loom.LoomEvent;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoomCodecTest {

    /** The identifier as the spec's sample received events show it. */
    static final String IDENTIFIER =
            "{\"channel\":\"EventChannel\",\"events\":\"mission_control.job_added,mission_control.job_changed\"}";
    static final String IDENTIFIER_ON_WIRE =
            "\"{\\\"channel\\\":\\\"EventChannel\\\",\\\"events\\\":\\\"mission_control.job_added,mission_control.job_changed\\\"}\"";

    static LoomEvent sampleEvent() {
        return new LoomEvent("837ebb91-2d4b-4818-a19b-04fea7be8cde", "bd6b9b7f-5ea2-4015-a07a-e3ba15d083cd",
                "2023-07-23T22:04:46.000Z", "mission_control.job_added", "1.0",
                Json.createReader(new StringReader(
                        "{\"_meta\":{\"version\":\"1\"},\"job_id\":\"9e11ad29-7729-46a4-b8a3-937c64ff9cd5\"}")).readObject(),
                "https://mc.sandbox.zaikio.com/api/v1/jobs/9e11ad29-7729-46a4-b8a3-937c64ff9cd5",
                "2023-07-23T22:04:46.474Z", "Org/837ebb91-2d4b-4818-a19b-04fea7be8cde", 7);
    }

    @Test
    void encodesControlFramesAsActionCableDoes() {
        assertEquals("{\"type\":\"welcome\"}", LoomCodec.encode(new ServerFrame.Welcome()));
        assertEquals("{\"type\":\"ping\",\"message\":1690149886}", LoomCodec.encode(new ServerFrame.Ping(1690149886L)));
        assertEquals("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}",
                LoomCodec.encode(ServerFrame.Disconnect.UNAUTHORIZED));
        assertEquals("{\"type\":\"disconnect\",\"reason\":\"server_restart\",\"reconnect\":true}",
                LoomCodec.encode(ServerFrame.Disconnect.SERVER_RESTART));
    }

    @Test
    void echoesTheIdentifierByteForByte() {
        assertEquals("{\"identifier\":" + IDENTIFIER_ON_WIRE + ",\"type\":\"confirm_subscription\"}",
                LoomCodec.encode(new ServerFrame.ConfirmSubscription(IDENTIFIER)));
        assertEquals("{\"identifier\":" + IDENTIFIER_ON_WIRE + ",\"type\":\"reject_subscription\"}",
                LoomCodec.encode(new ServerFrame.RejectSubscription(IDENTIFIER)));
        String odd = "{ \"events\" : \"a.b\",\"channel\":\"EventChannel\" }";
        String confirm = LoomCodec.encode(new ServerFrame.ConfirmSubscription(odd));
        assertEquals(odd, Json.createReader(new StringReader(confirm)).readObject().getString("identifier"));
    }

    @Test
    void encodesADeliveryWithTheSpecsKeyOrder() {
        assertEquals("{\"identifier\":" + IDENTIFIER_ON_WIRE + ",\"message\":{"
                        + "\"id\":\"bd6b9b7f-5ea2-4015-a07a-e3ba15d083cd\","
                        + "\"timestamp\":\"2023-07-23T22:04:46.000Z\","
                        + "\"name\":\"mission_control.job_added\","
                        + "\"version\":\"1.0\","
                        + "\"payload\":{\"_meta\":{\"version\":\"1\"},\"job_id\":\"9e11ad29-7729-46a4-b8a3-937c64ff9cd5\"},"
                        + "\"link\":\"https://mc.sandbox.zaikio.com/api/v1/jobs/9e11ad29-7729-46a4-b8a3-937c64ff9cd5\","
                        + "\"received_at\":\"2023-07-23T22:04:46.474Z\","
                        + "\"subject\":\"Org/837ebb91-2d4b-4818-a19b-04fea7be8cde\"}}",
                LoomCodec.encode(new ServerFrame.Delivery(IDENTIFIER, sampleEvent())));
    }

    @Test
    void encodesAbsentOptionalFieldsAsNull() {
        LoomEvent bare = new LoomEvent("o", "e1", "2023-07-23T22:04:46.000Z", "a.b", null,
                jakarta.json.JsonValue.EMPTY_JSON_OBJECT, null, null, null, 0);
        assertEquals("{\"identifier\":\"x\",\"message\":{\"id\":\"e1\",\"timestamp\":\"2023-07-23T22:04:46.000Z\","
                        + "\"name\":\"a.b\",\"version\":null,\"payload\":{},\"link\":null,\"received_at\":null,\"subject\":null}}",
                LoomCodec.encode(new ServerFrame.Delivery("x", bare)));
    }

    @Test
    void escapesLikeRailsJson() {
        LoomEvent event = new LoomEvent("o", "e1", null, "a.b", null,
                Json.createObjectBuilder().add("html", "<b>&</b>").add("ls", "\u2028\u2029")
                        .add("ctl", "tab\tnl\n\u001f\"q\"\\").add("utf", "\u00e9\u2713").build(),
                "https://x.test/?a=1&b=2", null, null, 0);
        assertEquals("{\"identifier\":\"x\",\"message\":{\"id\":\"e1\",\"timestamp\":null,\"name\":\"a.b\","
                        + "\"version\":null,\"payload\":{\"html\":\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\","
                        + "\"ls\":\"\\u2028\\u2029\",\"ctl\":\"tab\\tnl\\n\\u001f\\\"q\\\"\\\\\","
                        + "\"utf\":\"\u00e9\u2713\"},"
                        + "\"link\":\"https://x.test/?a=1\\u0026b=2\",\"received_at\":null,\"subject\":null}}",
                LoomCodec.encode(new ServerFrame.Delivery("x", event)));
    }

    @Test
    void encodesRewindOutcomes() {
        assertEquals("{\"identifier\":\"x\",\"message\":{\"action\":\"rewind_complete\",\"replayed\":3}}",
                LoomCodec.encode(new ServerFrame.RewindComplete("x", 3)));
        assertEquals("{\"identifier\":\"x\",\"message\":{\"action\":\"rewind_failed\",\"reason\":\"unknown_event\"}}",
                LoomCodec.encode(new ServerFrame.RewindFailed("x", "unknown_event")));
    }

    @Test
    void decodesTheSpecsSubscribe() {
        // JSON.stringify({command, identifier: JSON.stringify({events, channel})}) from the spec's client.
        String frame = "{\"command\":\"subscribe\",\"identifier\":\"{\\\"events\\\":\\\"mission_control.job_added,"
                + "mission_control.job_updated\\\",\\\"channel\\\":\\\"EventChannel\\\"}\"}";
        LoomCodec.Valid valid = assertInstanceOf(LoomCodec.Valid.class, LoomCodec.decode(frame));
        String identifier = "{\"events\":\"mission_control.job_added,mission_control.job_updated\",\"channel\":\"EventChannel\"}";
        assertEquals(new Command.Subscribe(identifier), valid.command());
        assertEquals(Optional.of(new ChannelIdentifier("EventChannel",
                        List.of("mission_control.job_added", "mission_control.job_updated"),
                        ChannelIdentifier.Delivery.AT_MOST_ONCE)),
                LoomCodec.parseIdentifier(identifier));
    }

    @Test
    void decodesUnsubscribeAndMessage() {
        assertEquals(new LoomCodec.Valid(new Command.Unsubscribe("i")),
                LoomCodec.decode("{\"command\":\"unsubscribe\",\"identifier\":\"i\"}"));
        assertEquals(new LoomCodec.Valid(new Command.Message("i", "{\"action\":\"ack\",\"ids\":[]}")),
                LoomCodec.decode("{\"command\":\"message\",\"identifier\":\"i\",\"data\":\"{\\\"action\\\":\\\"ack\\\",\\\"ids\\\":[]}\"}"));
    }

    @Test
    void badFramesAreTypedNeverThrown() {
        for (String frame : new String[] {null, "", "nope", "[]", "42", "{\"identifier\":\"i\"}",
                "{\"command\":\"subscribe\"}", "{\"command\":\"subscribe\",\"identifier\":{\"channel\":\"EventChannel\"}}",
                "{\"command\":\"message\",\"identifier\":\"i\"}", "{\"command\":\"perform\",\"identifier\":\"i\"}",
                "{\"command\":\"subscribe\",\"identifier\":\"i\""}) {
            assertInstanceOf(LoomCodec.Invalid.class, LoomCodec.decode(frame), String.valueOf(frame));
        }
    }

    @Test
    void readsIdentifiers() {
        assertTrue(LoomCodec.parseIdentifier("not json").isEmpty());
        assertTrue(LoomCodec.parseIdentifier("{\"events\":\"a\"}").isEmpty(), "no channel: cannot be routed");
        ChannelIdentifier spaced = LoomCodec.parseIdentifier(
                "{\"channel\":\"EventChannel\",\"events\":\" a.b , c.d,,a.b\",\"delivery\":\"at_least_once\"}").orElseThrow();
        assertEquals(List.of("a.b", "c.d"), spaced.events());
        assertEquals(ChannelIdentifier.Delivery.AT_LEAST_ONCE, spaced.delivery());
        assertTrue(spaced.isValidEventSubscription());
        assertTrue(!LoomCodec.parseIdentifier("{\"channel\":\"EventChannel\",\"events\":\"\"}").orElseThrow()
                .isValidEventSubscription());
        assertTrue(!LoomCodec.parseIdentifier("{\"channel\":\"EventChannel\",\"events\":\"a\",\"delivery\":\"twice\"}")
                .orElseThrow().isValidEventSubscription());
        assertTrue(!LoomCodec.parseIdentifier("{\"channel\":\"ChatChannel\",\"events\":\"a\"}").orElseThrow()
                .isValidEventSubscription());
    }

    @Test
    void readsActions() {
        assertEquals(Optional.of(new Action.Rewind("e1", null)),
                LoomCodec.parseAction("{\"action\":\"rewind\",\"since_id\":\"e1\"}"));
        assertEquals(Optional.of(new Action.Rewind(null, Instant.parse("2023-07-23T22:04:46Z"))),
                LoomCodec.parseAction("{\"action\":\"rewind\",\"since\":\"2023-07-23T22:04:46.000Z\"}"));
        assertEquals(Optional.of(new Action.Ack(List.of("e1", "e2"))),
                LoomCodec.parseAction("{\"action\":\"ack\",\"ids\":[\"e1\",\"e2\"]}"));
        assertInstanceOf(Action.Invalid.class, LoomCodec.parseAction("{\"action\":\"rewind\"}").orElseThrow());
        assertInstanceOf(Action.Invalid.class,
                LoomCodec.parseAction("{\"action\":\"rewind\",\"since_id\":\"e1\",\"since\":\"2023-07-23T22:04:46Z\"}").orElseThrow());
        assertInstanceOf(Action.Invalid.class, LoomCodec.parseAction("{\"action\":\"rewind\",\"since\":\"then\"}").orElseThrow());
        assertInstanceOf(Action.Invalid.class, LoomCodec.parseAction("{\"action\":\"ack\",\"ids\":[1]}").orElseThrow());
        assertInstanceOf(Action.Invalid.class, LoomCodec.parseAction("{\"action\":\"dance\"}").orElseThrow());
        assertTrue(LoomCodec.parseAction("{}").isEmpty());
        assertTrue(LoomCodec.parseAction("nope").isEmpty());
    }

    @Test
    void idsLongerThanAnEventIdCanBeAreInvalidArguments() {
        String longest = "e".repeat(200);
        assertEquals(Optional.of(new Action.Rewind(longest, null)),
                LoomCodec.parseAction("{\"action\":\"rewind\",\"since_id\":\"" + longest + "\"}"));
        assertEquals(Optional.of(new Action.Ack(List.of("e1", longest))),
                LoomCodec.parseAction("{\"action\":\"ack\",\"ids\":[\"e1\",\"" + longest + "\"]}"));

        assertEquals(Optional.of(new Action.Invalid("rewind", "since_id longer than 200 characters")),
                LoomCodec.parseAction("{\"action\":\"rewind\",\"since_id\":\"" + longest + "e\"}"));
        assertEquals(Optional.of(new Action.Invalid("ack", "an id longer than 200 characters")),
                LoomCodec.parseAction("{\"action\":\"ack\",\"ids\":[\"e1\",\"" + longest + "e\"]}"));
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonIsInvalidNeverAnException(String text) {
        assertInstanceOf(LoomCodec.Invalid.class, LoomCodec.decode(text));
        assertTrue(LoomCodec.parseIdentifier(text).isEmpty());
        assertTrue(LoomCodec.parseAction(text).isEmpty());
    }
}
