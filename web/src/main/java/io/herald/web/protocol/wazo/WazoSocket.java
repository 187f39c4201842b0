package io.herald.web.protocol.wazo;

import io.herald.protocol.wazo.WazoLiveTokens;
import io.herald.web.inbound.Handshake;
import io.herald.web.inbound.MessageAssembler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Wazo connection with what ties it to its token's lifetime: a timer at the token's expiry
 * and an entry in the live-token index, both moved when a version 2 client swaps its token. Client
 * text arrives part by part and is joined by an assembler that refuses a message over the limit.
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: the lock guards the
 * timer and the index entry, and is never held across a call that takes the connection's own lock.
 */
final class WazoSocket implements WazoLiveTokens.Holder {

    private final WazoConnection connection;
    private final MessageAssembler inbound;
    private final WazoLiveTokens liveTokens;
    private final ScheduledExecutorService timers;
    private final Clock clock;
    private final Runnable onClosed;

    private final Object lock = new Object();
    private String trackedToken;
    private Instant scheduledFor;
    private ScheduledFuture<?> timer;
    private boolean closed;

    /** @param inbound joins the client's messages; it refuses one through {@link WazoConnection#onOversize} */
    WazoSocket(WazoConnection connection, MessageAssembler inbound, WazoLiveTokens liveTokens,
               ScheduledExecutorService timers, Clock clock, Runnable onClosed) {
        this.connection = connection;
        this.inbound = inbound;
        this.liveTokens = liveTokens;
        this.timers = timers;
        this.clock = clock;
        this.onClosed = onClosed;
    }

    /** The upgrade succeeded with what the client presented: its token and the {@code version} parameter. */
    void opened(Handshake.Presented presented) {
        connection.opened(presented.credential(), presented.parameter(WazoVersion.PARAMETER));
        track();
    }

    void onText(String part, boolean last) {
        inbound.text(part, last).ifPresent(text -> {
            connection.onText(text);
            track();
        });
    }

    /** Not part of the protocol: the first part closes the connection, and nothing of it is kept. */
    void onBinary() {
        connection.onBinary();
    }

    void closed() {
        ScheduledFuture<?> pending;
        String token;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            pending = timer;
            token = trackedToken;
        }
        connection.closed();
        if (pending != null) {
            pending.cancel(false);
        }
        if (token != null) {
            liveTokens.remove(token, this);
        }
        onClosed.run();
    }

    @Override
    public void revoke() {
        connection.revoke();
    }

    /**
     * Follows the connection's current token: after authentication and after each swap. The token
     * is read under this lock so that the latest reading wins; reading it takes no lock of the
     * connection's (it is a volatile field).
     */
    private void track() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Optional<String> token = connection.tokenId();
            if (token.isPresent() && !token.get().equals(trackedToken)) {
                if (trackedToken != null) {
                    liveTokens.remove(trackedToken, this);
                }
                trackedToken = token.get();
                liveTokens.add(trackedToken, this);
            }
            connection.expiresAt().ifPresent(this::scheduleExpiry);
        }
    }

    /** Under the lock. */
    private void scheduleExpiry(Instant expiresAt) {
        if (expiresAt.equals(scheduledFor)) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        scheduledFor = expiresAt;
        // Rounded up so the timer never fires before the token has expired by the connection's clock.
        long delay = Math.max(0, Duration.between(clock.instant(), expiresAt).toMillis() + 1);
        timer = timers.schedule(this::expiryDue, delay, TimeUnit.MILLISECONDS);
    }

    /** The timer fired: close with 4003, unless a swapped token now lives longer. */
    private void expiryDue() {
        if (connection.expire() || connection.isClosed()) {
            return;
        }
        synchronized (lock) {
            scheduledFor = null;
        }
        track();
    }
}
