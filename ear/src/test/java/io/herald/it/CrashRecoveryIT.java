package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The first law: an event the broker acknowledged to its producer is never lost, whatever crashes
 * when. A producer streams Loom events and OpenBazaar notifications while a client of each is
 * connected; the server's JVM is killed with SIGKILL twice, at different moments of the stream, and
 * started again on the same data. Every acknowledged event must then be stored exactly once, reach a
 * reconnecting Loom client through rewind, and be served by OpenBazaar's REST API.
 */
class CrashRecoveryIT {

    private static final int OFFSET = Herald.port("it.crash.port.offset", 500);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String APP = "crash-app";
    private static final String ORG = "crash-org-" + RUN;
    private static final String NODE = "crash-node-" + RUN;
    private static final String NODE_AUTH = Herald.basic(NODE, "pw");
    private static final String JOB = "mission_control.job_added";
    private static final String FIRST = "L-first-" + RUN;
    /** How long the stream runs before each kill: two different moments, then a last stretch after the final start. */
    private static final List<Duration> STRETCHES = List.of(Duration.ofMillis(2500), Duration.ofMillis(1300));

    @Test
    void everyAcknowledgedEventSurvivesKillsStoredOnceRewoundAndServed() throws Exception {
        try (DisposableServer server = DisposableServer.prepare("crash-server", OFFSET,
                "-Dherald.loom.jwt.hs256-secret=" + Loom.SECRET)) {
            server.start();
            assertEquals(200, server.admin("PUT", "/admin/loom/apps/" + APP, "{\"events\":[\"" + JOB + "\"]}").statusCode());
            assertEquals(200, server.admin("PUT", "/admin/openbazaar/nodes/" + NODE,
                    "{\"username\":\"" + NODE + "\",\"password\":\"pw\"}").statusCode());
            try (QueueProducer jms = new QueueProducer(Herald.HOST, server.httpPort(), Herald.PRODUCER_USER,
                    Herald.PRODUCER_PASSWORD)) {
                jms.send("herald.loom", Loom.event(ORG, FIRST, JOB), Map.of());
            }
            awaitStored(server, Set.of(FIRST), Duration.ofSeconds(30));

            // About 100 Loom events and 40 notifications a second, each from its own producer.
            Producer loom = new Producer(server.httpPort(), "herald.loom", n -> "L" + n + "-" + RUN,
                    id -> Loom.event(ORG, id, JOB), Map.of(), 10);
            Producer notifications = new Producer(server.httpPort(), "herald.openbazaar", n -> "N" + n + "-" + RUN,
                    id -> "{\"notification\":{\"notificationId\":\"" + id + "\",\"type\":\"follow\",\"peerId\":\"QmPeer\"}}",
                    Map.of("node", NODE), 25);
            Set<String> liveLoom = new HashSet<>();
            Set<String> liveNotifications = new HashSet<>();
            try {
                for (Duration stretch : STRETCHES) {
                    try (Clients clients = Clients.connect(server)) {
                        Thread.sleep(stretch.toMillis());
                        server.kill();
                        clients.collect(liveLoom, liveNotifications);
                    }
                    server.start();
                }
                try (Clients clients = Clients.connect(server)) {
                    Thread.sleep(1000);
                    loom.stop();
                    notifications.stop();
                    awaitStored(server, loom.acknowledged(), Duration.ofSeconds(60));
                    clients.collect(liveLoom, liveNotifications);
                }
            } finally {
                loom.stop();
                notifications.stop();
            }

            List<String> stored = storedLoomIds(server);
            List<String> rewound = rewind(server);
            List<String> served = servedNotificationIds(server);

            Set<String> lostLoom = missing(loom.acknowledged(), stored);
            Set<String> lostNotifications = missing(notifications.acknowledged(), served);
            System.out.printf("crash test, Loom: sent %d, acknowledged %d, stored %d, delivered live %d, rewound %d, lost %d%n",
                    loom.sent(), loom.acknowledged().size(), stored.size(),
                    intersection(liveLoom, loom.acknowledged()), rewound.size(), lostLoom.size());
            System.out.printf("crash test, OpenBazaar notifications: sent %d, acknowledged %d, served by REST %d, delivered live %d, lost %d%n",
                    notifications.sent(), notifications.acknowledged().size(), served.size(),
                    intersection(liveNotifications, notifications.acknowledged()), lostNotifications.size());

            assertTrue(loom.acknowledged().size() > 100 && notifications.acknowledged().size() > 50,
                    "the stream ran: " + loom.acknowledged().size() + " Loom events acknowledged");
            assertEquals(Set.of(), lostLoom, "acknowledged Loom events missing from the store");
            assertEquals(Set.of(), lostNotifications, "acknowledged notifications missing from the REST API");
            assertEquals(new LinkedHashSet<>(stored).size(), stored.size(), "a Loom event stored twice");
            assertEquals(new LinkedHashSet<>(served).size(), served.size(), "a notification stored twice");
            assertEquals(stored.subList(1, stored.size()), rewound,
                    "rewind from the first event replays every later stored event once, in store order");
        }
    }

    /**
     * One producer thread: sends an event every {@code pauseMillis}, counting what the broker
     * acknowledged; while the server is down it reconnects and goes on.
     */
    private static final class Producer implements Runnable {
        private final int port;
        private final String queue;
        private final IntFunction<String> idOf;
        private final Function<String, String> bodyOf;
        private final Map<String, String> properties;
        private final long pauseMillis;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger sent = new AtomicInteger();
        private final Thread thread;

        Producer(int port, String queue, IntFunction<String> idOf, Function<String, String> bodyOf,
                 Map<String, String> properties, long pauseMillis) {
            this.port = port;
            this.queue = queue;
            this.idOf = idOf;
            this.bodyOf = bodyOf;
            this.properties = properties;
            this.pauseMillis = pauseMillis;
            this.thread = new Thread(this, "crash-test-" + queue);
            thread.start();
        }

        @Override
        public void run() {
            QueueProducer jms = null;
            for (int n = 0; running.get(); n++) {
                String id = idOf.apply(n);
                try {
                    if (jms == null) {
                        jms = new QueueProducer(Herald.HOST, port, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
                    }
                    sent.incrementAndGet();
                    jms.send(queue, bodyOf.apply(id), properties);
                    acknowledged.add(id);
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception serverDown) {
                    // Not acknowledged: the event may or may not have reached the broker. Go on once it is back.
                    jms = closeQuietly(jms);
                    sleep(200);
                }
            }
            closeQuietly(jms);
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        Set<String> acknowledged() {
            return acknowledged;
        }

        int sent() {
            return sent.get();
        }

        private static QueueProducer closeQuietly(QueueProducer jms) {
            if (jms != null) {
                try {
                    jms.close();
                } catch (Exception alreadyGone) {
                    // the server that held the connection is dead
                }
            }
            return null;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A subscribed Loom client and an OpenBazaar client of the node, recording what arrives live. */
    private record Clients(WsClient loom, WsClient openBazaar) implements AutoCloseable {

        static Clients connect(DisposableServer server) throws Exception {
            WsClient loom = subscribedLoomClient(server);
            WsClient openBazaar = WsClient.connect(server.ws() + "/ws", Map.of("Authorization", NODE_AUTH)).open();
            return new Clients(loom, openBazaar);
        }

        void collect(Set<String> loomIds, Set<String> notificationIds) {
            for (String frame : loom.drain()) {
                if (json(frame).get("message") instanceof JsonObject message && message.containsKey("id")) {
                    loomIds.add(message.getString("id"));
                }
            }
            for (String frame : openBazaar.drain()) {
                JsonObject notification = json(frame).getJsonObject("notification");
                if (notification != null) {
                    notificationIds.add(notification.getString("notificationId"));
                }
            }
        }

        @Override
        public void close() {
            loom.close();
            openBazaar.close();
        }
    }

    private static WsClient subscribedLoomClient(DisposableServer server) throws Exception {
        WsClient client = WsClient.connect(server.ws() + "/websocket", Map.of(
                "Authorization", "Bearer " + Loom.token(ORG, APP), "Sec-WebSocket-Protocol", "actioncable-v1-json")).open();
        assertEquals("{\"type\":\"welcome\"}", client.next());
        String identifier = Loom.identifier(JOB);
        client.send(Loom.subscribe(identifier));
        assertEquals(Loom.confirmation(identifier), nextMessage(client).toString());
        return client;
    }

    /** Every stored event after {@link #FIRST}, as a reconnecting client gets them through rewind. */
    private static List<String> rewind(DisposableServer server) throws Exception {
        try (WsClient client = subscribedLoomClient(server)) {
            String identifier = Loom.identifier(JOB);
            client.send(Loom.perform(identifier, "{\"action\":\"rewind\",\"since_id\":\"" + FIRST + "\"}"));
            List<String> rewound = new ArrayList<>();
            while (true) {
                JsonObject message = nextMessage(client).getJsonObject("message");
                if (message.containsKey("action")) {
                    assertEquals("rewind_complete", message.getString("action"), message.toString());
                    assertEquals(rewound.size(), message.getInt("replayed"));
                    return rewound;
                }
                rewound.add(message.getString("id"));
            }
        }
    }

    private static void awaitStored(DisposableServer server, Set<String> ids, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (!missing(ids, storedLoomIds(server)).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    /** The Loom organization's stream, oldest first, as the event store's admin view pages it. */
    private static List<String> storedLoomIds(DisposableServer server) throws Exception {
        List<String> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonObject page = json(server.admin("GET", "/admin/events?stream=loom:" + ORG + "&after=" + after
                    + "&limit=1000", null).body());
            if (page.getJsonArray("events").isEmpty()) {
                return ids;
            }
            for (JsonValue event : page.getJsonArray("events")) {
                ids.add(event.asJsonObject().getString("key"));
                after = event.asJsonObject().getJsonNumber("seq").longValue();
            }
        }
    }

    /** Every notification the node's REST API serves, paging newest first. */
    private static List<String> servedNotificationIds(DisposableServer server) throws Exception {
        List<String> ids = new ArrayList<>();
        String offset = "";
        while (true) {
            JsonObject page = json(server.get("/ob/notifications?limit=500" + offset, NODE_AUTH).body());
            if (page.getJsonArray("notifications").isEmpty()) {
                return ids;
            }
            for (JsonValue item : page.getJsonArray("notifications")) {
                String id = item.asJsonObject().getJsonObject("notification").getString("notificationId");
                ids.add(id);
                offset = "&offsetId=" + id;
            }
        }
    }

    private static JsonObject nextMessage(WsClient client) throws Exception {
        return json(client.nextNotPing());
    }

    private static Set<String> missing(Set<String> expected, List<String> present) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(new HashSet<>(present));
        return missing;
    }

    private static long intersection(Set<String> live, Set<String> acknowledged) {
        return live.stream().filter(acknowledged::contains).count();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
