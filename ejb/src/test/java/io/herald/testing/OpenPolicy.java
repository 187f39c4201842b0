package io.herald.testing;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;

/**
 * A policy that lets anyone join any topic, on a lane of plain texts (names as principals, strings as
 * events): for tests of routing and delivery that are about neither a protocol nor its rules.
 */
public final class OpenPolicy implements TopicPolicy<String, String> {

    private final Lane<String, String> lane;

    public OpenPolicy(Protocol protocol) {
        this.lane = textLane(protocol);
    }

    /** The lane of plain texts on {@code protocol}; equal to the lane of an {@code OpenPolicy} on it. */
    public static Lane<String, String> textLane(Protocol protocol) {
        return new Lane<>(protocol, String.class, String.class);
    }

    @Override
    public Lane<String, String> lane() {
        return lane;
    }

    @Override
    public JoinDecision mayJoin(String principal, String topic) {
        return JoinDecision.ALLOWED;
    }
}
