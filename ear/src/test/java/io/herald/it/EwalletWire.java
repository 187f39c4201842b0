package io.herald.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The eWallet socket's headers and frames, written out as the eWallet documents show them. */
final class EwalletWire {

    static final String URL = Herald.WS + "/api/socket";
    static final String ACCEPT = "application/vnd.omisego.v1+json";

    private EwalletWire() {
    }

    static String pair(String scheme, String key, String secret) {
        return scheme + " " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> headers(String authorization) {
        return Map.of("Accept", ACCEPT, "Authorization", authorization);
    }

    static WsClient.Attempt connect(String authorization) throws Exception {
        return WsClient.connect(URL, headers(authorization));
    }

    static String frame(String topic, String event, String ref) {
        return "{\"topic\":\"" + topic + "\",\"event\":\"" + event + "\",\"ref\":" + ref + ",\"data\":{}}";
    }

    static String join(String topic, String ref) {
        return frame(topic, "phx_join", ref);
    }

    static String reply(String topic, String ref) {
        return "{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"" + topic
                + "\",\"event\":\"phx_reply\",\"ref\":" + ref + "}";
    }

    static String refusal(String topic, String ref, String code, String description) {
        return "{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":{\"object\":\"error\",\"code\":\"" + code
                + "\",\"description\":\"" + description + "\",\"messages\":null},\"topic\":\"" + topic
                + "\",\"event\":\"phx_reply\",\"ref\":" + ref + "}";
    }

    static String forbidden(String topic, String ref) {
        return refusal(topic, ref, "websocket:forbidden_channel", "You don't have access to this channel.");
    }

    static String notFound(String topic, String ref) {
        return refusal(topic, ref, "websocket:channel_not_found", "The given channel does not exist.");
    }

    static String unmatched(String topic, String ref) {
        return refusal(topic, ref, "websocket:connect_error", "unmatched topic");
    }

    static String close(String topic, String joinRef) {
        return "{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"" + topic
                + "\",\"event\":\"phx_close\",\"ref\":" + joinRef + "}";
    }

    /** The error frame for a text that is no eWallet frame; {@code topic} is JSON (a quoted string or null). */
    static String invalidFormat(String topic) {
        return "{\"success\":false,\"version\":\"1\",\"data\":null,"
                + "\"error\":{\"object\":\"error\",\"code\":\"websocket:invalid_format\","
                + "\"description\":\"The websocket payload could not be decoded.\",\"messages\":null},"
                + "\"topic\":" + topic + ",\"event\":\"phx_error\",\"ref\":null}";
    }

    /** A pushed event as the server writes it: {@code data} and {@code error} are JSON texts. */
    static String push(boolean success, String data, String error, String topic, String event) {
        return "{\"success\":" + success + ",\"version\":\"1\",\"data\":" + data + ",\"error\":" + error
                + ",\"topic\":\"" + topic + "\",\"event\":\"" + event + "\",\"ref\":null}";
    }
}
