package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node's notification and chat history over REST, against what the same node's socket
 * received: same ids, newest first, paging, filters, read marks and deletion.
 */
class OpenBazaarHistoryIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "it-history-" + RUN;
    private static final String AUTH = Herald.basic(NODE, "pw-" + RUN);
    private static final List<String> TYPES = List.of("payment", "follow", "orderConfirmation", "follow", "refund");

    private static QueueProducer jms;

    @BeforeAll
    static void fillHistory() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                "{\"username\":\"" + NODE + "\",\"password\":\"pw-" + RUN + "\"}").statusCode());
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
        try (WsClient client = WsClient.connect(Herald.WS + "/ws", Map.of("Authorization", AUTH)).open()) {
            for (int i = 0; i < TYPES.size(); i++) {
                send(client, "{\"notification\":{\"notificationId\":\"" + id(i) + "\",\"type\":\"" + TYPES.get(i) + "\"}}");
            }
            send(client, chat("m1", "QmPeerA", ""));
            send(client, chat("m2", "QmPeerA", "QmOrder1"));
            send(client, chat("m3", "QmPeerA", ""));
            send(client, chat("m4", "QmPeerB", ""));
        }
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    private static String id(int i) {
        return "QmN" + RUN + i;
    }

    private static String chat(String messageId, String peer, String subject) {
        return "{\"message\":{\"message\":\"hi\",\"messageId\":\"" + messageId + RUN + "\",\"outgoing\":false,\"peerId\":\""
                + peer + "\",\"read\":false,\"subject\":\"" + subject + "\",\"timestamp\":\"2019-02-12T10:17:23.410576-05:00\"}}";
    }

    /** Publishes and waits for the node's socket to show it, so the history is committed. */
    private static void send(WsClient client, String frame) throws Exception {
        jms.send("herald.openbazaar", frame, Map.of("node", NODE));
        assertEquals(frame, client.next());
    }

    private static JsonStructure get(String path) throws Exception {
        HttpResponse<String> response = Herald.http("GET", path, AUTH, null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).read();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("notifications").stream()
                .map(n -> n.asJsonObject().getJsonObject("notification").getString("notificationId")).toList();
    }

    @Test
    void notificationsComeNewestFirstWithTheSocketsIds() throws Exception {
        JsonObject page = (JsonObject) get("/ob/notifications");
        assertEquals(List.of(id(4), id(3), id(2), id(1), id(0)), ids(page));
        JsonObject newest = page.getJsonArray("notifications").getJsonObject(0);
        assertEquals("refund", newest.getString("type"));
        assertFalse(newest.getBoolean("read"));
        assertTrue(newest.getString("timestamp").endsWith("Z"));
        assertEquals(5, page.getInt("total"));
    }

    @Test
    void pagingContinuesAfterTheOffsetIdExclusively() throws Exception {
        assertEquals(List.of(id(4), id(3)), ids((JsonObject) get("/ob/notifications?limit=2")));
        assertEquals(List.of(id(2), id(1)), ids((JsonObject) get("/ob/notifications?limit=2&offsetId=" + id(3))));
        assertEquals(List.of(), ids((JsonObject) get("/ob/notifications?offsetId=unknown")));
    }

    @Test
    void aFilterKeepsTheListedTypes() throws Exception {
        JsonObject follows = (JsonObject) get("/ob/notifications?filter=follow,refund");
        assertEquals(List.of(id(4), id(3), id(1)), ids(follows));
        assertEquals(3, follows.getInt("total"));
    }

    @Test
    void readMarksAndDeletionChangeTheCounts() throws Exception {
        String node = "it-marks-" + RUN;
        String auth = Herald.basic(node, "pw");
        Herald.admin("PUT", "/admin/openbazaar/nodes/" + node, "{\"username\":\"" + node + "\",\"password\":\"pw\"}");
        try (WsClient client = WsClient.connect(Herald.WS + "/ws", Map.of("Authorization", auth)).open()) {
            for (String n : List.of("a", "b", "c")) {
                String frame = "{\"notification\":{\"notificationId\":\"" + n + RUN + "\",\"type\":\"follow\"}}";
                jms.send("herald.openbazaar", frame, Map.of("node", node));
                assertEquals(frame, client.next());
            }
        }
        assertEquals("{}", Herald.http("POST", "/ob/marknotificationasread/a" + RUN, auth, null).body());
        JsonObject afterOne = Json.createReader(new StringReader(
                Herald.http("GET", "/ob/notifications", auth, null).body())).readObject();
        assertEquals(2, afterOne.getInt("unread"));
        assertTrue(afterOne.getJsonArray("notifications").getJsonObject(2).getBoolean("read"));

        assertEquals("{}", Herald.http("DELETE", "/ob/notifications/b" + RUN, auth, null).body());
        assertEquals(404, Herald.http("DELETE", "/ob/notifications/b" + RUN, auth, null).statusCode());
        assertEquals(404, Herald.http("POST", "/ob/marknotificationasread/nope", auth, null).statusCode());

        assertEquals("{}", Herald.http("POST", "/ob/marknotificationsasread", auth, null).body());
        JsonObject end = Json.createReader(new StringReader(
                Herald.http("GET", "/ob/notifications", auth, null).body())).readObject();
        assertEquals(2, end.getInt("total"));
        assertEquals(0, end.getInt("unread"));
    }

    @Test
    void chatHistoryIsPerPeerAndSubjectNewestFirst() throws Exception {
        JsonArray plain = (JsonArray) get("/ob/chatmessages/QmPeerA");
        assertEquals(List.of("m3" + RUN, "m1" + RUN),
                plain.stream().map(m -> m.asJsonObject().getString("messageId")).toList());
        assertEquals("hi", plain.getJsonObject(0).getString("message"));

        JsonArray order = (JsonArray) get("/ob/chatmessages/QmPeerA?subject=QmOrder1");
        assertEquals(1, order.size());
        assertEquals(List.of("m1" + RUN), ((JsonArray) get("/ob/chatmessages/QmPeerA?offsetId=m3" + RUN)).stream()
                .map(m -> m.asJsonObject().getString("messageId")).toList());
        assertEquals(0, ((JsonArray) get("/ob/chatmessages/QmNobody")).size());
    }

    @Test
    void theHistoryNeedsTheNodesCredentials() throws Exception {
        HttpResponse<String> anonymous = Herald.http("GET", "/ob/notifications", null, null);
        assertEquals(403, anonymous.statusCode());
        assertEquals("403 - Forbidden", anonymous.body());
        assertEquals(403, Herald.http("GET", "/ob/notifications", Herald.basic(NODE, "wrong"), null).statusCode());
    }

    /** A limit that is no whole number is a 400 in the API's own {"success":false,"reason"} shape, never a 404. */
    @Test
    void aBadLimitIsA400InTheApisOwnErrorShape() throws Exception {
        for (String path : List.of("/ob/notifications?limit=abc", "/ob/notifications?limit=1e99",
                "/ob/chatmessages/QmPeerA?limit=99999999999")) {
            HttpResponse<String> response = Herald.http("GET", path, AUTH, null);
            assertEquals(400, response.statusCode(), path + " answered " + response.body());
            JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
            assertFalse(error.getBoolean("success"), response.body());
            assertTrue(error.getString("reason").startsWith("limit is a whole number"), response.body());
        }
        assertEquals(List.of(id(4), id(3)), ids((JsonObject) get("/ob/notifications?limit=2")));
        assertEquals(TYPES.size(), ids((JsonObject) get("/ob/notifications?limit=-5")).size());
    }
}
