package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin API is Basic-protected by the application realm, and names the bad field on a 400. */
class AdminApiIT {

    @Test
    void anonymousCallersAreAskedToAuthenticate() throws Exception {
        HttpResponse<String> response = Herald.http("GET", "/admin/openbazaar/nodes", null, null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void aUserWithoutTheAdminRoleIsForbidden() throws Exception {
        HttpResponse<String> response = Herald.http("GET", "/admin/openbazaar/nodes",
                Herald.basic(Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD), null);
        assertEquals(403, response.statusCode());
    }

    @Test
    void invalidInputIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = Herald.admin("PUT", "/admin/openbazaar/nodes/it-invalid",
                "{\"username\":\"someone\"}");
        assertEquals(400, response.statusCode());
        JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("password", error.getString("field"));

        HttpResponse<String> notJson = Herald.admin("PUT", "/admin/openbazaar/nodes/it-invalid", "{nope");
        assertEquals(400, notJson.statusCode());
        assertEquals("body", Json.createReader(new StringReader(notJson.body())).readObject().getString("field"));
    }

    @Test
    void wildFlysMetricsEndpointCarriesHeraldsCountersBesideTheServers() throws Exception {
        HttpResponse<String> response = Herald.management("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().lines().anyMatch(l -> l.startsWith("herald_frames_delivered_total{")
                && l.contains("protocol=\"openbazaar\"")), response.body());
        assertTrue(response.body().lines().anyMatch(l -> l.startsWith("herald_open_connections{")
                && l.contains("protocol=\"loom\"")), response.body());
    }

    @Test
    void wildFlysHealthEndpointSaysTheDeploymentIsUp() throws Exception {
        HttpResponse<String> response = Herald.management("/health");
        assertEquals(200, response.statusCode());
        JsonObject deployments = Json.createReader(new StringReader(response.body())).readObject()
                .getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("deployments-status"))
                .findFirst().orElseThrow(() -> new AssertionError(response.body()));
        assertEquals("OK", deployments.getJsonObject("data").getString("herald.ear"), response.body());
    }

    @Test
    void heraldsCountersAreServedInPrometheusFormat() throws Exception {
        HttpResponse<String> response = Herald.admin("GET", "/admin/metrics", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("herald_open_connections{protocol=\"openbazaar\"}"), response.body());
        assertTrue(response.body().contains("herald_frames_delivered_total{protocol=\"wazo\"}"), response.body());
    }

    /** One bad request and the field its 400 must name. */
    private record BadInput(String method, String path, String body, String field) {
    }

    private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

    /** Bad numbers, over-long strings and hostile bodies on every admin resource. */
    private static final List<BadInput> BAD_INPUTS = List.of(
            new BadInput("GET", "/admin/events?stream=s&after=1e99", null, "after"),
            new BadInput("GET", "/admin/events?stream=s&after=-1", null, "after"),
            new BadInput("GET", "/admin/events?stream=s&limit=abc", null, "limit"),
            new BadInput("GET", "/admin/events?stream=s&limit=-1", null, "limit"),
            new BadInput("GET", "/admin/events?stream=s&limit=99999999999999999999", null, "limit"),
            new BadInput("GET", "/admin/events?stream=" + "s".repeat(401), null, "stream"),
            new BadInput("GET", "/admin/chat/pushes?limit=abc", null, "limit"),
            new BadInput("GET", "/admin/chat/pushes?limit=-1", null, "limit"),
            new BadInput("GET", "/admin/chat/pushes?limit=1e99", null, "limit"),
            new BadInput("GET", "/admin/chat/connections?userId=1e99", null, "userId"),
            new BadInput("PUT", "/admin/chat/connections/99999999999999999999/1", null, "userId"),
            new BadInput("DELETE", "/admin/chat/connections/1/abc", null, "peerId"),
            new BadInput("GET", "/admin/chat/devices?userId=abc", null, "userId"),
            new BadInput("DELETE", "/admin/chat/devices/" + "f".repeat(1001), null, "fcmToken"),
            new BadInput("PUT", "/admin/chat/devices/it-bad-device", "{\"userId\":1e99,\"platform\":\"ios\"}", "userId"),
            new BadInput("PUT", "/admin/chat/devices/it-bad-device", "{\"userId\":1,\"platform\":\"" + "p".repeat(11) + "\"}",
                    "platform"),
            new BadInput("GET", "/admin/chat/tokens?userId=-1", null, "userId"),
            new BadInput("GET", "/admin/chat/tokens/" + "a".repeat(65), null, "id"),
            new BadInput("POST", "/admin/chat/tokens", "{\"userId\":\"abc\"}", "userId"),
            new BadInput("POST", "/admin/chat/tokens", "{\"userId\":1,\"token\":\"" + "t".repeat(1001) + "\"}", "token"),
            new BadInput("GET", "/admin/openbazaar/nodes/" + "n".repeat(101), null, "id"),
            new BadInput("PUT", "/admin/openbazaar/nodes/it-bad-node", "{\"username\":\"" + "u".repeat(101)
                    + "\",\"password\":\"p\"}", "username"),
            new BadInput("PUT", "/admin/openbazaar/nodes/it-bad-node", "{\"cookie\":\"" + "c".repeat(201) + "\"}", "cookie"),
            new BadInput("PUT", "/admin/openbazaar/nodes/it-bad-node", "{\"cookie\":\"c\",\"allowedIps\":["
                    + "\"10.0.0.1\",".repeat(250) + "\"10.0.0.2\"]}", "allowedIps"),
            new BadInput("PUT", "/admin/openbazaar/nodes/it-bad-node", "{\"enabled\":\"yes\",\"cookie\":\"c\"}", "enabled"),
            new BadInput("PUT", "/admin/openbazaar/nodes/it-bad-node", "{\"username\":\"" + "u".repeat(10_000_000)
                    + "\",\"password\":\"p\"}", "username"),
            new BadInput("GET", "/admin/wazo/tokens/" + "w".repeat(201), null, "id"),
            new BadInput("POST", "/admin/wazo/tokens", "{\"tenantUuid\":\"t\",\"expiresIn\":\"abc\"}", "expiresIn"),
            new BadInput("POST", "/admin/wazo/tokens", "{\"tenantUuid\":\"t\",\"expiresIn\":1e99}", "expiresIn"),
            new BadInput("POST", "/admin/wazo/tokens", "{\"tenantUuid\":\"" + "t".repeat(101) + "\"}", "tenantUuid"),
            new BadInput("POST", "/admin/wazo/tokens", "{\"tenantUuid\":\"t\",\"acl\":[\"" + "a".repeat(501) + "\"]}", "acl"),
            new BadInput("PATCH", "/admin/wazo/tokens/it-bad-token", "{\"revoked\":\"yes\"}", "revoked"),
            new BadInput("DELETE", "/admin/loom/apps/" + "a".repeat(201), null, "id"),
            new BadInput("PUT", "/admin/loom/apps/it-bad-app", "{\"events\":" + DEEP + "}", "events"),
            new BadInput("PUT", "/admin/loom/apps/it-bad-app", DEEP, "body"),
            new BadInput("GET", "/admin/ewallet/users/" + "u".repeat(201), null, "id"),
            new BadInput("PUT", "/admin/ewallet/users/it-bad-user", "{\"providerUserId\":\"" + "p".repeat(201) + "\"}",
                    "providerUserId"),
            new BadInput("PUT", "/admin/ewallet/accounts/it-bad-account", "{\"comment\":" + DEEP + "}", "body"),
            new BadInput("PUT", "/admin/ewallet/provider-keys/it-bad-key", "{\"secretKey\":\"" + "s".repeat(1001) + "\"}",
                    "secretKey"),
            new BadInput("POST", "/admin/ewallet/tokens/revoke", "{\"token\":\"" + "t".repeat(1001) + "\"}", "token"));

    @Test
    void everyBadParameterOrBodyFieldIsA400NamingItWithoutAStackTraceInTheLog() throws Exception {
        Path serverLog = Herald.SERVER_LOG;
        long logBefore = Files.size(serverLog);
        for (BadInput bad : BAD_INPUTS) {
            HttpResponse<String> response = Herald.admin(bad.method(), bad.path(), bad.body());
            assertBadInput(bad.method() + " " + abbreviated(bad.path()), bad.field(), response);
        }
        assertNoStackTraceSince(serverLog, logBefore);
    }

    /**
     * A body of unknown length (chunked) is not read past 64 KB: the 400 names the field whose value
     * was being read when the budget ran out.
     */
    @Test
    void aHugeBodyIsRefusedAfterItsFirst64Kilobytes() throws Exception {
        Path serverLog = Herald.SERVER_LOG;
        long logBefore = Files.size(serverLog);
        byte[] body = ("{\"tenantUuid\":\"t\",\"acl\":[" + "\"events.#\",".repeat(200_000) + "\"#\"]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Herald.HTTP + "/admin/wazo/tokens")).timeout(Herald.WAIT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", "application/json")
                .header("Authorization", Herald.basic(Herald.ADMIN_USER, Herald.ADMIN_PASSWORD))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertBadInput("chunked 2 MB body", "acl", response);
        assertTrue(response.body().contains("65536 bytes"), response.body());
        assertNoStackTraceSince(serverLog, logBefore);
    }

    private static void assertBadInput(String request, String field, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), request + " answered " + abbreviated(response.body()));
        JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(field, error.getString("field"), request + " answered " + response.body());
        assertFalse(error.getString("error").isBlank(), request);
    }

    private static void assertNoStackTraceSince(Path serverLog, long offset) throws Exception {
        String appended;
        try (var in = Files.newInputStream(serverLog)) {
            in.skipNBytes(offset);
            appended = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(appended.contains("\tat "), "the server logged a stack trace:\n" + abbreviated(appended));
    }

    private static String abbreviated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
    }
}
