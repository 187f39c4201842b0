package io.herald.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A subscriber that renders what it is given, the way a connection would, and keeps the frames. */
final class RecordingSubscriber implements Subscriber<String, String> {

    private final Lane<String, String> lane;
    private final String principal;
    private final Function<Publication<String>, String> encoder;
    final List<String> frames = new CopyOnWriteArrayList<>();

    RecordingSubscriber(Lane<String, String> lane, String principal, Function<Publication<String>, String> encoder) {
        this.lane = lane;
        this.principal = principal;
        this.encoder = encoder;
    }

    @Override
    public Lane<String, String> lane() {
        return lane;
    }

    @Override
    public String principal() {
        return principal;
    }

    @Override
    public void deliver(String topic, Publication<String> publication) {
        frames.add(topic + " " + publication.render("test-format", encoder));
    }
}
