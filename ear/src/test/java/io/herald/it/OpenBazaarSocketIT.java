package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path on the real server: a JMS message on the OpenBazaar queue, the MDB, the router,
 * and a real WebSocket client on {@code /ws}; plus the handshake's refusals and the dead-letter
 * queue for what Herald cannot use.
 */
class OpenBazaarSocketIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "it-node-" + RUN;
    private static final String OTHER_NODE = "it-other-" + RUN;
    private static final String PASSWORD = "secret-" + RUN;
    private static final String COOKIE = "cookie-" + RUN;

    private static QueueProducer jms;

    @BeforeAll
    static void createNodes() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                "{\"username\":\"" + NODE + "\",\"password\":\"" + PASSWORD + "\"}").statusCode());
        assertEquals(200, Herald.admin("PUT", "/admin/openbazaar/nodes/" + OTHER_NODE,
                "{\"cookie\":\"" + COOKIE + "\"}").statusCode());
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    private static WsClient.Attempt connectWithBasic(String user, String password) throws Exception {
        return WsClient.connect(Herald.WS + "/ws", Map.of("Authorization", Herald.basic(user, password)));
    }

    private static WsClient.Attempt connectWithCookie(String cookie) throws Exception {
        return WsClient.connect(Herald.WS + "/ws", Map.of("Cookie", "OpenBazaar_Auth_Cookie=" + cookie));
    }

    private static void publish(String node, String body) throws Exception {
        jms.send("herald.openbazaar", body, Map.of("node", node));
    }

    @Test
    void aJmsMessageReachesTheNodesClientsByteForByte() throws Exception {
        String wallet = "{\"walletUpdate\":{\"BTC\":{\"confirmed\":2657,\"height\":562734,\"unconfirmed\":0}}}";
        try (WsClient client = connectWithBasic(NODE, PASSWORD).open();
             WsClient second = connectWithBasic(NODE, PASSWORD).open()) {
            publish(NODE, wallet);
            assertEquals(wallet, client.next());
            assertEquals(wallet, second.next());
        }
    }

    @Test
    void whatAClientSendsIsNeverRelayedToTheOthers() throws Exception {
        String produced = "{\"status\":\"after the chatter " + RUN + "\"}";
        try (WsClient talker = connectWithBasic(NODE, PASSWORD).open();
             WsClient listener = connectWithBasic(NODE, PASSWORD).open()) {
            talker.send("{\"notification\":{\"notificationId\":\"forged\",\"type\":\"payment\"}}");
            publish(NODE, produced);
            assertEquals(produced, listener.next(), "the forged frame did not come first");
            assertEquals(produced, talker.next(), "nor was it echoed to its sender");
        }
    }

    @Test
    void anotherNodesMessagesNeverReachAClient() throws Exception {
        String forNode = "{\"status\":{\"state\":\"for " + NODE + "\"}}";
        String forOther = "{\"status\":{\"state\":\"for " + OTHER_NODE + "\"}}";
        try (WsClient other = connectWithCookie(COOKIE).open()) {
            // One queue consumer keeps production order, so a leak would arrive first.
            publish(NODE, forNode);
            publish(OTHER_NODE, forOther);
            assertEquals(forOther, other.next());
        }
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterQueueAndTheNextOneIsStillDelivered() throws Exception {
        String malformed = "{\"walletUpdate\": not json " + RUN;
        String good = "{\"messageTyping\":{\"messageId\":\"" + RUN + "\",\"peerId\":\"QmPeer\"}}";
        try (WsClient client = connectWithBasic(NODE, PASSWORD).open()) {
            publish(NODE, malformed);
            publish(NODE, good);
            assertEquals(good, client.next());
        }
        try (QueueProducer operator = Herald.operatorJms()) {
            Optional<Message> dead = operator.receive("herald.openbazaar.dlq", Herald.WAIT.toMillis());
            while (dead.isPresent() && !malformed.equals(((TextMessage) dead.get()).getText())) {
                dead = operator.receive("herald.openbazaar.dlq", Herald.WAIT.toMillis());
            }
            assertTrue(dead.isPresent(), "the malformed message reached herald.openbazaar.dlq");
            assertEquals(NODE, dead.get().getStringProperty("node"));
            assertRejectedReason(dead.get());
        }
    }

    private static void assertRejectedReason(Message dead) throws Exception {
        String reason = dead.getStringProperty("herald_rejected_reason");
        assertTrue(reason != null && !reason.isBlank(), "the dead letter says why it was rejected: " + reason);
        assertTrue(dead.getStringProperty("herald_original_message_id").startsWith("ID:"),
                "the dead letter names the rejected message");
    }

    @Test
    void notificationsAreStoredInTheNodesStreamWithConsecutiveSequenceNumbers() throws Exception {
        String node = "it-store-" + RUN;
        Herald.admin("PUT", "/admin/openbazaar/nodes/" + node, "{\"cookie\":\"store-" + RUN + "\"}");
        try (WsClient client = connectWithCookie("store-" + RUN).open()) {
            for (int i = 1; i <= 3; i++) {
                String notification = "{\"notification\":{\"notificationId\":\"Qm" + RUN + i
                        + "\",\"peerId\":\"QmX29\",\"type\":\"follow\"}}";
                publish(node, notification);
                assertEquals(notification, client.next());
            }
            publish(node, "{\"status\":{\"not\":\"stored\"}}");
            client.next();
        }
        JsonObject page = Json.createReader(new StringReader(
                Herald.admin("GET", "/admin/events?stream=openbazaar:" + node + ":notifications", null).body())).readObject();
        assertEquals(3, page.getJsonNumber("head").longValue());
        JsonArray events = page.getJsonArray("events");
        assertEquals(3, events.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, events.getJsonObject(i).getJsonNumber("seq").longValue());
            assertEquals("Qm" + RUN + (i + 1), events.getJsonObject(i).getString("key"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedBeforeTheUpgrade() throws Exception {
        WsClient.Attempt attempt = connectWithBasic(NODE, "wrong");
        assertEquals(403, attempt.refusedStatus());
        assertEquals("403 - Forbidden", attempt.refusedBody());
    }

    @Test
    void noCredentialsAreRefused() throws Exception {
        assertEquals(403, WsClient.connect(Herald.WS + "/ws", Map.of()).refusedStatus());
    }

    @Test
    void theCookieAdmitsANodeWithoutUsername() throws Exception {
        try (WsClient client = connectWithCookie(COOKIE).open()) {
            publish(OTHER_NODE, "{\"wallet\":{\"txid\":\"" + RUN + "\",\"value\":1}}");
            assertEquals("{\"wallet\":{\"txid\":\"" + RUN + "\",\"value\":1}}", client.next());
        }
        assertEquals(403, connectWithCookie("not-" + COOKIE).refusedStatus());
    }

    @Test
    void aDisabledNodeOrAnAddressOutsideItsAllowedIpsIsRefused() throws Exception {
        String disabled = "it-disabled-" + RUN;
        Herald.admin("PUT", "/admin/openbazaar/nodes/" + disabled,
                "{\"enabled\":false,\"username\":\"" + disabled + "\",\"password\":\"pw\"}");
        assertEquals(403, connectWithBasic(disabled, "pw").refusedStatus());

        String fenced = "it-fenced-" + RUN;
        Herald.admin("PUT", "/admin/openbazaar/nodes/" + fenced,
                "{\"username\":\"" + fenced + "\",\"password\":\"pw\",\"allowedIps\":[\"10.9.9.9\"]}");
        assertEquals(403, connectWithBasic(fenced, "pw").refusedStatus());

        Herald.admin("PUT", "/admin/openbazaar/nodes/" + fenced,
                "{\"username\":\"" + fenced + "\",\"password\":\"pw\",\"allowedIps\":[\"127.0.0.1\"]}");
        try (WsClient admitted = connectWithBasic(fenced, "pw").open()) {
            publish(fenced, "{\"status\":{\"fenced\":true}}");
            assertEquals("{\"status\":{\"fenced\":true}}", admitted.next());
        }
    }
}
