package io.herald.bench;

/** Where the publisher puts an event for a topic: Herald's JMS queue, or the baseline's feed. */
public interface EventSink extends AutoCloseable {

    void publish(String topic, JmsEvent event) throws Exception;
}
