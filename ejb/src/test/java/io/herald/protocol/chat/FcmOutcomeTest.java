package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class FcmOutcomeTest {

    @Test
    void aResultWithAMessageIdIsDelivered() {
        assertInstanceOf(FcmOutcome.Delivered.class, FcmOutcome.of(200,
                "{\"multicast_id\":108,\"success\":1,\"failure\":0,\"results\":[{\"message_id\":\"1:08\"}]}"));
    }

    @Test
    void notRegisteredAndInvalidRegistrationMeanTheTokenIsGone() {
        assertEquals(new FcmOutcome.InvalidToken("NotRegistered"), FcmOutcome.of(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"NotRegistered\"}]}"));
        assertEquals(new FcmOutcome.InvalidToken("InvalidRegistration"), FcmOutcome.of(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"InvalidRegistration\"}]}"));
    }

    @Test
    void otherErrorsInTheResultAreRetried() {
        assertEquals(new FcmOutcome.Retry("Unavailable"), FcmOutcome.of(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"Unavailable\"}]}"));
    }

    @Test
    void httpErrorsAndUnreadableAnswersAreRetried() {
        assertEquals(new FcmOutcome.Retry("HTTP 500"), FcmOutcome.of(500, "{}"));
        assertEquals(new FcmOutcome.Retry("HTTP 401"), FcmOutcome.of(401, "Unauthorized"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.of(200, "<html>"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.of(200, "{\"results\":[]}"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.of(200, null));
    }
}
