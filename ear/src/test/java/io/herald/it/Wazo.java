package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** The Wazo side of the server under test: its tokens, its TLS endpoint and its queue. */
final class Wazo {

    static final String QUEUE = "herald.wazo";
    static final String TOKENS = "/admin/wazo/tokens";

    static final String INIT_V1 = "{\"op\": \"init\", \"code\": 0, \"msg\": \"\"}";
    static final String SUBSCRIBED_V1 = "{\"op\": \"subscribe\", \"code\": 0, \"msg\": \"\"}";
    static final String STARTED_V1 = "{\"op\": \"start\", \"code\": 0, \"msg\": \"\"}";
    static final String INIT_V2 = "{\"op\": \"init\", \"code\": 0, \"data\": {\"version\": 2}}";
    static final String SUBSCRIBED_V2 = "{\"op\": \"subscribe\", \"code\": 0}";
    static final String STARTED_V2 = "{\"op\": \"start\", \"code\": 0}";

    /** The client every test connects with: it trusts the listener's self-signed certificate. */
    static final HttpClient TLS = SelfSignedTls.client();

    private Wazo() {
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** The token's name in the admin API: the first 16 hex digits of its SHA-256. */
    static String handle(String token) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    /** A token issued through the admin API; the server generates its text. */
    static String token(String tenant, String user, boolean admin, long expiresIn, String... acl) throws Exception {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (String entry : acl) {
            entries.add(entry);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("tenantUuid", tenant).add("acl", entries)
                .add("admin", admin).add("expiresIn", expiresIn);
        if (user != null) {
            body.add("userUuid", user);
        }
        HttpResponse<String> created = Herald.admin("POST", TOKENS, body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("token");
    }

    /** A user's token valid for an hour. */
    static String userToken(String tenant, String user, String... acl) throws Exception {
        return token(tenant, user, false, 3600, acl);
    }

    static String adminToken(String tenant, String... acl) throws Exception {
        return token(tenant, null, true, 3600, acl);
    }

    /** Connects to {@code wss://127.0.0.1:<port><pathAndQuery>}. */
    static WsClient.Attempt connect(String pathAndQuery, Map<String, String> headers) throws Exception {
        return WsClient.connect(TLS, Herald.WSS + pathAndQuery, headers);
    }

    static WsClient connect(String pathAndQuery) throws Exception {
        return connect(pathAndQuery, Map.of()).open();
    }

    /** A version 1 client at {@code /} that has subscribed to {@code events} and started. */
    static WsClient startedV1(String token, String... events) throws Exception {
        WsClient client = connect("/?token=" + token);
        assertEquals(INIT_V1, client.next());
        for (String event : events) {
            client.send(subscribe(event));
            assertEquals(SUBSCRIBED_V1, client.next());
        }
        client.send("{\"op\": \"start\"}");
        assertEquals(STARTED_V1, client.next());
        return client;
    }

    static String subscribe(String eventName) {
        return Json.createObjectBuilder().add("op", "subscribe")
                .add("data", Json.createObjectBuilder().add("event_name", eventName)).build().toString();
    }

    /** An event body; {@code requiredAcl} null leaves the key out, {@link #NULL_ACL} writes null. */
    static String event(String name, String requiredAcl, String marker) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("origin_uuid", "herald-it")
                .add("data", Json.createObjectBuilder().add("marker", marker));
        if (NULL_ACL.equals(requiredAcl)) {
            body.addNull("required_acl");
        } else if (requiredAcl != null) {
            body.add("required_acl", requiredAcl);
        }
        return body.build().toString();
    }

    static final String NULL_ACL = "<null>";

    /** Sends an event for the tenant; {@code users} null leaves the {@code user_uuid} property out. */
    static void publish(QueueProducer jms, String tenant, String users, String body) throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put("tenant_uuid", tenant);
        if (users != null) {
            properties.put("user_uuid", users);
        }
        jms.send(QUEUE, body, properties);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
