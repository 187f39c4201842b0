package io.herald.core;

/**
 * The one authorization hook of the core: each protocol supplies a policy (a CDI bean) saying who
 * may subscribe to what, and which published events a subscriber may receive.
 *
 * @param <P> the protocol's principal type
 * @param <E> the protocol's event type
 */
public interface TopicPolicy<P, E> {

    Lane<P, E> lane();

    /** @param principal who asks; null for a client that has not authenticated, who never gets in */
    JoinDecision mayJoin(P principal, String topic);

    /** A last, per-event check made at delivery time; most protocols decide everything at join. */
    default boolean mayReceive(P principal, E event) {
        return true;
    }
}
