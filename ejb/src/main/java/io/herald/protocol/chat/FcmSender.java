package io.herald.protocol.chat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * Sends one push of the {@link FcmOutbox} to FCM. The outbox holds each push as the request of FCM's
 * legacy API ({@link FcmPayloads}), the format Herald stored before FCM HTTP v1, so rows written by
 * any Herald are sent by either sender.
 */
public interface FcmSender {

    /** Sends one stored push body; never throws, a failure to reach FCM is an outcome to retry. */
    FcmOutcome send(String legacyBody);

    /**
     * POSTs a JSON body with an {@code Authorization} header and reads the answer with {@code read}; a
     * failure to get one is a {@link FcmOutcome.Retry}.
     */
    static FcmOutcome post(HttpClient http, URI endpoint, Duration timeout, String authorization, String json,
            Function<HttpResponse<String>, FcmOutcome> read) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            return read.apply(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return new FcmOutcome.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FcmOutcome.Retry("interrupted");
        }
    }
}
