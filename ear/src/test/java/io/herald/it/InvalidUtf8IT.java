package io.herald.it;

import static io.herald.it.RawWebSocket.BINARY;
import static io.herald.it.RawWebSocket.TEXT;
import static io.herald.it.RawWebSocket.concat;
import static io.herald.it.RawWebSocket.hex;
import static io.herald.it.RawWebSocket.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes that are not UTF-8, from a WebSocket client, on every endpoint. In a text message they fail
 * the connection with 1007 (RFC 6455 §8.1) before any protocol reads them, whether they come in one
 * frame or cut between fragments; in a binary message they get the protocol's own answer. A valid
 * character cut between fragments is read whole. The endpoint serves the next client, and the
 * server log shows no stack trace for any of it.
 */
class InvalidUtf8IT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "it-utf8-" + RUN;
    private static final String NODE_PASSWORD = "secret-" + RUN;
    private static final String ACCESS_KEY = "it-utf8-access-" + RUN;
    private static final String SECRET_KEY = "it-utf8-secret-" + RUN;
    private static final String LOOM_APP = "it-utf8-app-" + RUN;
    private static final String LOOM_ORG = "org-utf8-" + RUN;

    /** Two- and four-byte characters (the second one a surrogate pair in Java) for the probes to echo. */
    private static final String WORD = "caf\u00e9-\ud83d\ude00-" + RUN;
    private static final String PREFIX = "{\"x\":\"";
    private static final String SUFFIX = "\"}";

    private static final int INVALID_PAYLOAD = 1007;
    private static final int WAZO_PROTOCOL_ERROR = 4004;
    private static final Pattern NOT_UTF8_LINE = Pattern.compile(
            "INFO .*malformed \\w+ frame \\(closed 1007\\): text that is not UTF-8");
    private static final Path SERVER_LOG = Path.of(System.getProperty("herald.server.dir"), "standalone", "log",
            "server.log");

    private static QueueProducer jms;
    private static String wazoToken;
    private static long logAtStart;
    private long logBefore;

    /** Byte sequences no UTF-8 text contains. */
    enum Invalid {
        LEAD_BYTE_WITHOUT_CONTINUATION("C3 28", SUFFIX),
        LONE_CONTINUATION_BYTE("80", SUFFIX),
        OVERLONG_SLASH("C0 AF", SUFFIX),
        SURROGATE("ED A0 80", SUFFIX),
        ABOVE_U10FFFF("F4 90 80 80", SUFFIX),
        TRUNCATED_AT_THE_END("E2 82", "");

        final byte[] bytes;
        final String after;

        Invalid(String hex, String after) {
            this.bytes = hex(hex);
            this.after = after;
        }

        byte[] message() {
            return concat(utf8(PREFIX), bytes, utf8(after));
        }

        /** The message cut right after the first byte of the bad sequence. */
        byte[][] cut() {
            byte[] whole = message();
            int at = PREFIX.length() + 1;
            return new byte[][] {Arrays.copyOfRange(whole, 0, at), Arrays.copyOfRange(whole, at, whole.length)};
        }
    }

    /** How the message travels. */
    enum Shape { ONE_FRAME, CUT_BETWEEN_FRAGMENTS }

    /**
     * One endpoint: how to open a client past its greeting, a request whose answer echoes
     * {@link #WORD} (sent cut inside each character) and the protocol's answer to binary frames.
     */
    record Endpoint(String name, Opener opener, Probe probe, BinaryAnswer binary) {

        /** A new client's cut characters are read whole. */
        void servesANewClient() throws Exception {
            try (RawWebSocket client = opener.open()) {
                probe.echoes(client);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    interface Opener {
        RawWebSocket open() throws Exception;
    }

    /** Sends {@link #WORD} cut between fragments inside every character and checks it came back whole. */
    interface Probe {
        void echoes(RawWebSocket client) throws Exception;
    }

    /** What the protocol does with a binary message that is not UTF-8, once it has been sent. */
    interface BinaryAnswer {
        void check(RawWebSocket client) throws Exception;
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("chat", () -> RawWebSocket.connect("/chat/ws", Map.of()), InvalidUtf8IT::chatEchoes,
                        client -> {
                            String answer = client.nextText();
                            assertTrue(answer.startsWith("{\"status\":400,\"err\":\"ERR_BAD_REQUEST\""), answer);
                            chatEchoes(client);
                        }),
                new Endpoint("ewallet", InvalidUtf8IT::openEwallet, InvalidUtf8IT::ewalletEchoes, client -> {
                    assertEquals(EwalletWire.invalidFormat("null"), client.nextText());
                    ewalletEchoes(client);
                }),
                new Endpoint("openbazaar", InvalidUtf8IT::openNode, InvalidUtf8IT::nodeReads,
                        InvalidUtf8IT::nodeReads),
                new Endpoint("loom", InvalidUtf8IT::openLoom, InvalidUtf8IT::loomEchoes, InvalidUtf8IT::loomEchoes),
                new Endpoint("wazo /", () -> openWazo("/"), InvalidUtf8IT::wazoEchoes,
                        client -> assertEquals(WAZO_PROTOCOL_ERROR, client.awaitClose().code())),
                new Endpoint("wazo /api/websocketd/", () -> openWazo("/api/websocketd/"), InvalidUtf8IT::wazoEchoes,
                        client -> assertEquals(WAZO_PROTOCOL_ERROR, client.awaitClose().code())));
    }

    static Stream<Arguments> invalidTexts() {
        return endpoints().flatMap(endpoint -> Stream.of(Invalid.values())
                .flatMap(invalid -> Stream.of(Shape.values()).map(shape -> Arguments.of(endpoint, invalid, shape))));
    }

    @BeforeAll
    static void setUp() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                "{\"username\":\"" + NODE + "\",\"password\":\"" + NODE_PASSWORD + "\"}").statusCode());
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/provider-keys/" + ACCESS_KEY,
                "{\"secretKey\":\"" + SECRET_KEY + "\"}").statusCode());
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + LOOM_APP,
                "{\"events\":[\"it.utf8_checked\"]}").statusCode());
        wazoToken = Wazo.userToken(Wazo.uuid(), Wazo.uuid(), "websocketd");
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
        logAtStart = Files.size(SERVER_LOG);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (jms != null) {
            jms.close();
        }
        // Also catches what a closing connection logged after its own test had finished.
        String added = assertNoStackTraceSince(logAtStart);
        // Not every refused message is logged (see SocketErrors), but dozens are refused here.
        assertTrue(NOT_UTF8_LINE.matcher(added).find(), "the malformed-frame log names the invalid text");
    }

    @BeforeEach
    void markLog() throws Exception {
        logBefore = Files.size(SERVER_LOG);
    }

    @AfterEach
    void noStackTrace() throws Exception {
        assertNoStackTraceSince(logBefore);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("invalidTexts")
    void invalidUtf8InATextMessageFailsTheConnectionWith1007(Endpoint endpoint, Invalid invalid, Shape shape)
            throws Exception {
        try (RawWebSocket client = endpoint.opener().open()) {
            if (shape == Shape.ONE_FRAME) {
                client.send(TEXT, true, invalid.message());
            } else {
                client.sendFragments(TEXT, invalid.cut());
            }
            RawWebSocket.Closed closed = client.awaitClose();
            assertEquals(INVALID_PAYLOAD, closed.code());
            assertEquals(List.of(), closed.textsBefore().stream().filter(text -> !isLoomPing(text)).toList(),
                    "no protocol answered the message");
        }
        endpoint.servesANewClient();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aCharacterCutBetweenFragmentsIsReadWhole(Endpoint endpoint) throws Exception {
        endpoint.servesANewClient();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void invalidUtf8InABinaryMessageGetsTheProtocolsAnswer(Endpoint endpoint) throws Exception {
        try (RawWebSocket client = endpoint.opener().open()) {
            client.send(BINARY, true, Invalid.LEAD_BYTE_WITHOUT_CONTINUATION.message());
            endpoint.binary().check(client);
        }
        endpoint.servesANewClient();
    }

    @Test
    void ewalletReadsABinaryHeartbeatWhoseCharactersAreCutBetweenFragments() throws Exception {
        try (RawWebSocket client = openEwallet()) {
            client.sendFragments(BINARY, cutInsideEveryCharacter(ewalletHeartbeat()));
            assertEwalletEcho(client.nextText());
            client.sendFragments(BINARY, Invalid.SURROGATE.cut());
            assertEquals(EwalletWire.invalidFormat("null"), client.nextText());
        }
    }

    // --- each endpoint's client and probe

    private static void chatEchoes(RawWebSocket client) throws Exception {
        String auth = ChatIdentities.auth(WORD, ChatIdentities.token(ChatIdentities.newUser()));
        client.sendFragments(TEXT, cutInsideEveryCharacter(auth));
        JsonObject reply = json(client.nextText());
        assertEquals(WORD, reply.getString("id"), reply::toString);
        assertEquals(200, reply.getInt("status"), reply::toString);
    }

    private static RawWebSocket openEwallet() throws Exception {
        return RawWebSocket.connect("/api/socket",
                EwalletWire.headers(EwalletWire.pair("OMGProvider", ACCESS_KEY, SECRET_KEY)));
    }

    private static String ewalletHeartbeat() {
        return EwalletWire.frame("phoenix", "heartbeat", "\"" + WORD + "\"");
    }

    private static void ewalletEchoes(RawWebSocket client) throws Exception {
        client.sendFragments(TEXT, cutInsideEveryCharacter(ewalletHeartbeat()));
        assertEwalletEcho(client.nextText());
    }

    private static void assertEwalletEcho(String reply) {
        assertEquals(EwalletWire.reply("phoenix", "\"" + WORD + "\""), reply);
    }

    private static RawWebSocket openNode() throws Exception {
        return RawWebSocket.connect("/ws", Map.of("Authorization", Herald.basic(NODE, NODE_PASSWORD)));
    }

    /** Node clients are never answered: the socket staying open and served is the proof. */
    private static void nodeReads(RawWebSocket client) throws Exception {
        client.sendFragments(TEXT, cutInsideEveryCharacter(PREFIX + WORD + SUFFIX));
        // The upgrade's answer can reach the client before the server has joined it to its node, and an
        // event published in between is not for it: publish again until one of them arrives.
        Set<String> published = new HashSet<>();
        for (int attempt = 1; ; attempt++) {
            String event = "{\"status\":\"" + WORD + " " + UUID.randomUUID() + "\"}";
            published.add(event);
            jms.send("herald.openbazaar", event, Map.of("node", NODE));
            try {
                String received = client.nextText(Duration.ofSeconds(2));
                assertTrue(published.contains(received), received);
                return;
            } catch (AssertionError notYet) {
                if (attempt == 10 || !notYet.getMessage().startsWith("no frame")) {
                    throw notYet;
                }
            }
        }
    }

    private static RawWebSocket openLoom() throws Exception {
        RawWebSocket client = RawWebSocket.connect("/websocket", Map.of(
                "Authorization", "Bearer " + Loom.token(LOOM_ORG, LOOM_APP),
                "Sec-WebSocket-Protocol", "actioncable-v1-json"));
        assertEquals("{\"type\":\"welcome\"}", client.nextText(LOOM_PING));
        return client;
    }

    /** An event the app does not have: the rejection echoes the identifier. */
    private static void loomEchoes(RawWebSocket client) throws Exception {
        String identifier = Loom.identifier(WORD);
        client.sendFragments(TEXT, cutInsideEveryCharacter(Loom.subscribe(identifier)));
        JsonObject reply = json(client.nextText(LOOM_PING));
        assertEquals("reject_subscription", reply.getString("type"), reply::toString);
        assertEquals(identifier, reply.getString("identifier"));
    }

    private static RawWebSocket openWazo(String path) throws Exception {
        RawWebSocket client = RawWebSocket.connectTls(path + "?version=2&token=" + wazoToken, Map.of());
        assertEquals(Wazo.INIT_V2, client.nextText());
        return client;
    }

    private static void wazoEchoes(RawWebSocket client) throws Exception {
        String ping = Json.createObjectBuilder().add("op", "ping")
                .add("data", Json.createObjectBuilder().add("payload", WORD)).build().toString();
        client.sendFragments(TEXT, cutInsideEveryCharacter(ping));
        JsonObject reply = json(client.nextText());
        assertEquals("pong", reply.getString("op"), reply::toString);
        assertEquals(WORD, reply.getJsonObject("data").getString("payload"));
    }

    // --- helpers

    private static final String LOOM_PING = "{\"type\":\"ping\"";

    private static boolean isLoomPing(String text) {
        return text.startsWith(LOOM_PING);
    }

    /** The text's UTF-8 bytes as fragments, each multibyte character cut right after its first byte. */
    private static byte[][] cutInsideEveryCharacter(String text) {
        byte[] bytes = utf8(text);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) == 0xC0) {
                parts.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        parts.add(Arrays.copyOfRange(bytes, start, bytes.length));
        assertTrue(parts.size() > 2, "the text carries the multibyte characters raw: " + text);
        return parts.toArray(byte[][]::new);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** What the server logged since the offset, after checking it holds no stack trace. */
    private static String assertNoStackTraceSince(long offset) throws Exception {
        byte[] log = Files.readAllBytes(SERVER_LOG);
        String added = new String(log, (int) Math.min(offset, log.length), (int) Math.max(0, log.length - offset),
                StandardCharsets.UTF_8);
        int trace = added.indexOf("\tat ");
        assertTrue(trace < 0, () -> "a stack trace in server.log:\n"
                + added.substring(Math.max(0, trace - 2_000), Math.min(added.length(), trace + 1_000)));
        return added;
    }
}
