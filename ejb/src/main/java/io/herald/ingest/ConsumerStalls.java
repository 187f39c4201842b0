package io.herald.ingest;

import io.herald.core.Protocol;
import io.herald.health.ConsumersLiveness;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Measures for {@link ConsumersLiveness} whether any protocol's consumer is stuck
 * ({@link StallDetector}), with each protocol's state in the check's data.
 */
@Singleton
@Startup
public class ConsumerStalls {

    @Inject
    IngestProgress progress;

    @Inject
    QueueHeads queues;

    @Inject
    @ConfigProperty(name = "herald.health.stall-timeout", defaultValue = "PT60S")
    String stallTimeout;

    private StallDetector detector;

    @PostConstruct
    void start() {
        detector = new StallDetector(Duration.parse(stallTimeout));
        ConsumersLiveness.measuredBy(this::measure);
    }

    @PreDestroy
    void stop() {
        ConsumersLiveness.measuredBy(null);
    }

    public HealthCheckResponse measure() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(ConsumersLiveness.NAME).up();
        long now = System.currentTimeMillis();
        for (Protocol protocol : Protocol.values()) {
            Optional<String> stuck;
            try {
                stuck = detector.probe(protocol, now, progress.busySince(protocol), queues.head(protocol));
            } catch (JMSException | RuntimeException e) {
                stuck = Optional.of("its queue cannot be read: " + e.getClass().getSimpleName());
            }
            response.withData(protocol.name().toLowerCase(), stuck.orElse("ok"));
            if (stuck.isPresent()) {
                response.down();
            }
        }
        return response.build();
    }
}
