package io.herald.web.testing;

import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;

/** Stands in for a client's socket: keeps every frame and close a connection writes, in order. */
public class RecordingOutbound implements Outbound {

    /** One close the connection asked for. */
    public record Close(int code, String reason) {
    }

    public final List<String> frames = new ArrayList<>();
    public final List<Close> closes = new ArrayList<>();

    @Override
    public synchronized void send(String frame) {
        frames.add(frame);
    }

    @Override
    public synchronized void close(int code, String reason) {
        closes.add(new Close(code, reason));
    }

    /** The frames written since the last call. */
    public synchronized List<String> take() {
        List<String> taken = List.copyOf(frames);
        frames.clear();
        return taken;
    }

    /** The code of every close, in order. */
    public synchronized List<Integer> closeCodes() {
        return closes.stream().map(Close::code).toList();
    }

    /** The code of the last close, or null while the connection was never closed. */
    public synchronized Integer closeCode() {
        return closes.isEmpty() ? null : closes.getLast().code();
    }
}
