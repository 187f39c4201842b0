package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/** {@code /api/socket} answers on the TLS listener too, with the same handshake. */
class EwalletTlsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String URL = "wss://" + Herald.HOST + ":" + Integer.getInteger("herald.wss.port", 9502)
            + "/api/socket";

    @Test
    void aProviderConnectsOverTlsAndAWrongSecretIsRefused() throws Exception {
        String accessKey = "it-tls-" + RUN;
        assertEquals(200, Herald.admin("PUT", "/admin/ewallet/provider-keys/" + accessKey,
                "{\"secretKey\":\"tls-secret\"}").statusCode());
        HttpClient http = HttpClient.newBuilder().sslContext(trustingSelfSigned()).build();

        try (WsClient provider = WsClient.connect(URL,
                EwalletWire.headers(EwalletWire.pair("OMGProvider", accessKey, "tls-secret")), http).open()) {
            provider.send(EwalletWire.frame("phoenix", "heartbeat", "\"1\""));
            assertEquals(EwalletWire.reply("phoenix", "\"1\""), provider.next());
        }
        assertEquals(403, WsClient.connect(URL,
                EwalletWire.headers(EwalletWire.pair("OMGProvider", accessKey, "wrong")), http).refusedStatus());
        assertEquals(403, WsClient.connect(URL, Map.of(), http).refusedStatus());
    }

    /** The test server's certificate is self-signed for "localhost"; the test trusts it as it is. */
    private static SSLContext trustingSelfSigned() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
