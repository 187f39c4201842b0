package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clients that send too much: every endpoint reads a message of exactly its documented limit and
 * refuses one a byte longer, whether it comes as one frame, as small fragments (which the
 * container's own per-frame limit would let through) or as a binary message, and goes on serving
 * new clients; and a crowd of such clients costs the server no lasting heap while a legitimate
 * client keeps receiving its events.
 */
class HostileClientsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "it-hostile-" + RUN;
    private static final String NODE_PASSWORD = "secret-" + RUN;
    private static final String ACCESS_KEY = "it-hostile-access-" + RUN;
    private static final String SECRET_KEY = "it-hostile-secret-" + RUN;
    private static final String LOOM_APP = "it-hostile-app-" + RUN;
    private static final String LOOM_ORG = "org-hostile-" + RUN;
    private static final String LOOM_EVENT = "mission_control.job_added";

    private static final int TOO_BIG = 1009;
    private static final int WAZO_PROTOCOL_ERROR = 4004;

    private static QueueProducer jms;
    private static String wazoToken;

    @BeforeAll
    static void setUp() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                "{\"username\":\"" + NODE + "\",\"password\":\"" + NODE_PASSWORD + "\"}").statusCode());
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/provider-keys/" + ACCESS_KEY,
                "{\"secretKey\":\"" + SECRET_KEY + "\"}").statusCode());
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + LOOM_APP,
                "{\"events\":[\"" + LOOM_EVENT + "\"]}").statusCode());
        wazoToken = Wazo.userToken(Wazo.uuid(), Wazo.uuid(), "websocketd");
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        if (jms != null) {
            jms.close();
        }
    }

    /**
     * One endpoint: its documented default limit, how it refuses a message over it, and a real
     * command whose reply echoes a padding the test chooses ({@code prefix + padding + suffix}).
     */
    record Endpoint(String name, int limit, int refusal, String prefix, String suffix, Opener opener, Proof proof) {

        /** A message of exactly {@code bytes} bytes whose reply (if the protocol answers) contains the padding. */
        String message(int bytes) {
            return prefix + padding(bytes) + suffix;
        }

        String padding(int bytes) {
            return "p".repeat(bytes - prefix.length() - suffix.length());
        }

        WsClient open() throws Exception {
            return opener.open();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Opens a client past the protocol's greeting. */
    interface Opener {
        WsClient open() throws Exception;
    }

    /** Shows that an open client is served: a command and its reply, or an event delivered. */
    interface Proof {
        void served(WsClient client) throws Exception;
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("chat", 8192, TOO_BIG, "{\"auth\":{\"id\":\"", "\",\"access_token\":\"none\"}}",
                        ChatIdentities::open, HostileClientsIT::chatServes),
                new Endpoint("ewallet", 8192, TOO_BIG, "{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"",
                        "\",\"data\":{}}", HostileClientsIT::openEwallet, HostileClientsIT::ewalletServes),
                new Endpoint("openbazaar", 4096, TOO_BIG, "", "", HostileClientsIT::openNode,
                        HostileClientsIT::nodeServes),
                new Endpoint("loom", 32768, TOO_BIG,
                        "{\"command\":\"subscribe\",\"identifier\":\"{\\\"channel\\\":\\\"EventChannel\\\",\\\"events\\\":\\\"",
                        "\\\"}\"}", () -> Loom.open(LOOM_ORG, LOOM_APP), HostileClientsIT::loomServes),
                new Endpoint("wazo", 8192, WAZO_PROTOCOL_ERROR, "{\"op\": \"ping\", \"data\": {\"payload\": \"", "\"}}",
                        HostileClientsIT::openWazo, HostileClientsIT::wazoServes));
    }

    /** How a client sends its oversize message. */
    enum Shape { ONE_FRAME, SMALL_FRAGMENTS, BINARY }

    static Stream<Arguments> oversizeMessages() {
        return endpoints().flatMap(endpoint -> Stream.of(Shape.values()).map(shape -> Arguments.of(endpoint, shape)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aMessageOfExactlyTheLimitIsRead(Endpoint endpoint) throws Exception {
        try (WsClient client = endpoint.open()) {
            client.send(endpoint.message(endpoint.limit()));
            if (!endpoint.name().equals("openbazaar")) {
                String reply = nextReply(client);
                assertTrue(reply.contains(endpoint.padding(endpoint.limit())), reply);
            }
            endpoint.proof().served(client);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oversizeMessages")
    void aMessageOneByteOverTheLimitClosesTheSocketAndTheEndpointServesTheNextClient(Endpoint endpoint, Shape shape)
            throws Exception {
        try (WsClient hostile = endpoint.open()) {
            sendTooMuch(hostile, endpoint, shape);
            assertEquals(endpoint.refusal(), hostile.awaitClose().code());
            while (hostile.received() > 0) {
                String frame = hostile.next();
                assertTrue(isPing(frame), () -> "answered after the refusal: " + frame.substring(0, 200));
            }
        }
        try (WsClient next = endpoint.open()) {
            endpoint.proof().served(next);
        }
    }

    @Test
    void twoHundredHostileChatSocketsLeaveNoHeapBehindWhileEventsKeepFlowing() throws Exception {
        Endpoint chat = endpoints().filter(e -> e.name().equals("chat")).findFirst().orElseThrow();
        long heapBefore = usedHeapAfterGc();
        HttpClient shared = HttpClient.newHttpClient();
        ExecutorService crowd = Executors.newFixedThreadPool(40);
        try (WsClient node = openNode()) {
            List<Future<Integer>> closes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Shape shape = i % 2 == 0 ? Shape.ONE_FRAME : Shape.SMALL_FRAGMENTS;
                closes.add(crowd.submit(() -> {
                    try (WsClient hostile = WsClient.connect(shared, ChatIdentities.CHAT_WS, Map.of()).open()) {
                        sendTooMuch(hostile, chat, shape);
                        return hostile.awaitClose().code();
                    }
                }));
            }
            for (int i = 0; i < 50; i++) {
                String event = "{\"status\":\"under attack " + i + " " + RUN + "\"}";
                jms.send("herald.openbazaar", event, Map.of("node", NODE));
                assertEquals(event, node.next());
            }
            for (Future<Integer> close : closes) {
                assertEquals(TOO_BIG, close.get(Herald.WAIT.toSeconds() * 3, TimeUnit.SECONDS));
            }
            nodeServes(node);
        } finally {
            crowd.shutdownNow();
        }
        long grown = usedHeapAfterGc() - heapBefore;
        // Unbounded buffering would keep at least the 200 refused messages (1.6 MB); a leak per socket far more.
        assertTrue(grown < 32L * 1024 * 1024, "heap grew by " + grown + " bytes");
    }

    private static void sendTooMuch(WsClient client, Endpoint endpoint, Shape shape) {
        String message = endpoint.message(endpoint.limit() + 1);
        try {
            switch (shape) {
                case ONE_FRAME -> client.send(message);
                case SMALL_FRAGMENTS -> client.sendInParts(fragments(message, 1000));
                case BINARY -> client.sendBinary(message.getBytes(StandardCharsets.UTF_8));
            }
        } catch (CompletionException closedWhileSending) {
            // The server may refuse before the last fragment is out; the close code tells what happened.
        }
    }

    /** The next frame that is not one of Loom's pings, which come every 3 s whatever else happens. */
    private static String nextReply(WsClient client) throws InterruptedException {
        String frame = client.next();
        while (isPing(frame)) {
            frame = client.next();
        }
        return frame;
    }

    private static boolean isPing(String frame) {
        return frame.startsWith("{\"type\":\"ping\"");
    }

    private static String[] fragments(String message, int size) {
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < message.length(); start += size) {
            parts.add(message.substring(start, Math.min(message.length(), start + size)));
        }
        return parts.toArray(String[]::new);
    }

    private static final Pattern USED = Pattern.compile("\"used\"\\s*=>\\s*(\\d+)L");

    /**
     * The server's used heap right after a full collection, through the management CLI: the HTTP
     * management API wants a management user, which the provisioned server does not have.
     */
    private static long usedHeapAfterGc() throws Exception {
        Herald.cli("/core-service=platform-mbean/type=memory:gc");
        String usage = Herald.cliOutput("/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)");
        Matcher used = USED.matcher(usage);
        assertTrue(used.find(), usage);
        return Long.parseLong(used.group(1));
    }

    // --- each endpoint's client and proof of service

    private static void chatServes(WsClient client) throws Exception {
        client.send(ChatIdentities.auth("alive", ChatIdentities.token(ChatIdentities.newUser())));
        String reply = nextReply(client);
        assertTrue(reply.contains("\"id\":\"alive\",\"status\":200"), reply);
    }

    private static WsClient openEwallet() throws Exception {
        return EwalletWire.connect(EwalletWire.pair("OMGProvider", ACCESS_KEY, SECRET_KEY)).open();
    }

    private static void ewalletServes(WsClient client) throws Exception {
        client.send(EwalletWire.frame("phoenix", "heartbeat", "\"alive\""));
        assertEquals(EwalletWire.reply("phoenix", "\"alive\""), client.next());
    }

    private static WsClient openNode() throws Exception {
        return WsClient.connect(Herald.WS + "/ws", Map.of("Authorization", Herald.basic(NODE, NODE_PASSWORD))).open();
    }

    private static void nodeServes(WsClient client) throws Exception {
        String event = "{\"status\":\"alive " + UUID.randomUUID() + "\"}";
        jms.send("herald.openbazaar", event, Map.of("node", NODE));
        assertEquals(event, client.next());
    }

    private static void loomServes(WsClient client) throws Exception {
        String identifier = Loom.identifier(LOOM_EVENT);
        client.send(Loom.subscribe(identifier));
        assertEquals(Loom.confirmation(identifier), nextReply(client));
    }

    private static WsClient openWazo() throws Exception {
        WsClient client = Wazo.connect("/?version=2&token=" + wazoToken);
        assertEquals(Wazo.INIT_V2, client.next());
        return client;
    }

    private static void wazoServes(WsClient client) throws Exception {
        client.send("{\"op\": \"ping\", \"data\": {\"payload\": \"alive\"}}");
        assertEquals("{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": \"alive\"}}", client.next());
    }
}
