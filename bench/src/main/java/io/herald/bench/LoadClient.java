package io.herald.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.HdrHistogram.Histogram;

/**
 * Thousands of WebSocket clients on one selector thread. Each received benchmark event is counted
 * and its send-to-receive latency recorded; the histogram is only touched by the selector thread.
 */
public final class LoadClient implements AutoCloseable, WebSocketConnection.Listener {

    private final String host;
    private final int port;
    private final ProtocolAdapter protocol;
    private final Selector selector;
    private final Thread loop;
    private final ConcurrentLinkedQueue<WebSocketConnection> pending = new ConcurrentLinkedQueue<>();
    private static final int CONNECT_BATCH = 1000;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong textFrames = new AtomicLong();
    private final AtomicLong closedUnexpectedly = new AtomicLong();
    private volatile Histogram latencyMicros = newHistogram();
    private volatile Histogram swap;
    private volatile CountDownLatch opened = new CountDownLatch(0);
    private volatile String lastCloseReason;
    private volatile boolean running = true;

    private final SSLContext tls;

    /** @param port the server's HTTP port; the protocol may connect elsewhere ({@link ProtocolAdapter#port}) */
    public LoadClient(String host, int port, ProtocolAdapter protocol) throws IOException {
        this.host = host;
        this.port = protocol.port(port);
        this.protocol = protocol;
        this.tls = protocol.tls() ? TlsWire.trustingContext() : null;
        this.selector = Selector.open();
        this.loop = new Thread(this::run, "bench-selector");
        loop.start();
    }

    private static Histogram newHistogram() {
        return new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    }

    /**
     * Opens one connection per topic entry and waits until every one has upgraded and joined its
     * topic. Connections are opened in batches so thousands of handshakes do not overflow the
     * server's accept backlog at once.
     */
    public void connect(List<String> topics, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int from = 0; from < topics.size(); from += CONNECT_BATCH) {
            List<String> batch = topics.subList(from, Math.min(topics.size(), from + CONNECT_BATCH));
            opened = new CountDownLatch(batch.size());
            for (String topic : batch) {
                SocketChannel channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.connect(new InetSocketAddress(host, port));
                Wire wire = tls == null ? Wire.plain(channel) : new TlsWire(channel, tls.createSSLEngine(host, port));
                WebSocketConnection connection = new WebSocketConnection(channel, wire, topic, this);
                connection.sendUpgrade(host, port, protocol.path(), protocol.handshakeHeaders(topic));
                pending.add(connection);
            }
            selector.wakeup();
            if (!opened.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new IOException((from + opened.getCount()) + " of " + topics.size() + " connections not joined after "
                        + timeout + " (last close: " + lastCloseReason + ")");
            }
        }
    }

    /**
     * Waits until {@code expected} events have been received since the last reset, or until none has
     * arrived for {@code stall}; returns the count. A stall, not a fixed deadline, ends a lossy run
     * quickly however long a healthy one takes.
     */
    public long awaitReceived(long expected, Duration stall) throws InterruptedException {
        long last = received.get();
        long lastProgress = System.nanoTime();
        while (last < expected && System.nanoTime() - lastProgress < stall.toNanos()) {
            Thread.sleep(2);
            long now = received.get();
            if (now != last) {
                last = now;
                lastProgress = System.nanoTime();
            }
        }
        return received.get();
    }

    /** Returns the latencies recorded since the last call and the received count, and starts afresh. */
    public synchronized Histogram takeLatencies() throws InterruptedException {
        swap = newHistogram();
        selector.wakeup();
        while (swap != null) {
            Thread.sleep(1);
        }
        Histogram previous = taken;
        taken = null;
        return previous;
    }

    private Histogram taken;

    public long received() {
        return received.get();
    }

    /** Every text frame received so far (events, replies, heartbeats). */
    public long textFrames() {
        return textFrames.get();
    }

    public long resetReceived() {
        return received.getAndSet(0);
    }

    public String lastCloseReason() {
        return lastCloseReason;
    }

    public long closedUnexpectedly() {
        return closedUnexpectedly.get();
    }

    private void run() {
        long nextHeartbeat = System.currentTimeMillis() + Math.max(1, protocol.heartbeatMillis());
        try {
            while (running) {
                selector.select(100);
                WebSocketConnection added;
                while ((added = pending.poll()) != null) {
                    added.channel.register(selector, SelectionKey.OP_CONNECT, added);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
                if (swap != null) {
                    taken = latencyMicros;
                    latencyMicros = swap;
                    swap = null;
                }
                if (protocol.heartbeatFrame() != null && System.currentTimeMillis() >= nextHeartbeat) {
                    heartbeat();
                    nextHeartbeat = System.currentTimeMillis() + protocol.heartbeatMillis();
                }
            }
        } catch (IOException e) {
            lastCloseReason = "selector failed: " + e;
        }
    }

    private void handle(SelectionKey key) {
        WebSocketConnection connection = (WebSocketConnection) key.attachment();
        try {
            if (!key.isValid()) {
                return;
            }
            if (key.isConnectable() && connection.channel.finishConnect()) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
            if (key.isValid() && key.isReadable() && !connection.read()) {
                return;
            }
            if (key.isValid() && (key.isWritable() || connection.wantsWrite())) {
                boolean done = connection.flush();
                key.interestOps(done ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            connection.close(e.toString());
        }
    }

    private void heartbeat() {
        for (SelectionKey key : selector.keys()) {
            WebSocketConnection connection = (WebSocketConnection) key.attachment();
            if (connection.isOpen()) {
                connection.sendText(protocol.heartbeatFrame());
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
        }
    }

    @Override
    public void opened(WebSocketConnection connection) {
        List<String> joins = protocol.subscribeFrames(connection.topic);
        for (String frame : joins) {
            connection.sendText(frame);
        }
        if (joins.isEmpty()) {
            connection.joined = true;
            opened.countDown();
        }
    }

    @Override
    public void text(WebSocketConnection connection, ByteBuffer payload) {
        textFrames.incrementAndGet();
        if (!connection.joined && protocol.confirmsJoin(payload)) {
            connection.joined = true;
            opened.countDown();
            return;
        }
        long sent = protocol.sentMicros(payload);
        if (sent < 0) {
            return;
        }
        received.incrementAndGet();
        long latency = BenchEvent.nowMicros() - sent;
        latencyMicros.recordValue(Math.max(0, Math.min(latency, latencyMicros.getHighestTrackableValue())));
    }

    @Override
    public void closed(WebSocketConnection connection, String why) {
        lastCloseReason = why;
        if (running) {
            closedUnexpectedly.incrementAndGet();
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            loop.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            ((WebSocketConnection) key.attachment()).close("benchmark over");
        }
        selector.close();
    }
}
