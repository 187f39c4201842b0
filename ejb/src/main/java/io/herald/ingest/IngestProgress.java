package io.herald.ingest;

import io.herald.core.Protocol;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Since when each protocol's consumer has been working on its current message (0: idle). */
@ApplicationScoped
public class IngestProgress {

    private final Map<Protocol, AtomicLong> busySince = new EnumMap<>(Protocol.class);

    public IngestProgress() {
        for (Protocol protocol : Protocol.values()) {
            busySince.put(protocol, new AtomicLong());
        }
    }

    public void started(Protocol protocol, long nowMillis) {
        busySince.get(protocol).set(nowMillis);
    }

    public void finished(Protocol protocol) {
        busySince.get(protocol).set(0);
    }

    /** Epoch millis when the message in hand was taken, 0 when the consumer is between messages. */
    public long busySince(Protocol protocol) {
        return busySince.get(protocol).get();
    }
}
