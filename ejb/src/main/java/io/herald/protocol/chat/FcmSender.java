package io.herald.protocol.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** POSTs FCM requests to FCM's legacy HTTP endpoint, authorized with the server key. */
public final class FcmSender {

    private final URI endpoint;
    private final String serverKey;
    private final Duration timeout;
    private final HttpClient http;

    public FcmSender(URI endpoint, String serverKey, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.serverKey = Objects.requireNonNull(serverKey, "serverKey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Sends one request body; never throws, a failure to reach FCM is an outcome to retry. */
    public FcmOutcome send(String json) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "key=" + serverKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return FcmOutcome.of(response.statusCode(), response.body());
        } catch (IOException | RuntimeException e) {
            return new FcmOutcome.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FcmOutcome.Retry("interrupted");
        }
    }
}
