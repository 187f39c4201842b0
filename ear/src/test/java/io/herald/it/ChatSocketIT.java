package io.herald.it;

import static io.herald.it.ChatIdentities.auth;
import static io.herald.it.ChatIdentities.command;
import static io.herald.it.ChatIdentities.stamped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The chat socket on the real server with real clients: in-band authentication, the documented
 * error responses, listening to peers and the presence Herald derives from live sessions.
 */
class ChatSocketIT {

    private static String unauthorized(String id) {
        return "{\"id\":\"" + id + "\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\",\"ts\":\"TS\"}";
    }

    private static String forbidden(String id) {
        return "{\"id\":\"" + id + "\",\"status\":403,\"err\":\"ERR_FORBIDDEN_ACCESS\",\"ts\":\"TS\"}";
    }

    private static String listening(String id, long user, long peer, boolean online) {
        return "{\"id\":\"" + id + "\",\"status\":200,\"data\":{\"user_id\":" + user + ",\"peer_id\":" + peer
                + ",\"is_online\":" + online + "},\"ts\":\"TS\"}";
    }

    private static String presence(String what, long user) {
        return "{\"pres\":{\"what\":\"" + what + "\",\"from_id\":" + user + ",\"ts\":\"TS\"}}";
    }

    @Test
    void aValidTokenAuthenticatesTheSocket() throws Exception {
        long user = ChatIdentities.newUser();
        String token = ChatIdentities.token(user);
        try (WsClient client = ChatIdentities.open()) {
            client.send(auth("authenticate socket", token));
            assertEquals("{\"id\":\"authenticate socket\",\"status\":200,\"data\":{\"user_id\":" + user
                    + "},\"ts\":\"TS\"}", stamped(client.next()));
        }
    }

    @Test
    void unknownExpiredAndRevokedTokensAreRefusedAndTheSocketMayTryAgain() throws Exception {
        long user = ChatIdentities.newUser();
        String expired = ChatIdentities.issue("{\"userId\":" + user + ",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
                .getString("token");
        JsonObject revoked = ChatIdentities.issue("{\"userId\":" + user + ",\"expiresAt\":\"2999-01-01T00:00:00.000Z\"}");
        assertEquals(200, Herald.admin("POST", "/admin/chat/tokens/" + revoked.getString("id") + "/revoke", null)
                .statusCode());
        try (WsClient client = ChatIdentities.open()) {
            for (String token : new String[] {"no-such-token-" + user, expired, revoked.getString("token")}) {
                client.send(auth("authenticate socket", token));
                assertEquals(unauthorized("authenticate socket"), stamped(client.next()), token);
            }
            client.send(auth("again", ChatIdentities.token(user)));
            assertEquals("{\"id\":\"again\",\"status\":200,\"data\":{\"user_id\":" + user + "},\"ts\":\"TS\"}",
                    stamped(client.next()));
        }
    }

    @Test
    void commandsBeforeAuthAreUnauthorized() throws Exception {
        try (WsClient client = ChatIdentities.open()) {
            client.send(command("listen", "listen peer 2", 2));
            assertEquals(unauthorized("listen peer 2"), stamped(client.next()));
            client.send(command("unlisten", "unlisten peer 2", 2));
            assertEquals(unauthorized("unlisten peer 2"), stamped(client.next()));
        }
    }

    @Test
    void badFramesGet400AndTheSocketStaysOpen() throws Exception {
        String bare = "{\"status\":400,\"err\":\"ERR_BAD_REQUEST\",\"ts\":\"TS\"}";
        long user = ChatIdentities.newUser();
        try (WsClient client = ChatIdentities.open()) {
            client.send("this is not JSON");
            assertEquals(bare, stamped(client.next()));
            client.send("{\"typing\":{\"id\":\"t\",\"peer_id\":2}}");
            assertEquals(bare, stamped(client.next()), "an unknown command");
            client.send("[\"auth\"]");
            assertEquals(bare, stamped(client.next()));
            client.send("{\"auth\":{\"id\":\"no token\"}}");
            assertEquals("{\"id\":\"no token\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\",\"ts\":\"TS\"}",
                    stamped(client.next()));
            client.sendBinary("{\"auth\":{}}".getBytes(StandardCharsets.UTF_8));
            assertEquals(bare, stamped(client.next()), "a binary frame");

            client.send(auth("still open", ChatIdentities.token(user)));
            assertEquals("{\"id\":\"still open\",\"status\":200,\"data\":{\"user_id\":" + user + "},\"ts\":\"TS\"}",
                    stamped(client.next()));
            client.send("{\"listen\":{\"id\":\"l\",\"peer_id\":\"two\"}}");
            assertEquals("{\"id\":\"l\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\",\"ts\":\"TS\"}", stamped(client.next()));
        }
    }

    @Test
    void listeningNeedsAP2pConnection() throws Exception {
        long user = ChatIdentities.newUser();
        long stranger = ChatIdentities.newUser();
        try (WsClient client = ChatIdentities.signedIn(ChatIdentities.token(user))) {
            client.send(command("listen", "listen stranger", stranger));
            assertEquals(forbidden("listen stranger"), stamped(client.next()));
            client.send(command("listen", "listen myself", user));
            assertEquals(forbidden("listen myself"), stamped(client.next()));
            client.send(command("unlisten", "unlisten stranger", stranger));
            assertEquals(forbidden("unlisten stranger"), stamped(client.next()));

            ChatIdentities.connect(stranger, user);
            client.send(command("listen", "listen now", stranger));
            assertEquals(listening("listen now", user, stranger, false), stamped(client.next()));
        }
    }

    @Test
    void aPeerIsOnlineFromTheirFirstSessionToTheirLast() throws Exception {
        long watcher = ChatIdentities.newUser();
        long peer = ChatIdentities.newUser();
        ChatIdentities.connect(watcher, peer);
        String peerToken = ChatIdentities.token(peer);
        try (WsClient watching = ChatIdentities.signedIn(ChatIdentities.token(watcher))) {
            watching.send(command("listen", "listen peer", peer));
            assertEquals(listening("listen peer", watcher, peer, false), stamped(watching.next()));

            WsClient tab = ChatIdentities.signedIn(peerToken);
            assertEquals(presence("online", peer), stamped(watching.next()));
            WsClient phone = ChatIdentities.signedIn(peerToken);

            tab.close();
            tab.awaitClose();
            // Still online through the phone: the answer is the next frame, no presence came first.
            watching.send(command("listen", "again", peer));
            assertEquals(listening("again", watcher, peer, true), stamped(watching.next()));

            phone.close();
            assertEquals(presence("offline", peer), stamped(watching.next()));
            watching.send(command("listen", "after", peer));
            assertTrue(watching.next().startsWith("{\"id\":\"after\",\"status\":200,"),
                    "offline is announced once, when the last session closes");
        }
    }

    @Test
    void unlisteningStopsThePresenceFrames() throws Exception {
        long watcher = ChatIdentities.newUser();
        long peer = ChatIdentities.newUser();
        ChatIdentities.connect(peer, watcher);
        try (WsClient watching = ChatIdentities.signedIn(ChatIdentities.token(watcher))) {
            watching.send(command("listen", "listen", peer));
            assertEquals(listening("listen", watcher, peer, false), stamped(watching.next()));
            watching.send(command("unlisten", "unlisten peer", peer));
            assertEquals("{\"id\":\"unlisten peer\",\"status\":200,\"data\":{\"user_id\":" + watcher
                    + ",\"peer_id\":" + peer + "},\"ts\":\"TS\"}", stamped(watching.next()));
            watching.send(command("unlisten", "twice", peer));
            assertEquals("{\"id\":\"twice\",\"status\":200,\"data\":{\"user_id\":" + watcher
                    + ",\"peer_id\":" + peer + "},\"ts\":\"TS\"}", stamped(watching.next()));

            try (WsClient peerSocket = ChatIdentities.signedIn(ChatIdentities.token(peer))) {
                // Had the online frame been sent, it would come before this answer.
                watching.send(command("listen", "relisten", peer));
                assertEquals(listening("relisten", watcher, peer, true), stamped(watching.next()));
            }
        }
    }
}
