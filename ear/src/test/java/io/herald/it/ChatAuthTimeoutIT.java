package io.herald.it;

import static io.herald.it.ChatIdentities.auth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A chat socket must authenticate within {@code herald.chat.auth-timeout} of its upgrade (the test
 * server sets 5 s) or is closed with 1008; an authenticated one stays. Every socket's deadline is
 * set at its upgrade, so once a socket opened later has been closed, the deadline of one opened
 * earlier has passed too.
 */
class ChatAuthTimeoutIT {

    private static final int POLICY_VIOLATION = 1008;

    @Test
    void aSocketThatNeverAuthenticatesIsClosedAndAnAuthenticatedOneStays() throws Exception {
        String token = ChatIdentities.token(ChatIdentities.newUser());
        try (WsClient authenticated = ChatIdentities.signedIn(token);
             WsClient silent = ChatIdentities.open()) {
            WsClient.Closed closed = silent.awaitClose();
            assertEquals(POLICY_VIOLATION, closed.code());
            assertEquals("authentication timeout", closed.reason());

            authenticated.send(auth("still here", token));
            String reply = authenticated.next();
            assertTrue(reply.contains("\"id\":\"still here\",\"status\":200"), reply);
        }
    }

    @Test
    void failedAttemptsDoNotBuyTime() throws Exception {
        try (WsClient guessing = ChatIdentities.open()) {
            guessing.send(auth("guess", "not-a-token"));
            assertTrue(guessing.next().contains("\"status\":401"));
            assertEquals(POLICY_VIOLATION, guessing.awaitClose().code());
        }
    }
}
