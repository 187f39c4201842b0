package io.herald.ingest;

import io.herald.core.Protocol;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides from what each probe sees whether a protocol's consumer is stuck: one message has been in
 * its hands longer than the limit, or the message at the head of its queue has not moved for that
 * long (the consumer took nothing, e.g. its delivery stopped). A consumer working through a backlog
 * keeps moving the head, so a long queue alone is not a stall. Called by one probe at a time.
 */
public final class StallDetector {

    /** The head of a queue and when a probe first saw it there. */
    private record Head(String messageId, long firstSeenMillis) {
    }

    private final long limitMillis;
    private final Map<Protocol, Head> heads = new EnumMap<>(Protocol.class);

    public StallDetector(Duration limit) {
        this.limitMillis = limit.toMillis();
    }

    /**
     * @param busySince   epoch millis the consumer took its current message, 0 when idle
     * @param headMessage the id of the first message waiting in the queue, empty when none waits
     * @return why the consumer counts as stuck, empty when it does not
     */
    public synchronized Optional<String> probe(Protocol protocol, long nowMillis, long busySince, Optional<String> headMessage) {
        if (busySince != 0 && nowMillis - busySince > limitMillis) {
            return Optional.of("one message in hand for " + (nowMillis - busySince) / 1000 + " s");
        }
        if (headMessage.isEmpty()) {
            heads.remove(protocol);
            return Optional.empty();
        }
        Head head = heads.get(protocol);
        if (head == null || !head.messageId().equals(headMessage.get())) {
            heads.put(protocol, new Head(headMessage.get(), nowMillis));
            return Optional.empty();
        }
        long waited = nowMillis - head.firstSeenMillis();
        return waited > limitMillis
                ? Optional.of("the queue's first message has waited " + waited / 1000 + " s without being taken")
                : Optional.empty();
    }
}
