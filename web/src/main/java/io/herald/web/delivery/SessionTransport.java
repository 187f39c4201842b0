package io.herald.web.delivery;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A WebSocket session as the asynchronous {@link Transport} under an {@link OutboundQueue}. */
public final class SessionTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(SessionTransport.class.getName());

    private final Session session;
    private final Executor closer;

    /**
     * @param closer runs closes: closing may wait on the network, and the thread that decides to
     *               close (a publisher, often) must not
     */
    public SessionTransport(Session session, Executor closer) {
        this.session = session;
        this.closer = closer;
    }

    @Override
    public void sendText(String frame, Consumer<Throwable> done) {
        try {
            session.getAsyncRemote().sendText(frame, result -> done.accept(result.isOK() ? null : result.getException()));
        } catch (RuntimeException e) {
            // The session closed under us; the queue treats it like a failed write.
            done.accept(e);
        }
    }

    @Override
    public void close(int code, String reason) {
        Runnable close = () -> closeNow(code, reason);
        try {
            closer.execute(close);
        } catch (RejectedExecutionException shuttingDown) {
            // The executor is going away with the application; nothing is left to block.
            close.run();
        }
    }

    private void closeNow(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing a session that was already going", e);
        }
    }
}
