package io.herald.it;

import static io.herald.it.EwalletWire.close;
import static io.herald.it.EwalletWire.forbidden;
import static io.herald.it.EwalletWire.frame;
import static io.herald.it.EwalletWire.invalidFormat;
import static io.herald.it.EwalletWire.join;
import static io.herald.it.EwalletWire.notFound;
import static io.herald.it.EwalletWire.pair;
import static io.herald.it.EwalletWire.push;
import static io.herald.it.EwalletWire.reply;
import static io.herald.it.EwalletWire.unmatched;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.tools.QueueProducer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The eWallet socket on the real server: the handshake's refusals, the frame protocol, channel
 * authorization against the directory made through the admin API, and events produced on the
 * eWallet queue reaching every joined channel they name.
 */
class EwalletSocketIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ACCESS_KEY = "it-access-" + RUN;
    private static final String SECRET_KEY = "it-secret-" + RUN;
    private static final String API_KEY = "it-api-" + RUN;
    private static final String USER = "usr_" + RUN;
    private static final String PROVIDER_USER = "provider-user-" + RUN;
    private static final String TOKEN = "it-token-" + RUN;
    private static final String ADDRESS = "addr-" + RUN;
    private static final String OTHER_USER = "usr_other_" + RUN;
    private static final String OTHER_ADDRESS = "addr-other-" + RUN;
    private static final String ACCOUNT = "acc_" + RUN;
    private static final String REQUEST = "txr_" + RUN;
    private static final String OTHER_REQUEST = "txr_other_" + RUN;
    private static final String CONSUMPTION = "txc_" + RUN;

    private static final String PROVIDER = pair("OMGProvider", ACCESS_KEY, SECRET_KEY);
    private static final String CLIENT = pair("OMGClient", API_KEY, TOKEN);

    private static QueueProducer jms;

    @BeforeAll
    static void createDirectory() throws Exception {
        admin("PUT", "/admin/ewallet/provider-keys/" + ACCESS_KEY, "{\"secretKey\":\"" + SECRET_KEY + "\"}", 200);
        admin("PUT", "/admin/ewallet/api-keys/" + API_KEY, "{}", 200);
        admin("PUT", "/admin/ewallet/users/" + USER,
                "{\"providerUserId\":\"" + PROVIDER_USER + "\",\"addresses\":[\"" + ADDRESS + "\"]}", 200);
        admin("POST", "/admin/ewallet/users/" + USER + "/tokens", "{\"token\":\"" + TOKEN + "\"}", 201);
        admin("PUT", "/admin/ewallet/users/" + OTHER_USER, "{\"addresses\":[\"" + OTHER_ADDRESS + "\"]}", 200);
        admin("PUT", "/admin/ewallet/accounts/" + ACCOUNT, "{\"addresses\":[\"acc-addr-" + RUN + "\"]}", 200);
        admin("PUT", "/admin/ewallet/transaction-requests/" + REQUEST, "{\"address\":\"" + ADDRESS + "\"}", 200);
        admin("PUT", "/admin/ewallet/transaction-requests/" + OTHER_REQUEST,
                "{\"address\":\"" + OTHER_ADDRESS + "\"}", 200);
        admin("PUT", "/admin/ewallet/transaction-consumptions/" + CONSUMPTION, "{\"address\":\"" + ADDRESS + "\"}", 200);
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        if (jms != null) {
            jms.close();
        }
    }

    static void admin(String method, String path, String body, int expected) throws Exception {
        var response = Herald.admin(method, path, body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
    }

    private static void produce(String body) throws Exception {
        jms.send("herald.ewallet", body, Map.of());
    }

    private static Set<String> next(WsClient client, int count) throws InterruptedException {
        Set<String> frames = new HashSet<>();
        for (int i = 0; i < count; i++) {
            frames.add(client.next());
        }
        return frames;
    }

    /** Nothing else is waiting: a heartbeat's reply is the next frame. */
    private static void assertNothingElse(WsClient client) throws InterruptedException {
        client.send(frame("phoenix", "heartbeat", "\"check\""));
        assertEquals(reply("phoenix", "\"check\""), client.next());
    }

    // --- handshake

    @Test
    void everyHandshakeFailureIsA403WithoutUpgrade() throws Exception {
        String expired = "it-expired-" + RUN;
        String revoked = "it-revoked-" + RUN;
        admin("POST", "/admin/ewallet/users/" + USER + "/tokens",
                "{\"token\":\"" + expired + "\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}", 201);
        admin("POST", "/admin/ewallet/users/" + USER + "/tokens", "{\"token\":\"" + revoked + "\"}", 201);
        admin("POST", "/admin/ewallet/tokens/revoke", "{\"token\":\"" + revoked + "\"}", 200);
        String disabled = "it-disabled-" + RUN;
        admin("PUT", "/admin/ewallet/provider-keys/" + disabled, "{\"secretKey\":\"s\",\"enabled\":false}", 200);

        Map<String, Map<String, String>> refused = Map.ofEntries(
                Map.entry("no headers", Map.of()),
                Map.entry("no Accept", Map.of("Authorization", PROVIDER)),
                Map.entry("another version", Map.of("Accept", "application/vnd.omisego.v2+json",
                        "Authorization", PROVIDER)),
                Map.entry("no Authorization", Map.of("Accept", EwalletWire.ACCEPT)),
                Map.entry("unknown scheme", EwalletWire.headers(pair("Basic", ACCESS_KEY, SECRET_KEY))),
                Map.entry("bad base64", EwalletWire.headers("OMGProvider not*base64")),
                Map.entry("no colon", EwalletWire.headers("OMGProvider " + java.util.Base64.getEncoder()
                        .encodeToString(ACCESS_KEY.getBytes()))),
                Map.entry("unknown access key", EwalletWire.headers(pair("OMGProvider", "nobody-" + RUN, SECRET_KEY))),
                Map.entry("wrong secret", EwalletWire.headers(pair("OMGProvider", ACCESS_KEY, "wrong"))),
                Map.entry("disabled key", EwalletWire.headers(pair("OMGProvider", disabled, "s"))),
                Map.entry("client pair as provider", EwalletWire.headers(pair("OMGProvider", API_KEY, TOKEN))),
                Map.entry("unknown api key", EwalletWire.headers(pair("OMGClient", "nobody-" + RUN, TOKEN))),
                Map.entry("unknown token", EwalletWire.headers(pair("OMGClient", API_KEY, "wrong"))),
                Map.entry("expired token", EwalletWire.headers(pair("OMGClient", API_KEY, expired))),
                Map.entry("revoked token", EwalletWire.headers(pair("OMGClient", API_KEY, revoked))));
        refused.forEach((why, headers) -> {
            try {
                WsClient.Attempt attempt = WsClient.connect(EwalletWire.URL, headers);
                if (attempt.client() != null) {
                    attempt.client().close();
                }
                assertEquals(403, attempt.refusedStatus(), why);
            } catch (Exception e) {
                throw new AssertionError(why, e);
            }
        });
    }

    @Test
    void theOlderServerSchemeAndClientsAreAdmitted() throws Exception {
        try (WsClient server = EwalletWire.connect(pair("OMGServer", ACCESS_KEY, SECRET_KEY)).open();
             WsClient client = EwalletWire.connect(CLIENT).open()) {
            server.send(frame("phoenix", "heartbeat", "\"1\""));
            client.send(frame("phoenix", "heartbeat", "\"1\""));
            assertEquals(reply("phoenix", "\"1\""), server.next());
            assertEquals(reply("phoenix", "\"1\""), client.next());
        }
    }

    // --- frames

    @Test
    void aHeartbeatIsAnsweredWithItsRefAndNoChannelJoined() throws Exception {
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(frame("phoenix", "heartbeat", "\"1\""));
            client.send(frame("phoenix", "heartbeat", "42"));
            assertEquals(reply("phoenix", "\"1\""), client.next());
            assertEquals(reply("phoenix", "42"), client.next());
        }
    }

    @Test
    void joinsAreAllowedForbiddenNotFoundOrUnmatched() throws Exception {
        try (WsClient provider = EwalletWire.connect(PROVIDER).open();
             WsClient client = EwalletWire.connect(CLIENT).open()) {
            provider.send(join("account:" + ACCOUNT, "\"1\""));
            assertEquals(reply("account:" + ACCOUNT, "\"1\""), provider.next());
            provider.send(join("user:nobody-" + RUN, "\"2\""));
            assertEquals(notFound("user:nobody-" + RUN, "\"2\""), provider.next());
            provider.send(join("foo:1", "\"3\""));
            assertEquals(unmatched("foo:1", "\"3\""), provider.next());

            client.send(join("user:" + PROVIDER_USER, "\"1\""));
            assertEquals(reply("user:" + PROVIDER_USER, "\"1\""), client.next());
            client.send(join("address:" + ADDRESS, "\"2\""));
            assertEquals(reply("address:" + ADDRESS, "\"2\""), client.next());
            client.send(join("transaction_consumption:" + CONSUMPTION, "\"3\""));
            assertEquals(reply("transaction_consumption:" + CONSUMPTION, "\"3\""), client.next());
            client.send(join("account:" + ACCOUNT, "\"4\""));
            assertEquals(forbidden("account:" + ACCOUNT, "\"4\""), client.next());
            client.send(join("user:" + OTHER_USER, "\"5\""));
            assertEquals(forbidden("user:" + OTHER_USER, "\"5\""), client.next());
            client.send(join("address:" + OTHER_ADDRESS, "\"6\""));
            assertEquals(forbidden("address:" + OTHER_ADDRESS, "\"6\""), client.next());
            client.send(join("transaction_request:" + OTHER_REQUEST, "\"7\""));
            assertEquals(forbidden("transaction_request:" + OTHER_REQUEST, "\"7\""), client.next());
            client.send(join("transaction_request:missing-" + RUN, "\"8\""));
            assertEquals(notFound("transaction_request:missing-" + RUN, "\"8\""), client.next());
        }
    }

    @Test
    void leavingRepliesThenClosesWithTheJoinRefAndUnjoinedTopicsAreUnmatched() throws Exception {
        String topic = "transaction_request:" + REQUEST;
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(join(topic, "\"1\""));
            assertEquals(reply(topic, "\"1\""), client.next());
            client.send(frame(topic, "phx_leave", "\"2\""));
            assertEquals(reply(topic, "\"2\""), client.next());
            assertEquals(close(topic, "\"1\""), client.next());

            client.send(frame(topic, "phx_leave", "\"3\""));
            assertEquals(unmatched(topic, "\"3\""), client.next());
            client.send(frame(topic, "anything", "\"4\""));
            assertEquals(unmatched(topic, "\"4\""), client.next());
        }
    }

    @Test
    void aSecondJoinRepliesThenClosesTheFirst() throws Exception {
        String topic = "address:" + ADDRESS;
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(join(topic, "\"1\""));
            assertEquals(reply(topic, "\"1\""), client.next());
            client.send(join(topic, "\"2\""));
            assertEquals(reply(topic, "\"2\""), client.next());
            assertEquals(close(topic, "\"1\""), client.next());

            // Still joined, once: one copy of an event on that channel.
            produce("{\"event\":\"transaction_consumption_request\",\"topics\":[\"" + topic + "\"],"
                    + "\"success\":true,\"data\":{\"id\":\"dup-" + RUN + "\"}}");
            assertEquals(push(true, "{\"id\":\"dup-" + RUN + "\"}", "null", topic, "transaction_consumption_request"),
                    client.next());
            assertNothingElse(client);
        }
    }

    @Test
    void malformedFramesGetInvalidFormatAndTheSocketStaysOpen() throws Exception {
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send("this is not json");
            assertEquals(invalidFormat("null"), client.next());
            client.send("{\"topic\":\"user:" + USER + "\",\"event\":\"phx_join\",\"data\":{}}");
            assertEquals(invalidFormat("\"user:" + USER + "\""), client.next());
            client.send("[\"phoenix\",\"heartbeat\"]");
            assertEquals(invalidFormat("null"), client.next());
            client.send("{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"5\"} trailing");
            assertEquals(invalidFormat("null"), client.next());

            client.send(frame("phoenix", "heartbeat", "\"6\""));
            assertEquals(reply("phoenix", "\"6\""), client.next());
        }
    }

    @Test
    void aSilentSocketIsClosedAfterTheIdleTimeout() throws Exception {
        // The test server runs with herald.ewallet.idle-timeout=3 (see ear/pom.xml).
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(frame("phoenix", "heartbeat", "\"1\""));
            assertEquals(reply("phoenix", "\"1\""), client.next());
            assertEquals(new WsClient.Closed(1000, "idle timeout"), client.awaitClose());
        }
    }

    // --- delivery

    @Test
    void aFinalizedConsumptionReachesEveryMatchingJoinedTopicWithANullRef() throws Exception {
        String data = "{\"object\":\"transaction_consumption\",\"id\":\"" + CONSUMPTION + "\",\"socket_topic\":"
                + "\"transaction_consumption:" + CONSUMPTION + "\",\"status\":\"confirmed\",\"amount\":100,"
                + "\"address\":\"" + ADDRESS + "\",\"transaction_request_id\":\"" + REQUEST + "\",\"metadata\":{},"
                + "\"approved_at\":\"2018-01-01T00:00:00Z\",\"rejected_at\":null}";
        List<String> topics = List.of("address:" + ADDRESS, "transaction_request:" + REQUEST, "user:" + USER,
                "user:" + PROVIDER_USER, "account:" + ACCOUNT, "transaction_consumption:" + CONSUMPTION);
        try (WsClient provider = EwalletWire.connect(PROVIDER).open();
             WsClient client = EwalletWire.connect(CLIENT).open()) {
            for (String topic : List.of("transaction_request:" + REQUEST, "account:" + ACCOUNT,
                    "transaction_consumption:" + CONSUMPTION)) {
                provider.send(join(topic, "\"j\""));
                assertEquals(reply(topic, "\"j\""), provider.next());
            }
            for (String topic : List.of("user:" + USER, "user:" + PROVIDER_USER, "address:" + ADDRESS)) {
                client.send(join(topic, "\"j\""));
                assertEquals(reply(topic, "\"j\""), client.next());
            }

            produce("{\"event\":\"transaction_consumption_finalized\",\"topics\":" + jsonArray(topics)
                    + ",\"success\":true,\"data\":" + data + ",\"error\":null}");

            String event = "transaction_consumption_finalized";
            assertEquals(Set.of(push(true, data, "null", "transaction_request:" + REQUEST, event),
                            push(true, data, "null", "account:" + ACCOUNT, event),
                            push(true, data, "null", "transaction_consumption:" + CONSUMPTION, event)),
                    next(provider, 3));
            assertEquals(Set.of(push(true, data, "null", "user:" + USER, event),
                            push(true, data, "null", "user:" + PROVIDER_USER, event),
                            push(true, data, "null", "address:" + ADDRESS, event)),
                    next(client, 3));
            assertNothingElse(provider);
            assertNothingElse(client);
        }
    }

    @Test
    void aFailedFinalizationCarriesItsErrorObject() throws Exception {
        String topic = "transaction_consumption:" + CONSUMPTION;
        String data = "{\"object\":\"transaction_consumption\",\"id\":\"" + CONSUMPTION + "\",\"status\":\"failed\"}";
        String error = "{\"object\":\"error\",\"code\":\"transaction:insufficient_funds\","
                + "\"description\":\"The specified wallet (" + ADDRESS + ") does not contain enough funds.\","
                + "\"messages\":null}";
        String expired = "{\"object\":\"error\",\"code\":\"transaction_consumption:expired\","
                + "\"description\":\"The specified transaction consumption has expired.\",\"messages\":[\"late\"]}";
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(join(topic, "1"));
            assertEquals(reply(topic, "1"), client.next());

            produce("{\"event\":\"transaction_consumption_finalized\",\"topics\":[\"" + topic + "\"],"
                    + "\"success\":false,\"data\":" + data + ",\"error\":" + error + "}");
            produce("{\"event\":\"transaction_consumption_finalized\",\"topics\":[\"" + topic + "\"],"
                    + "\"success\":false,\"data\":null,\"error\":" + expired + "}");

            assertEquals(push(false, data, error, topic, "transaction_consumption_finalized"), client.next());
            assertEquals(push(false, "null", expired, topic, "transaction_consumption_finalized"), client.next());
        }
    }

    @Test
    void directoryEntriesProducedOnTheQueueOpenTheirChannels() throws Exception {
        String user = "usr_queued_" + RUN;
        String address = "addr-queued-" + RUN;
        String consumption = "txc_queued_" + RUN;
        String watched = "address:" + ADDRESS;
        try (WsClient provider = EwalletWire.connect(PROVIDER).open()) {
            provider.send(join("transaction_consumption:" + consumption, "\"1\""));
            assertEquals(notFound("transaction_consumption:" + consumption, "\"1\""), provider.next());
            provider.send(join(watched, "\"2\""));
            assertEquals(reply(watched, "\"2\""), provider.next());

            // With the entries, an event on a channel already joined: once it arrives, the entries
            // (stored in the same transaction) are there.
            produce("{\"directory\":{\"users\":[{\"id\":\"" + user + "\",\"addresses\":[\"" + address + "\"]}],"
                    + "\"transaction_consumptions\":[{\"id\":\"" + consumption + "\",\"address\":\"" + address + "\"}]},"
                    + "\"event\":\"transaction_consumption_request\",\"topics\":[\"" + watched + "\"],"
                    + "\"success\":true,\"data\":{\"id\":\"" + consumption + "\"}}");
            assertEquals(push(true, "{\"id\":\"" + consumption + "\"}", "null", watched,
                    "transaction_consumption_request"), provider.next());

            provider.send(join("transaction_consumption:" + consumption, "\"3\""));
            assertEquals(reply("transaction_consumption:" + consumption, "\"3\""), provider.next());
            provider.send(join("user:" + user, "\"4\""));
            assertEquals(reply("user:" + user, "\"4\""), provider.next());
        }
    }

    @Test
    void aMalformedEventIsDeadLetteredAndTheNextOneIsDelivered() throws Exception {
        String topic = "user:" + USER;
        String bad = "{\"event\":\"phx_reply\",\"topics\":[\"" + topic + "\"],\"success\":true,\"run\":\"" + RUN + "\"}";
        String secrets = "{\"directory\":{\"tokens\":[{\"token\":\"x\"}]},\"run\":\"" + RUN + "\"}";
        try (WsClient client = EwalletWire.connect(CLIENT).open()) {
            client.send(join(topic, "\"1\""));
            assertEquals(reply(topic, "\"1\""), client.next());
            produce(bad);
            produce(secrets);
            produce("{\"event\":\"after\",\"topics\":[\"" + topic + "\"],\"success\":true,\"data\":{}}");
            assertEquals(push(true, "{}", "null", topic, "after"), client.next());
        }
        Set<String> dead = new HashSet<>();
        try (QueueProducer operator = Herald.operatorJms()) {
            for (int i = 0; i < 20 && !dead.containsAll(Set.of(bad, secrets)); i++) {
                var message = operator.receive("herald.ewallet.dlq", Herald.WAIT.toMillis());
                if (message.isEmpty()) {
                    break;
                }
                dead.add(((jakarta.jms.TextMessage) message.get()).getText());
            }
        }
        assertEquals(true, dead.containsAll(Set.of(bad, secrets)), "both reached herald.ewallet.dlq: " + dead);
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
