package io.herald.core;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Shows Herald's counters in WildFly's Prometheus endpoint ({@code :9990/metrics}). The meters
 * read {@link HeraldMetrics} when scraped, so the delivery path never touches Micrometer. (The
 * registry's plain registration methods are used: the meter builders do not reach WildFly's
 * Prometheus endpoint through the per-deployment registry.) Meaning of each meter: README.
 */
@Singleton
@Startup
public class MetricsPublisher {

    private static final List<String> NAMES = List.of("herald.open.connections", "herald.events.ingested",
            "herald.malformed.messages", "herald.ingest.failures", "herald.frames.delivered", "herald.frames.dropped");

    @Inject
    MeterRegistry registry;

    @Inject
    HeraldMetrics metrics;

    @PostConstruct
    void register() {
        for (Protocol protocol : Protocol.values()) {
            registry.gauge("herald.open.connections", Tags.of("protocol", protocol.label()), metrics,
                    m -> m.snapshot(protocol).openConnections());
            counter("herald.events.ingested", protocol, m -> m.snapshot(protocol).eventsIngested());
            counter("herald.malformed.messages", protocol, m -> m.snapshot(protocol).malformedMessages());
            counter("herald.ingest.failures", protocol, m -> m.snapshot(protocol).failedDeliveries());
            counter("herald.frames.delivered", protocol, m -> m.snapshot(protocol).framesDelivered());
            counter("herald.frames.dropped", protocol, m -> m.snapshot(protocol).framesDropped());
        }
    }

    /**
     * Takes Herald's meters out of the server's registry on undeploy: a redeployed Herald registers
     * its own, and the old ones must not outlive the application they read.
     */
    @PreDestroy
    void unregister() {
        for (String name : NAMES) {
            List.copyOf(registry.find(name).meters()).forEach(registry::remove);
        }
    }

    private void counter(String name, Protocol protocol, ToDoubleFunction<HeraldMetrics> value) {
        registry.more().counter(name, Tags.of("protocol", protocol.label()), metrics, value);
    }
}
