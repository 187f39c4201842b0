package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
        assertTrue(response.body().contains("\"herald.ear\" : \"OK\""), response.body());
    }

    @Test
    void heraldsCountersAreServedInPrometheusFormat() throws Exception {
        HttpResponse<String> response = Herald.admin("GET", "/admin/metrics", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("herald_open_connections{protocol=\"openbazaar\"}"), response.body());
        assertTrue(response.body().contains("herald_frames_delivered_total{protocol=\"wazo\"}"), response.body());
    }
}
