package io.herald.web.delivery;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the outbound side of a new WebSocket connection: a bounded queue around its session,
 * reporting to Herald's counters.
 */
@ApplicationScoped
public class OutboundQueues {

    @Inject
    HeraldMetrics metrics;

    @Resource
    ManagedExecutorService executor;

    /** Frames a connection may have waiting before it counts as too slow and is closed. */
    @Inject
    @ConfigProperty(name = "herald.send-queue.capacity", defaultValue = "1024")
    int defaultCapacity;

    public OutboundQueue open(Protocol protocol, Session session) {
        return open(protocol, session, defaultCapacity);
    }

    public OutboundQueue open(Protocol protocol, Session session, int capacity) {
        metrics.connectionOpened(protocol);
        return new OutboundQueue(new SessionTransport(session, executor), capacity, new OutboundQueue.Listener() {
            @Override
            public void sent() {
                metrics.delivered(protocol);
            }

            @Override
            public void dropped() {
                metrics.dropped(protocol);
            }
        });
    }

    public void closed(Protocol protocol) {
        metrics.connectionClosed(protocol);
    }
}
