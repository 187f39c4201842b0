package io.herald.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The admin API calls the benchmark needs before a run. */
public final class HeraldAdmin {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    public HeraldAdmin(String host, int port, String user, String password) {
        this.base = "http://" + host + ":" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates (or replaces) an OpenBazaar node whose Basic username is its id, so the id names the node. */
    public void createOpenBazaarNode(String id) throws Exception {
        String body = "{\"enabled\":true,\"username\":\"" + id + "\",\"password\":\"" + OpenBazaarAdapter.NODE_PASSWORD + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/openbazaar/nodes/" + id))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("creating node " + id + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
