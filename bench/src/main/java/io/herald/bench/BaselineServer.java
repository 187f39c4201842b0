package io.herald.bench;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The raw baseline: Undertow core (the version WildFly ships) with no JMS, no routing rules,
 * no authentication check. {@code /ws} subscribers join the topic named by their Basic username
 * (as OpenBazaar clients do at Herald); each frame on {@code /publish} is "topic\nbody" and the
 * body goes unchanged to that topic's subscribers.
 *
 * <p>Run: {@code java -cp herald-bench.jar io.herald.bench.BaselineServer 18080}
 */
public final class BaselineServer {

    private final Map<String, Set<WebSocketChannel>> topics = new ConcurrentHashMap<>();
    private final Undertow server;

    public BaselineServer(int port) {
        WebSocketConnectionCallback subscribe = (exchange, channel) -> {
            String topic = topicOf(exchange);
            topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(channel);
            channel.addCloseTask(c -> topics.get(topic).remove(c));
            channel.resumeReceives();
        };
        WebSocketConnectionCallback publish = (exchange, channel) -> {
            channel.getReceiveSetter().set(new AbstractReceiveListener() {
                @Override
                protected void onFullTextMessage(WebSocketChannel from, BufferedTextMessage message) {
                    broadcast(message.getData());
                }
            });
            channel.resumeReceives();
        };
        this.server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(Handlers.path()
                        .addExactPath("/ws", Handlers.websocket(subscribe))
                        .addExactPath("/publish", Handlers.websocket(publish)))
                .build();
    }

    private static String topicOf(WebSocketHttpExchange exchange) {
        String authorization = exchange.getRequestHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return "";
        }
        String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon < 0 ? credentials : credentials.substring(0, colon);
    }

    private void broadcast(String frame) {
        int newline = frame.indexOf('\n');
        Set<WebSocketChannel> subscribers = topics.get(frame.substring(0, newline));
        if (subscribers == null) {
            return;
        }
        String body = frame.substring(newline + 1);
        for (WebSocketChannel subscriber : subscribers) {
            WebSockets.sendText(body, subscriber, null);
        }
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
        new BaselineServer(port).start();
        System.out.println("baseline listening on 127.0.0.1:" + port);
    }
}
