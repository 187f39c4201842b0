package io.herald.core;

/** What a {@link TopicPolicy} answers when a client asks to subscribe to a topic. */
public enum JoinDecision {
    /** The client may subscribe. */
    ALLOWED,
    /** The topic names a resource that exists, but not one this client may see. */
    FORBIDDEN,
    /** The topic is well formed but names no existing resource. */
    NOT_FOUND,
    /** The topic matches none of the protocol's topic patterns. */
    UNMATCHED
}
