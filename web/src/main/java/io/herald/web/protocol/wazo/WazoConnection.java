package io.herald.web.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.wazo.WazoAuthenticator;
import io.herald.protocol.wazo.WazoEvent;
import io.herald.protocol.wazo.WazoPrincipal;
import io.herald.protocol.wazo.WazoTopics;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One Wazo client connection: authentication on open, then {@code subscribe}/{@code start}
 * (and, in version 2, {@code token}/{@code ping}), then bus events. Every failure is a close code
 * with no error message before it. The endpoint calls {@link #opened}, {@link #onText},
 * {@link #onBinary} and {@link #closed} one at a time; the router calls {@link #deliver} from
 * its own threads.
 */
public final class WazoConnection implements Subscriber {

    public static final int NO_TOKEN = 4001;
    public static final int AUTHENTICATION_FAILED = 4002;
    public static final int AUTHENTICATION_EXPIRED = 4003;
    public static final int PROTOCOL_ERROR = 4004;

    private static final Logger LOG = Logger.getLogger(WazoConnection.class.getName());

    private static final Function<Publication, String> V1_EVENT =
            publication -> WazoCodec.encodeEvent(publication.payload(WazoEvent.class).body(), WazoVersion.V1);
    private static final Function<Publication, String> V2_EVENT =
            publication -> WazoCodec.encodeEvent(publication.payload(WazoEvent.class).body(), WazoVersion.V2);

    private enum State { OPENING, READY, STARTED, CLOSED }

    private final Router router;
    private final WazoAuthenticator authenticator;
    private final Outbound out;
    private final Clock clock;
    private final MalformedFrames malformedFrames = MalformedFrames.of(Protocol.WAZO);

    private final AtomicReference<State> state = new AtomicReference<>(State.OPENING);
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private volatile WazoVersion version = WazoVersion.V1;
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
        if (state.get() != State.OPENING) {
            return;
        }
        Optional<WazoVersion> requested = WazoVersion.fromParameter(versionParameter);
        if (requested.isEmpty()) {
            shutdown(PROTOCOL_ERROR, "unsupported protocol version");
            return;
        }
        version = requested.get();
        if (tokenId == null || tokenId.isBlank()) {
            shutdown(NO_TOKEN, "no token");
            return;
        }
        if (authenticate(tokenId) && state.compareAndSet(State.OPENING, State.READY)) {
            send(new WazoOp.Init());
        }
    }

    public void onText(String text) {
        State now = state.get();
        if (now != State.READY && now != State.STARTED) {
            return;
        }
        WazoCodec.Decoded decoded = WazoCodec.decode(text, version);
        if (decoded instanceof WazoCodec.Invalid invalid) {
            malformedFrames.report(invalid.reason(), "closed " + PROTOCOL_ERROR);
            shutdown(PROTOCOL_ERROR, "protocol error");
            return;
        }
        WazoOp.FromClient op = ((WazoCodec.Ok) decoded).op();
        if (op instanceof WazoOp.Subscribe subscribe) {
            subscribe(subscribe.eventName());
        } else if (op instanceof WazoOp.Start) {
            start();
        } else if (op instanceof WazoOp.Token token) {
            if (authenticate(token.tokenId())) {
                send(new WazoOp.TokenChanged());
            }
        } else if (op instanceof WazoOp.Ping ping) {
            send(new WazoOp.Pong(ping.payload()));
        }
    }

    /** Binary frames are not part of the protocol. */
    public void onBinary() {
        if (state.get() != State.CLOSED) {
            malformedFrames.report("binary frame", "closed " + PROTOCOL_ERROR);
            shutdown(PROTOCOL_ERROR, "protocol error");
        }
    }

    /** A client message went over the size limit: a frame the server cannot process, like any other. */
    public void onOversize() {
        if (state.get() != State.CLOSED) {
            shutdown(PROTOCOL_ERROR, "message too big");
        }
    }

    /** The WebSocket is gone, whoever closed it. */
    public void closed() {
        state.set(State.CLOSED);
        leaveAll();
    }

    /** When the current token expires, for the endpoint to schedule {@link #expire()}; empty before authentication. */
    public Optional<Instant> expiresAt() {
        WazoPrincipal who = principal;
        return who == null ? Optional.empty() : Optional.of(who.token().expiresAt());
    }

    /** The current token's id, so that a revocation can find its connections. */
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
        if (state.get() == State.CLOSED || !expired()) {
            return false;
        }
        shutdown(AUTHENTICATION_EXPIRED, "token expired");
        return true;
    }

    /** Whether the connection has closed or is closing; nothing more will be sent on it. */
    public boolean isClosed() {
        return state.get() == State.CLOSED;
    }

    /** The token was deleted: close with 4003. */
    public void revoke() {
        shutdown(AUTHENTICATION_EXPIRED, "token revoked");
    }

    @Override
    public Protocol protocol() {
        return Protocol.WAZO;
    }

    @Override
    public Object principal() {
        return principal;
    }

    /** Events before {@code start} are dropped, not kept for later. */
    @Override
    public void deliver(String topic, Publication publication) {
        if (state.get() != State.STARTED) {
            return;
        }
        if (expired()) {
            shutdown(AUTHENTICATION_EXPIRED, "token expired");
            return;
        }
        WazoVersion dialect = version;
        out.send(publication.render(dialect, dialect == WazoVersion.V1 ? V1_EVENT : V2_EVENT));
    }

    private void subscribe(String eventName) {
        String topic = WazoTopics.forEventName(eventName);
        if (topics.add(topic)) {
            router.join(this, topic);
        }
        if (repliesNow()) {
            send(new WazoOp.Subscribed());
        }
    }

    private void start() {
        // The reply goes out before the state changes, so no event can overtake it.
        if (repliesNow()) {
            send(new WazoOp.Started());
        }
        state.compareAndSet(State.READY, State.STARTED);
    }

    /** Version 1 answers only until started, when the stream becomes pure event bodies. */
    private boolean repliesNow() {
        return version == WazoVersion.V2 || state.get() == State.READY;
    }

    private boolean authenticate(String tokenId) {
        WazoAuthenticator.Outcome outcome = authenticator.authenticate(tokenId);
        if (outcome instanceof WazoAuthenticator.Accepted accepted) {
            principal = accepted.principal();
            return true;
        }
        LOG.fine(() -> "wazo authentication refused: " + ((WazoAuthenticator.Refused) outcome).reason());
        shutdown(AUTHENTICATION_FAILED, "authentication failed");
        return false;
    }

    private boolean expired() {
        WazoPrincipal who = principal;
        return who != null && !clock.instant().isBefore(who.token().expiresAt());
    }

    private void send(WazoOp.FromServer message) {
        out.send(WazoCodec.encode(message, version));
    }

    private void shutdown(int code, String reason) {
        if (state.getAndSet(State.CLOSED) == State.CLOSED) {
            return;
        }
        leaveAll();
        out.close(code, reason);
    }

    private void leaveAll() {
        router.leaveAll(this, topics);
        topics.clear();
    }
}
