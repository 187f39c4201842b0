package io.herald.web.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WazoCodecTest {

    // Golden strings: the server messages exactly as the protocol documents show them.

    @Test
    void encodesVersion1RepliesAsDocumented() {
        assertEquals("{\"op\": \"init\", \"code\": 0, \"msg\": \"\"}", WazoCodec.encode(new WazoOp.Init(), WazoVersion.V1));
        assertEquals("{\"op\": \"subscribe\", \"code\": 0, \"msg\": \"\"}",
                WazoCodec.encode(new WazoOp.Subscribed(), WazoVersion.V1));
        assertEquals("{\"op\": \"start\", \"code\": 0, \"msg\": \"\"}", WazoCodec.encode(new WazoOp.Started(), WazoVersion.V1));
    }

    @Test
    void encodesVersion2RepliesAsDocumented() {
        assertEquals("{\"op\": \"init\", \"code\": 0, \"data\": {\"version\": 2}}",
                WazoCodec.encode(new WazoOp.Init(), WazoVersion.V2));
        assertEquals("{\"op\": \"subscribe\", \"code\": 0}", WazoCodec.encode(new WazoOp.Subscribed(), WazoVersion.V2));
        assertEquals("{\"op\": \"start\", \"code\": 0}", WazoCodec.encode(new WazoOp.Started(), WazoVersion.V2));
        assertEquals("{\"op\": \"token\", \"code\": 0}", WazoCodec.encode(new WazoOp.TokenChanged(), WazoVersion.V2));
    }

    @Test
    void pongEchoesThePayload() {
        assertEquals("{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": \"pong\"}}",
                WazoCodec.encode(new WazoOp.Pong(Json.createValue("pong")), WazoVersion.V2));
        var payload = Json.createObjectBuilder().add("n", 1).add("s", "a\"b").add("l", Json.createArrayBuilder().add(1).add(true)).build();
        assertEquals("{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": {\"n\": 1, \"s\": \"a\\\"b\", \"l\": [1, true]}}}",
                WazoCodec.encode(new WazoOp.Pong(payload), WazoVersion.V2));
    }

    @Test
    void eventsAreTheBodyInVersion1AndWrappedInVersion2() {
        String body = "{\"name\": \"endpoint_status_update\", \"data\" :{\"x\":1.0}}";
        assertEquals(body, WazoCodec.encode(new WazoOp.Event(body), WazoVersion.V1));
        assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + body + "}",
                WazoCodec.encode(new WazoOp.Event(body), WazoVersion.V2));
    }

    @Test
    void decodesTheDocumentedClientMessages() {
        assertEquals(new WazoCodec.Ok(new WazoOp.Subscribe("endpoint_status_update")),
                WazoCodec.decode("{\"op\": \"subscribe\", \"data\": {\"event_name\": \"endpoint_status_update\"}}", WazoVersion.V1));
        assertEquals(new WazoCodec.Ok(new WazoOp.Subscribe("*")),
                WazoCodec.decode("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"*\"}}", WazoVersion.V1));
        assertEquals(new WazoCodec.Ok(new WazoOp.Start()), WazoCodec.decode("{\"op\": \"start\"}", WazoVersion.V1));
        assertEquals(new WazoCodec.Ok(new WazoOp.Ping(Json.createValue("pong"))),
                WazoCodec.decode("{\"op\":\"ping\",\"data\":{\"payload\":\"pong\"}}", WazoVersion.V2));
        assertEquals(new WazoCodec.Ok(new WazoOp.Token("new-token")),
                WazoCodec.decode("{\"op\":\"token\",\"data\":{\"token\":\"new-token\"}}", WazoVersion.V2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "not json", "{\"op\":", "{\"op\":\"start\"} x", "[]", "\"start\"", "42", "null",
        "{}", "{\"op\":1}", "{\"op\":null}", "{\"op\":\"stop\"}", "{\"data\":{}}",
        "{\"op\":\"subscribe\"}", "{\"op\":\"subscribe\",\"data\":\"x\"}", "{\"op\":\"subscribe\",\"data\":{}}",
        "{\"op\":\"subscribe\",\"data\":{\"event_name\":1}}", "{\"op\":\"subscribe\",\"data\":{\"event_name\":null}}",
        "{\"op\":\"token\",\"data\":{\"token\":\"t\"}}", "{\"op\":\"ping\",\"data\":{\"payload\":1}}"
    })
    void rejectsWhatVersion1DoesNotUnderstand(String frame) {
        assertInstanceOf(WazoCodec.Invalid.class, WazoCodec.decode(frame, WazoVersion.V1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"op\":\"token\"}", "{\"op\":\"token\",\"data\":{\"token\":5}}", "{\"op\":\"ping\"}",
        "{\"op\":\"ping\",\"data\":{}}", "{\"op\":\"ping\",\"data\":\"p\"}", "{\"op\":\"event\"}"
    })
    void rejectsMalformedVersion2Operations(String frame) {
        assertInstanceOf(WazoCodec.Invalid.class, WazoCodec.decode(frame, WazoVersion.V2));
    }

    @Test
    void decodingNullIsAnErrorNotAnException() {
        assertInstanceOf(WazoCodec.Invalid.class, WazoCodec.decode(null, WazoVersion.V1));
    }

    @Test
    void versionParameter() {
        assertEquals(WazoVersion.V1, WazoVersion.fromParameter(null).orElseThrow());
        assertEquals(WazoVersion.V1, WazoVersion.fromParameter("1").orElseThrow());
        assertEquals(WazoVersion.V2, WazoVersion.fromParameter("2").orElseThrow());
        assertEquals(true, WazoVersion.fromParameter("3").isEmpty());
        assertEquals(true, WazoVersion.fromParameter("").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonIsInvalidNeverAnException(String frame) {
        assertInstanceOf(WazoCodec.Invalid.class, WazoCodec.decode(frame, WazoVersion.V2));
    }
}
