package io.herald.core;

import java.util.Objects;

/**
 * A join the protocol's {@link TopicPolicy} has decided and the router has not applied yet. The two
 * halves are apart so that a connection can ask the policy, which may query a database, while it
 * holds no lock, and then {@link #subscribe()} under its lock together with the frame that answers
 * the client: no push on the topic can overtake that answer, and a connection that closed or left
 * meanwhile simply does not subscribe.
 */
public final class Admission {

    private final String topic;
    private final JoinDecision decision;
    private final Runnable join;

    /** @param join puts the subscriber on the topic in its lane's registry */
    Admission(String topic, JoinDecision decision, Runnable join) {
        this.topic = topic;
        this.decision = Objects.requireNonNull(decision, "decision");
        this.join = join;
    }

    public String topic() {
        return topic;
    }

    public JoinDecision decision() {
        return decision;
    }

    public boolean allowed() {
        return decision == JoinDecision.ALLOWED;
    }

    /**
     * Subscribes if the policy allowed it; subscribing twice is subscribing once. Only a registry
     * update that never waits, so it may run under a connection's lock.
     *
     * @return true if the subscriber is on the topic now
     */
    public boolean subscribe() {
        if (!allowed()) {
            return false;
        }
        join.run();
        return true;
    }

    @Override
    public String toString() {
        return "Admission[" + topic + " " + decision + "]";
    }
}
