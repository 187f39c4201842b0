package io.herald.protocol.ewallet;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The payload of an eWallet publication: everything of the pushed envelope except its topic,
 * which differs per copy, and its ref, which is always null for pushes.
 *
 * @param topics the channels the producer addressed, in the producer's order
 * @param data any JSON value, {@link JsonValue#NULL} when absent
 * @param error null for a successful event
 */
public record EwalletEvent(String event, List<String> topics, boolean success, JsonValue data, EwalletError error) {

    public EwalletEvent {
        Objects.requireNonNull(event, "event");
        topics = List.copyOf(topics);
        data = data == null ? JsonValue.NULL : data;
    }
}
