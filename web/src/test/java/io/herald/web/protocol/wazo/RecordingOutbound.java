package io.herald.web.protocol.wazo;

import io.herald.web.delivery.Outbound;
import java.util.ArrayList;
import java.util.List;

/** Records what a connection writes, in order. */
final class RecordingOutbound implements Outbound {

    final List<String> frames = new ArrayList<>();
    Integer closeCode;
    String closeReason;
    int closes;

    @Override
    public synchronized void send(String frame) {
        frames.add(frame);
    }

    @Override
    public synchronized void close(int code, String reason) {
        closes++;
        closeCode = code;
        closeReason = reason;
    }
}
