package io.herald.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that records every text frame and the close. */
final class WsClient implements AutoCloseable {

    /** How a connection attempt ended: an open client, or the HTTP status that refused the upgrade. */
    record Attempt(WsClient client, int refusedStatus, String refusedBody) {
        WsClient open() {
            if (client == null) {
                throw new AssertionError("upgrade refused with HTTP " + refusedStatus + ": " + refusedBody);
            }
            return client;
        }
    }

    /** Close code and reason as the server sent them. */
    record Closed(int code, String reason) {
    }

    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final boolean stalled;
    private WebSocket socket;

    private WsClient(boolean stalled) {
        this.stalled = stalled;
    }

    static Attempt connect(String url, Map<String, String> headers) throws Exception {
        return connect(url, headers, false);
    }

    /** A client that reads its first frame and then nothing until {@link #resume()}: a stalled reader. */
    static Attempt connectStalled(String url, Map<String, String> headers) throws Exception {
        return connect(url, headers, true);
    }

    /** Through the given client: one trusting a TLS certificate, for instance. */
    static Attempt connect(HttpClient http, String url, Map<String, String> headers) throws Exception {
        return connect(http, url, headers, false);
    }

    private static Attempt connect(String url, Map<String, String> headers, boolean stalled) throws Exception {
        return connect(HttpClient.newHttpClient(), url, headers, stalled);
    }

    private static Attempt connect(HttpClient http, String url, Map<String, String> headers, boolean stalled)
            throws Exception {
        WsClient client = new WsClient(stalled);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Herald.WAIT);
        headers.forEach((name, value) -> {
            // The JDK client offers subprotocols through its own call, not as a plain header.
            if (name.equalsIgnoreCase("Sec-WebSocket-Protocol")) {
                builder.subprotocols(value);
            } else {
                builder.header(name, value);
            }
        });
        try {
            client.socket = builder.buildAsync(URI.create(url), client.listener())
                    .get(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new Attempt(client, 0, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                Object body = refused.getResponse().body();
                return new Attempt(null, refused.getResponse().statusCode(), body == null ? null : body.toString());
            }
            throw e;
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                if (!stalled) {
                    webSocket.request(1);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(new Closed(statusCode, reason));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.completeExceptionally(error);
            }
        };
    }

    /** The next text frame, failing the test if none comes within the wait. */
    String next() throws InterruptedException {
        return next(Herald.WAIT);
    }

    String next(Duration wait) throws InterruptedException {
        String frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within " + wait);
        }
        return frame;
    }

    /**
     * The next text frame {@code wanted} accepts, skipping the others (pings, replies); the wait is for
     * the whole search, so a server that keeps sending only unwanted frames still fails the test.
     */
    String nextWhere(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Herald.WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no wanted frame within " + Herald.WAIT);
            }
            String frame = next(Duration.ofNanos(left));
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    /** The next frame that is not an ActionCable ping. */
    String nextNotPing() throws InterruptedException {
        return nextWhere(frame -> !frame.startsWith("{\"type\":\"ping\""));
    }

    /** The subprotocol the server selected, empty when none. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Starts reading again, as fast as frames come. */
    void resume() {
        socket.request(Long.MAX_VALUE);
    }

    /** Takes every frame received so far. */
    java.util.List<String> drain() {
        java.util.List<String> taken = new java.util.ArrayList<>();
        frames.drainTo(taken);
        return taken;
    }

    /** Frames received so far and not yet taken. */
    int received() {
        return frames.size();
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** One text message sent as several frames, a fragment per part. */
    void sendInParts(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            socket.sendText(parts[i], i == parts.length - 1).join();
        }
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
    }

    Closed awaitClose() throws InterruptedException, ExecutionException, TimeoutException {
        return closed.get(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
            } catch (CompletionException alreadyClosed) {
                // the server went first
            }
        }
    }
}
