package io.herald.web.admin;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.function.ToLongFunction;

/** Herald's own counters in the Prometheus text format, beside WildFly's /metrics on port 9990. */
@Path("/admin/metrics")
public class MetricsResource {

    private record Family(String name, String type, String help, ToLongFunction<HeraldMetrics.Snapshot> value) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("herald_open_connections", "gauge", "WebSocket connections open now",
                    HeraldMetrics.Snapshot::openConnections),
            new Family("herald_events_ingested_total", "counter", "JMS messages turned into events",
                    HeraldMetrics.Snapshot::eventsIngested),
            new Family("herald_malformed_messages_total", "counter", "JMS messages rejected as malformed, per try",
                    HeraldMetrics.Snapshot::malformedMessages),
            new Family("herald_ingest_failures_total", "counter",
                    "JMS deliveries that failed and were rolled back for the broker to retry, per try",
                    HeraldMetrics.Snapshot::failedDeliveries),
            new Family("herald_frames_delivered_total", "counter", "frames written to clients",
                    HeraldMetrics.Snapshot::framesDelivered),
            new Family("herald_frames_dropped_total", "counter", "frames not written: slow or closed clients",
                    HeraldMetrics.Snapshot::framesDropped));

    @Inject
    HeraldMetrics metrics;

    @GET
    @Produces("text/plain; version=0.0.4")
    public String metrics() {
        StringBuilder out = new StringBuilder();
        for (Family family : FAMILIES) {
            out.append("# HELP ").append(family.name()).append(' ').append(family.help()).append('\n');
            out.append("# TYPE ").append(family.name()).append(' ').append(family.type()).append('\n');
            for (Protocol protocol : Protocol.values()) {
                out.append(family.name()).append("{protocol=\"").append(protocol.label()).append("\"} ")
                        .append(family.value().applyAsLong(metrics.snapshot(protocol))).append('\n');
            }
        }
        return out.toString();
    }
}
