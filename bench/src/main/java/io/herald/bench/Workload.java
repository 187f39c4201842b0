package io.herald.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One workload shape: which protocol, how many connections on which topics, how many events, at
 * what rate. Every event is expected once by every client of its topic; topics receive events
 * round-robin. {@code withBaseline} is false where the raw baseline has nothing comparable to do
 * (the event store).
 */
record Workload(String name, String description, ProtocolAdapter protocol, List<String> topics, int clientsPerTopic,
                int events, double perSecond, boolean withBaseline) {

    /** Workload 1, burst: one topic, {@code subscribers} clients, {@code events} published as fast as possible. */
    static Workload broadcastBurst(ProtocolAdapter protocol, int subscribers, int events) {
        return new Workload("broadcast-" + subscribers + "-burst", "1 topic, " + subscribers + " subscribers, burst of " + events
                + " events", protocol, List.of("bench-broadcast"), subscribers, events, 0, true);
    }

    /** Workload 1, one step of the rate ladder: one topic, {@code subscribers} clients, a fixed event rate. */
    static Workload broadcastRate(ProtocolAdapter protocol, int subscribers, int eventsPerSecond, Duration length) {
        return new Workload("broadcast-" + subscribers + "@" + eventsPerSecond + "/s", "1 topic, " + subscribers + " subscribers, "
                + eventsPerSecond + " events/s (" + subscribers * eventsPerSecond + " deliveries/s) for " + length.toSeconds() + " s",
                protocol, List.of("bench-broadcast"), subscribers, (int) (eventsPerSecond * length.toSeconds()), eventsPerSecond, true);
    }

    /**
     * Workload 2: {@code deliveriesPerSecond} spread over topics of {@code subscribersPerTopic} clients each
     * (one event reaches few clients, as in a gateway's usual traffic, so latency is not one topic's fan-out time).
     */
    static Workload steady(ProtocolAdapter protocol, int deliveriesPerSecond, int topicCount, int subscribersPerTopic, Duration length) {
        double eventsPerSecond = (double) deliveriesPerSecond / subscribersPerTopic;
        return new Workload("steady-" + deliveriesPerSecond, deliveriesPerSecond + " deliveries/s: " + topicCount + " topics x "
                + subscribersPerTopic + " subscribers, " + (int) eventsPerSecond + " events/s for " + length.toSeconds() + " s",
                protocol, topics("bench-steady-", topicCount), subscribersPerTopic, (int) (eventsPerSecond * length.toSeconds()),
                eventsPerSecond, true);
    }

    /** Workload 3: {@code count} topics with one client each, {@code perSecond} events spread over them. */
    static Workload manyTopics(ProtocolAdapter protocol, int count, double perSecond, Duration length) {
        return new Workload(protocol.name() + "-topics-" + count, count + " topics x 1 subscriber, " + (int) perSecond
                + " events/s for " + length.toSeconds() + " s", protocol, topics("bench-topic-", count), 1,
                (int) (perSecond * length.toSeconds()), perSecond, true);
    }

    /** Workload 5: Loom events, each stored in its organization's stream before delivery, at a fixed rate. */
    static Workload ingestWithStore(LoomAdapter loom, int organizations, int eventsPerSecond, Duration length) {
        return new Workload("loom-store@" + eventsPerSecond + "/s", "Loom, every event stored, " + organizations
                + " organizations x 1 subscriber, " + eventsPerSecond + " events/s for " + length.toSeconds() + " s",
                loom, topics("bench-org-", organizations), 1, (int) (eventsPerSecond * length.toSeconds()), eventsPerSecond, false);
    }

    private static List<String> topics(String prefix, int count) {
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add(prefix + i);
        }
        return topics;
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

    Workload warmUp() {
        return new Workload(name, "warm-up", protocol, topics, clientsPerTopic, Math.max(topics.size(), events / 5), perSecond,
                withBaseline);
    }
}
