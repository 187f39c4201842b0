package io.herald.protocol.chat;

import io.herald.ingest.EventJson;
import io.herald.ingest.MalformedEventException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the producers' messages on the chat queue:
 * <pre>{"type":"message|reads|typing|stop_typing","to":&lt;recipient user id&gt;,"packet":{...}}</pre>
 * where {@code packet} holds the members of the packet exactly as the protocol document names
 * them (for typing, {@code from_id}, {@code topic_id} and {@code ts}). {@code to} may be a number
 * or a string of digits; ids inside the packet are numbers, as on the wire.
 */
public final class ChatEventMapper {

    private ChatEventMapper() {
    }

    /** The event of one message body: its recipient and its packet. */
    public static ChatEvent read(String body) throws MalformedEventException {
        JsonObject event = EventJson.object(body);
        String type = string(event, "type", "event");
        long to = recipient(event);
        JsonObject packet = object(event, "packet", "event");
        return new ChatEvent(to, switch (type) {
            case "message" -> message(packet);
            case "reads" -> reads(packet);
            case "typing" -> typing(packet, true);
            case "stop_typing" -> typing(packet, false);
            default -> throw new MalformedEventException(
                    "unknown event type \"" + type + "\" (expected message, reads, typing or stop_typing)");
        });
    }

    private static long recipient(JsonObject event) throws MalformedEventException {
        JsonValue to = event.get("to");
        if (to instanceof JsonString text) {
            return UserIds.parse(text.getString()).orElseThrow(
                    () -> new MalformedEventException("event.to is not a user id: \"" + text.getString() + "\""));
        }
        if (to instanceof JsonNumber) {
            return userId(event, "to", "event");
        }
        throw new MalformedEventException("event.to is missing or neither a number nor a string");
    }

    private static ChatPacket.Message message(JsonObject packet) throws MalformedEventException {
        return new ChatPacket.Message(
                string(packet, "topic_id", "packet"),
                integer(packet, "seq_id", "packet"),
                userId(packet, "from_id", "packet"),
                string(packet, "name", "packet"),
                object(packet, "content", "packet"),
                status(object(packet, "status", "packet")),
                instant(packet, "ts"));
    }

    private static ChatPacket.Reads reads(JsonObject packet) throws MalformedEventException {
        JsonValue seqIds = packet.get("seq_ids");
        if (!(seqIds instanceof JsonArray array)) {
            throw new MalformedEventException("packet.seq_ids is missing or not an array");
        }
        List<Long> ids = new ArrayList<>(array.size());
        for (JsonValue id : array) {
            if (!(id instanceof JsonNumber number) || !number.isIntegral()) {
                throw new MalformedEventException("packet.seq_ids holds a value that is not an integer: " + id);
            }
            ids.add(exactLong(number, "packet.seq_ids"));
        }
        return new ChatPacket.Reads(userId(packet, "from_id", "packet"), string(packet, "topic_id", "packet"),
                ids, instant(packet, "ts"));
    }

    private static ChatPacket.Typing typing(JsonObject packet, boolean typing) throws MalformedEventException {
        return new ChatPacket.Typing(typing, userId(packet, "from_id", "packet"),
                string(packet, "topic_id", "packet"), instant(packet, "ts"));
    }

    private static Map<String, Boolean> status(JsonObject status) throws MalformedEventException {
        Map<String, Boolean> read = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : status.entrySet()) {
            JsonValue value = entry.getValue();
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw new MalformedEventException("packet.status." + entry.getKey() + " is not a boolean");
            }
            read.put(entry.getKey(), value == JsonValue.TRUE);
        }
        return read;
    }

    private static String string(JsonObject object, String key, String where) throws MalformedEventException {
        if (!(object.get(key) instanceof JsonString text)) {
            throw new MalformedEventException(where + "." + key + " is missing or not a string");
        }
        return text.getString();
    }

    private static JsonObject object(JsonObject object, String key, String where) throws MalformedEventException {
        if (!(object.get(key) instanceof JsonObject member)) {
            throw new MalformedEventException(where + "." + key + " is missing or not an object");
        }
        return member;
    }

    private static long integer(JsonObject object, String key, String where) throws MalformedEventException {
        if (!(object.get(key) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new MalformedEventException(where + "." + key + " is missing or not an integer");
        }
        return exactLong(number, where + "." + key);
    }

    private static long userId(JsonObject object, String key, String where) throws MalformedEventException {
        long id = integer(object, key, where);
        if (id <= 0) {
            throw new MalformedEventException(where + "." + key + " is not a positive user id: " + id);
        }
        return id;
    }

    private static long exactLong(JsonNumber number, String what) throws MalformedEventException {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedEventException(what + " is out of range: " + number);
        }
    }

    private static Instant instant(JsonObject packet, String key) throws MalformedEventException {
        String text = string(packet, key, "packet");
        return ChatTime.parse(text).orElseThrow(
                () -> new MalformedEventException("packet." + key + " is not an RFC 3339 date-time: \"" + text + "\""));
    }
}
