package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FcmOutcomeTest {

    @Test
    void aResultWithAMessageIdIsDelivered() {
        assertInstanceOf(FcmOutcome.Delivered.class, FcmOutcome.ofLegacy(200,
                "{\"multicast_id\":108,\"success\":1,\"failure\":0,\"results\":[{\"message_id\":\"1:08\"}]}"));
    }

    @Test
    void notRegisteredAndInvalidRegistrationMeanTheTokenIsGone() {
        assertEquals(new FcmOutcome.InvalidToken("NotRegistered"), FcmOutcome.ofLegacy(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"NotRegistered\"}]}"));
        assertEquals(new FcmOutcome.InvalidToken("InvalidRegistration"), FcmOutcome.ofLegacy(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"InvalidRegistration\"}]}"));
    }

    @Test
    void otherErrorsInTheResultAreRetried() {
        assertEquals(new FcmOutcome.Retry("Unavailable"), FcmOutcome.ofLegacy(200,
                "{\"success\":0,\"failure\":1,\"results\":[{\"error\":\"Unavailable\"}]}"));
    }

    @Test
    void httpErrorsAndUnreadableAnswersAreRetried() {
        assertEquals(new FcmOutcome.Retry("HTTP 500"), FcmOutcome.ofLegacy(500, "{}"));
        assertEquals(new FcmOutcome.Retry("HTTP 401"), FcmOutcome.ofLegacy(401, "Unauthorized"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.ofLegacy(200, "<html>"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.ofLegacy(200, "{\"results\":[]}"));
        assertInstanceOf(FcmOutcome.Retry.class, FcmOutcome.ofLegacy(200, null));
    }

    @Test
    void v1TakesAnySuccessAndNamesTheErrorCodeOfAFailure() {
        assertInstanceOf(FcmOutcome.Delivered.class, FcmOutcome.ofV1(200, "{\"name\":\"projects/p/messages/1\"}", Duration.ZERO));
        assertEquals(new FcmOutcome.InvalidToken("UNREGISTERED"),
                FcmOutcome.ofV1(404, FcmV1SenderTest.v1Error(404, "NOT_FOUND", "UNREGISTERED", "gone"), Duration.ZERO));
        assertEquals(new FcmOutcome.InvalidToken("SENDER_ID_MISMATCH"),
                FcmOutcome.ofV1(403, FcmV1SenderTest.v1Error(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "other"), Duration.ZERO));
        assertEquals(new FcmOutcome.InvalidToken("INVALID_ARGUMENT"), FcmOutcome.ofV1(400, FcmV1SenderTest.v1Error(400,
                "INVALID_ARGUMENT", "INVALID_ARGUMENT", "The registration token is not a valid FCM registration token"), Duration.ZERO));
    }

    @Test
    void v1RejectsARequestItCannotTakeAndRetriesEverythingElse() {
        String badData = "{\"error\":{\"code\":400,\"message\":\"Invalid value at 'message.data[0].value' (TYPE_STRING), 12\","
                + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\"}]}}";
        assertEquals(new FcmOutcome.Rejected("HTTP 400 INVALID_ARGUMENT: Invalid value at 'message.data[0].value' (TYPE_STRING), 12"),
                FcmOutcome.ofV1(400, badData, Duration.ZERO));
        assertEquals(new FcmOutcome.Retry("HTTP 500 INTERNAL", Duration.ofSeconds(5)),
                FcmOutcome.ofV1(500, FcmV1SenderTest.v1Error(500, "INTERNAL", "INTERNAL", "oops"), Duration.ofSeconds(5)));
        assertEquals(new FcmOutcome.Retry("HTTP 403 PERMISSION_DENIED", Duration.ZERO), FcmOutcome.ofV1(403,
                "{\"error\":{\"code\":403,\"message\":\"denied\",\"status\":\"PERMISSION_DENIED\"}}", Duration.ZERO),
                "Herald's own account lacking a permission waits for an operator, it loses nothing");
        assertEquals(new FcmOutcome.Retry("HTTP 502", Duration.ZERO), FcmOutcome.ofV1(502, "<html>bad gateway</html>", Duration.ZERO));
    }
}
