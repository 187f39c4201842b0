package io.herald.web.protocol.ewallet;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes eWallet sockets that stay silent for {@code herald.ewallet.idle-timeout} seconds (60 by
 * default, as eWallet clients expect). Each socket has one timer set to its idle deadline; when it
 * fires early because the client spoke meanwhile, it is set again to the new deadline, so a busy
 * socket costs one timer per timeout period, not one per frame.
 */
@ApplicationScoped
public class EwalletIdleTimeouts {

    private static final Logger LOG = Logger.getLogger(EwalletIdleTimeouts.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "herald.ewallet.idle-timeout", defaultValue = "60")
    long idleTimeoutSeconds;

    private final Clock clock = Clock.systemUTC();

    /** How long a socket may go without a client frame. */
    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, idleTimeoutSeconds));
    }

    /** Starts watching a socket; the returned watch must be stopped when the socket closes. */
    public Watch watch(EwalletConnection connection) {
        Watch watch = new Watch(connection);
        watch.schedule();
        return watch;
    }

    /** The timer of one socket. */
    public final class Watch {
        private final EwalletConnection connection;
        private ScheduledFuture<?> next;
        private boolean stopped;

        private Watch(EwalletConnection connection) {
            this.connection = connection;
        }

        /** The socket is gone: no more timers for it. */
        public synchronized void stop() {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
        }

        private synchronized void schedule() {
            if (stopped) {
                return;
            }
            long delay = Math.max(0, Duration.between(clock.instant(), connection.idleDeadline()).toMillis());
            next = scheduler.schedule(this::check, delay, TimeUnit.MILLISECONDS);
        }

        private void check() {
            try {
                if (connection.closeIfIdle() || !connection.isOpen()) {
                    stop();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "checking an eWallet socket for idleness failed", e);
            }
            schedule();
        }
    }
}
