package io.herald.protocol.ewallet;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import io.herald.ingest.EventJson;
import io.herald.ingest.MalformedEventException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads a producer's eWallet message,
 * {@code {"event":"transaction_consumption_finalized","topics":["address:…"],"success":true,"data":{…},"error":null}},
 * and builds its publication, sent once per addressed topic. A message may also, or instead, carry
 * directory entries ({@link EwalletDirectoryUpdate}) in a top-level {@code directory} object, which
 * {@link EwalletIngest} stores.
 */
public final class EwalletEventMapper {

    private EwalletEventMapper() {
    }

    /**
     * The whole message: its event, its {@code directory} entries, or both. A body without
     * {@code directory} must be an event.
     */
    public static EwalletMessage readMessage(String body) throws MalformedEventException {
        JsonObject json = EventJson.object(body);
        JsonValue directory = json.get("directory");
        EwalletDirectoryUpdate update = directory == null ? null : EwalletDirectoryUpdate.read(directory);
        boolean hasEvent = update == null || json.containsKey("event") || json.containsKey("topics");
        return new EwalletMessage(update, hasEvent ? event(json) : null);
    }

    /**
     * The publication of a message: its event on the event's topics, or, for a message that only
     * updates the directory, none (nobody receives a frame).
     */
    public static Publication<EwalletEvent> publication(EwalletMessage message) {
        EwalletEvent event = message.event();
        return event != null
                ? new Publication<>(EwalletPolicy.LANE, new LinkedHashSet<>(event.topics()), event, Fanout.PER_TOPIC)
                : Publication.none(EwalletPolicy.LANE);
    }

    private static EwalletEvent event(JsonObject json) throws MalformedEventException {
        String event = eventName(json);
        List<String> topics = topics(json);
        JsonValue success = json.get("success");
        if (success != JsonValue.TRUE && success != JsonValue.FALSE) {
            throw new MalformedEventException("\"success\" must be true or false");
        }
        JsonValue data = json.getOrDefault("data", JsonValue.NULL);
        EwalletError error = error(json.getOrDefault("error", JsonValue.NULL));
        return new EwalletEvent(event, topics, success == JsonValue.TRUE, data, error);
    }

    private static String eventName(JsonObject json) throws MalformedEventException {
        String event = string(json.get("event"));
        if (event == null || event.isBlank()) {
            throw new MalformedEventException("\"event\" must be a non-empty string");
        }
        // Those names belong to the socket itself; a client would take such a push for a reply.
        if (event.startsWith("phx_") || event.equals("heartbeat")) {
            throw new MalformedEventException("\"event\" " + event + " is reserved for the socket protocol");
        }
        return event;
    }

    private static List<String> topics(JsonObject json) throws MalformedEventException {
        JsonValue value = json.get("topics");
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw new MalformedEventException("\"topics\" must be a non-empty array of channel names");
        }
        List<String> topics = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            String topic = string(element);
            if (topic == null || EwalletTopics.parse(topic).isEmpty()) {
                throw new MalformedEventException("\"topics\" holds " + element
                        + ", which is no eWallet channel (account:, user:, address:, transaction_request:,"
                        + " transaction_consumption:)");
            }
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return topics;
    }

    private static EwalletError error(JsonValue value) throws MalformedEventException {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedEventException("\"error\" must be null or an object");
        }
        JsonObject error = value.asJsonObject();
        String code = string(error.get("code"));
        String description = string(error.get("description"));
        if (code == null || description == null) {
            throw new MalformedEventException("\"error\" needs string \"code\" and \"description\"");
        }
        return new EwalletError(code, description, error.getOrDefault("messages", JsonValue.NULL));
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
