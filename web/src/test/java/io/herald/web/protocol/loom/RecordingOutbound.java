package io.herald.web.protocol.loom;

import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;

/** Records what a connection sends, in order. */
final class RecordingOutbound implements Outbound {

    final List<String> frames = new ArrayList<>();
    final List<String> closes = new ArrayList<>();

    @Override
    public void send(String frame) {
        frames.add(frame);
    }

    @Override
    public void close(int code, String reason) {
        closes.add(code + " " + reason);
    }

    List<String> drain() {
        List<String> copy = List.copyOf(frames);
        frames.clear();
        return copy;
    }
}
