package io.herald.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * {@code herald-tools listen}: connects to a WebSocket endpoint, prints every text frame on its
 * own line, sends each line of standard input as a frame, and exits when the server closes.
 *
 * <pre>
 * java -jar tools/target/herald-tools.jar listen URL [-H 'Name: value']...
 * </pre>
 */
final class HeraldListen {

    private HeraldListen() {
    }

    static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new UsageException("listen needs a URL");
        }
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        for (int i = 1; i < args.length; i++) {
            if (!args[i].equals("-H") || i + 1 >= args.length || args[i + 1].indexOf(':') < 1) {
                // Not echoed: the argument may be an Authorization header.
                throw new UsageException("expected -H 'Name: value' at argument " + (i + 1));
            }
            String header = args[++i];
            int colon = header.indexOf(':');
            builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        CompletableFuture<Void> closed = new CompletableFuture<>();
        WebSocket socket;
        try {
            socket = builder.buildAsync(URI.create(args[0]), printer(closed)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                System.err.println("refused: HTTP " + refused.getResponse().statusCode() + " "
                        + refused.getResponse().body());
                System.exit(1);
            }
            throw e;
        }
        System.err.println("connected to " + args[0] + " (Ctrl+C to quit; typed lines are sent)");
        Thread stdin = new Thread(() -> forwardStdin(socket), "stdin");
        stdin.setDaemon(true);
        stdin.start();
        closed.join();
    }

    private static WebSocket.Listener printer(CompletableFuture<Void> closed) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    System.out.println(partial);
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                System.err.println("closed: " + statusCode + " " + reason);
                closed.complete(null);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                System.err.println("error: " + error);
                closed.complete(null);
            }
        };
    }

    private static void forwardStdin(WebSocket socket) {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(System.in))) {
            String line;
            while ((line = lines.readLine()) != null) {
                socket.sendText(line, true).join();
            }
        } catch (java.io.IOException e) {
            System.err.println("stdin: " + e.getMessage());
        }
    }
}
