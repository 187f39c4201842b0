package io.herald.bench;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes events round-robin over topics at a fixed rate (or as fast as the sink takes them,
 * for a burst), each carrying its send time. Sends are scheduled on absolute times, so a slow
 * send is caught up rather than shifting every later one (no coordinated omission on the publisher side).
 */
public final class FixedRatePublisher {

    private final EventSink sink;

    public FixedRatePublisher(EventSink sink) {
        this.sink = sink;
    }

    /** Sends {@code count} events; {@code perSecond <= 0} means a burst. Returns the achieved rate. */
    public double publish(ProtocolAdapter protocol, List<String> topics, int count, double perSecond) throws Exception {
        long start = System.nanoTime();
        long interval = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
        for (int i = 0; i < count; i++) {
            if (interval > 0) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            String topic = topics.get(i % topics.size());
            sink.publish(topic, protocol.event(topic, i, BenchEvent.nowMicros()));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
