package io.herald.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Plays FCM's legacy HTTP endpoint on 127.0.0.1 for the chat ITs: records every request by the
 * device token it is addressed to, and answers each token as the test scripted it (success when
 * nothing is scripted).
 */
final class FakeFcm implements AutoCloseable {

    static final int PORT = Herald.port("it.fcm.port", 18905);
    /** The server key the IT server is configured with (ear/pom.xml). */
    static final String SERVER_KEY = System.getProperty("herald.it.fcm.server-key", "it-server-key");

    record Request(String authorization, String contentType, String body) {
    }

    record Answer(int status, String body) {
        static Answer ok() {
            return new Answer(200,
                    "{\"multicast_id\":1,\"success\":1,\"failure\":0,\"canonical_ids\":0,\"results\":[{\"message_id\":\"0:1\"}]}");
        }

        static Answer error(String error) {
            return new Answer(200, "{\"multicast_id\":1,\"success\":0,\"failure\":1,\"canonical_ids\":0,"
                    + "\"results\":[{\"error\":\"" + error + "\"}]}");
        }

        static Answer status(int status) {
            return new Answer(status, "{\"error\":\"scripted failure\"}");
        }
    }

    private final HttpServer server;
    private final ConcurrentHashMap<String, LinkedBlockingQueue<Request>> received = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<Answer>> scripts = new ConcurrentHashMap<>();

    FakeFcm() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/fcm/send", this::handle);
        server.start();
    }

    /** The next answers for requests to {@code token}, in order; success after they are used up. */
    void script(String token, Answer... answers) {
        ConcurrentLinkedQueue<Answer> script = scripts.computeIfAbsent(token, t -> new ConcurrentLinkedQueue<>());
        for (Answer answer : answers) {
            script.add(answer);
        }
    }

    /** The next request addressed to {@code token}, failing the test if none comes within the wait. */
    Request next(String token) throws InterruptedException {
        Request request = queue(token).poll(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("FCM received no request for " + token + " within " + Herald.WAIT);
        }
        return request;
    }

    private LinkedBlockingQueue<Request> queue(String token) {
        return received.computeIfAbsent(token, t -> new LinkedBlockingQueue<>());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String token = tokenOf(body);
        queue(token).add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        ConcurrentLinkedQueue<Answer> script = scripts.get(token);
        Answer scripted = script == null ? null : script.poll();
        Answer answer = scripted != null ? scripted : Answer.ok();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String tokenOf(String body) {
        try {
            JsonObject request = ChatIdentities.json(body);
            JsonArray ids = request.getJsonArray("registration_ids");
            return ids != null && ids.size() == 1 ? ids.getString(0) : "?";
        } catch (RuntimeException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
