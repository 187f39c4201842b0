package io.herald.web.delivery;

import java.util.function.Consumer;

/** The raw asynchronous writer under an {@link OutboundQueue}: one WebSocket session. */
public interface Transport {

    /** Starts sending one text frame; {@code done} gets null on success or the failure. */
    void sendText(String frame, Consumer<Throwable> done);

    void close(int code, String reason);
}
