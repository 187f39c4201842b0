package io.herald.protocol.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * POSTs pushes to FCM's legacy HTTP endpoint ({@code fcm/send}), authorized with the server key: the
 * explicit option ({@code herald.chat.fcm.api=legacy}) for an endpoint that still speaks it; Google's
 * own was shut down in 2024.
 */
public final class LegacyFcmSender implements FcmSender {

    private final URI endpoint;
    private final String serverKey;
    private final Duration timeout;
    private final HttpClient http;

    public LegacyFcmSender(URI endpoint, String serverKey, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.serverKey = Objects.requireNonNull(serverKey, "serverKey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public FcmOutcome send(String json) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "key=" + serverKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return FcmOutcome.ofLegacy(response.statusCode(), response.body());
        } catch (IOException | RuntimeException e) {
            return new FcmOutcome.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FcmOutcome.Retry("interrupted");
        }
    }
}
