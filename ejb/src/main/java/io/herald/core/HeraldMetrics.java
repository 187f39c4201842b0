package io.herald.core;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Herald's own counters, per protocol; cheap enough to bump on every frame. */
@ApplicationScoped
public class HeraldMetrics {

    private final Map<Protocol, AtomicLong> openConnections = counters(AtomicLong::new);
    private final Map<Protocol, LongAdder> eventsIngested = counters(LongAdder::new);
    private final Map<Protocol, LongAdder> framesDelivered = counters(LongAdder::new);
    private final Map<Protocol, LongAdder> framesDropped = counters(LongAdder::new);
    private final Map<Protocol, LongAdder> malformedMessages = counters(LongAdder::new);
    private final Map<Protocol, LongAdder> failedDeliveries = counters(LongAdder::new);

    private static <T> Map<Protocol, T> counters(java.util.function.Supplier<T> factory) {
        Map<Protocol, T> map = new EnumMap<>(Protocol.class);
        for (Protocol protocol : Protocol.values()) {
            map.put(protocol, factory.get());
        }
        return map;
    }

    public void connectionOpened(Protocol protocol) {
        openConnections.get(protocol).incrementAndGet();
    }

    public void connectionClosed(Protocol protocol) {
        openConnections.get(protocol).decrementAndGet();
    }

    public void ingested(Protocol protocol) {
        eventsIngested.get(protocol).increment();
    }

    public void delivered(Protocol protocol) {
        framesDelivered.get(protocol).increment();
    }

    public void dropped(Protocol protocol) {
        framesDropped.get(protocol).increment();
    }

    public void malformed(Protocol protocol) {
        malformedMessages.get(protocol).increment();
    }

    /** A delivery that failed for a reason other than its content: rolled back for the broker to retry. */
    public void failed(Protocol protocol) {
        failedDeliveries.get(protocol).increment();
    }

    public Snapshot snapshot(Protocol protocol) {
        return new Snapshot(protocol,
                openConnections.get(protocol).get(),
                eventsIngested.get(protocol).sum(),
                framesDelivered.get(protocol).sum(),
                framesDropped.get(protocol).sum(),
                malformedMessages.get(protocol).sum(),
                failedDeliveries.get(protocol).sum());
    }

    /** The counters of one protocol at one moment. */
    public record Snapshot(Protocol protocol, long openConnections, long eventsIngested,
                           long framesDelivered, long framesDropped, long malformedMessages,
                           long failedDeliveries) {
    }
}
