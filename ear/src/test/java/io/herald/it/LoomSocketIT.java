package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ActionCable on {@code /websocket}: authentication, subscriptions, delivery, rewind and ack. */
class LoomSocketIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String APP = "it-app-" + RUN;
    private static final String ORG = "org-" + RUN;
    private static final String OTHER_ORG = "other-" + RUN;
    private static final String JOB = "mission_control.job_added";
    private static final String ORDER = "procurement.order_placed";

    private static QueueProducer jms;

    @BeforeAll
    static void registerApp() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + APP,
                "{\"events\":[\"" + JOB + "\",\"" + ORDER + "\"]}").statusCode());
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    private static void publish(String organization, String id, String name) throws Exception {
        jms.send("herald.loom", Loom.event(organization, id, name), Map.of());
    }

    private static JsonObject json(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    /** The next frame that is not a ping. */
    private static JsonObject nextMessage(WsClient client) throws Exception {
        return json(client.nextNotPing());
    }

    private static String subscribed(WsClient client, String identifier) throws Exception {
        client.send(Loom.subscribe(identifier));
        assertEquals(Loom.confirmation(identifier), nextMessage(client).toString());
        return identifier;
    }

    @Test
    void aValidTokenIsWelcomedOnTheActionCableSubprotocol() throws Exception {
        try (WsClient client = Loom.open(ORG, APP)) {
            assertEquals("actioncable-v1-json", client.subprotocol());
        }
    }

    @Test
    void everyBadTokenIsDisconnectedAsUnauthorizedWithoutReconnect() throws Exception {
        Instant later = Instant.now().plusSeconds(600);
        List<String> bad = List.of(
                Loom.hs256(Loom.claims(ORG, APP, later).build(), "not-the-secret-not-the-secret-0123456789"),
                Loom.hs256(Loom.claims(ORG, APP, Instant.now().minusSeconds(3600)).build(), Loom.SECRET),
                Loom.rs256(Loom.claims(ORG, APP, later).build()),
                Loom.hs256(Loom.claims(ORG, APP, later).subject(null).build(), Loom.SECRET),
                "not.a.jwt");
        for (String token : bad) {
            try (WsClient client = Loom.connect(token).open()) {
                assertEquals("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}", client.next());
                client.awaitClose();
            }
        }
        try (WsClient client = WsClient.connect(Loom.URL, Map.of()).open()) {
            assertEquals("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}", client.next());
        }
    }

    @Test
    void pingsCarryEpochSecondsEveryFewSeconds() throws Exception {
        try (WsClient client = Loom.open(ORG, APP)) {
            JsonObject ping = json(client.next(Duration.ofSeconds(10)));
            assertEquals("ping", ping.getString("type"));
            long now = Instant.now().getEpochSecond();
            assertTrue(Math.abs(ping.getJsonNumber("message").longValueExact() - now) < 30, ping.toString());
        }
    }

    @Test
    void subscriptionsAreConfirmedByteForByteAndUnknownNamesRejected() throws Exception {
        try (WsClient client = Loom.open(ORG, APP)) {
            String odd = "{\"events\":\"" + JOB + "\",  \"channel\":\"EventChannel\"}";
            subscribed(client, odd);
            String unknown = Loom.identifier("billing.invoice_paid");
            client.send(Loom.subscribe(unknown));
            assertEquals("{\"identifier\":" + Json.createValue(unknown) + ",\"type\":\"reject_subscription\"}",
                    client.next());
            String otherChannel = "{\"channel\":\"ChatChannel\"}";
            client.send(Loom.subscribe(otherChannel));
            assertEquals("reject_subscription", nextMessage(client).getString("type"));
        }
    }

    @Test
    void eventsOfTheTokensOrganizationAndSubscribedNamesAreDeliveredOnceEach() throws Exception {
        try (WsClient client = Loom.open(ORG, APP)) {
            String identifier = subscribed(client, Loom.identifier(JOB));
            client.send(Loom.subscribe(identifier));
            client.send("not json");
            client.send("{\"command\":\"dance\",\"identifier\":\"x\"}");

            publish(OTHER_ORG, "e-other-" + RUN, JOB);
            publish(ORG, "e-order-" + RUN, ORDER);
            publish(ORG, "e-job-" + RUN, JOB);

            JsonObject delivery = nextMessage(client);
            assertEquals(identifier, delivery.getString("identifier"), "a duplicate subscribe was not confirmed again");
            JsonObject message = delivery.getJsonObject("message");
            assertEquals("e-job-" + RUN, message.getString("id"));
            assertEquals(JOB, message.getString("name"));
            assertEquals("1.0", message.getString("version"));
            assertEquals("e-job-" + RUN, message.getJsonObject("payload").getString("n"));
            assertEquals(List.of("id", "timestamp", "name", "version", "payload", "link", "received_at", "subject"),
                    List.copyOf(message.keySet()));

            publish(ORG, "e-job2-" + RUN, JOB);
            assertEquals("e-job2-" + RUN, nextMessage(client).getJsonObject("message").getString("id"),
                    "no second copy of the first event came in between");
        }
    }

    @Test
    void unsubscribeIsNotAnsweredAndStopsThatSubscriptionsDeliveries() throws Exception {
        String org = "unsub-" + RUN;
        try (WsClient client = Loom.open(org, APP)) {
            String jobs = subscribed(client, Loom.identifier(JOB));
            String orders = subscribed(client, Loom.identifier(ORDER));
            client.send(Json.createObjectBuilder().add("command", "unsubscribe").add("identifier", jobs).build().toString());
            client.send(Loom.subscribe(orders));
            publish(org, "u-job-" + RUN, JOB);
            publish(org, "u-order-" + RUN, ORDER);
            JsonObject next = nextMessage(client);
            assertEquals(orders, next.getString("identifier"), "no reply to unsubscribe, no delivery on it");
            assertEquals("u-order-" + RUN, next.getJsonObject("message").getString("id"));
        }
    }

    @Test
    void aRedeployTellsClientsToReconnect() throws Exception {
        try (WsClient client = Loom.open(ORG, APP)) {
            Herald.cli("/deployment=herald.ear:redeploy");
            assertEquals("{\"type\":\"disconnect\",\"reason\":\"server_restart\",\"reconnect\":true}",
                    nextMessage(client).toString());
        }
    }

    @Test
    void rewindReplaysHistoryThenGoesLiveWithoutGapOrDuplicateAtTheSeam() throws Exception {
        String org = "rewind-" + RUN;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add("r" + i + "-" + RUN);
        }
        try (WsClient watcher = Loom.open(org, APP)) {
            subscribed(watcher, Loom.identifier(JOB));
            for (int i = 0; i < 40; i++) {
                publish(org, ids.get(i), JOB);
            }
            for (int i = 0; i < 40; i++) {
                assertEquals(ids.get(i), nextMessage(watcher).getJsonObject("message").getString("id"));
            }
        }
        try (WsClient client = Loom.open(org, APP)) {
            String identifier = subscribed(client, Loom.identifier(JOB));
            client.send(Loom.perform(identifier, "{\"action\":\"rewind\",\"since_id\":\"" + ids.get(0) + "\"}"));
            for (int i = 40; i < 60; i++) {
                publish(org, ids.get(i), JOB);
            }
            List<String> received = new ArrayList<>();
            boolean completed = false;
            while (received.size() < 59 || !completed) {
                JsonObject message = nextMessage(client).getJsonObject("message");
                if (message.containsKey("action")) {
                    assertEquals("rewind_complete", message.getString("action"), message.toString());
                    completed = true;
                } else {
                    received.add(message.getString("id"));
                }
            }
            assertEquals(ids.subList(1, 60), received, "every event after the first, once, in order");
        }
    }

    @Test
    void unacknowledgedEventsComeAgainAfterAReconnectForAtLeastOnceSubscriptions() throws Exception {
        String org = "ack-" + RUN;
        String identifier = "{\"channel\":\"EventChannel\",\"events\":\"" + JOB + "\",\"delivery\":\"at_least_once\"}";
        try (WsClient client = Loom.open(org, APP)) {
            subscribed(client, identifier);
            for (String id : List.of("a1", "a2", "a3")) {
                publish(org, id + RUN, JOB);
            }
            for (String id : List.of("a1", "a2", "a3")) {
                assertEquals(id + RUN, nextMessage(client).getJsonObject("message").getString("id"));
            }
            client.send(Loom.perform(identifier, "{\"action\":\"ack\",\"ids\":[\"a1" + RUN + "\",\"a3" + RUN + "\"]}"));
            // A socket's frames are handled one after the other, and an ack is stored before the next is
            // read: the confirmation of a later subscribe proves the ack was stored.
            subscribed(client, Loom.identifier(ORDER));
        }
        try (WsClient again = Loom.open(org, APP)) {
            subscribed(again, identifier);
            assertEquals("a2" + RUN, nextMessage(again).getJsonObject("message").getString("id"));
            publish(org, "a4" + RUN, JOB);
            assertEquals("a4" + RUN, nextMessage(again).getJsonObject("message").getString("id"),
                    "the acknowledged ones did not come back");
        }
    }
}
