package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LegacyFcmSenderTest {

    private final FakeGoogle fcm = new FakeGoogle();
    private final LegacyFcmSender sender = new LegacyFcmSender(fcm.base().resolve("/fcm/send"), "server-key", Duration.ofSeconds(5));
    private final String push = FcmPayloads.android(Samples.message(), 1, List.of("device-1"));

    LegacyFcmSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        fcm.close();
    }

    @Test
    void theStoredBodyGoesAsItIsWithTheServerKey() {
        assertInstanceOf(FcmOutcome.Delivered.class, sender.send(push));

        FakeGoogle.Request sent = fcm.sends.get(0);
        assertEquals("/fcm/send", sent.path());
        assertEquals("key=server-key", sent.header("Authorization"));
        assertEquals(push, sent.body());
    }

    @Test
    void legacyAnswersAreReadTheLegacyWay() {
        fcm.sendAnswers.add(new FakeGoogle.Answer(200, "{\"results\":[{\"error\":\"NotRegistered\"}]}", null));
        fcm.sendAnswers.add(new FakeGoogle.Answer(503, "{}", "30"));

        assertEquals(new FcmOutcome.InvalidToken("NotRegistered"), sender.send(push));
        assertEquals(new FcmOutcome.Retry("HTTP 503"), sender.send(push), "the legacy API's Retry-After is not read");
    }

    @Test
    void anUnreachableFcmIsARetry() {
        fcm.close();
        assertInstanceOf(FcmOutcome.Retry.class, sender.send(push));
    }
}
