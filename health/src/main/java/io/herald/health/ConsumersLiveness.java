package io.herald.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when a protocol's consumer is stuck. The measuring is done by the EJB module, which this
 * library cannot see; it hands its measure over when it starts. Until then, or once it has stopped,
 * nothing consumes the queues, which is DOWN too.
 */
@Liveness
@ApplicationScoped
public class ConsumersLiveness implements HealthCheck {

    public static final String NAME = "herald-consumers";

    private static final AtomicReference<Supplier<HealthCheckResponse>> MEASURE = new AtomicReference<>();

    /** Called by the EJB module as it starts ({@code measure}) and stops ({@code null}). */
    public static void measuredBy(Supplier<HealthCheckResponse> measure) {
        MEASURE.set(measure);
    }

    @Override
    public HealthCheckResponse call() {
        Supplier<HealthCheckResponse> measure = MEASURE.get();
        return measure == null
                ? HealthCheckResponse.named(NAME).down().withData("reason", "Herald's consumers are not running").build()
                : measure.get();
    }
}
