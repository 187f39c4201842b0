package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The eWallet directory's admin API: protected, validating, and never showing a secret back. */
class EwalletAdminIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theDirectoryNeedsTheAdminRole() throws Exception {
        assertEquals(401, Herald.http("GET", "/admin/ewallet/users/anyone", null, null).statusCode());
        assertEquals(403, Herald.http("PUT", "/admin/ewallet/api-keys/k-" + RUN,
                Herald.basic(Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD), "{}").statusCode());
    }

    @Test
    void invalidInputIsA400NamingTheField() throws Exception {
        HttpResponse<String> noSecret = Herald.admin("PUT", "/admin/ewallet/provider-keys/p-" + RUN, "{}");
        assertEquals(400, noSecret.statusCode());
        assertEquals("secretKey", json(noSecret).getString("field"));

        HttpResponse<String> colon = Herald.admin("PUT", "/admin/ewallet/api-keys/a:b", "{}");
        assertEquals(400, colon.statusCode());
        assertEquals("apiKey", json(colon).getString("field"));

        HttpResponse<String> noAddress = Herald.admin("PUT", "/admin/ewallet/transaction-requests/txr-" + RUN, "{}");
        assertEquals(400, noAddress.statusCode());
        assertEquals("address", json(noAddress).getString("field"));

        Herald.admin("PUT", "/admin/ewallet/users/u-" + RUN, "{}");
        HttpResponse<String> badExpiry = Herald.admin("POST", "/admin/ewallet/users/u-" + RUN + "/tokens",
                "{\"expiresAt\":\"tomorrow\"}");
        assertEquals(400, badExpiry.statusCode());
        assertEquals("expiresAt", json(badExpiry).getString("field"));
    }

    @Test
    void aProviderUserIdNamesOneUserOnly() throws Exception {
        String shared = "pu-" + RUN;
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/users/first-" + RUN,
                "{\"providerUserId\":\"" + shared + "\"}").statusCode());
        HttpResponse<String> second = Herald.admin("PUT", "/admin/ewallet/users/second-" + RUN,
                "{\"providerUserId\":\"" + shared + "\"}");
        assertEquals(400, second.statusCode());
        assertEquals("providerUserId", json(second).getString("field"));
    }

    @Test
    void aTokenIsShownOnceAndRevokedByValue() throws Exception {
        String user = "usr-tokens-" + RUN;
        HttpResponse<String> put = Herald.admin("PUT", "/admin/ewallet/users/" + user,
                "{\"providerUserId\":\"p-" + RUN + "\",\"addresses\":[\"b-" + RUN + "\",\"a-" + RUN + "\"]}");
        assertEquals(200, put.statusCode());
        assertEquals(Json.createArrayBuilder().add("a-" + RUN).add("b-" + RUN).build(),
                json(put).getJsonArray("addresses"));

        HttpResponse<String> issued = Herald.admin("POST", "/admin/ewallet/users/" + user + "/tokens", "{}");
        assertEquals(201, issued.statusCode());
        String token = json(issued).getString("token");
        assertTrue(token.length() >= 32, token);
        assertFalse(Herald.admin("GET", "/admin/ewallet/users/" + user, null).body().contains(token));

        String client = EwalletWire.pair("OMGClient", "api-" + RUN, token);
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/api-keys/api-" + RUN, "{}").statusCode());
        try (WsClient admitted = EwalletWire.connect(client).open()) {
            admitted.send(EwalletWire.frame("phoenix", "heartbeat", "\"1\""));
            assertEquals(EwalletWire.reply("phoenix", "\"1\""), admitted.next());
        }
        assertEquals(1, json(Herald.admin("DELETE", "/admin/ewallet/users/" + user + "/tokens", null)).getInt("revoked"));
        assertEquals(403, EwalletWire.connect(client).refusedStatus());
        assertEquals(404, Herald.admin("POST", "/admin/ewallet/users/nobody-" + RUN + "/tokens", "{}").statusCode());
        assertEquals(404, Herald.admin("POST", "/admin/ewallet/tokens/revoke",
                "{\"token\":\"never-issued-" + RUN + "\"}").statusCode());
    }
}
