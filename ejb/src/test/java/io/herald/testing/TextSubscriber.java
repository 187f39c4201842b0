package io.herald.testing;

import io.herald.core.Lane;
import io.herald.core.Publication;
import io.herald.core.Subscriber;
import java.util.function.BiConsumer;

/** A subscriber on a lane of plain texts whose deliveries go to a function of the test's choosing. */
public class TextSubscriber implements Subscriber<String, String> {

    private final Lane<String, String> lane;
    private final String principal;
    private final BiConsumer<String, Publication<String>> onDeliver;

    /** @param onDeliver called with the topic and the publication of each delivery */
    public TextSubscriber(Lane<String, String> lane, String principal, BiConsumer<String, Publication<String>> onDeliver) {
        this.lane = lane;
        this.principal = principal;
        this.onDeliver = onDeliver;
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
        onDeliver.accept(topic, publication);
    }
}
