package io.herald.protocol.chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.herald.testing.LoopbackHttp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Google's OAuth2 token endpoint, FCM HTTP v1 and FCM's legacy API on a loopback port: records requests, answers as scripted. */
final class FakeGoogle implements AutoCloseable {

    record Request(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    record Answer(int status, String body, String retryAfter) {
    }

    final List<Request> tokenRequests = new CopyOnWriteArrayList<>();
    final List<Request> sends = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<Answer> tokenAnswers = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Answer> sendAnswers = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private int tokensIssued;

    FakeGoogle() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> answer(exchange, tokenRequests, tokenAnswers, this::issueToken));
        server.createContext("/v1/", exchange -> answer(exchange, sends, sendAnswers,
                () -> new Answer(200, "{\"name\":\"projects/herald-test/messages/1\"}", null)));
        server.createContext("/fcm/send", exchange -> answer(exchange, sends, sendAnswers,
                () -> new Answer(200, "{\"multicast_id\":1,\"success\":1,\"failure\":0,\"results\":[{\"message_id\":\"0:1\"}]}", null)));
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI tokenUri() {
        return base().resolve("/token");
    }

    private synchronized Answer issueToken() {
        tokensIssued++;
        return new Answer(200, "{\"access_token\":\"token-" + tokensIssued + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}", null);
    }

    private static void answer(HttpExchange exchange, List<Request> log, ConcurrentLinkedQueue<Answer> script,
            Supplier<Answer> otherwise) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        log.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
        Answer scripted = script.poll();
        Answer answer = scripted != null ? scripted : otherwise.get();
        LoopbackHttp.respondJson(exchange, answer.status(), answer.body(), answer.retryAfter());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
