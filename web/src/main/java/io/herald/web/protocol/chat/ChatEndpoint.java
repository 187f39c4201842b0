package io.herald.web.protocol.chat;

import io.herald.core.Protocol;
import io.herald.web.delivery.Connections;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /chat/ws}: the upgrade always succeeds, and the connection authenticates in-band with its
 * first {@code auth} command; everything after that is {@link ChatConnection}'s business.
 */
@ServerEndpoint("/chat/ws")
public class ChatEndpoint {

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    @Inject
    ChatServices services;

    @Inject
    Connections connections;

    private ChatConnection connection;

    @OnOpen
    public void open(Session session) {
        connection = new ChatConnection(services, connections.open(Protocol.CHAT, session));
        connection.opened();
    }

    @OnMessage
    public void text(String text) {
        connection.onText(text);
    }

    @OnMessage
    public void binary(ByteBuffer ignored) {
        connection.onBinary();
    }

    @OnClose
    public void close() {
        if (connection != null) {
            connection.closed();
            connections.closed(Protocol.CHAT);
            connection = null;
        }
    }

    @OnError
    public void error(Throwable failure) {
        LOG.log(Level.FINE, "chat socket error", failure);
    }
}
