package io.herald.web.protocol.loom;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live Loom connections: one timer pings them all every 3 s (clients reconnect after 6 s of
 * silence), and an undeploy tells each to reconnect ({@code server_restart}).
 */
@ApplicationScoped
public class LoomHeartbeat {

    static final long PING_SECONDS = 3;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<LoomConnection> live = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> pinger;

    public void add(LoomConnection connection) {
        live.add(connection);
        startPinging();
    }

    public void remove(LoomConnection connection) {
        live.remove(connection);
    }

    private synchronized void startPinging() {
        if (pinger == null) {
            pinger = scheduler.scheduleAtFixedRate(() -> live.forEach(LoomConnection::ping),
                    PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Stops pinging and sends every client {@code server_restart}; a second call finds nobody. */
    @PreDestroy
    public synchronized void shutdown() {
        if (pinger != null) {
            pinger.cancel(false);
            pinger = null;
        }
        live.forEach(LoomConnection::shutdown);
        live.clear();
    }
}
