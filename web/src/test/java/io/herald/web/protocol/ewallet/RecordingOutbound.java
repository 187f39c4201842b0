package io.herald.web.protocol.ewallet;

import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;

/** Keeps every frame and close a connection writes, in order. */
final class RecordingOutbound implements Outbound {

    record Close(int code, String reason) {
    }

    final List<String> frames = new ArrayList<>();
    final List<Close> closes = new ArrayList<>();

    @Override
    public void send(String frame) {
        frames.add(frame);
    }

    @Override
    public void close(int code, String reason) {
        closes.add(new Close(code, reason));
    }

    /** The frames written since the last call. */
    List<String> take() {
        List<String> taken = List.copyOf(frames);
        frames.clear();
        return taken;
    }
}
