package io.herald.web.protocol.loom;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.loom.LoomAcks;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomHistory;
import io.herald.protocol.loom.LoomPrincipal;
import io.herald.protocol.loom.LoomTokenVerifier;
import io.herald.protocol.loom.LoomTopics;
import io.herald.web.delivery.FrameFailures;
import io.herald.web.delivery.MalformedFrames;
import io.herald.web.delivery.Outbound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One ActionCable connection to Loom's {@code EventChannel}. The endpoint calls {@link #opened()},
 * {@link #onText}, {@link #ping()} every 3 seconds, {@link #shutdown()} when the server stops and
 * {@link #closed()}; the router calls {@link #deliver}. State changes and sends happen under this
 * object's lock so frames leave in the order they were decided; the history reads of a replay run
 * outside it, while live events for that subscription wait in its buffer.
 */
public final class LoomConnection implements Subscriber {

    private static final Logger LOG = Logger.getLogger(LoomConnection.class.getName());
    /** ActionCable closes with a normal closure after its disconnect frame. */
    static final int NORMAL_CLOSURE = 1000;
    static final int REPLAY_PAGE = 500;

    private final LoomTokenVerifier.Result authentication;
    private final LoomPrincipal principal;
    private final Router router;
    private final Outbound outbound;
    private final Clock clock;
    private final LoomHistory history;
    private final LoomAcks acks;
    private final MalformedFrames malformedFrames = MalformedFrames.of(Protocol.LOOM);
    private final FrameFailures failures = FrameFailures.of(Protocol.LOOM);

    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    /** How many subscriptions need each joined topic; the router knows this connection once per topic. */
    private final Map<String, Integer> topicUses = new HashMap<>();
    private boolean open;

    public LoomConnection(LoomTokenVerifier.Result authentication, Router router, Outbound outbound, Clock clock,
                          LoomHistory history, LoomAcks acks) {
        this.authentication = authentication;
        this.principal = authentication instanceof LoomTokenVerifier.Verified v ? v.principal() : null;
        this.router = router;
        this.outbound = outbound;
        this.clock = clock;
        this.history = history;
        this.acks = acks;
    }

    @Override
    public Protocol protocol() {
        return Protocol.LOOM;
    }

    @Override
    public LoomPrincipal principal() {
        return principal;
    }

    /** Welcomes an authenticated client; tells any other one it is unauthorized and closes. */
    public synchronized void opened() {
        if (principal == null) {
            LOG.fine(() -> "Loom connection refused: " + authentication);
            send(ServerFrame.Disconnect.UNAUTHORIZED);
            outbound.close(NORMAL_CLOSURE, "unauthorized");
            return;
        }
        open = true;
        send(new ServerFrame.Welcome());
    }

    public synchronized void ping() {
        if (open) {
            send(new ServerFrame.Ping(clock.instant().getEpochSecond()));
        }
    }

    public synchronized void shutdown() {
        if (open) {
            send(ServerFrame.Disconnect.SERVER_RESTART);
            outbound.close(NORMAL_CLOSURE, "server_restart");
            closed();
        }
    }

    public synchronized void closed() {
        open = false;
        router.leaveAll(this, List.copyOf(topicUses.keySet()));
        topicUses.clear();
        subscriptions.clear();
    }

    /** One client frame. Anything ActionCable would not act on is dropped without a reply. */
    public void onText(String text) {
        try {
            LoomCodec.Decoded decoded = LoomCodec.decode(text);
            if (!(decoded instanceof LoomCodec.Valid valid)) {
                malformedFrames.report(((LoomCodec.Invalid) decoded).reason(), "ignored");
                return;
            }
            Command command = valid.command();
            if (command instanceof Command.Subscribe subscribe) {
                subscribe(subscribe.identifier());
            } else if (command instanceof Command.Unsubscribe unsubscribe) {
                unsubscribe(unsubscribe.identifier());
            } else if (command instanceof Command.Message message) {
                message(message);
            }
        } catch (RuntimeException e) {
            // A bug or a failing port must cost this frame only, never the connection.
            failures.report("frame", e);
        }
    }

    private void subscribe(String identifier) {
        Subscription subscription;
        synchronized (this) {
            if (!open || subscriptions.containsKey(identifier)) {
                return;
            }
            var parsed = LoomCodec.parseIdentifier(identifier);
            if (parsed.isEmpty()) {
                return;
            }
            ChannelIdentifier channel = parsed.get();
            if (!channel.isValidEventSubscription() || !joinAll(channel.events())) {
                send(new ServerFrame.RejectSubscription(identifier));
                return;
            }
            subscription = new Subscription(identifier, new LinkedHashSet<>(channel.events()),
                    channel.delivery() == ChannelIdentifier.Delivery.AT_LEAST_ONCE);
            subscriptions.put(identifier, subscription);
            send(new ServerFrame.ConfirmSubscription(identifier));
            if (!subscription.atLeastOnce) {
                return;
            }
            subscription.buffering = true;
        }
        redeliverUnacknowledged(subscription);
    }

    /** Joins the topic of every name, or none of them when the policy refuses one. */
    private boolean joinAll(List<String> names) {
        List<String> joined = new ArrayList<>();
        for (String name : names) {
            String topic = LoomTopics.of(principal.organizationId(), name);
            if (!topicUses.containsKey(topic)) {
                if (router.join(this, topic) != JoinDecision.ALLOWED) {
                    leaveAll(joined);
                    return false;
                }
            }
            topicUses.merge(topic, 1, Integer::sum);
            joined.add(topic);
        }
        return true;
    }

    private void leaveAll(List<String> topics) {
        for (String topic : topics) {
            if (topicUses.merge(topic, -1, Integer::sum) <= 0) {
                topicUses.remove(topic);
                router.leave(this, topic);
            }
        }
    }

    private synchronized void unsubscribe(String identifier) {
        Subscription subscription = subscriptions.remove(identifier);
        if (subscription != null) {
            leaveAll(subscription.names.stream().map(n -> LoomTopics.of(principal.organizationId(), n)).toList());
        }
    }

    private void message(Command.Message message) {
        Subscription subscription;
        synchronized (this) {
            subscription = open ? subscriptions.get(message.identifier()) : null;
        }
        var action = LoomCodec.parseAction(message.data());
        if (subscription == null || action.isEmpty()) {
            return;
        }
        if (action.get() instanceof Action.Rewind rewind) {
            rewind(subscription, rewind);
        } else if (action.get() instanceof Action.Ack ack) {
            if (subscription.atLeastOnce && !ack.ids().isEmpty()) {
                acks.acknowledge(principal.organizationId(), principal.appId(), ack.ids());
            }
        } else if (action.get() instanceof Action.Invalid invalid && "rewind".equals(invalid.action())) {
            malformedFrames.report("rewind: " + invalid.reason(), "answered rewind_failed invalid_arguments");
            synchronized (this) {
                send(new ServerFrame.RewindFailed(subscription.identifier, "invalid_arguments"));
            }
        } else if (action.get() instanceof Action.Invalid invalid && "ack".equals(invalid.action())) {
            malformedFrames.report("ack: " + invalid.reason(), "ignored");
        }
    }

    private void rewind(Subscription subscription, Action.Rewind rewind) {
        String organization = principal.organizationId();
        synchronized (this) {
            if (subscription.buffering) {
                send(new ServerFrame.RewindFailed(subscription.identifier, "rewind_in_progress"));
                return;
            }
            // Buffer live events before reading history, so none can fall between the two.
            subscription.buffering = true;
        }
        long start;
        try {
            if (rewind.sinceId() != null) {
                OptionalLong sequence = history.sequenceOf(organization, rewind.sinceId());
                if (sequence.isEmpty()) {
                    finishReplay(subscription, new ServerFrame.RewindFailed(subscription.identifier, "unknown_event"));
                    return;
                }
                start = sequence.getAsLong();
            } else {
                start = history.sequenceBefore(organization, rewind.since());
            }
        } catch (RuntimeException e) {
            failures.report("rewind reading history", e);
            finishReplay(subscription, new ServerFrame.RewindFailed(subscription.identifier, "unavailable"));
            return;
        }
        replay(subscription, start, (after, limit) -> history.after(organization, subscription.names, after, limit), true);
    }

    private void redeliverUnacknowledged(Subscription subscription) {
        String organization = principal.organizationId();
        String app = principal.appId();
        try {
            acks.enroll(organization, app);
        } catch (RuntimeException e) {
            failures.report("ack enrollment", e);
        }
        replay(subscription, 0, (after, limit) -> acks.unacknowledged(organization, app, subscription.names, after, limit),
                false);
    }

    private interface Source {
        List<LoomEvent> page(long afterSequence, int limit);
    }

    /** Sends stored events page by page, then the live events buffered meanwhile that were not among them. */
    private void replay(Subscription subscription, long start, Source source, boolean announce) {
        long cursor = start;
        int replayed = 0;
        try {
            while (true) {
                List<LoomEvent> page = source.page(cursor, REPLAY_PAGE);
                synchronized (this) {
                    if (subscriptions.get(subscription.identifier) != subscription) {
                        return;
                    }
                    for (LoomEvent event : page) {
                        send(new ServerFrame.Delivery(subscription.identifier, event));
                        cursor = Math.max(cursor, event.sequence());
                        subscription.replayedThrough = Math.max(subscription.replayedThrough, event.sequence());
                        replayed++;
                    }
                }
                if (page.size() < REPLAY_PAGE) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            failures.report("replay after " + replayed + " events", e);
            finishReplay(subscription, announce ? new ServerFrame.RewindFailed(subscription.identifier, "unavailable") : null);
            return;
        }
        finishReplay(subscription, announce ? new ServerFrame.RewindComplete(subscription.identifier, replayed) : null);
    }

    private synchronized void finishReplay(Subscription subscription, ServerFrame outcome) {
        if (subscriptions.get(subscription.identifier) != subscription) {
            return;
        }
        if (outcome != null) {
            send(outcome);
        }
        subscription.buffering = false;
        for (Publication publication : subscription.buffer) {
            sendLive(subscription, publication);
        }
        subscription.buffer.clear();
    }

    @Override
    public synchronized void deliver(String topic, Publication publication) {
        if (!open) {
            return;
        }
        LoomEvent event = publication.payload(LoomEvent.class);
        for (Subscription subscription : subscriptions.values()) {
            if (!subscription.names.contains(event.name())) {
                continue;
            }
            if (subscription.buffering) {
                subscription.buffer.add(publication);
            } else {
                sendLive(subscription, publication);
            }
        }
    }

    /** A live event a replay already sent (same or lower store sequence) is dropped, never sent twice. */
    private void sendLive(Subscription subscription, Publication publication) {
        long sequence = publication.payload(LoomEvent.class).sequence();
        if (sequence > 0 && sequence <= subscription.replayedThrough) {
            return;
        }
        String identifier = subscription.identifier;
        outbound.send(publication.render(new DeliveryFormat(identifier),
                p -> LoomCodec.encode(new ServerFrame.Delivery(identifier, p.payload(LoomEvent.class)))));
    }

    private void send(ServerFrame frame) {
        outbound.send(LoomCodec.encode(frame));
    }

    /** Render-cache key: a delivery's bytes depend only on the event and the identifier string. */
    record DeliveryFormat(String identifier) {
    }

    private static final class Subscription {
        final String identifier;
        final Set<String> names;
        final boolean atLeastOnce;
        boolean buffering;
        long replayedThrough;
        final List<Publication> buffer = new ArrayList<>();

        Subscription(String identifier, Set<String> names, boolean atLeastOnce) {
            this.identifier = identifier;
            this.names = Set.copyOf(names);
            this.atLeastOnce = atLeastOnce;
        }
    }
}
