package io.herald.web.protocol.chat;

import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;

/** An {@link Outbound} that remembers what was written to it. */
class RecordingOutbound implements Outbound {

    final List<String> frames = new ArrayList<>();
    final List<Integer> closeCodes = new ArrayList<>();

    @Override
    public synchronized void send(String frame) {
        frames.add(frame);
    }

    @Override
    public synchronized void close(int code, String reason) {
        closeCodes.add(code);
    }

    /** The frames written since the last call. */
    synchronized List<String> take() {
        List<String> taken = List.copyOf(frames);
        frames.clear();
        return taken;
    }
}
