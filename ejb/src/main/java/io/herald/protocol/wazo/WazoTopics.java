package io.herald.protocol.wazo;

import java.util.Set;

/**
 * Wazo's topics: one per event name, plus the one {@code *} subscribers are on. An event goes to
 * both, with {@link io.herald.core.Fanout#ONCE}, so a client on both receives it once.
 */
public final class WazoTopics {

    static final String PREFIX = "name:";

    /** The topic of subscribers to every event. */
    public static final String ALL = PREFIX + "*";

    private WazoTopics() {
    }

    /** The topic a {@code subscribe} to {@code eventName} joins; {@code *} gives {@link #ALL}. */
    public static String forEventName(String eventName) {
        return PREFIX + eventName;
    }

    static Set<String> of(WazoEvent event) {
        String named = forEventName(event.name());
        // An event literally named "*" has one topic; Set.of refuses the duplicate.
        return named.equals(ALL) ? Set.of(ALL) : Set.of(named, ALL);
    }

    static boolean isWazoTopic(String topic) {
        return topic.startsWith(PREFIX);
    }
}
