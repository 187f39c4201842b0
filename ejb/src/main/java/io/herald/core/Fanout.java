package io.herald.core;

/** How a publication on several topics reaches a subscriber that is on more than one of them. */
public enum Fanout {
    /** Once per topic: the topic is part of the frame (Phoenix-style envelopes). */
    PER_TOPIC,
    /** Once in all, whatever number of its topics the subscriber is on. */
    ONCE
}
