package io.herald.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** The byte stream under a {@link WebSocketConnection}: the socket itself, or TLS over it. */
interface Wire {

    /** Moves received bytes into {@code dst}; -1 at the end of the stream. */
    int read(ByteBuffer dst) throws IOException;

    /** Whether bytes already received wait in the wire for the next {@link #read}, beyond what the socket signals. */
    boolean hasBuffered();

    /** Sends what it can of {@code src} now. */
    void write(ByteBuffer src) throws IOException;

    /**
     * After a {@link #write} that left bytes of {@code src} unsent: true when the socket is full
     * (wait until it is writable), false when the wire waits for the peer (a TLS handshake).
     */
    boolean blockedOnSocket();

    static Wire plain(SocketChannel channel) {
        return new Wire() {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                return channel.read(dst);
            }

            @Override
            public boolean hasBuffered() {
                return false;
            }

            @Override
            public void write(ByteBuffer src) throws IOException {
                channel.write(src);
            }

            @Override
            public boolean blockedOnSocket() {
                return true;
            }
        };
    }
}
