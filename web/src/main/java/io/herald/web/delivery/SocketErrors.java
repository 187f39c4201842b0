package io.herald.web.delivery;

import io.herald.core.Protocol;
import jakarta.websocket.CloseReason;
import java.io.UnsupportedEncodingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the WebSocket container reports to an endpoint's error callback. A text message that is not
 * UTF-8 is a client's malformed frame: the container has already failed the connection with
 * {@link #NOT_UTF8} (RFC 6455 §8.1) before it says so, and none of the message reached the
 * protocol, so it gets one throttled malformed-frame line without stack trace. Anything else (a
 * peer gone in the middle of a frame, an I/O failure) is the network's business, logged at FINE.
 *
 * <p>The container hands the endpoint this notice only if the socket's close has not been handled
 * first, which is a race: so the log shows some of these messages, not all of them.
 */
public final class SocketErrors {

    /** The close code for a text message that is not UTF-8 ("invalid frame payload data"). */
    public static final int NOT_UTF8 = CloseReason.CloseCodes.NOT_CONSISTENT.getCode();

    /** How deep a cause is looked for; a chain may loop. */
    private static final int MAX_CAUSES = 8;

    private static final Logger LOG = Logger.getLogger(SocketErrors.class.getName());

    private SocketErrors() {
    }

    public static void log(Protocol protocol, Throwable failure) {
        // The connection is closing: its own throttle has nothing to count, the server-wide one still holds.
        log(protocol, failure, MalformedFrames.of(protocol));
    }

    static void log(Protocol protocol, Throwable failure, MalformedFrames malformedFrames) {
        if (isTextNotUtf8(failure)) {
            malformedFrames.report("text that is not UTF-8", "closed " + NOT_UTF8);
        } else {
            LOG.log(Level.FINE, failure, () -> protocol.label() + " socket error");
        }
    }

    /** The container signals text that is not UTF-8 with the JDK's UnsupportedEncodingException, which no Herald code throws. */
    static boolean isTextNotUtf8(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof UnsupportedEncodingException) {
                return true;
            }
        }
        return false;
    }
}
