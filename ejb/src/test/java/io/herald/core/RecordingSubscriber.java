package io.herald.core;

import io.herald.testing.TextSubscriber;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A subscriber that renders what it is given, the way a connection would, and keeps the frames. */
final class RecordingSubscriber extends TextSubscriber {

    final List<String> frames;

    RecordingSubscriber(Lane<String, String> lane, String principal, Function<Publication<String>, String> encoder) {
        this(lane, principal, encoder, new CopyOnWriteArrayList<>());
    }

    private RecordingSubscriber(Lane<String, String> lane, String principal, Function<Publication<String>, String> encoder,
            List<String> frames) {
        super(lane, principal, (topic, publication) -> frames.add(topic + " " + publication.render("test-format", encoder)));
        this.frames = frames;
    }
}
