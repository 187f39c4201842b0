package io.herald.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS client side over a non-blocking socket with an {@link SSLEngine}. Buffers are kept in read
 * mode between calls: {@code netOut} holds records not yet written, {@code plain} decrypted bytes
 * not yet handed to the connection.
 */
final class TlsWire implements Wire {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final SSLEngine engine;
    private ByteBuffer netIn;
    private ByteBuffer netOut;
    private ByteBuffer plain;

    TlsWire(SocketChannel channel, SSLEngine engine) throws SSLException {
        this.channel = channel;
        this.engine = engine;
        engine.setUseClientMode(true);
        int packet = engine.getSession().getPacketBufferSize();
        netIn = ByteBuffer.allocate(packet);
        netOut = ByteBuffer.allocate(packet).flip();
        plain = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
        engine.beginHandshake();
    }

    /**
     * Trusts any certificate: the benchmark connects only to the Herald it started on 127.0.0.1,
     * whose listener has a self-signed certificate generated on first start.
     */
    static SSLContext trustingContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("no TLS here", e);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!plain.hasRemaining()) {
            int n = channel.read(netIn);
            unwrap();
            if (n < 0 && !plain.hasRemaining()) {
                return -1;
            }
        }
        int moved = Math.min(dst.remaining(), plain.remaining());
        dst.put(plain.duplicate().limit(plain.position() + moved));
        plain.position(plain.position() + moved);
        return moved;
    }

    @Override
    public boolean hasBuffered() {
        return plain.hasRemaining();
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        if (!flushNet()) {
            return;
        }
        handshake();
        while (!handshaking() && src.hasRemaining() && flushNet()) {
            netOut.compact();
            SSLEngineResult result = engine.wrap(src, netOut);
            netOut.flip();
            if (result.getStatus() != SSLEngineResult.Status.OK) {
                throw new SSLException("wrap: " + result.getStatus());
            }
        }
        flushNet();
    }

    @Override
    public boolean blockedOnSocket() {
        return netOut.hasRemaining();
    }

    private boolean handshaking() {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status != HandshakeStatus.NOT_HANDSHAKING && status != HandshakeStatus.FINISHED;
    }

    /** Does the handshake steps that need no data from the peer. */
    private void handshake() throws IOException {
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status == HandshakeStatus.NEED_TASK) {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) {
                    task.run();
                }
            } else if (status == HandshakeStatus.NEED_WRAP && flushNet()) {
                netOut.compact();
                SSLEngineResult result = engine.wrap(NOTHING, netOut);
                netOut.flip();
                if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                    return;
                }
            } else {
                return;
            }
        }
    }

    private void unwrap() throws IOException {
        netIn.flip();
        plain.compact();
        try {
            while (true) {
                SSLEngineResult result = engine.unwrap(netIn, plain);
                switch (result.getStatus()) {
                    case BUFFER_OVERFLOW -> {
                        plain = ByteBuffer.allocate(plain.capacity() * 2).put(plain.flip());
                        continue;
                    }
                    case BUFFER_UNDERFLOW -> {
                        if (netIn.position() == 0 && netIn.limit() == netIn.capacity()) {
                            // A record larger than the buffer: make room for the rest of it.
                            netIn = ByteBuffer.allocate(netIn.capacity() * 2).put(netIn).flip();
                        }
                        return;
                    }
                    case CLOSED -> {
                        return;
                    }
                    case OK -> handshake();
                }
                if (!netIn.hasRemaining() || result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
                    return;
                }
            }
        } finally {
            netIn.compact();
            plain.flip();
        }
    }

    /** Writes pending records; true when none is left. */
    private boolean flushNet() throws IOException {
        while (netOut.hasRemaining()) {
            if (channel.write(netOut) == 0) {
                return false;
            }
        }
        return true;
    }
}
