package io.herald.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the heap is still nearly full right after the collector ran: garbage collection no longer
 * frees room, which is how a server that ran out of memory looks while it still answers probes.
 * Usage before a collection says nothing (a busy heap fills up between collections by design), so
 * this reads each pool's usage as the last collection left it.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "herald.health.heap-limit", defaultValue = "0.95")
    double limit;

    @Override
    public HealthCheckResponse call() {
        long used = 0;
        long max = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null && pool.getUsage().getMax() > 0) {
                used += afterCollection.getUsed();
                max += pool.getUsage().getMax();
            }
        }
        double fraction = max == 0 ? 0 : (double) used / max;
        return HealthCheckResponse.named("herald-heap")
                .status(fraction <= limit)
                .withData("used-after-gc-percent", Math.round(fraction * 100))
                .withData("limit-percent", Math.round(limit * 100))
                .build();
    }
}
