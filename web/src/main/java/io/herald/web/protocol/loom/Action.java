package io.herald.web.protocol.loom;

import java.time.Instant;
import java.util.List;

/** The {@code action} a {@code message} command's data asks for: Herald's two Loom roadmap items. */
public sealed interface Action {

    /**
     * Replay stored events on the subscription, then go on live: {@code {"action":"rewind","since_id":ID}}
     * (events after that one) or {@code {"action":"rewind","since":ISO-8601}} (events received at or after then).
     */
    record Rewind(String sinceId, Instant since) implements Action {
    }

    /** {@code {"action":"ack","ids":[ID,..]}}: the client has processed these events. */
    record Ack(List<String> ids) implements Action {
    }

    /** Well-formed data whose action Herald does not know, or a rewind/ack with bad arguments. */
    record Invalid(String action, String reason) implements Action {
    }
}
