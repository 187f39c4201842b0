package io.herald.core;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Subscriptions and fan-out for every protocol. Joins go through the protocol's
 * {@link TopicPolicy}, decided apart from being applied ({@link Admission}); publications arrive
 * as CDI events and go out only once the transaction that produced them has committed.
 */
@ApplicationScoped
public class Router {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final Map<Protocol, Route<?, ?>> routes = new EnumMap<>(Protocol.class);
    private HeraldMetrics metrics;

    @Inject
    @Any
    Instance<TopicPolicy<?, ?>> policyBeans;

    @Inject
    HeraldMetrics injectedMetrics;

    /** For CDI. */
    public Router() {
    }

    /** Outside a container: the given policies and metrics, nothing injected. */
    public Router(Iterable<? extends TopicPolicy<?, ?>> policies, HeraldMetrics metrics) {
        this.metrics = metrics;
        policies.forEach(this::register);
    }

    @PostConstruct
    void init() {
        metrics = injectedMetrics;
        policyBeans.forEach(this::register);
    }

    private <P, E> void register(TopicPolicy<P, E> policy) {
        Route<?, ?> previous = routes.put(policy.lane().protocol(), new Route<>(policy));
        if (previous != null) {
            throw new IllegalStateException("two topic policies for " + policy.lane().protocol());
        }
    }

    /**
     * Asks the protocol's policy whether the subscriber may join the topic, and subscribes nothing:
     * the caller applies the answer with {@link Admission#subscribe()}. The policy may query a
     * database, so a connection calls this holding no lock of its own.
     */
    public <P, E> Admission admit(Subscriber<P, E> subscriber, String topic) {
        return admitAs(subscriber, subscriber.principal(), topic);
    }

    /**
     * {@link #admit}, with the policy deciding on the principal the subscriber is about to have: for
     * a connection that authenticates in-band and takes its principal with the join that follows.
     */
    public <P, E> Admission admitAs(Subscriber<P, E> subscriber, P principal, String topic) {
        Route<P, E> route = route(subscriber.lane());
        JoinDecision decision = route.policy.mayJoin(principal, topic);
        return new Admission(topic, decision, () -> route.registry.add(topic, subscriber));
    }

    /**
     * Subscribes when the protocol's policy allows it, and says why not otherwise: {@link #admit}
     * and its subscribe at once, for a caller that holds no lock and sends no answer.
     */
    public <P, E> JoinDecision join(Subscriber<P, E> subscriber, String topic) {
        Admission admission = admit(subscriber, topic);
        admission.subscribe();
        return admission.decision();
    }

    /** @return true if the subscriber was on the topic */
    public <P, E> boolean leave(Subscriber<P, E> subscriber, String topic) {
        return route(subscriber.lane()).registry.remove(topic, subscriber);
    }

    public <P, E> void leaveAll(Subscriber<P, E> subscriber, Iterable<String> topics) {
        TopicRegistry<Subscriber<P, E>> registry = route(subscriber.lane()).registry;
        for (String topic : topics) {
            registry.remove(topic, subscriber);
        }
    }

    public <P, E> boolean isSubscribed(Subscriber<P, E> subscriber, String topic) {
        return route(subscriber.lane()).registry.isSubscribed(topic, subscriber);
    }

    /** Called by CDI once the ingesting transaction has committed; never for a rolled back one. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Publication<?> publication) {
        publish(publication);
    }

    /**
     * Hands the publication to every subscriber of its topics that may receive it. Subscribers
     * only queue the frame, so one slow client never holds up the caller or the others.
     */
    public <E> void publish(Publication<E> publication) {
        if (!publication.topics().isEmpty()) {
            fanOut(route(publication.lane()), publication);
        }
    }

    private <P, E> void fanOut(Route<P, E> route, Publication<E> publication) {
        Set<Subscriber<P, E>> reached = publication.fanout() == Fanout.ONCE && publication.topics().size() > 1
                ? Collections.newSetFromMap(new IdentityHashMap<>())
                : null;
        for (String topic : publication.topics()) {
            for (Subscriber<P, E> subscriber : route.registry.subscribers(topic)) {
                if (reached != null && !reached.add(subscriber)) {
                    continue;
                }
                deliver(subscriber, topic, publication, route.policy);
            }
        }
    }

    private <P, E> void deliver(Subscriber<P, E> subscriber, String topic, Publication<E> publication,
            TopicPolicy<P, E> policy) {
        try {
            if (policy.mayReceive(subscriber.principal(), publication.payload())) {
                subscriber.deliver(topic, publication);
            }
        } catch (RuntimeException e) {
            // One broken connection must not cost the other subscribers their copy.
            metrics.dropped(publication.protocol());
            LOG.log(Level.WARNING, "delivery of " + publication + " to a subscriber failed", e);
        }
    }

    /** The subscribers of one topic now (a copy, for inspection). */
    public <P, E> Set<Subscriber<P, E>> subscribersOf(Lane<P, E> lane, String topic) {
        return Set.copyOf(route(lane).registry.subscribers(topic));
    }

    public int topicCount(Protocol protocol) {
        Route<?, ?> route = routes.get(protocol);
        return route == null ? 0 : route.registry.topicCount();
    }

    /**
     * The route of a lane. Its one unchecked cast is sound because a route is stored under its
     * policy's lane and handed out only to a caller presenting that same lane (with its types).
     */
    private <P, E> Route<P, E> route(Lane<P, E> lane) {
        Route<?, ?> route = routes.get(lane.protocol());
        if (route == null) {
            throw new IllegalStateException("no topic policy for " + lane.protocol());
        }
        if (!route.policy.lane().equals(lane)) {
            throw new IllegalStateException("lane " + lane + " is not the policy's lane " + route.policy.lane());
        }
        @SuppressWarnings("unchecked")
        Route<P, E> typed = (Route<P, E>) route;
        return typed;
    }

    /** One lane's policy and the subscribers of its topics. */
    private static final class Route<P, E> {

        final TopicPolicy<P, E> policy;
        final TopicRegistry<Subscriber<P, E>> registry = new TopicRegistry<>();

        Route(TopicPolicy<P, E> policy) {
            this.policy = policy;
        }
    }
}
