package io.herald.it;

import static io.herald.it.ChatIdentities.auth;
import static io.herald.it.ChatIdentities.stamped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tokens, cookies and passwords set through the admin API and used by real clients are kept nowhere
 * in the clear: not in the database file, not in the admin API's listings, not in the server log.
 * The database file is read as bytes (JDBC cannot open it while the server holds H2's lock); the
 * secret's SHA-256, written in the same row, must be found there, so the scan is known to see what
 * was stored.
 */
class SecretsAtRestIT {

    private static final Path SERVER = Path.of(System.getProperty("herald.server.dir"));
    private static final Path DATABASE = SERVER.resolve("standalone/data/herald/herald.mv.db");
    private static final Path SERVER_LOG = SERVER.resolve("standalone/log/server.log");
    private static final String NODES = "/admin/openbazaar/nodes";
    private static final String OB_COOKIE = "OpenBazaar_Auth_Cookie=";

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

        assertStoredOnlyAsHashes(secrets);

        String log = logSince(logBefore);
        assertTrue(log.contains("malformed"), "the bad frames were logged: " + log);
        assertNotLogged(log, secrets);
    }

    @Test
    void openBazaarCookiesAndPasswordsAreStoredListedAndLoggedOnlyAsHashes() throws Exception {
        long logBefore = Files.size(SERVER_LOG);

        String run = UUID.randomUUID().toString();
        String cookieNode = "it-rest-cookie-" + run;
        String basicNode = "it-rest-basic-" + run;
        String cookie = "ob-cookie-" + run;
        String password = "ob-password-" + run;
        List<String> secrets = List.of(cookie, password);

        for (HttpResponse<String> put : List.of(
                Herald.admin("PUT", NODES + "/" + cookieNode, "{\"cookie\":\"" + cookie + "\"}"),
                Herald.admin("PUT", NODES + "/" + basicNode,
                        "{\"username\":\"" + basicNode + "\",\"password\":\"" + password + "\"}"))) {
            assertEquals(200, put.statusCode(), put.body());
            assertNotShown(put.body(), secrets);
        }
        useAndMisuseOpenBazaar(cookie, basicNode, password);

        String listing = Herald.admin("GET", NODES, null).body();
        assertTrue(listing.contains("\"" + cookieNode + "\""), listing);
        assertTrue(listing.contains("\"" + basicNode + "\""), listing);
        assertNotShown(listing, secrets);

        assertStoredOnlyAsHashes(secrets);
        assertNotLogged(logSince(logBefore), secrets);
    }

    /**
     * The secrets the test server was configured with, and the passwords every IT of the run logs in
     * with, are nowhere in what this server has logged since it booted (its command line included).
     */
    @Test
    void theServerLogHoldsNoConfiguredSecretOrPassword() throws Exception {
        String log = Files.readString(SERVER_LOG, StandardCharsets.ISO_8859_1);
        int boot = log.lastIndexOf("WFLYSRV0049");
        assertTrue(boot >= 0, "server.log shows the server's boot");
        List<String> secrets = new ArrayList<>(List.of(Herald.ADMIN_PASSWORD, Herald.PRODUCER_PASSWORD, Loom.SECRET,
                System.getProperty("herald.it.keystore.password")));
        // The FCM service account's key, a line of it at a time as a PEM would be printed, and the access
        // tokens handed out so far in this run.
        String key = FcmServiceAccountFile.privateKeyBase64();
        for (int line = 0; line + 64 <= key.length(); line += 64) {
            secrets.add(key.substring(line, line + 64));
        }
        secrets.addAll(FakeFcm.ISSUED);
        assertNotLogged(log.substring(boot), secrets);
    }

    /** The node's credentials on {@code /ws} and {@code /ob}, right and wrong, and in a rejected admin request. */
    private static void useAndMisuseOpenBazaar(String cookie, String basicNode, String password) throws Exception {
        try (WsClient byCookie = WsClient.connect(Herald.WS + "/ws", Map.of("Cookie", OB_COOKIE + cookie)).open();
             WsClient byPassword = WsClient.connect(Herald.WS + "/ws",
                     Map.of("Authorization", Herald.basic(basicNode, password))).open()) {
            assertEquals(200, openBazaarApi(cookie).statusCode());
            assertEquals(200, Herald.http("GET", "/ob/notifications", Herald.basic(basicNode, password), null)
                    .statusCode());
        }
        HttpResponse<String> wrongCookie = openBazaarApi(cookie + "x");
        assertEquals(403, wrongCookie.statusCode());
        assertEquals("403 - Forbidden", wrongCookie.body());
        assertEquals(403, WsClient.connect(Herald.WS + "/ws", Map.of("Cookie", OB_COOKIE + cookie + "x"))
                .refusedStatus());
        assertEquals(403, WsClient.connect(Herald.WS + "/ws",
                Map.of("Authorization", Herald.basic(basicNode, password + "x"))).refusedStatus());
        HttpResponse<String> rejected = Herald.admin("PUT", NODES + "/it-rest-rejected",
                "{\"enabled\":\"yes\",\"cookie\":\"" + cookie + "\",\"password\":\"" + password + "\"}");
        assertEquals(400, rejected.statusCode());
        assertNotShown(rejected.body(), List.of(cookie, password));
    }

    /** A read of the node's notifications over the REST API, authenticated by the cookie alone. */
    private static HttpResponse<String> openBazaarApi(String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Herald.HTTP + "/ob/notifications"))
                .timeout(Herald.WAIT).header("Cookie", OB_COOKIE + cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Neither the secrets nor their hashes: a hash confirms a guessed password or cookie. */
    private static void assertNotShown(String body, List<String> secrets) throws Exception {
        for (String secret : secrets) {
            assertFalse(body.contains(secret), "the admin API shows a secret: " + body);
            assertFalse(body.contains(sha256(secret)), "the admin API shows a secret's hash: " + body);
        }
    }

    private static void assertStoredOnlyAsHashes(List<String> secrets) throws Exception {
        for (String secret : secrets) {
            awaitInDatabase(sha256(secret));
        }
        String database = Files.readString(DATABASE, StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
            assertFalse(database.contains(secret), "the database file holds a secret in the clear");
        }
    }

    private static String logSince(long before) throws Exception {
        return Files.readString(SERVER_LOG, StandardCharsets.ISO_8859_1).substring((int) before);
    }

    private static void assertNotLogged(String log, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "server.log holds a secret");
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
