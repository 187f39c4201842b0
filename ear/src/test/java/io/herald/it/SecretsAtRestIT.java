package io.herald.it;

import static io.herald.it.ChatIdentities.auth;
import static io.herald.it.ChatIdentities.stamped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tokens issued through the admin API and used by real clients are kept nowhere in the clear: not
 * in the database file, not in the admin API's listings, not in the server log. The database file
 * is read as bytes (JDBC cannot open it while the server holds H2's lock); the token's SHA-256,
 * written in the same row, must be found there, so the scan is known to see what was stored.
 */
class SecretsAtRestIT {

    private static final Path SERVER = Path.of(System.getProperty("herald.server.dir"));
    private static final Path DATABASE = SERVER.resolve("standalone/data/herald/herald.mv.db");
    private static final Path SERVER_LOG = SERVER.resolve("standalone/log/server.log");

    @Test
    void tokensAreStoredListedAndLoggedOnlyAsHashes() throws Exception {
        long logBefore = Files.size(SERVER_LOG);

        String tenant = Wazo.uuid();
        String wazoToken = Wazo.userToken(tenant, Wazo.uuid(), "websocketd");
        long user = ChatIdentities.newUser();
        String chatToken = ChatIdentities.token(user);
        List<String> secrets = List.of(wazoToken, chatToken);

        useAndMisuse(wazoToken, chatToken, user);

        String wazoListing = Herald.admin("GET", Wazo.TOKENS, null).body();
        assertTrue(wazoListing.contains("\"" + Wazo.handle(wazoToken) + "\""), wazoListing);
        String chatListing = Herald.admin("GET", "/admin/chat/tokens?userId=" + user, null).body();
        assertTrue(chatListing.contains("\"" + sha256(chatToken) + "\""), chatListing);
        for (String secret : secrets) {
            assertFalse(wazoListing.contains(secret), "the Wazo listing shows a token");
            assertFalse(chatListing.contains(secret), "the chat listing shows a token");
        }

        awaitInDatabase(sha256(wazoToken));
        awaitInDatabase(sha256(chatToken));
        String database = Files.readString(DATABASE, StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
            assertFalse(database.contains(secret), "the database file holds a token in the clear");
        }

        String log = Files.readString(SERVER_LOG, StandardCharsets.ISO_8859_1).substring((int) logBefore);
        assertTrue(log.contains("malformed"), "the bad frames were logged: " + log);
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "server.log holds a token");
        }
    }

    /** What a run of clients and administrators does with tokens, including what the server logs. */
    private static void useAndMisuse(String wazoToken, String chatToken, long user) throws Exception {
        // The token in the query string and in the X-Auth-Token header, then a v2 swap to itself.
        try (WsClient query = Wazo.connect("/api/websocketd/?version=2&token=" + wazoToken);
             WsClient header = Wazo.connect("/", Map.of("X-Auth-Token", wazoToken)).open()) {
            assertEquals(Wazo.INIT_V2, query.next());
            assertEquals(Wazo.INIT_V1, header.next());
            query.send("{\"op\": \"token\", \"data\": {\"token\": \"" + wazoToken + "\"}}");
            assertEquals("{\"op\": \"token\", \"code\": 0}", query.next());
            // Malformed input that carries the token: logged as one line, without the frame.
            header.send("{\"op\": \"subscribe\", \"data\": \"" + wazoToken + "\"");
            header.awaitClose();
        }
        try (WsClient chat = ChatIdentities.open()) {
            chat.send(auth("sign in", chatToken));
            assertEquals("{\"id\":\"sign in\",\"status\":200,\"data\":{\"user_id\":" + user + "},\"ts\":\"TS\"}",
                    stamped(chat.next()));
            chat.send("{\"auth\":{\"id\":\"broken\",\"access_token\":\"" + chatToken + "\"");
            assertTrue(chat.next().contains("400"), "a malformed frame is answered 400");
        }
        // Refusals and revocations name the tokens too.
        try (WsClient refused = Wazo.connect("/?token=" + wazoToken + "x")) {
            assertEquals(4002, refused.awaitClose().code());
        }
        assertEquals(400, Herald.admin("POST", Wazo.TOKENS, "{\"token\":\"" + wazoToken + "\",\"tenantUuid\":\"t\"}")
                .statusCode());
        assertEquals(400, Herald.admin("POST", "/admin/chat/tokens",
                "{\"userId\":" + user + ",\"token\":\"" + chatToken + "\"}").statusCode());
        try (WsClient revoked = Wazo.connect("/?token=" + wazoToken)) {
            assertEquals(Wazo.INIT_V1, revoked.next());
            assertEquals(200, Herald.admin("PATCH", Wazo.TOKENS + "/" + Wazo.handle(wazoToken), "{\"revoked\":true}")
                    .statusCode());
            assertEquals(4003, revoked.awaitClose().code());
        }
    }

    /** A commit reaches H2's file before it returns; the file is polled in case a page write lags. */
    private static void awaitInDatabase(String text) throws Exception {
        Instant deadline = Instant.now().plus(Herald.WAIT);
        while (!Files.readString(DATABASE, StandardCharsets.ISO_8859_1).contains(text)) {
            assertTrue(Instant.now().isBefore(deadline), "the database file never showed " + text);
            Thread.onSpinWait();
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
