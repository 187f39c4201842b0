package io.herald.protocol.openbazaar;

import io.herald.ingest.EventJson;
import io.herald.ingest.FieldLength;
import io.herald.ingest.MalformedEventException;
import io.herald.persistence.StoredEvent;
import io.herald.persistence.openbazaar.OpenBazaarNode;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Checks a producer's message for a node and names its kind. The text itself is passed on
 * untouched: node clients receive exactly what the producer wrote. What the history stores must fit
 * its columns: the node id (100 characters, as nodes are kept), a notification's
 * {@code notificationId} (200) and {@code type} (100), a chat message's {@code messageId} (200),
 * {@code peerId} (100, a node id too) and {@code subject} (182, {@link #SUBJECT_LENGTH}: what is left
 * of the chat stream's name).
 */
public final class OpenBazaarEventMapper {

    /** The message property naming the node a message is for. */
    public static final String NODE_PROPERTY = "node";

    /** The top-level keys of the node's socket messages. */
    public static final Set<String> KINDS = Set.of(
            "walletUpdate", "wallet", "notification", "message", "messageTyping", "messageRead", "status");

    /** The room a chat stream's name leaves for the subject once the node and the peer take theirs. */
    public static final int SUBJECT_LENGTH = StoredEvent.STREAM_LENGTH
            - OpenBazaarHistory.chatStream("", "", "").length() - 2 * OpenBazaarNode.ID_LENGTH;

    private OpenBazaarEventMapper() {
    }

    public static NodeFrame map(String nodeId, String body) throws MalformedEventException {
        if (nodeId == null || nodeId.isBlank()) {
            throw new MalformedEventException("missing the 'node' string property naming the node");
        }
        FieldLength.atMost("the 'node' property", nodeId, OpenBazaarNode.ID_LENGTH);
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
            checkStoredLengths(kind, object);
            return new NodeFrame(nodeId, kind, body);
        }
        if (object.get("id") instanceof JsonString) {
            return new NodeFrame(nodeId, NodeFrame.LOOKUP, body);
        }
        throw new MalformedEventException(
                "expected one top-level key naming the message kind, or a lookup result with a string 'id'");
    }

    /** The fields {@link OpenBazaarHistory} keeps of a notification or a chat message. */
    private static void checkStoredLengths(String kind, JsonObject frame) throws MalformedEventException {
        if (kind.equals("notification")) {
            JsonObject notification = frame.getJsonObject(kind);
            fits(notification, kind, "notificationId", StoredEvent.EVENT_KEY_LENGTH);
            fits(notification, kind, "type", StoredEvent.KIND_LENGTH);
        } else if (kind.equals("message")) {
            JsonObject message = frame.getJsonObject(kind);
            fits(message, kind, "messageId", StoredEvent.EVENT_KEY_LENGTH);
            fits(message, kind, "peerId", OpenBazaarNode.ID_LENGTH);
            fits(message, kind, "subject", SUBJECT_LENGTH);
        }
    }

    private static void fits(JsonObject object, String kind, String key, int limit) throws MalformedEventException {
        if (object.get(key) instanceof JsonString value) {
            FieldLength.atMost("'" + kind + "." + key + "'", value.getString(), limit);
        }
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
