package io.herald.protocol.loom;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import io.herald.ingest.EventJson;
import io.herald.ingest.FieldLength;
import io.herald.ingest.MalformedEventException;
import io.herald.persistence.StoredEvent;
import io.herald.persistence.loom.LoomAck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Reads a producer's Loom message into a {@link LoomEvent}, and builds the event's {@link Publication}
 * on {@code org:<organization>:event:<name>}; {@link LoomIngest} stores it in between. Stored events
 * are read back with the same {@link #parse}.
 *
 * <p>Required: {@code organization}, {@code id}, {@code name} (non-blank strings) and
 * {@code timestamp} (an ISO-8601 date-time with offset); {@code organization} and {@code id} have at
 * most 200 characters and {@code name} at most 100, what their columns hold. Optional: {@code version}, {@code link},
 * {@code subject} (string or null; absent is sent as null), {@code payload} (an object, {@code {}}
 * when absent) and {@code received_at} (Herald's own receipt time when absent).
 */
@ApplicationScoped
public class LoomEventMapper {

    private static final DateTimeFormatter MILLIS_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private final Clock clock;

    public LoomEventMapper() {
        this(Clock.systemUTC());
    }

    public LoomEventMapper(Clock clock) {
        this.clock = clock;
    }

    /** The publication of an event, once {@link LoomIngest} has stored it and set its sequence number. */
    public Publication<LoomEvent> publication(LoomEvent event) {
        return new Publication<>(LoomPolicy.LANE, Set.of(event.topic()), event, Fanout.ONCE);
    }

    public LoomEvent parse(String body) throws MalformedEventException {
        JsonObject json = EventJson.object(body);
        // The organization also keys the ack tables, whose column is the narrowest it meets.
        String organization = fitting("organization", required(json, "organization"), LoomAck.ID_LENGTH);
        String id = fitting("id", required(json, "id"), StoredEvent.EVENT_KEY_LENGTH);
        String name = fitting("name", required(json, "name"), StoredEvent.KIND_LENGTH);
        String timestamp = required(json, "timestamp");
        checkDateTime("timestamp", timestamp);
        String receivedAt = optional(json, "received_at");
        if (receivedAt == null) {
            receivedAt = MILLIS_UTC.format(clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
        } else {
            checkDateTime("received_at", receivedAt);
        }
        JsonValue payload = json.getOrDefault("payload", JsonValue.EMPTY_JSON_OBJECT);
        if (payload.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedEventException("Loom event " + id + ": \"payload\" must be a JSON object");
        }
        return new LoomEvent(organization, id, timestamp, name, optional(json, "version"), payload,
                optional(json, "link"), receivedAt, optional(json, "subject"), 0);
    }

    private static String required(JsonObject json, String key) throws MalformedEventException {
        String value = optional(json, key);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Loom event lacks the required string \"" + key + "\"");
        }
        return value;
    }

    private static String fitting(String key, String value, int limit) throws MalformedEventException {
        return FieldLength.atMost("Loom event field \"" + key + "\"", value, limit);
    }

    private static String optional(JsonObject json, String key) throws MalformedEventException {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedEventException("Loom event field \"" + key + "\" must be a string, got " + value.getValueType());
        }
        return json.getString(key);
    }

    private static void checkDateTime(String key, String value) throws MalformedEventException {
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Loom event field \"" + key + "\" is not an ISO-8601 date-time: " + value);
        }
    }
}
