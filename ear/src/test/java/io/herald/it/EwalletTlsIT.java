package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/socket} answers on the TLS listener too, with the same handshake. */
class EwalletTlsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String URL = Herald.WSS + "/api/socket";

    @Test
    void aProviderConnectsOverTlsAndAWrongSecretIsRefused() throws Exception {
        String accessKey = "it-tls-" + RUN;
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/provider-keys/" + accessKey,
                "{\"secretKey\":\"tls-secret\"}").statusCode());
        HttpClient http = SelfSignedTls.client();

        try (WsClient provider = WsClient.connect(http, URL,
                EwalletWire.headers(EwalletWire.pair("OMGProvider", accessKey, "tls-secret"))).open()) {
            provider.send(EwalletWire.frame("phoenix", "heartbeat", "\"1\""));
            assertEquals(EwalletWire.reply("phoenix", "\"1\""), provider.next());
        }
        assertEquals(403, WsClient.connect(http, URL,
                EwalletWire.headers(EwalletWire.pair("OMGProvider", accessKey, "wrong"))).refusedStatus());
        assertEquals(403, WsClient.connect(http, URL, Map.of()).refusedStatus());
    }
}
