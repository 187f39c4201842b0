package io.herald.web.protocol.loom;

import io.herald.core.Admission;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import io.herald.protocol.loom.LoomAcks;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomHistory;
import io.herald.protocol.loom.LoomPolicy;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One ActionCable connection to Loom's {@code EventChannel}. The endpoint calls {@link #opened()},
 * {@link #onText}, {@link #ping()} every 3 seconds, {@link #shutdown()} when the server stops and
 * {@link #closed()}; the router calls {@link #deliver}.
 *
 * <p>Concurrency follows {@linkplain io.herald.web.delivery the connection rule}: state changes and
 * sends happen under the lock, so frames leave in the order they were decided. The policy's
 * decisions on a subscribe, and the history and ack reads of a replay, run with no lock held; a
 * subscription and its {@code confirm_subscription} are made together under the lock, and live
 * events for a subscription that is replaying wait in its buffer.
 */
public final class LoomConnection implements Subscriber<LoomPrincipal, LoomEvent> {

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

    private final Object lock = new Object();
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    /** How many subscriptions need each joined topic; the router knows this connection once per topic. */
    private final Map<String, Integer> topicUses = new HashMap<>();
    private boolean open;

    public LoomConnection(LoomTokenVerifier.Result authentication, Router router, Outbound outbound, Clock clock,
                          LoomHistory history, LoomAcks acks) {
        this.authentication = authentication;
        this.principal = switch (authentication) {
            case LoomTokenVerifier.Verified verified -> verified.principal();
            case LoomTokenVerifier.Refused refused -> null;
        };
        this.router = router;
        this.outbound = outbound;
        this.clock = clock;
        this.history = history;
        this.acks = acks;
    }

    @Override
    public Lane<LoomPrincipal, LoomEvent> lane() {
        return LoomPolicy.LANE;
    }

    @Override
    public LoomPrincipal principal() {
        return principal;
    }

    /** Welcomes an authenticated client; tells any other one it is unauthorized and closes. */
    public void opened() {
        synchronized (lock) {
            if (principal == null) {
                LOG.fine(() -> "Loom connection refused: " + authentication);
                send(ServerFrame.Disconnect.UNAUTHORIZED);
                outbound.close(NORMAL_CLOSURE, "unauthorized");
                return;
            }
            open = true;
            send(new ServerFrame.Welcome());
        }
    }

    public void ping() {
        synchronized (lock) {
            if (open) {
                send(new ServerFrame.Ping(clock.instant().getEpochSecond()));
            }
        }
    }

    public void shutdown() {
        synchronized (lock) {
            if (open) {
                send(ServerFrame.Disconnect.SERVER_RESTART);
                outbound.close(NORMAL_CLOSURE, "server_restart");
                close();
            }
        }
    }

    public void closed() {
        synchronized (lock) {
            close();
        }
    }

    /** Under the lock. */
    private void close() {
        open = false;
        router.leaveAll(this, List.copyOf(topicUses.keySet()));
        topicUses.clear();
        subscriptions.clear();
    }

    /** One client frame. Anything ActionCable would not act on is dropped without a reply. */
    public void onText(String text) {
        try {
            switch (LoomCodec.decode(text)) {
                case LoomCodec.Invalid invalid -> malformedFrames.report(invalid.reason(), "ignored");
                case LoomCodec.Valid(Command.Subscribe subscribe) -> subscribe(subscribe.identifier());
                case LoomCodec.Valid(Command.Unsubscribe unsubscribe) -> unsubscribe(unsubscribe.identifier());
                case LoomCodec.Valid(Command.Message message) -> message(message);
            }
        } catch (RuntimeException e) {
            // A bug or a failing port must cost this frame only, never the connection.
            failures.report("frame", e);
        }
    }

    private void subscribe(String identifier) {
        if (!isNew(identifier)) {
            return;
        }
        var parsed = LoomCodec.parseIdentifier(identifier);
        if (parsed.isEmpty()) {
            return;
        }
        ChannelIdentifier channel = parsed.get();
        Optional<List<Admission>> admitted = channel.isValidEventSubscription()
                ? admitAll(channel.events())
                : Optional.empty();
        Subscription subscription;
        synchronized (lock) {
            // Closed, or subscribed by a frame that overtook this one: the decisions are dropped unused.
            if (!open || subscriptions.containsKey(identifier)) {
                return;
            }
            if (admitted.isEmpty()) {
                send(new ServerFrame.RejectSubscription(identifier));
                return;
            }
            for (Admission admission : admitted.get()) {
                if (topicUses.merge(admission.topic(), 1, Integer::sum) == 1) {
                    admission.subscribe();
                }
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

    private boolean isNew(String identifier) {
        synchronized (lock) {
            return open && !subscriptions.containsKey(identifier);
        }
    }

    /**
     * The policy's decision on the topic of every name, with no lock held (the policy reads the
     * app's event names from the database); empty as soon as one is refused.
     */
    private Optional<List<Admission>> admitAll(List<String> names) {
        List<Admission> admissions = new ArrayList<>(names.size());
        for (String name : names) {
            Admission admission = router.admit(this, LoomTopics.of(principal.organizationId(), name));
            if (!admission.allowed()) {
                return Optional.empty();
            }
            admissions.add(admission);
        }
        return Optional.of(admissions);
    }

    private void unsubscribe(String identifier) {
        synchronized (lock) {
            Subscription subscription = subscriptions.remove(identifier);
            if (subscription == null) {
                return;
            }
            for (String name : subscription.names) {
                String topic = LoomTopics.of(principal.organizationId(), name);
                if (topicUses.merge(topic, -1, Integer::sum) <= 0) {
                    topicUses.remove(topic);
                    router.leave(this, topic);
                }
            }
        }
    }

    private void message(Command.Message message) {
        Subscription subscription;
        synchronized (lock) {
            subscription = open ? subscriptions.get(message.identifier()) : null;
        }
        var action = LoomCodec.parseAction(message.data());
        if (subscription == null || action.isEmpty()) {
            return;
        }
        switch (action.get()) {
            case Action.Rewind rewind -> rewind(subscription, rewind);
            case Action.Ack ack -> {
                if (subscription.atLeastOnce && !ack.ids().isEmpty()) {
                    acks.acknowledge(principal.organizationId(), principal.appId(), ack.ids());
                }
            }
            case Action.Invalid invalid when "rewind".equals(invalid.action()) -> {
                malformedFrames.report("rewind: " + invalid.reason(), "answered rewind_failed invalid_arguments");
                synchronized (lock) {
                    send(new ServerFrame.RewindFailed(subscription.identifier, "invalid_arguments"));
                }
            }
            case Action.Invalid invalid when "ack".equals(invalid.action()) ->
                    malformedFrames.report("ack: " + invalid.reason(), "ignored");
            // An action Herald does not know: ignored, as ActionCable ignores an unknown perform.
            case Action.Invalid unknown -> {
            }
        }
    }

    private void rewind(Subscription subscription, Action.Rewind rewind) {
        String organization = principal.organizationId();
        synchronized (lock) {
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
                synchronized (lock) {
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

    private void finishReplay(Subscription subscription, ServerFrame outcome) {
        synchronized (lock) {
            if (subscriptions.get(subscription.identifier) != subscription) {
                return;
            }
            if (outcome != null) {
                send(outcome);
            }
            subscription.buffering = false;
            for (Publication<LoomEvent> publication : subscription.buffer) {
                sendLive(subscription, publication);
            }
            subscription.buffer.clear();
        }
    }

    @Override
    public void deliver(String topic, Publication<LoomEvent> publication) {
        synchronized (lock) {
            if (!open) {
                return;
            }
            LoomEvent event = publication.payload();
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
    }

    /** Under the lock. A live event a replay already sent (same or lower store sequence) is dropped, never sent twice. */
    private void sendLive(Subscription subscription, Publication<LoomEvent> publication) {
        long sequence = publication.payload().sequence();
        if (sequence > 0 && sequence <= subscription.replayedThrough) {
            return;
        }
        String identifier = subscription.identifier;
        outbound.send(publication.render(new DeliveryFormat(identifier),
                p -> LoomCodec.encode(new ServerFrame.Delivery(identifier, p.payload()))));
    }

    /** Under the lock. */
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
        final List<Publication<LoomEvent>> buffer = new ArrayList<>();

        Subscription(String identifier, Set<String> names, boolean atLeastOnce) {
            this.identifier = identifier;
            this.names = Set.copyOf(names);
            this.atLeastOnce = atLeastOnce;
        }
    }
}
