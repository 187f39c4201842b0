package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A Wazo token's life on the real server: expiry closes its connections with 4003 (a timer tied
 * to the expiry), revocation and deletion through the admin API close them at once, and a
 * version 2 client may swap its token for a fresh one. Also the admin API's answers.
 */
class WazoTokensIT {

    private static final String TENANT = Wazo.uuid();
    private static final String USER = Wazo.uuid();

    private static final String PING = "{\"op\": \"ping\", \"data\": {\"payload\": \"still here\"}}";
    private static final String PONG = "{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": \"still here\"}}";

    @Test
    void anExpiringTokenClosesItsConnection4003AndIsThenRefused4002() throws Exception {
        String shortLived = Wazo.token(TENANT, USER, false, 2, "websocketd");
        try (WsClient client = Wazo.startedV1(shortLived, "*")) {
            assertEquals(4003, client.awaitClose().code());
        }
        try (WsClient again = Wazo.connect("/?token=" + shortLived)) {
            assertEquals(4002, again.awaitClose().code());
        }
    }

    @Test
    void aVersion2ClientRenewsItsTokenAndOutlivesTheOldOne() throws Exception {
        String shortLived = Wazo.token(TENANT, USER, false, 3, "websocketd");
        String fresh = Wazo.userToken(TENANT, USER, "websocketd");
        try (WsClient renewing = Wazo.connect("/api/websocketd/?version=2&token=" + shortLived);
             WsClient control = Wazo.connect("/api/websocketd/?version=2&token=" + shortLived)) {
            assertEquals(Wazo.INIT_V2, renewing.next());
            assertEquals(Wazo.INIT_V2, control.next());
            renewing.send("{\"op\": \"token\", \"data\": {\"token\": \"" + fresh + "\"}}");
            assertEquals("{\"op\": \"token\", \"code\": 0}", renewing.next());

            // The control connection kept the old token: once it is closed, the old token has expired.
            assertEquals(4003, control.awaitClose().code());
            renewing.send(PING);
            assertEquals(PONG, renewing.next());

            // Revoking the old token no longer concerns the renewed connection; revoking the new one does.
            assertEquals(200, Herald.admin("PATCH", Wazo.TOKENS + "/" + Wazo.handle(shortLived), "{\"revoked\":true}").statusCode());
            renewing.send(PING);
            assertEquals(PONG, renewing.next());
            assertEquals(200, Herald.admin("PATCH", Wazo.TOKENS + "/" + Wazo.handle(fresh), "{\"revoked\":true}").statusCode());
            assertEquals(4003, renewing.awaitClose().code());
        }
    }

    @Test
    void swappingForABadTokenCloses4002() throws Exception {
        String token = Wazo.userToken(TENANT, USER, "websocketd");
        try (WsClient client = Wazo.connect("/?version=2&token=" + token)) {
            assertEquals(Wazo.INIT_V2, client.next());
            client.send("{\"op\": \"token\", \"data\": {\"token\": \"no-such-token-" + Wazo.uuid() + "\"}}");
            assertEquals(4002, client.awaitClose().code());
        }
    }

    @Test
    void revokingATokenClosesEveryConnectionOnIt4003() throws Exception {
        String token = Wazo.userToken(TENANT, USER, "websocketd");
        String other = Wazo.userToken(TENANT, USER, "websocketd");
        try (WsClient first = Wazo.startedV1(token, "*");
             WsClient second = Wazo.connect("/api/websocketd/?version=2&token=" + token);
             WsClient bystander = Wazo.connect("/?version=2&token=" + other)) {
            assertEquals(Wazo.INIT_V2, second.next());
            assertEquals(Wazo.INIT_V2, bystander.next());

            HttpResponse<String> revoked = Herald.admin("PATCH", Wazo.TOKENS + "/" + Wazo.handle(token), "{\"revoked\":true}");
            assertEquals(200, revoked.statusCode(), revoked.body());
            assertTrue(Wazo.json(revoked.body()).getBoolean("revoked"));

            assertEquals(4003, first.awaitClose().code());
            assertEquals(4003, second.awaitClose().code());
            bystander.send(PING);
            assertEquals(PONG, bystander.next(), "another token's connection stays open");
        }
        try (WsClient again = Wazo.connect("/?token=" + token)) {
            assertEquals(4002, again.awaitClose().code());
        }
    }

    @Test
    void deletingATokenClosesItsConnections4003() throws Exception {
        String token = Wazo.userToken(TENANT, USER, "websocketd");
        try (WsClient client = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, client.next());
            assertEquals(204, Herald.admin("DELETE", Wazo.TOKENS + "/" + Wazo.handle(token), null).statusCode());
            assertEquals(4003, client.awaitClose().code());
        }
        assertEquals(404, Herald.admin("GET", Wazo.TOKENS + "/" + Wazo.handle(token), null).statusCode());
        assertEquals(404, Herald.admin("DELETE", Wazo.TOKENS + "/" + Wazo.handle(token), null).statusCode());
    }

    @Test
    void theAdminApiCreatesShowsAndListsTokensByTheirHandle() throws Exception {
        String token = "it-token-" + Wazo.uuid();
        String expiresAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> created = Herald.admin("POST", Wazo.TOKENS, "{\"token\":\"" + token + "\",\"userUuid\":\""
                + USER + "\",\"tenantUuid\":\"" + TENANT + "\",\"acl\":[\"websocketd\",\"!events.x\"],"
                + "\"expiresAt\":\"" + expiresAt + "\",\"admin\":true}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(token, Wazo.json(created.body()).getString("token"), "the creation answers the token, once");
        assertEquals(Wazo.handle(token), Wazo.json(created.body()).getString("id"));

        HttpResponse<String> got = Herald.admin("GET", Wazo.TOKENS + "/" + Wazo.handle(token), null);
        JsonObject shown = Wazo.json(got.body());
        assertEquals(Wazo.handle(token), shown.getString("id"));
        assertFalse(got.body().contains(token), got.body());
        assertEquals(USER, shown.getString("userUuid"));
        assertEquals(TENANT, shown.getString("tenantUuid"));
        assertEquals("[\"websocketd\",\"!events.x\"]", shown.getJsonArray("acl").toString());
        assertEquals(expiresAt, shown.getString("expiresAt"));
        assertTrue(shown.getBoolean("admin"));
        assertFalse(shown.getBoolean("revoked"));
        assertEquals(404, Herald.admin("GET", Wazo.TOKENS + "/" + token, null).statusCode(), "the token names nothing");

        String listed = Herald.admin("GET", Wazo.TOKENS, null).body();
        assertTrue(listed.contains("\"" + Wazo.handle(token) + "\""), listed);
        assertFalse(listed.contains(token), listed);
        assertEquals(400, Herald.admin("POST", Wazo.TOKENS, "{\"token\":\"" + token + "\",\"tenantUuid\":\"t\"}").statusCode(),
                "a token is never issued twice");
    }

    @Test
    void theFormerIdFieldStillNamesTheTokenToIssue() throws Exception {
        String token = "it-token-" + Wazo.uuid();
        HttpResponse<String> created = Herald.admin("POST", Wazo.TOKENS,
                "{\"id\":\"" + token + "\",\"tenantUuid\":\"" + TENANT + "\",\"acl\":[\"websocketd\"]}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(token, Wazo.json(created.body()).getString("token"));
        try (WsClient client = Wazo.connect("/?token=" + token)) {
            assertEquals(Wazo.INIT_V1, client.next());
        }
    }

    @Test
    void theAdminApiNamesTheWrongField() throws Exception {
        assertInvalid("tenantUuid", "{\"acl\":[\"websocketd\"]}");
        assertInvalid("userUuid", "{\"tenantUuid\":\"t\",\"userUuid\":\"a,b\"}");
        assertInvalid("acl", "{\"tenantUuid\":\"t\",\"acl\":[\"websocketd\",\"\"]}");
        assertInvalid("expiresIn", "{\"tenantUuid\":\"t\",\"expiresIn\":0}");
        assertInvalid("expiresAt", "{\"tenantUuid\":\"t\",\"expiresAt\":\"tomorrow\"}");
        assertInvalid("expiresAt", "{\"tenantUuid\":\"t\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}");
        assertInvalid("id", "{\"tenantUuid\":\"t\",\"id\":\"has space\"}");
        assertInvalid("token", "{\"tenantUuid\":\"t\",\"token\":\"has space\"}");
        assertInvalid("body", "{\"tenantUuid\":");
        assertInvalid("revoked", "PATCH", Wazo.TOKENS + "/whatever", "{\"revoked\":false}");
        assertEquals(404, Herald.admin("PATCH", Wazo.TOKENS + "/no-such-" + Wazo.uuid(), "{\"revoked\":true}").statusCode());
        assertEquals(401, Herald.http("GET", Wazo.TOKENS, null, null).statusCode());
    }

    private static void assertInvalid(String field, String body) throws Exception {
        assertInvalid(field, "POST", Wazo.TOKENS, body);
    }

    private static void assertInvalid(String field, String method, String path, String body) throws Exception {
        HttpResponse<String> response = Herald.admin(method, path, body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(field, Wazo.json(response.body()).getString("field"), response.body());
    }
}
