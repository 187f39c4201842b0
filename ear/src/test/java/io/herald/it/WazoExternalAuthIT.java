package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.herald.tools.QueueProducer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens Herald does not know, validated against a wazo-auth compatible service: the build starts
 * the server with {@code herald.wazo.auth-url=http://127.0.0.2:<wss port>/0.1}, and this test
 * plays that service with {@code GET /0.1/token/{token}}.
 */
class WazoExternalAuthIT {

    private static final String TENANT = Wazo.uuid();
    private static final String USER = Wazo.uuid();
    private static final String PREFIX = "/0.1/token/";

    /** Token id to the answer wazo-auth gives for it; anything else is 404. */
    private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

    private static HttpServer wazoAuth;
    private static QueueProducer jms;

    @BeforeAll
    static void start() throws Exception {
        wazoAuth = HttpServer.create(new InetSocketAddress("127.0.0.2", Herald.WSS_PORT), 0);
        wazoAuth.createContext("/0.1/token/", WazoExternalAuthIT::answer);
        wazoAuth.start();
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        wazoAuth.stop(0);
        jms.close();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String body = "GET".equals(exchange.getRequestMethod()) ? ISSUED.get(token) : null;
        byte[] bytes = (body == null ? "{\"reason\":[\"No such token\"],\"status_code\":404}" : body)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Issues a token at the fake wazo-auth, as its answer describes it. */
    private static String issue(Instant expiresAt, String... acl) {
        String token = "ext-" + Wazo.uuid();
        String utc = LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC).toString();
        StringBuilder entries = new StringBuilder();
        for (String entry : acl) {
            entries.append(entries.length() == 0 ? "" : ", ").append('"').append(entry).append('"');
        }
        ISSUED.put(token, "{\"data\": {\"token\": \"" + token + "\", \"auth_id\": \"" + USER + "\", "
                + "\"utc_expires_at\": \"" + utc + "\", \"acl\": [" + entries + "], "
                + "\"metadata\": {\"uuid\": \"" + USER + "\", \"tenant_uuid\": \"" + TENANT + "\", \"purpose\": \"user\"}}}");
        return token;
    }

    @Test
    void aTokenTheServiceVouchesForConnectsWithItsAclTenantAndUser() throws Exception {
        String token = issue(Instant.now().plusSeconds(3600), "websocketd", "events.users.me.#");
        try (WsClient client = Wazo.startedV1(token, "*")) {
            String forMe = Wazo.event("user_event", "events.users." + USER + ".status", "mine");
            String notAllowed = Wazo.event("user_event", "events.other", "denied");
            String marker = Wazo.event("marker", Wazo.NULL_ACL, "end");
            Wazo.publish(jms, TENANT, USER, notAllowed);
            Wazo.publish(jms, TENANT, USER, forMe);
            Wazo.publish(jms, Wazo.uuid(), "*", Wazo.event("elsewhere", Wazo.NULL_ACL, "other tenant"));
            Wazo.publish(jms, TENANT, "*", marker);
            assertEquals(forMe, client.next());
            assertEquals(marker, client.next());
        }
    }

    @Test
    void aTokenTheServiceDoesNotKnowIsRefused4002() throws Exception {
        try (WsClient client = Wazo.connect("/?token=ext-unknown-" + Wazo.uuid())) {
            assertEquals(4002, client.awaitClose().code());
        }
    }

    @Test
    void anExpiredOrUnderprivilegedTokenIsRefused4002() throws Exception {
        try (WsClient expired = Wazo.connect("/?token=" + issue(Instant.now().minusSeconds(60), "websocketd"));
             WsClient withoutWebsocketd = Wazo.connect("/?token=" + issue(Instant.now().plusSeconds(3600), "events.#"))) {
            assertEquals(4002, expired.awaitClose().code());
            assertEquals(4002, withoutWebsocketd.awaitClose().code());
        }
    }

    @Test
    void itsExpiryClosesTheConnection4003() throws Exception {
        String token = issue(Instant.now().plusSeconds(2), "websocketd");
        try (WsClient client = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, client.next());
            assertEquals(4003, client.awaitClose().code());
        }
    }
}
