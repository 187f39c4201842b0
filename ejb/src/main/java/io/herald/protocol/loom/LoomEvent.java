package io.herald.protocol.loom;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One Loom event as a {@code Publication} carries it and as history returns it. {@code payload} is
 * kept as the producer's JSON so it reaches clients unchanged. {@code sequence} is the event's
 * number in its organization's stream (see {@link LoomTopics#stream}), 0 when it was not stored;
 * connections use it to join a replay to the live stream without gaps or duplicates.
 */
public record LoomEvent(String organization, String id, String timestamp, String name, String version,
                        JsonValue payload, String link, String receivedAt, String subject, long sequence) {

    public LoomEvent {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
    }

    public LoomEvent withSequence(long sequence) {
        return new LoomEvent(organization, id, timestamp, name, version, payload, link, receivedAt, subject, sequence);
    }

    public String topic() {
        return LoomTopics.of(organization, name);
    }
}
