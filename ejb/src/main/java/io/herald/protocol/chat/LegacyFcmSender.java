package io.herald.protocol.chat;

import java.net.URI;
import java.net.http.HttpClient;
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
        return FcmSender.post(http, endpoint, timeout, "key=" + serverKey, json,
                response -> FcmOutcome.ofLegacy(response.statusCode(), response.body()));
    }
}
