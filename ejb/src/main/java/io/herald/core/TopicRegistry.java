package io.herald.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topic to subscribers, safe for concurrent use without a global lock: updates lock only the
 * entry of their own topic, and readers iterate a live, weakly consistent view.
 */
public final class TopicRegistry {

    private final ConcurrentHashMap<String, Set<Subscriber>> topics = new ConcurrentHashMap<>();

    /** @return true if the subscriber was not on the topic yet */
    public boolean add(String topic, Subscriber subscriber) {
        boolean[] added = new boolean[1];
        topics.compute(topic, (t, set) -> {
            Set<Subscriber> members = set != null ? set : ConcurrentHashMap.newKeySet();
            added[0] = members.add(subscriber);
            return members;
        });
        return added[0];
    }

    /** @return true if the subscriber was on the topic */
    public boolean remove(String topic, Subscriber subscriber) {
        boolean[] removed = new boolean[1];
        topics.computeIfPresent(topic, (t, set) -> {
            removed[0] = set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        return removed[0];
    }

    public Set<Subscriber> subscribers(String topic) {
        Set<Subscriber> members = topics.get(topic);
        return members != null ? members : Set.of();
    }

    public boolean isSubscribed(String topic, Subscriber subscriber) {
        return subscribers(topic).contains(subscriber);
    }

    public int topicCount() {
        return topics.size();
    }
}
