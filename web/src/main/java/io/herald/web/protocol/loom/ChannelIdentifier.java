package io.herald.web.protocol.loom;

import java.util.List;

/**
 * A subscription identifier read as channel parameters:
 * {@code {"channel":"EventChannel","events":"a.b,c.d"}}, optionally with
 * {@code "delivery":"at_least_once"} to have un-acknowledged events delivered again after a reconnect.
 */
public record ChannelIdentifier(String channel, List<String> events, Delivery delivery) {

    public static final String EVENT_CHANNEL = "EventChannel";

    public ChannelIdentifier {
        events = List.copyOf(events);
    }

    /** Whether this names Loom's one channel with at least one event and a known delivery mode. */
    public boolean isValidEventSubscription() {
        return EVENT_CHANNEL.equals(channel) && !events.isEmpty() && delivery != null;
    }

    public enum Delivery {
        AT_MOST_ONCE("at_most_once"), AT_LEAST_ONCE("at_least_once");

        private final String wire;

        Delivery(String wire) {
            this.wire = wire;
        }

        /** null when the word names no mode. */
        static Delivery of(String wire) {
            for (Delivery delivery : values()) {
                if (delivery.wire.equals(wire)) {
                    return delivery;
                }
            }
            return null;
        }
    }
}
