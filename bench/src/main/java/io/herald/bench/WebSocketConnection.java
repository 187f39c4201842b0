package io.herald.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One client side of a WebSocket (RFC 6455) on a non-blocking channel: the upgrade request,
 * masked client frames, and a frame parser that hands complete text frames to a listener.
 * Only what the benchmark needs: no extensions, no fragmented sends, no binary payloads.
 */
final class WebSocketConnection {

    /** What a connection reports to its owner. */
    interface Listener {
        void opened(WebSocketConnection connection);

        void text(WebSocketConnection connection, ByteBuffer payload);

        void closed(WebSocketConnection connection, String why);
    }

    private static final int OP_CONTINUATION = 0, OP_TEXT = 1, OP_CLOSE = 8, OP_PING = 9, OP_PONG = 10;

    final SocketChannel channel;
    private final Wire wire;
    final String topic;
    private final Listener listener;
    private ByteBuffer in = ByteBuffer.allocate(4096);
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    /** Set by the selector thread once the protocol's join was confirmed. */
    boolean joined;
    private boolean upgraded;
    private boolean closed;
    // A fragmented text message being assembled (Herald never fragments today; handled for safety).
    private ByteBuffer fragments;

    WebSocketConnection(SocketChannel channel, Wire wire, String topic, Listener listener) {
        this.channel = channel;
        this.wire = wire;
        this.topic = topic;
        this.listener = listener;
    }

    void sendUpgrade(String host, int port, String path, Map<String, String> headers) {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        StringBuilder request = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(Base64.getEncoder().encodeToString(nonce)).append("\r\n")
                .append("Sec-WebSocket-Version: 13\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        out.add(ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    void sendText(String text) {
        send(OP_TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(int opcode, byte[] payload) {
        int length = payload.length;
        int header = 2 + (length < 126 ? 0 : length < 65536 ? 2 : 8) + 4;
        ByteBuffer frame = ByteBuffer.allocate(header + length);
        frame.put((byte) (0x80 | opcode));
        if (length < 126) {
            frame.put((byte) (0x80 | length));
        } else if (length < 65536) {
            frame.put((byte) (0x80 | 126)).putShort((short) length);
        } else {
            frame.put((byte) (0x80 | 127)).putLong(length);
        }
        // Clients must mask; a random key per frame as RFC 6455 section 5.3 asks.
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.put(mask);
        for (int i = 0; i < length; i++) {
            frame.put((byte) (payload[i] ^ mask[i & 3]));
        }
        out.add(frame.flip());
    }

    boolean wantsWrite() {
        return !out.isEmpty();
    }

    /**
     * Writes what the wire takes; true when there is no reason to wait for the socket to become
     * writable (everything was written, or a TLS handshake waits for the server).
     */
    boolean flush() throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer head = out.peek();
            wire.write(head);
            if (head.hasRemaining()) {
                return !wire.blockedOnSocket();
            }
            out.poll();
        }
        return true;
    }

    /** Reads what has arrived and dispatches every complete frame; false once the connection is over. */
    boolean read() throws IOException {
        do {
            if (!readOnce()) {
                return false;
            }
        } while (wire.hasBuffered());
        return true;
    }

    private boolean readOnce() throws IOException {
        int n = wire.read(in);
        if (n < 0) {
            close("end of stream");
            return false;
        }
        in.flip();
        if (!upgraded && !readUpgradeResponse()) {
            in.compact();
            return !closed;
        }
        while (!closed && parseFrame()) {
            // one frame dispatched per turn
        }
        in.compact();
        if (!in.hasRemaining()) {
            // A frame bigger than the buffer: grow so it fits next time.
            in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
        }
        return !closed;
    }

    private boolean readUpgradeResponse() {
        for (int i = in.position(); i + 3 < in.limit(); i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                byte[] head = new byte[i - in.position()];
                in.get(head);
                in.position(i + 4);
                String status = new String(head, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
                if (!status.contains(" 101 ")) {
                    close("upgrade refused: " + status);
                    return false;
                }
                upgraded = true;
                listener.opened(this);
                return true;
            }
        }
        return false;
    }

    /** Dispatches one complete frame from {@code in}; false when the buffer holds no complete frame. */
    private boolean parseFrame() {
        int start = in.position();
        int available = in.remaining();
        if (available < 2) {
            return false;
        }
        int b0 = in.get(start) & 0xFF, b1 = in.get(start + 1) & 0xFF;
        boolean fin = (b0 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        long length = b1 & 0x7F;
        int header = 2;
        if (length == 126) {
            if (available < 4) {
                return false;
            }
            length = in.getShort(start + 2) & 0xFFFF;
            header = 4;
        } else if (length == 127) {
            if (available < 10) {
                return false;
            }
            length = in.getLong(start + 2);
            header = 10;
        }
        if (available < header + length) {
            return false;
        }
        int payloadStart = start + header;
        int payloadEnd = payloadStart + (int) length;
        ByteBuffer payload = in.duplicate().limit(payloadEnd).position(payloadStart);
        switch (opcode) {
            case OP_TEXT, OP_CONTINUATION -> text(payload, fin, opcode == OP_TEXT);
            case OP_PING -> {
                byte[] data = new byte[(int) length];
                payload.get(data);
                send(OP_PONG, data);
            }
            case OP_CLOSE -> {
                int code = length >= 2 ? payload.getShort(payloadStart) & 0xFFFF : 1005;
                close("closed by server with " + code);
            }
            default -> { /* pong, binary: not used by the benchmark */ }
        }
        in.position(payloadEnd);
        return true;
    }

    private void text(ByteBuffer payload, boolean fin, boolean first) {
        if (first && fin) {
            listener.text(this, payload);
            return;
        }
        if (first) {
            fragments = ByteBuffer.allocate(Math.max(1024, payload.remaining() * 2));
        }
        if (fragments.remaining() < payload.remaining()) {
            fragments = ByteBuffer.allocate((fragments.position() + payload.remaining()) * 2).put(fragments.flip());
        }
        fragments.put(payload);
        if (fin) {
            listener.text(this, fragments.flip());
            fragments = null;
        }
    }

    void close(String why) {
        if (!closed) {
            closed = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            listener.closed(this, why);
        }
    }

    boolean isOpen() {
        return upgraded && !closed;
    }
}
