package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever a producer or a client sends that is not what its protocol reads takes the malformed
 * path, however it is broken: JSON nested past the parser's limit, bytes that are not UTF-8. On a
 * queue the message is dead-lettered at once with its reason and counted, and the next one is
 * delivered; on a socket the client gets its protocol's error, and the server log gets at most a
 * few short lines, never a stack trace.
 */
class MalformedInputIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** Five times the parser's nesting limit, for queue messages. */
    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);
    /** Past the parser's nesting limit and within every endpoint's message size limit (OpenBazaar's 4 KB is the least). */
    private static final String DEEP_FRAME = "[".repeat(1_500) + "]".repeat(1_500);
    /** "café" in Latin-1: a lead byte followed by no continuation byte. */
    private static final byte[] NOT_UTF8 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    private static final int BURST = 100;
    /** A stack trace of the parser's recursion alone is about 100 KB. */
    private static final long LOG_GROWTH_LIMIT = 20_000;
    private static final Path SERVER_LOG = Path.of(System.getProperty("herald.server.dir"), "standalone", "log",
            "server.log");

    private static final String NODE = "it-malformed-" + RUN;
    private static final String NODE_PASSWORD = "pw-" + RUN;
    private static final String EWALLET_ADDRESS = "addr-malformed-" + RUN;
    private static final String EWALLET_CLIENT = EwalletWire.pair("OMGClient", "it-malformed-api-" + RUN, "tok-" + RUN);

    private static Connection jms;
    private static Session session;

    @BeforeAll
    static void connect() throws Exception {
        admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                "{\"username\":\"" + NODE + "\",\"password\":\"" + NODE_PASSWORD + "\"}", 200);
        admin("PUT", "/admin/ewallet/api-keys/it-malformed-api-" + RUN, "{}", 200);
        admin("PUT", "/admin/ewallet/users/usr_malformed_" + RUN, "{\"addresses\":[\"" + EWALLET_ADDRESS + "\"]}", 200);
        admin("POST", "/admin/ewallet/users/usr_malformed_" + RUN + "/tokens", "{\"token\":\"tok-" + RUN + "\"}", 201);
        // The operator's identity: it sends (as for a re-drive) and, unlike producers, reads the DLQs.
        jms = new ActiveMQConnectionFactory(QueueProducer.brokerUrl(Herald.HOST, Herald.HTTP_PORT))
                .createConnection(Herald.ADMIN_USER, Herald.ADMIN_PASSWORD);
        session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
        jms.start();
    }

    @AfterAll
    static void disconnect() throws Exception {
        jms.close();
    }

    private static void admin(String method, String path, String body, int expected) throws Exception {
        var response = Herald.admin(method, path, body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
    }

    // --- queues

    @Test
    void ewalletQueue() throws Exception {
        String topic = "address:" + EWALLET_ADDRESS;
        try (WsClient client = EwalletWire.connect(EWALLET_CLIENT).open()) {
            client.send(EwalletWire.join(topic, "\"1\""));
            assertEquals(EwalletWire.reply(topic, "\"1\""), client.next());
            assertQueueRejectsAndGoesOn("ewallet", Map.of(), client, marker -> carrying(marker, "{\"event\":\"it_malformed\",\"topics\":[\""
                    + topic + "\"],\"success\":true,\"data\":{\"marker\":\"" + marker + "\"}}"));
        }
    }

    @Test
    void chatQueue() throws Exception {
        long user = ChatIdentities.newUser();
        try (WsClient client = ChatIdentities.open()) {
            client.send(ChatIdentities.auth("a", ChatIdentities.token(user)));
            assertTrue(client.next().contains("\"status\":200"));
            // A typing packet carries no free text: each good one comes from a new sender instead.
            assertQueueRejectsAndGoesOn("chat", Map.of(), client, marker -> {
                long sender = ChatIdentities.newUser();
                return new Good(ChatPackets.typingEvent("typing", sender, user), "\"from_id\":" + sender);
            });
        }
    }

    @Test
    void openBazaarQueue() throws Exception {
        try (WsClient client = openBazaarClient()) {
            assertQueueRejectsAndGoesOn("openbazaar", Map.of("node", NODE), client,
                    marker -> carrying(marker, "{\"status\":\"" + marker + "\"}"));
        }
    }

    @Test
    void loomQueue() throws Exception {
        String org = "org-malformed-" + RUN;
        String name = "it.malformed_checked";
        try (WsClient client = loomClient(org, "it-malformed-" + RUN, name, Loom.identifier(name))) {
            assertQueueRejectsAndGoesOn("loom", Map.of(), client,
                    marker -> carrying(marker, Loom.event(org, marker, name)));
        }
    }

    @Test
    void loomQueueRejectsAnIdLongerThanTheEventStoreKeepsAtOnce() throws Exception {
        String org = "org-malformed-long-" + RUN;
        String name = "it.malformed_long";
        try (WsClient client = loomClient(org, "it-malformed-long-" + RUN, name, Loom.identifier(name))) {
            long malformedBefore = malformedCount("loom");

            String longId = send("herald.loom", session.createTextMessage(Loom.event(org, "x".repeat(201), name)), Map.of());
            assertDelivered("herald.loom", Map.of(), client, carrying("after-long-id-" + RUN,
                    Loom.event(org, "after-long-id-" + RUN, name)));

            Message dead = deadLetter("herald.loom.dlq", longId);
            assertEquals("Loom event field \"id\" has 201 characters, more than the 200 Herald can store",
                    dead.getStringProperty("herald_rejected_reason"));
            assertEquals(1, dead.getIntProperty("herald_delivery_count"), "rejected on its first delivery, no retries");
            assertEquals(malformedBefore + 1, malformedCount("loom"));
        }
    }

    @Test
    void wazoQueue() throws Exception {
        String tenant = Wazo.uuid();
        String user = Wazo.uuid();
        try (WsClient client = Wazo.startedV1(Wazo.userToken(tenant, user, "websocketd", "#"), "*")) {
            assertQueueRejectsAndGoesOn("wazo", Map.of("tenant_uuid", tenant, "user_uuid", user), client,
                    marker -> carrying(marker, Wazo.event("it_malformed", Wazo.NULL_ACL, marker)));
        }
    }

    /** A good message's body, and what of it the client's frame shows. */
    private record Good(String body, String seenAs) {
    }

    private interface Goods {
        Good with(String marker);
    }

    /** A body that carries the marker as it is. */
    private static Good carrying(String marker, String body) {
        return new Good(body, marker);
    }

    /**
     * Sends deep JSON as a TextMessage and invalid UTF-8 as a BytesMessage, each followed by a good
     * message, on the protocol's queue.
     */
    private static void assertQueueRejectsAndGoesOn(String protocol, Map<String, String> properties, WsClient client,
                                                    Goods goods) throws Exception {
        String queue = "herald." + protocol;
        long malformedBefore = malformedCount(protocol);

        String deepId = send(queue, session.createTextMessage("{\"name\":" + DEEP + "}"), properties);
        assertDelivered(queue, properties, client, goods.with("after-deep-" + RUN));

        BytesMessage bytes = session.createBytesMessage();
        bytes.writeBytes(NOT_UTF8);
        String bytesId = send(queue, bytes, properties);
        assertDelivered(queue, properties, client, goods.with("after-bytes-" + RUN));

        for (String id : new String[] {deepId, bytesId}) {
            Message dead = deadLetter(queue + ".dlq", id);
            String reason = dead.getStringProperty("herald_rejected_reason");
            assertTrue(reason != null && !reason.isBlank(), "the dead letter says why: " + reason);
            assertTrue(reason.length() <= 400, "the reason quotes no whole payload: " + reason.length());
            assertEquals(1, dead.getIntProperty("herald_delivery_count"), "rejected on its first delivery, no retries");
            properties.forEach((name, value) -> {
                try {
                    assertEquals(value, dead.getStringProperty(name));
                } catch (JMSException e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertEquals(malformedBefore + 2, malformedCount(protocol));
    }

    private static void assertDelivered(String queue, Map<String, String> properties, WsClient client, Good good)
            throws Exception {
        send(queue, session.createTextMessage(good.body()), properties);
        nextWith(client, good.seenAs());
    }

    private static String send(String queue, Message message, Map<String, String> properties) throws JMSException {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            message.setStringProperty(property.getKey(), property.getValue());
        }
        try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(message);
        }
        return message.getJMSMessageID();
    }

    /** The dead letter of the message sent with {@code id}; others on the queue are left for their tests. */
    private static Message deadLetter(String dlq, String id) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(dlq),
                "herald_original_message_id = '" + id + "'")) {
            Message dead = consumer.receive(Herald.WAIT.toMillis());
            assertNotNull(dead, "the message " + id + " reached " + dlq);
            return dead;
        }
    }

    private static long malformedCount(String protocol) throws Exception {
        String prefix = "herald_malformed_messages_total{protocol=\"" + protocol + "\"} ";
        return Herald.admin("GET", "/admin/metrics", null).body().lines().filter(l -> l.startsWith(prefix))
                .mapToLong(l -> Long.parseLong(l.substring(prefix.length()).trim())).findFirst().orElseThrow();
    }

    // --- sockets

    @Test
    void ewalletSocketAnswersInvalidFormat() throws Exception {
        try (WsClient client = EwalletWire.connect(EWALLET_CLIENT).open()) {
            assertLogStaysSmall(() -> {
                for (int i = 0; i < BURST; i++) {
                    client.send(DEEP_FRAME);
                }
                for (int i = 0; i < BURST; i++) {
                    String reply = client.next();
                    assertTrue(reply.contains("\"code\":\"websocket:invalid_format\"")
                            && reply.contains("\"event\":\"phx_error\""), reply);
                }
            });
            client.send(EwalletWire.frame("phoenix", "heartbeat", "\"hb\""));
            assertEquals(EwalletWire.reply("phoenix", "\"hb\""), client.next(), "the socket is still open");
        }
    }

    @Test
    void chatSocketAnswersBadRequest() throws Exception {
        try (WsClient client = ChatIdentities.open()) {
            assertLogStaysSmall(() -> {
                for (int i = 0; i < BURST; i++) {
                    client.send(DEEP_FRAME);
                }
                for (int i = 0; i < BURST; i++) {
                    String reply = client.next();
                    assertTrue(reply.startsWith("{\"status\":400,\"err\":\"ERR_BAD_REQUEST\""), reply);
                }
            });
            client.send(ChatIdentities.auth("after", ChatIdentities.token(ChatIdentities.newUser())));
            assertTrue(client.next().contains("\"status\":200"), "the connection is still usable");
        }
    }

    @Test
    void loomSocketIgnoresTheFramesAndStaysOpen() throws Exception {
        String app = "it-malformed-socket-" + RUN;
        String name = "it.malformed_socket";
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + app, "{\"events\":[\"" + name + "\"]}").statusCode());
        try (WsClient client = Loom.open("org-socket-" + RUN, app)) {
            assertLogStaysSmall(() -> {
                for (int i = 0; i < BURST; i++) {
                    client.send(DEEP_FRAME);
                    client.send(Loom.subscribe(DEEP_FRAME));
                }
                // Frames are handled in order: the confirmation comes after every bad frame was.
                client.send(Loom.subscribe(Loom.identifier(name)));
                assertEquals(Loom.confirmation(Loom.identifier(name)), nextWithout(client, "\"type\":\"ping\""));
            });
        }
    }

    @Test
    void loomSocketIgnoresIdsLongerThanAnEventIdWithoutAStackTraceAndGoesOn() throws Exception {
        String org = "org-malformed-ack-" + RUN;
        String name = "it.malformed_ack";
        String identifier = "{\"channel\":\"EventChannel\",\"events\":\"" + name + "\",\"delivery\":\"at_least_once\"}";
        String longId = "x".repeat(201);
        try (WsClient client = loomClient(org, "it-malformed-ack-" + RUN, name, identifier)) {
            assertLogStaysSmall(() -> {
                for (int i = 0; i < BURST; i++) {
                    client.send(Loom.perform(identifier, "{\"action\":\"ack\",\"ids\":[\"" + longId + "\"]}"));
                }
                // Frames are handled in order: the rewind's answer comes after every ack was.
                client.send(Loom.perform(identifier, "{\"action\":\"rewind\",\"since_id\":\"" + longId + "\"}"));
                String failed = nextWithout(client, "\"type\":\"ping\"");
                assertTrue(failed.contains("\"action\":\"rewind_failed\",\"reason\":\"invalid_arguments\""), failed);
            });
            try (QueueProducer producer = producer()) {
                producer.send("herald.loom", Loom.event(org, "after-acks-" + RUN, name), Map.of());
            }
            nextWith(client, "after-acks-" + RUN);
        }
    }

    @Test
    void openBazaarSocketIgnoresTheFrames() throws Exception {
        try (WsClient client = openBazaarClient()) {
            assertLogStaysSmall(() -> {
                for (int i = 0; i < BURST; i++) {
                    client.send(DEEP_FRAME);
                }
                String status = "{\"status\":\"after the burst " + RUN + "\"}";
                try (QueueProducer producer = producer()) {
                    producer.send("herald.openbazaar", status, Map.of("node", NODE));
                }
                assertEquals(status, nextWith(client, RUN));
                // The server answers the close after reading every frame before it.
                client.close();
                assertEquals(1000, client.awaitClose().code());
            });
        }
    }

    @Test
    void wazoSocketClosesWith4004() throws Exception {
        String token = Wazo.userToken(Wazo.uuid(), Wazo.uuid(), "websocketd");
        assertLogStaysSmall(() -> {
            for (int i = 0; i < BURST / 10; i++) {
                try (WsClient client = Wazo.connect("/api/websocketd/?token=" + token + "&version=2")) {
                    assertEquals(Wazo.INIT_V2, client.next());
                    client.send(DEEP_FRAME);
                    assertEquals(4004, client.awaitClose().code());
                }
            }
        });
    }

    private interface Burst {
        void run() throws Exception;
    }

    private static void assertLogStaysSmall(Burst burst) throws Exception {
        long before = Files.size(SERVER_LOG);
        burst.run();
        String added = new String(Files.readAllBytes(SERVER_LOG), StandardCharsets.UTF_8)
                .substring((int) Math.min(before, Files.size(SERVER_LOG)));
        long growth = Files.size(SERVER_LOG) - before;
        assertTrue(growth < LOG_GROWTH_LIMIT, "server.log grew by " + growth + " bytes:\n"
                + added.substring(0, Math.min(added.length(), 3_000)));
        assertTrue(!added.contains("\tat "), "no stack trace in server.log:\n" + added.substring(0, Math.min(added.length(), 3_000)));
    }

    // --- clients

    private static WsClient openBazaarClient() throws Exception {
        return WsClient.connect(Herald.WS + "/ws", Map.of("Authorization", Herald.basic(NODE, NODE_PASSWORD))).open();
    }

    /** A client of a new app receiving {@code name}, subscribed with {@code identifier}. */
    private static WsClient loomClient(String org, String app, String name, String identifier) throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + app, "{\"events\":[\"" + name + "\"]}").statusCode());
        WsClient client = Loom.open(org, app);
        client.send(Loom.subscribe(identifier));
        assertEquals(Loom.confirmation(identifier), nextWithout(client, "\"type\":\"ping\""));
        return client;
    }

    private static QueueProducer producer() throws Exception {
        return new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    /** The next frame containing {@code text}, skipping others (pings, replies). */
    private static String nextWith(WsClient client, String text) throws InterruptedException {
        return client.nextWhere(frame -> frame.contains(text));
    }

    private static String nextWithout(WsClient client, String text) throws InterruptedException {
        return client.nextWhere(frame -> !frame.contains(text));
    }
}
