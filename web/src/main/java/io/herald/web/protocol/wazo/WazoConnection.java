package io.herald.web.protocol.wazo;

import io.herald.core.Admission;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.wazo.WazoAuthenticator;
import io.herald.protocol.wazo.WazoEvent;
import io.herald.protocol.wazo.WazoPolicy;
import io.herald.protocol.wazo.WazoPrincipal;
import io.herald.protocol.wazo.WazoTopics;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One Wazo client connection: authentication on open, then {@code subscribe}/{@code start}
 * (and, in version 2, {@code token}/{@code ping}), then bus events. Every failure is a close code
 * with no error message before it. The endpoint calls {@link #opened}, {@link #onText},
 * {@link #onBinary} and {@link #closed} one at a time; the router calls {@link #deliver} from
 * its own threads.
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: a token is checked
 * (by a directory that may be remote) with no lock held, and the outcome applied under the lock
 * unless the connection closed meanwhile.
 */
public final class WazoConnection implements Subscriber<WazoPrincipal, WazoEvent> {

    public static final int NO_TOKEN = 4001;
    public static final int AUTHENTICATION_FAILED = 4002;
    public static final int AUTHENTICATION_EXPIRED = 4003;
    public static final int PROTOCOL_ERROR = 4004;

    private static final Logger LOG = Logger.getLogger(WazoConnection.class.getName());

    private static final Function<Publication<WazoEvent>, String> V1_EVENT =
            publication -> WazoCodec.encodeEvent(publication.payload().body(), WazoVersion.V1);
    private static final Function<Publication<WazoEvent>, String> V2_EVENT =
            publication -> WazoCodec.encodeEvent(publication.payload().body(), WazoVersion.V2);

    private enum State { OPENING, READY, STARTED, CLOSED }

    private final Router router;
    private final WazoAuthenticator authenticator;
    private final Outbound out;
    private final Clock clock;
    private final MalformedFrames malformedFrames = MalformedFrames.of(Protocol.WAZO);

    private final Object lock = new Object();
    private State state = State.OPENING;
    private final Set<String> topics = new HashSet<>();
    private WazoVersion version = WazoVersion.V1;
    /** Written under the lock; read without it by the router and by the connection's timers. */
    private volatile WazoPrincipal principal;

    public WazoConnection(Router router, WazoAuthenticator authenticator, Outbound out, Clock clock) {
        this.router = Objects.requireNonNull(router, "router");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The WebSocket upgrade succeeded.
     *
     * @param tokenId the {@code token} query parameter, else the {@code X-Auth-Token} header; null if neither
     * @param versionParameter the {@code version} query parameter; null if absent
     */
    public void opened(String tokenId, String versionParameter) {
        Optional<WazoVersion> requested = WazoVersion.fromParameter(versionParameter);
        synchronized (lock) {
            if (state != State.OPENING) {
                return;
            }
            if (requested.isEmpty()) {
                shutdown(PROTOCOL_ERROR, "unsupported protocol version");
                return;
            }
            version = requested.get();
            if (tokenId == null || tokenId.isBlank()) {
                shutdown(NO_TOKEN, "no token");
                return;
            }
        }
        authenticate(tokenId).ifPresent(accepted -> {
            synchronized (lock) {
                if (state == State.OPENING) {
                    principal = accepted;
                    state = State.READY;
                    send(new WazoOp.Init());
                }
            }
        });
    }

    public void onText(String text) {
        WazoVersion dialect;
        synchronized (lock) {
            if (state != State.READY && state != State.STARTED) {
                return;
            }
            dialect = version;
        }
        switch (WazoCodec.decode(text, dialect)) {
            case WazoCodec.Invalid invalid -> {
                malformedFrames.report(invalid.reason(), "closed " + PROTOCOL_ERROR);
                shutdown(PROTOCOL_ERROR, "protocol error");
            }
            case WazoCodec.Ok(WazoOp.Subscribe subscribe) -> subscribe(subscribe.eventName());
            case WazoCodec.Ok(WazoOp.Start start) -> start();
            case WazoCodec.Ok(WazoOp.Token token) -> swapToken(token.tokenId());
            case WazoCodec.Ok(WazoOp.Ping ping) -> reply(new WazoOp.Pong(ping.payload()));
        }
    }

    /** Binary frames are not part of the protocol. */
    public void onBinary() {
        if (!isClosed()) {
            malformedFrames.report("binary frame", "closed " + PROTOCOL_ERROR);
            shutdown(PROTOCOL_ERROR, "protocol error");
        }
    }

    /** A client message went over the size limit: a frame the server cannot process, like any other. */
    public void onOversize() {
        shutdown(PROTOCOL_ERROR, "message too big");
    }

    /** The WebSocket is gone, whoever closed it. */
    public void closed() {
        synchronized (lock) {
            state = State.CLOSED;
            leaveAll();
        }
    }

    /**
     * When the current token expires, for the endpoint to schedule {@link #expire()}; empty before
     * authentication. Takes no lock.
     */
    public Optional<Instant> expiresAt() {
        WazoPrincipal who = principal;
        return who == null ? Optional.empty() : Optional.of(who.token().expiresAt());
    }

    /** The current token's id, so that a revocation can find its connections. Takes no lock. */
    public Optional<String> tokenId() {
        WazoPrincipal who = principal;
        return who == null ? Optional.empty() : Optional.of(who.token().id());
    }

    /**
     * Closes with 4003 if the current token has expired. A version 2 client may have swapped its
     * token meanwhile: then nothing happens and the endpoint schedules again at {@link #expiresAt()}.
     *
     * @return true if the connection was closed
     */
    public boolean expire() {
        synchronized (lock) {
            if (state == State.CLOSED || !expired()) {
                return false;
            }
            shutdown(AUTHENTICATION_EXPIRED, "token expired");
            return true;
        }
    }

    /** Whether the connection has closed or is closing; nothing more will be sent on it. */
    public boolean isClosed() {
        synchronized (lock) {
            return state == State.CLOSED;
        }
    }

    /** The token was deleted: close with 4003. */
    public void revoke() {
        shutdown(AUTHENTICATION_EXPIRED, "token revoked");
    }

    @Override
    public Lane<WazoPrincipal, WazoEvent> lane() {
        return WazoPolicy.LANE;
    }

    @Override
    public WazoPrincipal principal() {
        return principal;
    }

    /** Events before {@code start} are dropped, not kept for later. */
    @Override
    public void deliver(String topic, Publication<WazoEvent> publication) {
        synchronized (lock) {
            if (state != State.STARTED) {
                return;
            }
            if (expired()) {
                shutdown(AUTHENTICATION_EXPIRED, "token expired");
                return;
            }
            out.send(publication.render(version, version == WazoVersion.V1 ? V1_EVENT : V2_EVENT));
        }
    }

    private void subscribe(String eventName) {
        String topic = WazoTopics.forEventName(eventName);
        Admission admission = router.admit(this, topic);
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            if (admission.subscribe()) {
                topics.add(topic);
            }
            if (repliesNow()) {
                send(new WazoOp.Subscribed());
            }
        }
    }

    private void start() {
        synchronized (lock) {
            if (state != State.READY && state != State.STARTED) {
                return;
            }
            // The reply goes out before the state changes, so no event can overtake it.
            if (repliesNow()) {
                send(new WazoOp.Started());
            }
            state = State.STARTED;
        }
    }

    /** Version 2: the new token is checked with no lock held; a refused one closes with 4002. */
    private void swapToken(String tokenId) {
        authenticate(tokenId).ifPresent(accepted -> {
            synchronized (lock) {
                if (state != State.CLOSED) {
                    principal = accepted;
                    send(new WazoOp.TokenChanged());
                }
            }
        });
    }

    private void reply(WazoOp.FromServer message) {
        synchronized (lock) {
            if (state != State.CLOSED) {
                send(message);
            }
        }
    }

    /** Under the lock. Version 1 answers only until started, when the stream becomes pure event bodies. */
    private boolean repliesNow() {
        return version == WazoVersion.V2 || state == State.READY;
    }

    /** With no lock held: the token directory may be remote. A refused token closes with 4002. */
    private Optional<WazoPrincipal> authenticate(String tokenId) {
        return switch (authenticator.authenticate(tokenId)) {
            case WazoAuthenticator.Accepted accepted -> Optional.of(accepted.principal());
            case WazoAuthenticator.Refused refused -> {
                LOG.fine(() -> "wazo authentication refused: " + refused.reason());
                shutdown(AUTHENTICATION_FAILED, "authentication failed");
                yield Optional.empty();
            }
        };
    }

    private boolean expired() {
        WazoPrincipal who = principal;
        return who != null && !clock.instant().isBefore(who.token().expiresAt());
    }

    /** Under the lock. */
    private void send(WazoOp.FromServer message) {
        out.send(WazoCodec.encode(message, version));
    }

    private void shutdown(int code, String reason) {
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            leaveAll();
            out.close(code, reason);
        }
    }

    /** Under the lock. */
    private void leaveAll() {
        router.leaveAll(this, List.copyOf(topics));
        topics.clear();
    }
}
