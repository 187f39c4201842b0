package io.herald.protocol.loom;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.JsonObjectBuilder;

/**
 * The JSON an event is kept in the event store as: the producer's fields with {@code received_at}
 * filled in, so that a replay carries exactly what the live delivery carried.
 */
public final class LoomStoredForm {

    private LoomStoredForm() {
    }

    public static String of(LoomEvent event) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("organization", event.organization())
                .add("id", event.id())
                .add("timestamp", event.timestamp())
                .add("name", event.name())
                .add("payload", event.payload())
                .add("received_at", event.receivedAt());
        addIfPresent(json, "version", event.version());
        addIfPresent(json, "link", event.link());
        addIfPresent(json, "subject", event.subject());
        return json.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
