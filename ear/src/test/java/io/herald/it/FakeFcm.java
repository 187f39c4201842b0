package io.herald.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.herald.testing.LoopbackHttp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Plays FCM HTTP v1 and Google's OAuth2 token endpoint on 127.0.0.1 for the chat ITs: records every
 * token request and every {@code messages:send} by the device token it is addressed to, and answers
 * each device as the test scripted it (success when nothing is scripted).
 */
final class FakeFcm implements AutoCloseable {

    static final int PORT = Herald.port("it.fcm.port", 18905);
    /** The project of the test servers' service account (src/test/fcm/test-service-account.sh). */
    static final String PROJECT = "herald-it";
    /** Every access token any FakeFcm of this test run issued: a server keeps its token across test classes. */
    static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    /** @param at when the fake received it */
    record Request(String path, String authorization, String contentType, String body, Instant at) {
    }

    record Answer(int status, String body, String retryAfter) {
        static Answer ok() {
            return new Answer(200, "{\"name\":\"projects/" + PROJECT + "/messages/" + UUID.randomUUID() + "\"}", null);
        }

        /** An FCM v1 error with its {@code FcmError} detail, and FCM's {@code Retry-After} when not null. */
        static Answer error(int status, String grpcStatus, String errorCode, String retryAfter) {
            return new Answer(status, "{\"error\":{\"code\":" + status + ",\"message\":\"scripted " + errorCode
                    + "\",\"status\":\"" + grpcStatus + "\",\"details\":[{\"@type\":"
                    + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + errorCode + "\"}]}}",
                    retryAfter);
        }
    }

    final List<Request> tokenRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ConcurrentHashMap<String, LinkedBlockingQueue<Request>> received = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentLinkedQueue<Answer>> scripts = new ConcurrentHashMap<>();

    FakeFcm() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/token", this::issueToken);
        server.createContext("/v1/projects/" + PROJECT + "/messages:send", this::send);
        server.start();
    }

    /** The next answers for pushes to {@code token}, in order; success after they are used up. */
    void script(String token, Answer... answers) {
        ConcurrentLinkedQueue<Answer> script = scripts.computeIfAbsent(token, t -> new ConcurrentLinkedQueue<>());
        for (Answer answer : answers) {
            script.add(answer);
        }
    }

    /** The next push addressed to {@code token}, failing the test if none comes within the wait. */
    Request next(String token) throws InterruptedException {
        Request request = queue(token).poll(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("FCM received no push for " + token + " within " + Herald.WAIT);
        }
        return request;
    }

    private LinkedBlockingQueue<Request> queue(String token) {
        return received.computeIfAbsent(token, t -> new LinkedBlockingQueue<>());
    }

    private void issueToken(HttpExchange exchange) throws IOException {
        tokenRequests.add(request(exchange));
        String token = "it-access-" + UUID.randomUUID();
        ISSUED.add(token);
        respond(exchange, new Answer(200, "{\"access_token\":\"" + token + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}",
                null));
    }

    private void send(HttpExchange exchange) throws IOException {
        Request request = request(exchange);
        String token = tokenOf(request.body());
        queue(token).add(request);
        ConcurrentLinkedQueue<Answer> script = scripts.get(token);
        Answer scripted = script == null ? null : script.poll();
        respond(exchange, scripted != null ? scripted : Answer.ok());
    }

    private static Request request(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, Instant.now());
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        LoopbackHttp.respondJson(exchange, answer.status(), answer.body(), answer.retryAfter());
    }

    private static String tokenOf(String body) {
        try {
            JsonObject message = ChatIdentities.json(body).getJsonObject("message");
            return message != null && message.containsKey("token") ? message.getString("token") : "?";
        } catch (RuntimeException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
