package io.herald.protocol.openbazaar;

import io.herald.ingest.EventJson;
import io.herald.ingest.MalformedEventException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Checks a producer's message for a node and names its kind. The text itself is passed on
 * untouched: node clients receive exactly what the producer wrote.
 */
public final class OpenBazaarEventMapper {

    /** The top-level keys of the node's socket messages. */
    public static final Set<String> KINDS = Set.of(
            "walletUpdate", "wallet", "notification", "message", "messageTyping", "messageRead", "status");

    private OpenBazaarEventMapper() {
    }

    public static NodeFrame map(String nodeId, String body) throws MalformedEventException {
        if (nodeId == null || nodeId.isBlank()) {
            throw new MalformedEventException("missing the 'node' string property naming the node");
        }
        JsonObject object = EventJson.object(body);
        if (object.size() == 1) {
            String kind = object.keySet().iterator().next();
            if (!KINDS.contains(kind)) {
                throw new MalformedEventException("unknown message kind '" + kind + "', expected one of " + KINDS);
            }
            JsonValue.ValueType held = object.get(kind).getValueType();
            boolean statusText = kind.equals("status") && held == JsonValue.ValueType.STRING;
            if (held != JsonValue.ValueType.OBJECT && !statusText) {
                throw new MalformedEventException("'" + kind + "' must hold a JSON object"
                        + (kind.equals("status") ? " or a string" : ""));
            }
            if (kind.equals("notification") && notificationId(object).isEmpty()) {
                throw new MalformedEventException("a notification needs a non-empty string 'notificationId'");
            }
            return new NodeFrame(nodeId, kind, body);
        }
        if (object.get("id") instanceof JsonString) {
            return new NodeFrame(nodeId, NodeFrame.LOOKUP, body);
        }
        throw new MalformedEventException(
                "expected one top-level key naming the message kind, or a lookup result with a string 'id'");
    }

    /** The notification's id, or empty when the frame is not a notification with one. */
    public static String notificationId(JsonObject frame) {
        JsonValue inner = frame.get("notification");
        if (inner instanceof JsonObject notification && notification.get("notificationId") instanceof JsonString id) {
            return id.getString();
        }
        return "";
    }
}
