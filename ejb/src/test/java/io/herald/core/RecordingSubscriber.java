package io.herald.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A subscriber that renders what it is given, the way a connection would, and keeps the frames. */
final class RecordingSubscriber implements Subscriber {

    private final Protocol protocol;
    private final Object principal;
    private final Function<Publication, String> encoder;
    final List<String> frames = new CopyOnWriteArrayList<>();

    RecordingSubscriber(Protocol protocol, Object principal, Function<Publication, String> encoder) {
        this.protocol = protocol;
        this.principal = principal;
        this.encoder = encoder;
    }

    @Override
    public Protocol protocol() {
        return protocol;
    }

    @Override
    public Object principal() {
        return principal;
    }

    @Override
    public void deliver(String topic, Publication publication) {
        frames.add(topic + " " + publication.render("test-format", encoder));
    }
}
