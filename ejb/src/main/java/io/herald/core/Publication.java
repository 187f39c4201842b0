package io.herald.core;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One event on its way out: the protocol it belongs to, the topics it is published on, and its
 * typed payload. Renders are cached per format key, so a frame is encoded once per wire format
 * (or per topic, where the topic is part of the frame) and the same text reaches every subscriber.
 */
public final class Publication {

    private final Protocol protocol;
    private final Set<String> topics;
    private final Object payload;
    private final Fanout fanout;
    private final ConcurrentHashMap<Object, String> renders = new ConcurrentHashMap<>(4);

    public Publication(Protocol protocol, Set<String> topics, Object payload) {
        this(protocol, topics, payload, Fanout.PER_TOPIC);
    }

    public Publication(Protocol protocol, Set<String> topics, Object payload, Fanout fanout) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.topics = Set.copyOf(topics);
        this.payload = Objects.requireNonNull(payload, "payload");
        this.fanout = Objects.requireNonNull(fanout, "fanout");
    }

    public Protocol protocol() {
        return protocol;
    }

    public Set<String> topics() {
        return topics;
    }

    public Fanout fanout() {
        return fanout;
    }

    public Object payload() {
        return payload;
    }

    /** The payload as the type its protocol publishes; a mismatch is a programming error. */
    public <T> T payload(Class<T> type) {
        return type.cast(payload);
    }

    /**
     * The frame for {@code format}, encoded by {@code encoder} the first time any subscriber asks
     * and shared by all later ones.
     */
    public String render(Object format, Function<Publication, String> encoder) {
        String cached = renders.get(format);
        return cached != null ? cached : renders.computeIfAbsent(format, f -> encoder.apply(this));
    }

    @Override
    public String toString() {
        return "Publication[" + protocol.label() + " " + topics + "]";
    }
}
