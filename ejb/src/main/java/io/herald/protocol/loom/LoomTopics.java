package io.herald.protocol.loom;

import java.util.Optional;

/** Loom's topic names: one topic per organization and event name, {@code org:<id>:event:<name>}. */
public final class LoomTopics {

    private static final String ORG = "org:";
    private static final String EVENT = ":event:";

    private LoomTopics() {
    }

    public static String of(String organizationId, String eventName) {
        return ORG + organizationId + EVENT + eventName;
    }

    /** The organization and event name of a topic, or empty when it is no Loom topic. */
    public static Optional<Parts> parse(String topic) {
        if (topic == null || !topic.startsWith(ORG)) {
            return Optional.empty();
        }
        int split = topic.indexOf(EVENT, ORG.length());
        if (split <= ORG.length()) {
            return Optional.empty();
        }
        String name = topic.substring(split + EVENT.length());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(topic.substring(ORG.length(), split), name));
    }

    /** The stream an organization's events are kept in by the event store. */
    public static String stream(String organizationId) {
        return "loom:" + organizationId;
    }

    public record Parts(String organizationId, String eventName) {
    }
}
