package io.herald.core;

/**
 * The one authorization hook of the core: each protocol supplies a policy (a CDI bean) saying who
 * may subscribe to what, and which published events a subscriber may receive.
 */
public interface TopicPolicy {

    Protocol protocol();

    JoinDecision mayJoin(Object principal, String topic);

    /** A last, per-event check made at delivery time; most protocols decide everything at join. */
    default boolean mayReceive(Object principal, Publication publication) {
        return true;
    }
}
