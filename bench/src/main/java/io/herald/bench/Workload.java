package io.herald.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One workload shape: how many connections on which topics, how many events, at what rate.
 * Every event is expected once by every client of its topic; topics receive events round-robin.
 */
record Workload(String name, String description, List<String> topics, int clientsPerTopic, int events, double perSecond) {

    /** Workload 1: one topic, {@code subscribers} clients, a burst of {@code events}. */
    static Workload broadcastBurst(int subscribers, int events) {
        return new Workload("broadcast-" + subscribers, "1 topic, " + subscribers + " subscribers, burst of " + events + " events",
                List.of("bench-broadcast"), subscribers, events, 0);
    }

    /** Workload 2: one topic whose subscribers together receive {@code deliveriesPerSecond}. */
    static Workload steady(int subscribers, int deliveriesPerSecond, Duration length) {
        double eventsPerSecond = (double) deliveriesPerSecond / subscribers;
        return new Workload("steady-" + deliveriesPerSecond, deliveriesPerSecond + " deliveries/s to " + subscribers
                + " subscribers of 1 topic for " + length.toSeconds() + " s",
                List.of("bench-broadcast"), subscribers, (int) (eventsPerSecond * length.toSeconds()), eventsPerSecond);
    }

    /** Workload 3: {@code count} topics with one client each, {@code perSecond} events spread over them. */
    static Workload manyTopics(int count, double perSecond, Duration length) {
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add("bench-topic-" + i);
        }
        return new Workload("topics-" + count, count + " topics x 1 subscriber, " + (int) perSecond + " events/s for "
                + length.toSeconds() + " s", topics, 1, (int) (perSecond * length.toSeconds()), perSecond);
    }

    List<String> connections() {
        List<String> connections = new ArrayList<>();
        for (String topic : topics) {
            for (int i = 0; i < clientsPerTopic; i++) {
                connections.add(topic);
            }
        }
        return connections;
    }

    long expectedDeliveries() {
        return (long) events * clientsPerTopic;
    }
}
