package io.herald.web.protocol.chat;

import io.herald.core.Protocol;
import io.herald.web.delivery.OutboundQueues;
import io.herald.web.delivery.OutboundQueue;
import io.herald.web.delivery.SocketErrors;
import io.herald.web.inbound.MessageAssembler;
import io.herald.web.inbound.MessageSizeLimits;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;

/**
 * {@code /chat/ws}: the upgrade always succeeds, and the connection authenticates in-band with its
 * first {@code auth} command, within {@link ChatAuthDeadlines the deadline}; everything after that
 * is {@link ChatConnection}'s business. Messages are taken part by part so that one over the
 * limit is refused before it is held whole.
 */
@ServerEndpoint("/chat/ws")
public class ChatEndpoint {

    @Inject
    ChatServices services;

    @Inject
    OutboundQueues outboundQueues;

    @Inject
    MessageSizeLimits limits;

    @Inject
    ChatAuthDeadlines authDeadlines;

    private ChatConnection connection;
    private MessageAssembler inbound;
    private Future<?> authDeadline;

    @OnOpen
    public void open(Session session) {
        OutboundQueue out = outboundQueues.open(Protocol.CHAT, session);
        connection = new ChatConnection(services, out);
        inbound = limits.assembler(Protocol.CHAT, out);
        connection.opened();
        authDeadline = authDeadlines.watch(connection);
    }

    @OnMessage
    public void text(String part, boolean last) {
        inbound.text(part, last).ifPresent(connection::onText);
    }

    @OnMessage
    public void binary(ByteBuffer part, boolean last) {
        inbound.binary(part, last).ifPresent(ignored -> connection.onBinary());
    }

    @OnClose
    public void close() {
        if (connection != null) {
            authDeadline.cancel(false);
            connection.closed();
            outboundQueues.closed(Protocol.CHAT);
            connection = null;
        }
    }

    @OnError
    public void error(Throwable failure) {
        SocketErrors.log(Protocol.CHAT, failure);
    }
}
