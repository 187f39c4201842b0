package io.herald.protocol.chat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Sends pushes through FCM HTTP v1 ({@code POST {base}/v1/projects/{project}/messages:send}) with a
 * bearer token from {@link FcmAccessTokens}, and reads FCM's answer into an {@link FcmOutcome},
 * with its {@code Retry-After} where it gave one.
 */
public final class FcmV1Sender implements FcmSender {

    /** A {@code Retry-After} further out than this is taken as this: the retry schedule's cap still applies after. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final URI endpoint;
    private final FcmAccessTokens tokens;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    /** @param base FCM's address, {@code https://fcm.googleapis.com} */
    public FcmV1Sender(URI base, String projectId, FcmAccessTokens tokens, Duration timeout, Clock clock) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.endpoint = URI.create(root + "v1/projects/" + projectId + "/messages:send");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public FcmOutcome send(String legacyBody) {
        String message;
        try {
            message = FcmV1Message.fromLegacy(legacyBody);
        } catch (IllegalArgumentException e) {
            return new FcmOutcome.Rejected("the stored push is no legacy FCM request: " + e.getMessage());
        }
        String token;
        try {
            token = tokens.current();
        } catch (FcmAccessTokens.Unavailable e) {
            return new FcmOutcome.Retry("no access token: " + e.getMessage());
        }
        return FcmSender.post(http, endpoint, timeout, "Bearer " + token, message, this::read);
    }

    private FcmOutcome read(HttpResponse<String> response) {
        if (response.statusCode() == 401) {
            tokens.forget();
        }
        Duration wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
        return FcmOutcome.ofV1(response.statusCode(), response.body(), wait);
    }

    /** A {@code Retry-After} header (seconds, or an HTTP date) as a wait from {@code now}; zero when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Duration.ZERO;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Duration.ZERO;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
