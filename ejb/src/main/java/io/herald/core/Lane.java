package io.herald.core;

import java.util.Objects;

/**
 * One protocol's path through the core, with the types on it: who connects ({@code P}, the
 * principal its {@link TopicPolicy} decides on) and what is published ({@code E}, the event its
 * connections encode). Each protocol has exactly one lane, a constant of its policy; the router
 * keeps subscribers, policy and publications of a lane together, so none of them casts.
 *
 * @param protocol the protocol the lane belongs to
 * @param principalType the protocol's principal type
 * @param eventType the protocol's event type
 */
public record Lane<P, E>(Protocol protocol, Class<P> principalType, Class<E> eventType) {

    public Lane {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(principalType, "principalType");
        Objects.requireNonNull(eventType, "eventType");
    }

    @Override
    public String toString() {
        return protocol.label() + "(" + principalType.getSimpleName() + ", " + eventType.getSimpleName() + ")";
    }
}
