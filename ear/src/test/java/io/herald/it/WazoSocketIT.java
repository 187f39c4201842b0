package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.tools.QueueProducer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Wazo connection on the real server over {@code wss://}: the handshakes and replies of both
 * protocol versions, both paths, where the token may come from, and the close codes for bad
 * tokens and bad frames.
 */
class WazoSocketIT {

    private static final String TENANT = Wazo.uuid();
    private static final String USER = Wazo.uuid();

    private static QueueProducer jms;
    private static String token;

    @BeforeAll
    static void setUp() throws Exception {
        token = Wazo.userToken(TENANT, USER, "websocketd", "events.#");
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    @Test
    void version1AnswersAsDocumentedAndThenSendsOnlyEventBodiesByteForByte() throws Exception {
        try (WsClient client = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, client.next());
            client.send("{\"op\": \"subscribe\", \"data\": {\"event_name\": \"call_created\"}}");
            assertEquals(Wazo.SUBSCRIBED_V1, client.next());
            client.send("{\"op\": \"start\"}");
            assertEquals(Wazo.STARTED_V1, client.next());

            // After start a subscribe gets no reply: the next frame is the event, as produced.
            client.send(Wazo.subscribe("call_updated"));
            String body = "{ \"name\" :\"call_updated\", \"required_acl\": null,\n \"data\": {\"n\": 1.50, \"s\": \"\\u00e9\"} }";
            Wazo.publish(jms, TENANT, USER, body);
            assertEquals(body, client.next());
        }
    }

    @Test
    void version2OnTheSdkPathWrapsEventsAndAnswersPings() throws Exception {
        try (WsClient client = Wazo.connect("/api/websocketd/?version=2&token=" + token)) {
            assertEquals(Wazo.INIT_V2, client.next());
            client.send(Wazo.subscribe("call_created"));
            assertEquals(Wazo.SUBSCRIBED_V2, client.next());
            client.send("{\"op\": \"start\"}");
            assertEquals(Wazo.STARTED_V2, client.next());
            client.send("{\"op\": \"ping\", \"data\": {\"payload\": \"pong\"}}");
            assertEquals("{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": \"pong\"}}", client.next());
            // Version 2 still answers a subscribe after start.
            client.send(Wazo.subscribe("call_updated"));
            assertEquals(Wazo.SUBSCRIBED_V2, client.next());

            String body = Wazo.event("call_created", Wazo.NULL_ACL, "v2");
            Wazo.publish(jms, TENANT, "*", body);
            assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + body + "}", client.next());
        }
    }

    @Test
    void theSdkPathSpeaksVersion1TooAndTheTokenMayComeAsAHeader() throws Exception {
        try (WsClient atRoot = Wazo.connect("/", Map.of("X-Auth-Token", token)).open();
             WsClient atSdkPath = Wazo.connect("/api/websocketd/", Map.of("X-Auth-Token", token)).open()) {
            assertEquals(Wazo.INIT_V1, atRoot.next());
            assertEquals(Wazo.INIT_V1, atSdkPath.next());
        }
    }

    @Test
    void theQueryTokenWinsOverTheHeader() throws Exception {
        try (WsClient client = Wazo.connect("/?token=" + token, Map.of("X-Auth-Token", "not-a-token")).open()) {
            assertEquals(Wazo.INIT_V1, client.next());
        }
    }

    @Test
    void noTokenCloses4001() throws Exception {
        try (WsClient client = Wazo.connect("/")) {
            assertEquals(4001, client.awaitClose().code());
            assertEquals(0, client.received(), "no frame before the close");
        }
    }

    @Test
    void anUnknownTokenCloses4002() throws Exception {
        try (WsClient client = Wazo.connect("/?token=no-such-token-" + Wazo.uuid())) {
            assertEquals(4002, client.awaitClose().code());
            assertEquals(0, client.received());
        }
    }

    @Test
    void aTokenWithoutTheWebsocketdAclCloses4002() throws Exception {
        String withoutWebsocketd = Wazo.userToken(TENANT, USER, "events.#", "websocketd.other");
        try (WsClient client = Wazo.connect("/?token=" + withoutWebsocketd)) {
            assertEquals(4002, client.awaitClose().code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[\"subscribe\"]",
        "{\"data\": {\"event_name\": \"x\"}}",
        "{\"op\": 1}",
        "{\"op\": \"unsubscribe\", \"data\": {\"event_name\": \"x\"}}",
        "{\"op\": \"subscribe\"}",
        "{\"op\": \"subscribe\", \"data\": {\"event_name\": 5}}",
        "{\"op\": \"token\", \"data\": {\"token\": \"t\"}}",
        "{\"op\": \"ping\", \"data\": {\"payload\": \"p\"}}"
    })
    void aFrameVersion1CannotUnderstandCloses4004(String frame) throws Exception {
        try (WsClient client = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, client.next());
            client.send(frame);
            assertEquals(4004, client.awaitClose().code());
            assertEquals(0, client.received(), "no error frame before the close");
        }
    }

    @Test
    void aBinaryFrameCloses4004() throws Exception {
        try (WsClient client = Wazo.connect("/?version=2&token=" + token)) {
            assertEquals(Wazo.INIT_V2, client.next());
            client.sendBinary(new byte[] {'{', '}'});
            assertEquals(4004, client.awaitClose().code());
        }
    }

    @Test
    void anUnknownVersionCloses4004() throws Exception {
        try (WsClient client = Wazo.connect("/?version=3&token=" + token)) {
            assertEquals(4004, client.awaitClose().code());
            assertEquals(0, client.received());
        }
    }

    @Test
    void theServerStaysHealthyAfterProtocolErrors() throws Exception {
        try (WsClient broken = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, broken.next());
            broken.send("{");
            assertEquals(4004, broken.awaitClose().code());
        }
        try (WsClient client = Wazo.startedV1(token, "*")) {
            String body = Wazo.event("after_the_error", Wazo.NULL_ACL, "healthy");
            Wazo.publish(jms, TENANT, USER, body);
            assertEquals(body, client.next());
        }
    }

    @Test
    void thePlainHttpPortDoesNotServeWazo() throws Exception {
        WsClient.Attempt attempt = WsClient.connect(Herald.WS + "/?token=" + token, Map.of());
        assertEquals(404, attempt.refusedStatus());
        WsClient.Attempt sdkPath = WsClient.connect(Herald.WS + "/api/websocketd/?token=" + token, Map.of());
        assertEquals(404, sdkPath.refusedStatus());
    }
}
