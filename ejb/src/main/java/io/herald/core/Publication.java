package io.herald.core;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One event on its way out: the lane it travels, the topics it is published on, and the event.
 * Renders are cached per format key, so a frame is encoded once per wire format (or per topic,
 * where the topic is part of the frame) and the same text reaches every subscriber.
 *
 * @param <E> the protocol's event type
 */
public final class Publication<E> {

    private final Lane<?, E> lane;
    private final Set<String> topics;
    private final E payload;
    private final Fanout fanout;
    private final ConcurrentHashMap<Object, String> renders = new ConcurrentHashMap<>(4);

    public Publication(Lane<?, E> lane, Set<String> topics, E payload) {
        this(lane, topics, payload, Fanout.PER_TOPIC);
    }

    public Publication(Lane<?, E> lane, Set<String> topics, E payload, Fanout fanout) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.topics = Set.copyOf(topics);
        this.payload = Objects.requireNonNull(payload, "payload");
        this.fanout = Objects.requireNonNull(fanout, "fanout");
    }

    private Publication(Lane<?, E> lane) {
        this.lane = Objects.requireNonNull(lane, "lane");
        this.topics = Set.of();
        this.payload = null;
        this.fanout = Fanout.ONCE;
    }

    /**
     * A message that was ingested for what it stored and sends nothing: on no topic, so no
     * subscriber ever asks for its (absent) event.
     */
    public static <E> Publication<E> none(Lane<?, E> lane) {
        return new Publication<>(lane);
    }

    public Lane<?, E> lane() {
        return lane;
    }

    public Protocol protocol() {
        return lane.protocol();
    }

    public Set<String> topics() {
        return topics;
    }

    public Fanout fanout() {
        return fanout;
    }

    /** The event; never null on a publication that has topics. */
    public E payload() {
        return payload;
    }

    /**
     * The frame for {@code format}, encoded by {@code encoder} the first time any subscriber asks
     * and shared by all later ones.
     */
    public String render(Object format, Function<? super Publication<E>, String> encoder) {
        String cached = renders.get(format);
        return cached != null ? cached : renders.computeIfAbsent(format, f -> encoder.apply(this));
    }

    @Override
    public String toString() {
        return "Publication[" + lane.protocol().label() + " " + topics + "]";
    }
}
