package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.herald.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FcmV1SenderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeGoogle google = new FakeGoogle();
    private final MutableClock clock = new MutableClock(NOW);
    private final FcmV1Sender sender;
    private final String push = FcmPayloads.android(Samples.message(), 1, List.of("device-1"));

    FcmV1SenderTest() throws Exception {
        FcmServiceAccount account = TestServiceAccount.create(google.tokenUri().toString()).account();
        FcmAccessTokens tokens = new FcmAccessTokens(account, google.tokenUri(), Duration.ofSeconds(5), clock);
        sender = new FcmV1Sender(google.base(), account.projectId(), tokens, Duration.ofSeconds(5), clock);
    }

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void aPushGoesToTheProjectsSendUrlWithTheBearerTokenFetchedOnce() {
        assertInstanceOf(FcmOutcome.Delivered.class, sender.send(push));
        assertInstanceOf(FcmOutcome.Delivered.class, sender.send(push));

        assertEquals(1, google.tokenRequests.size());
        assertEquals(2, google.sends.size());
        FakeGoogle.Request sent = google.sends.get(1);
        assertEquals("/v1/projects/herald-test/messages:send", sent.path());
        assertEquals("Bearer token-1", sent.header("Authorization"));
        assertEquals("application/json; charset=UTF-8", sent.header("Content-Type"));
        assertEquals(FcmV1Message.fromLegacy(push), sent.body());
    }

    @Test
    void aRefusedAccessTokenIsReplacedForTheNextPush() {
        google.sendAnswers.add(new FakeGoogle.Answer(401,
                "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}",
                null));

        assertEquals(new FcmOutcome.Retry("HTTP 401 UNAUTHENTICATED", Duration.ZERO), sender.send(push));
        assertInstanceOf(FcmOutcome.Delivered.class, sender.send(push));
        assertEquals("Bearer token-2", google.sends.get(1).header("Authorization"));
    }

    @Test
    void overloadAnswersAreRetriedNoSoonerThanFcmAsks() {
        google.sendAnswers.add(new FakeGoogle.Answer(429, v1Error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota"), "30"));
        google.sendAnswers.add(new FakeGoogle.Answer(503, v1Error(503, "UNAVAILABLE", "UNAVAILABLE", "Busy"), null));

        assertEquals(new FcmOutcome.Retry("HTTP 429 QUOTA_EXCEEDED", Duration.ofSeconds(30)), sender.send(push));
        assertEquals(new FcmOutcome.Retry("HTTP 503 UNAVAILABLE", Duration.ZERO), sender.send(push));
    }

    @Test
    void anUnregisteredDeviceIsInvalid() {
        google.sendAnswers.add(new FakeGoogle.Answer(404,
                v1Error(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found."), null));

        assertEquals(new FcmOutcome.InvalidToken("UNREGISTERED"), sender.send(push));
    }

    @Test
    void noAccessTokenIsARetry() {
        google.tokenAnswers.add(new FakeGoogle.Answer(400, "{\"error\":\"invalid_grant\"}", null));

        assertEquals(new FcmOutcome.Retry("no access token: token endpoint answered HTTP 400: invalid_grant"),
                sender.send(push));
        assertEquals(0, google.sends.size());
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(120), FcmV1Sender.retryAfter("120", NOW));
        assertEquals(Duration.ofSeconds(90), FcmV1Sender.retryAfter("Tue, 01 Dec 2026 10:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, FcmV1Sender.retryAfter(null, NOW));
        assertEquals(Duration.ZERO, FcmV1Sender.retryAfter("soon", NOW));
        assertEquals(Duration.ZERO, FcmV1Sender.retryAfter("Tue, 01 Dec 2026 09:00:00 GMT", NOW), "a date passed");
        assertEquals(FcmV1Sender.LONGEST_WAIT, FcmV1Sender.retryAfter("9999999", NOW));
    }

    static String v1Error(int code, String status, String errorCode, String message) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status + "\",\"details\":[{"
                + "\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + errorCode + "\"}]}}";
    }
}
