package io.herald.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Topic to subscribers, safe for concurrent use without a global lock: updates lock only the
 * entry of their own topic, and readers iterate a live, weakly consistent view.
 *
 * @param <S> what is subscribed (a lane's subscribers)
 */
public final class TopicRegistry<S> {

    private final ConcurrentHashMap<String, Set<S>> topics = new ConcurrentHashMap<>();

    /** @return true if the subscriber was not on the topic yet */
    public boolean add(String topic, S subscriber) {
        boolean[] added = new boolean[1];
        topics.compute(topic, (t, set) -> {
            Set<S> members = set != null ? set : ConcurrentHashMap.newKeySet();
            added[0] = members.add(subscriber);
            return members;
        });
        return added[0];
    }

    /** @return true if the subscriber was on the topic */
    public boolean remove(String topic, S subscriber) {
        boolean[] removed = new boolean[1];
        topics.computeIfPresent(topic, (t, set) -> {
            removed[0] = set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
        return removed[0];
    }

    public Set<S> subscribers(String topic) {
        Set<S> members = topics.get(topic);
        return members != null ? members : Set.of();
    }

    public boolean isSubscribed(String topic, S subscriber) {
        return subscribers(topic).contains(subscriber);
    }

    public int topicCount() {
        return topics.size();
    }
}
