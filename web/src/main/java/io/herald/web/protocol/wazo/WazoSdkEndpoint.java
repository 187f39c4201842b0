package io.herald.web.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.web.delivery.SocketErrors;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * {@code wss://host:9502/api/websocketd/}: the same service at the path the official
 * {@code @wazo/sdk} client connects to. WebSocket annotations are not inherited, hence a second
 * small adapter rather than a subclass of {@link WazoEndpoint}.
 */
@ServerEndpoint(WazoSdkEndpoint.PATH)
public class WazoSdkEndpoint {

    static final String PATH = "/api/websocketd/";

    @Inject
    WazoSockets sockets;

    private WazoSocket socket;

    @OnOpen
    public void open(Session session) throws IOException {
        socket = WazoEndpoint.openSocket(sockets, session);
    }

    @OnMessage
    public void text(String part, boolean last) {
        if (socket != null) {
            socket.onText(part, last);
        }
    }

    @OnMessage
    public void binary(ByteBuffer ignored, boolean last) {
        if (socket != null) {
            socket.onBinary();
        }
    }

    @OnClose
    public void close() {
        if (socket != null) {
            socket.closed();
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.WAZO, failure);
    }
}
