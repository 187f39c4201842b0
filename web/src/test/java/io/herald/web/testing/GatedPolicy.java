package io.herald.web.testing;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.TopicPolicy;
import java.util.Objects;

/**
 * A protocol's policy with a {@link Gate} in front of one join: the join of one topic by one
 * principal waits at the gate, as a join waits for a slow database; every other question goes
 * straight to the policy.
 */
public final class GatedPolicy<P, E> implements TopicPolicy<P, E> {

    private final TopicPolicy<P, E> policy;
    private volatile P gatedPrincipal;
    private volatile String gatedTopic;
    private volatile Gate gate;

    public GatedPolicy(TopicPolicy<P, E> policy) {
        this.policy = policy;
    }

    /** From now on, {@code principal}'s join of {@code topic} waits at the returned gate. */
    public Gate gate(P principal, String topic) {
        gatedPrincipal = Objects.requireNonNull(principal, "principal");
        gatedTopic = Objects.requireNonNull(topic, "topic");
        gate = new Gate();
        return gate;
    }

    @Override
    public Lane<P, E> lane() {
        return policy.lane();
    }

    @Override
    public JoinDecision mayJoin(P principal, String topic) {
        Gate current = gate;
        if (current != null && topic.equals(gatedTopic) && principal.equals(gatedPrincipal)) {
            current.pass();
        }
        return policy.mayJoin(principal, topic);
    }

    @Override
    public boolean mayReceive(P principal, E event) {
        return policy.mayReceive(principal, event);
    }
}
