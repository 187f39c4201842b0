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

    private final Map<Protocol, TopicRegistry> registries = new EnumMap<>(Protocol.class);
    private final Map<Protocol, TopicPolicy> policies = new EnumMap<>(Protocol.class);
    private HeraldMetrics metrics;

    @Inject
    @Any
    Instance<TopicPolicy> policyBeans;

    @Inject
    HeraldMetrics injectedMetrics;

    /** For CDI. */
    public Router() {
    }

    /** Outside a container: the given policies and metrics, nothing injected. */
    public Router(Iterable<? extends TopicPolicy> policies, HeraldMetrics metrics) {
        this.metrics = metrics;
        policies.forEach(this::register);
        initRegistries();
    }

    @PostConstruct
    void init() {
        metrics = injectedMetrics;
        policyBeans.forEach(this::register);
        initRegistries();
    }

    private void register(TopicPolicy policy) {
        TopicPolicy previous = policies.put(policy.protocol(), policy);
        if (previous != null) {
            throw new IllegalStateException("two topic policies for " + policy.protocol());
        }
    }

    private void initRegistries() {
        for (Protocol protocol : Protocol.values()) {
            registries.put(protocol, new TopicRegistry());
        }
    }

    /**
     * Asks the protocol's policy whether the subscriber may join the topic, and subscribes nothing:
     * the caller applies the answer with {@link Admission#subscribe()}. The policy may query a
     * database, so a connection calls this holding no lock of its own.
     */
    public Admission admit(Subscriber subscriber, String topic) {
        return admitAs(subscriber, subscriber.principal(), topic);
    }

    /**
     * {@link #admit}, with the policy deciding on the principal the subscriber is about to have: for
     * a connection that authenticates in-band and takes its principal with the join that follows.
     */
    public Admission admitAs(Subscriber subscriber, Object principal, String topic) {
        JoinDecision decision = policy(subscriber.protocol()).mayJoin(principal, topic);
        return new Admission(registries.get(subscriber.protocol()), subscriber, topic, decision);
    }

    /**
     * Subscribes when the protocol's policy allows it, and says why not otherwise: {@link #admit}
     * and its subscribe at once, for a caller that holds no lock and sends no answer.
     */
    public JoinDecision join(Subscriber subscriber, String topic) {
        Admission admission = admit(subscriber, topic);
        admission.subscribe();
        return admission.decision();
    }

    /** @return true if the subscriber was on the topic */
    public boolean leave(Subscriber subscriber, String topic) {
        return registries.get(subscriber.protocol()).remove(topic, subscriber);
    }

    public void leaveAll(Subscriber subscriber, Iterable<String> topics) {
        TopicRegistry registry = registries.get(subscriber.protocol());
        for (String topic : topics) {
            registry.remove(topic, subscriber);
        }
    }

    public boolean isSubscribed(Subscriber subscriber, String topic) {
        return registries.get(subscriber.protocol()).isSubscribed(topic, subscriber);
    }

    /** Called by CDI once the ingesting transaction has committed; never for a rolled back one. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Publication publication) {
        publish(publication);
    }

    /**
     * Hands the publication to every subscriber of its topics that may receive it. Subscribers
     * only queue the frame, so one slow client never holds up the caller or the others.
     */
    public void publish(Publication publication) {
        TopicRegistry registry = registries.get(publication.protocol());
        TopicPolicy policy = policy(publication.protocol());
        Set<Subscriber> reached = publication.fanout() == Fanout.ONCE && publication.topics().size() > 1
                ? Collections.newSetFromMap(new IdentityHashMap<>())
                : null;
        for (String topic : publication.topics()) {
            for (Subscriber subscriber : registry.subscribers(topic)) {
                if (reached != null && !reached.add(subscriber)) {
                    continue;
                }
                deliver(subscriber, topic, publication, policy);
            }
        }
    }

    private void deliver(Subscriber subscriber, String topic, Publication publication, TopicPolicy policy) {
        try {
            if (policy.mayReceive(subscriber.principal(), publication)) {
                subscriber.deliver(topic, publication);
            }
        } catch (RuntimeException e) {
            // One broken connection must not cost the other subscribers their copy.
            metrics.dropped(publication.protocol());
            LOG.log(Level.WARNING, "delivery of " + publication + " to a subscriber failed", e);
        }
    }

    /** The subscribers of one topic now (a copy, for inspection). */
    public Set<Subscriber> subscribersOf(Protocol protocol, String topic) {
        return Set.copyOf(registries.get(protocol).subscribers(topic));
    }

    public int topicCount(Protocol protocol) {
        return registries.get(protocol).topicCount();
    }

    private TopicPolicy policy(Protocol protocol) {
        TopicPolicy policy = policies.get(protocol);
        if (policy == null) {
            throw new IllegalStateException("no topic policy for " + protocol);
        }
        return policy;
    }
}
