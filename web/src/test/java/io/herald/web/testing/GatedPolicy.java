package io.herald.web.testing;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.TopicPolicy;
import java.util.Objects;

/**
 * A protocol's policy with a {@link Gate} in front of one join: the join of one topic by one
 * principal waits at the gate, as a join waits for a slow database; every other question goes
 * straight to the policy.
 */
public final class GatedPolicy implements TopicPolicy {

    private final TopicPolicy policy;
    private volatile Object gatedPrincipal;
    private volatile String gatedTopic;
    private volatile Gate gate;

    public GatedPolicy(TopicPolicy policy) {
        this.policy = policy;
    }

    /** From now on, {@code principal}'s join of {@code topic} waits at the returned gate. */
    public Gate gate(Object principal, String topic) {
        gatedPrincipal = Objects.requireNonNull(principal, "principal");
        gatedTopic = Objects.requireNonNull(topic, "topic");
        gate = new Gate();
        return gate;
    }

    @Override
    public Protocol protocol() {
        return policy.protocol();
    }

    @Override
    public JoinDecision mayJoin(Object principal, String topic) {
        Gate current = gate;
        if (current != null && topic.equals(gatedTopic) && principal.equals(gatedPrincipal)) {
            current.pass();
        }
        return policy.mayJoin(principal, topic);
    }

    @Override
    public boolean mayReceive(Object principal, Publication publication) {
        return policy.mayReceive(principal, publication);
    }
}
