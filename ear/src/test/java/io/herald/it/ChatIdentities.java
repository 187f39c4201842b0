package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat users for one test run, created through the admin API with ids no other run uses, and the
 * helpers to read the chat socket's frames.
 */
final class ChatIdentities {

    /** Ids from the clock, a thousand per millisecond: runs never share a user. */
    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() * 1000);

    private static final Pattern TS = Pattern.compile("\"ts\":\"(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)\"");

    static final String CHAT_WS = Herald.WS + "/chat/ws";

    private ChatIdentities() {
    }

    static long newUser() {
        return NEXT_USER.incrementAndGet();
    }

    /** Issues a token for the user and returns its text. */
    static String token(long userId) throws Exception {
        return issue("{\"userId\":" + userId + "}").getString("token");
    }

    /** Issues a token through the admin API; the answer holds the token's text and its id. */
    static JsonObject issue(String request) throws Exception {
        HttpResponse<String> response = Herald.admin("POST", "/admin/chat/tokens", request);
        assertEquals(201, response.statusCode(), response.body());
        return json(response.body());
    }

    static void connect(long userId, long peerId) throws Exception {
        HttpResponse<String> response = Herald.admin("PUT", "/admin/chat/connections/" + userId + "/" + peerId, null);
        assertEquals(200, response.statusCode(), response.body());
    }

    static void registerDevice(String fcmToken, long userId, String platform) throws Exception {
        HttpResponse<String> response = Herald.admin("PUT", "/admin/chat/devices/" + fcmToken,
                "{\"userId\":" + userId + ",\"platform\":\"" + platform + "\"}");
        assertEquals(200, response.statusCode(), response.body());
    }

    static WsClient open() throws Exception {
        return WsClient.connect(CHAT_WS, Map.of()).open();
    }

    /** A socket authenticated as the token's user; the auth response has been taken. */
    static WsClient signedIn(String token) throws Exception {
        WsClient client = open();
        client.send(auth("auth", token));
        String response = client.next();
        assertTrue(response.contains("\"status\":200"), response);
        return client;
    }

    static String auth(String id, String token) {
        return "{\"auth\":{\"id\":\"" + id + "\",\"access_token\":\"" + token + "\"}}";
    }

    static String command(String command, String id, long peerId) {
        return "{\"" + command + "\":{\"id\":\"" + id + "\",\"peer_id\":" + peerId + "}}";
    }

    /**
     * The frame with its server-made {@code ts} replaced by {@code TS}, after checking it is RFC 3339
     * UTC with exactly three fractional digits.
     */
    static String stamped(String frame) {
        Matcher ts = TS.matcher(frame);
        assertTrue(ts.find(), "no RFC 3339 ts with milliseconds in " + frame);
        return ts.replaceAll("\"ts\":\"TS\"");
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
