package io.herald.web.protocol.ewallet;

import io.herald.core.Admission;
import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.ewallet.EwalletError;
import io.herald.protocol.ewallet.EwalletEvent;
import io.herald.protocol.ewallet.EwalletPolicy;
import io.herald.protocol.ewallet.EwalletPrincipal;
import io.herald.web.delivery.FrameFailures;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import io.herald.web.protocol.ewallet.EwalletFrame.ChannelEvent;
import io.herald.web.protocol.ewallet.EwalletFrame.Envelope;
import io.herald.web.protocol.ewallet.EwalletFrame.Heartbeat;
import io.herald.web.protocol.ewallet.EwalletFrame.Inbound;
import io.herald.web.protocol.ewallet.EwalletFrame.Join;
import io.herald.web.protocol.ewallet.EwalletFrame.Leave;
import io.herald.web.protocol.ewallet.EwalletFrame.Malformed;
import io.herald.web.protocol.ewallet.EwalletFrame.Ref;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One eWallet socket after its handshake: the channels it joined and the replies the protocol
 * owes. The endpoint feeds it texts and lifecycle calls; the router feeds it publications.
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: a join's policy
 * decision runs with no lock held; its subscription and its reply are made under the lock, so the
 * reply is queued before any push on the topic it joined, and no push is queued once a channel's
 * {@code phx_close} has been.
 */
public final class EwalletConnection implements Subscriber<EwalletPrincipal, EwalletEvent> {

    /** By default a socket that sends no frame for this long is closed; heartbeats keep it open. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** Close code and reason for an idle socket (a normal closure: nothing went wrong). */
    public static final int IDLE_CLOSE_CODE = 1000;
    public static final String IDLE_CLOSE_REASON = "idle timeout";

    /** The refusal of a join the server could not decide, in the words of the other connect errors. */
    static final EwalletError JOIN_CRASHED = EwalletError.of("websocket:connect_error", "join crashed");

    private final Router router;
    private final Outbound out;
    private final Clock clock;
    private final EwalletPrincipal principal;
    private final Duration idleTimeout;
    private final MalformedFrames malformedFrames = MalformedFrames.of(Protocol.EWALLET);
    private final FrameFailures failures = FrameFailures.of(Protocol.EWALLET);

    private final Object lock = new Object();
    /** Joined topic to the ref of the join that opened it, which its phx_close carries. */
    private final Map<String, Ref> joined = new HashMap<>();
    private Instant lastActivity;
    private boolean closed;

    public EwalletConnection(Router router, Outbound out, Clock clock, EwalletPrincipal principal) {
        this(router, out, clock, principal, IDLE_TIMEOUT);
    }

    /** @param idleTimeout how long the socket may go without a client frame */
    public EwalletConnection(Router router, Outbound out, Clock clock, EwalletPrincipal principal,
                             Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
        this.idleTimeout = idleTimeout;
        this.router = Objects.requireNonNull(router, "router");
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.principal = Objects.requireNonNull(principal, "principal");
        this.lastActivity = clock.instant();
    }

    @Override
    public Lane<EwalletPrincipal, EwalletEvent> lane() {
        return EwalletPolicy.LANE;
    }

    @Override
    public EwalletPrincipal principal() {
        return principal;
    }

    /** The socket is open. The protocol sends nothing on connect; the idle clock starts now. */
    public void opened() {
        synchronized (lock) {
            lastActivity = clock.instant();
        }
    }

    /** One text frame from the client. Never throws: bad input gets the protocol's error frame. */
    public void onText(String text) {
        onFrame(() -> EwalletCodec.decode(text));
    }

    /** One binary frame: read as the UTF-8 text of a text frame. */
    public void onBinary(ByteBuffer bytes) {
        onFrame(() -> EwalletCodec.decode(bytes));
    }

    private void onFrame(Supplier<Inbound> decoded) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            lastActivity = clock.instant();
        }
        switch (decoded.get()) {
            case Heartbeat heartbeat -> queue(Envelope.reply(EwalletFrame.PHOENIX_TOPIC, heartbeat.ref()));
            case Join join -> join(join);
            case Leave leave -> leave(leave);
            case ChannelEvent event -> channelEvent(event);
            case Malformed malformed -> {
                malformedFrames.report(malformed.reason(), "answered invalid_format");
                queue(Envelope.error(malformed.topic(), malformed.ref(), EwalletError.INVALID_FORMAT));
            }
        }
    }

    /** The socket is gone, whichever side closed it: drop every subscription. */
    public void closed() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            router.leaveAll(this, List.copyOf(joined.keySet()));
            joined.clear();
        }
    }

    /** False once the socket is gone. */
    public boolean isOpen() {
        synchronized (lock) {
            return !closed;
        }
    }

    /** When the socket becomes idle unless the client sends a frame first. */
    public Instant idleDeadline() {
        synchronized (lock) {
            return lastActivity.plus(idleTimeout);
        }
    }

    /**
     * Closes the socket if it has been idle for its idle timeout; the endpoint calls this at
     * (or after) {@link #idleDeadline()} and reschedules when it answers false.
     *
     * @return true if the socket was closed
     */
    public boolean closeIfIdle() {
        synchronized (lock) {
            if (closed || clock.instant().isBefore(lastActivity.plus(idleTimeout))) {
                return false;
            }
            out.close(IDLE_CLOSE_CODE, IDLE_CLOSE_REASON);
            return true;
        }
    }

    /** The topics this socket has joined, for the console and tests. */
    public List<String> joinedTopics() {
        synchronized (lock) {
            return List.copyOf(joined.keySet());
        }
    }

    @Override
    public void deliver(String topic, Publication<EwalletEvent> publication) {
        synchronized (lock) {
            // The router's view of subscriptions may lag a leave by a moment; ours does not.
            if (closed || !joined.containsKey(topic)) {
                return;
            }
            // The topic is part of the frame, so each topic is its own render of the publication.
            out.send(publication.render(topic, p -> EwalletCodec.encode(
                    Envelope.push(topic, p.payload()))));
        }
    }

    /*
     * The policy decides with no lock held, since it may query the directory; meanwhile a channel
     * already joined on the topic goes on receiving. A repeated join replaces the channel: the old
     * subscription is dropped whatever the new join's outcome, and its phx_close follows the new
     * join's reply.
     */
    private void join(Join join) {
        String topic = join.topic();
        Admission admission = null;
        EwalletError refusal;
        try {
            admission = router.admit(this, topic);
            refusal = admission.allowed() ? null : refusal(admission.decision());
        } catch (RuntimeException e) {
            // The directory behind the policy failed; the client may try again, the socket lives on.
            failures.report("join", e);
            refusal = JOIN_CRASHED;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            Ref previous = joined.remove(topic);
            if (refusal == null) {
                admission.subscribe();
                joined.put(topic, join.ref());
                send(Envelope.reply(topic, join.ref()));
            } else {
                if (previous != null) {
                    router.leave(this, topic);
                }
                send(Envelope.refusal(topic, join.ref(), refusal));
            }
            if (previous != null) {
                send(Envelope.close(topic, previous));
            }
        }
    }

    private void leave(Leave leave) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Ref joinRef = joined.remove(leave.topic());
            if (joinRef == null) {
                send(Envelope.refusal(leave.topic(), leave.ref(), EwalletError.UNMATCHED_TOPIC));
                return;
            }
            router.leave(this, leave.topic());
            send(Envelope.reply(leave.topic(), leave.ref()));
            send(Envelope.close(leave.topic(), joinRef));
        }
    }

    // The socket offers nothing to ask on a joined channel yet, so such events go unanswered.
    private void channelEvent(ChannelEvent event) {
        synchronized (lock) {
            if (!closed && !joined.containsKey(event.topic())) {
                send(Envelope.refusal(event.topic(), event.ref(), EwalletError.UNMATCHED_TOPIC));
            }
        }
    }

    private static EwalletError refusal(JoinDecision decision) {
        return switch (decision) {
            case FORBIDDEN -> EwalletError.FORBIDDEN_CHANNEL;
            case NOT_FOUND -> EwalletError.CHANNEL_NOT_FOUND;
            case UNMATCHED, ALLOWED -> EwalletError.UNMATCHED_TOPIC;
        };
    }

    /** Queues a frame unless the socket is gone. */
    private void queue(Envelope envelope) {
        synchronized (lock) {
            if (!closed) {
                send(envelope);
            }
        }
    }

    /** Under the lock. */
    private void send(Envelope envelope) {
        out.send(EwalletCodec.encode(envelope));
    }
}
