package io.herald.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;

/**
 * Feeds the baseline server over one WebSocket to its {@code /publish} path: a frame is the topic,
 * a newline, and the body. This stands in for the JMS hop, which the baseline does not have:
 * the baseline's figures are the cost of WebSocket fan-out alone.
 */
public final class BaselineSink implements EventSink {

    private final WebSocket socket;

    public BaselineSink(String host, int port) throws Exception {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + host + ":" + port + "/publish"), new WebSocket.Listener() { })
                .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void publish(String topic, JmsEvent event) throws Exception {
        socket.sendText(topic + "\n" + event.body(), true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    }
}
