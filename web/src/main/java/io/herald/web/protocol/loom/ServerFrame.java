package io.herald.web.protocol.loom;

import io.herald.protocol.loom.LoomEvent;

/** What Herald sends on a Loom connection; {@link LoomCodec#encode} gives each its exact wire text. */
public sealed interface ServerFrame {

    /** {@code {"type":"welcome"}} once authenticated. */
    record Welcome() implements ServerFrame {
    }

    /** {@code {"type":"ping","message":<epoch seconds>}} every 3 seconds. */
    record Ping(long epochSeconds) implements ServerFrame {
    }

    record ConfirmSubscription(String identifier) implements ServerFrame {
    }

    record RejectSubscription(String identifier) implements ServerFrame {
    }

    record Disconnect(String reason, boolean reconnect) implements ServerFrame {
        public static final Disconnect UNAUTHORIZED = new Disconnect("unauthorized", false);
        public static final Disconnect SERVER_RESTART = new Disconnect("server_restart", true);
    }

    /** One event on a subscription: {@code {"identifier":S,"message":{..event..}}}. */
    record Delivery(String identifier, LoomEvent event) implements ServerFrame {
    }

    /** {@code {"identifier":S,"message":{"action":"rewind_complete","replayed":N}}}: live events follow. */
    record RewindComplete(String identifier, int replayed) implements ServerFrame {
    }

    /** {@code {"identifier":S,"message":{"action":"rewind_failed","reason":R}}}; live delivery goes on. */
    record RewindFailed(String identifier, String reason) implements ServerFrame {
    }
}
