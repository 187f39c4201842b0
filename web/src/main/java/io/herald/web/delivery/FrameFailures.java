package io.herald.web.delivery;

import io.herald.core.LogThrottle;
import io.herald.core.Protocol;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs what failed on the server's side while one connection's frame was handled (the database
 * behind a port, a bug), so that a client who can make it fail at will cannot fill the log: a
 * connection logs its first failure at WARNING and then at most one every
 * {@link #PER_CONNECTION_INTERVAL}, all connections together at most {@value #ALL_CONNECTIONS_BURST}
 * lines at once and one a second after that. A WARNING line is one line naming the exception
 * classes only: their messages may quote what the client sent. The message and the stack trace go
 * to FINE, for whoever turns it on.
 */
public final class FrameFailures {

    static final int PER_CONNECTION_BURST = 1;
    static final Duration PER_CONNECTION_INTERVAL = Duration.ofMinutes(10);
    static final int ALL_CONNECTIONS_BURST = 10;
    static final Duration ALL_CONNECTIONS_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(FrameFailures.class.getName());
    private static final LogThrottle ALL_CONNECTIONS =
            new LogThrottle(ALL_CONNECTIONS_BURST, ALL_CONNECTIONS_INTERVAL, Clock.systemUTC());

    private final Protocol protocol;
    private final LineAllowance allowance;

    FrameFailures(Protocol protocol, LogThrottle connection, LogThrottle allConnections) {
        this.protocol = protocol;
        this.allowance = new LineAllowance(connection, allConnections);
    }

    /** The failure log of one new connection. */
    public static FrameFailures of(Protocol protocol) {
        return new FrameFailures(protocol,
                new LogThrottle(PER_CONNECTION_BURST, PER_CONNECTION_INTERVAL, Clock.systemUTC()), ALL_CONNECTIONS);
    }

    /**
     * One failure.
     *
     * @param what what failed, in a few words of the caller's own (never client text), e.g. "Loom ack"
     */
    public void report(String what, RuntimeException failure) {
        LOG.log(Level.FINE, protocol.label() + " " + what + " failed", failure);
        allowance.admit().ifPresent(leftOut -> LOG.warning(protocol.label() + " " + what + " failed: "
                + causes(failure) + " (stack trace at FINE)" + leftOut));
    }

    /** The classes of the exception and its causes, outermost first. */
    static String causes(Throwable failure) {
        StringBuilder names = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause(), depth++) {
            if (depth > 0) {
                names.append(" <- ");
            }
            names.append(t.getClass().getName());
        }
        return names.toString();
    }
}
