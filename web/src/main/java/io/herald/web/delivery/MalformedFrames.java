package io.herald.web.delivery;

import io.herald.core.LogText;
import io.herald.core.LogThrottle;
import io.herald.core.Protocol;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Logs what one connection's client sent that its protocol cannot read: one line per frame, no
 * stack trace, the decoder's reason (never the frame). So that no client can fill the log, a
 * connection logs its first {@value #PER_CONNECTION_BURST} such frames and then at most one a
 * minute; and since a client may open connection after connection, all connections together log
 * at most {@value #ALL_CONNECTIONS_BURST} lines at once and one a second after that. A line says how
 * many were left out before it.
 */
public final class MalformedFrames {

    static final int PER_CONNECTION_BURST = 3;
    static final Duration PER_CONNECTION_INTERVAL = Duration.ofMinutes(1);
    static final int ALL_CONNECTIONS_BURST = 50;
    static final Duration ALL_CONNECTIONS_INTERVAL = Duration.ofSeconds(1);
    /** Decoder reasons are a few words; the cap is for those that quote a field. */
    static final int MAX_REASON = 160;

    private static final Logger LOG = Logger.getLogger(MalformedFrames.class.getName());
    private static final LogThrottle ALL_CONNECTIONS =
            new LogThrottle(ALL_CONNECTIONS_BURST, ALL_CONNECTIONS_INTERVAL, Clock.systemUTC());

    private final Protocol protocol;
    private final LineAllowance allowance;

    MalformedFrames(Protocol protocol, LogThrottle connection, LogThrottle allConnections) {
        this.protocol = protocol;
        this.allowance = new LineAllowance(connection, allConnections);
    }

    /** The log of one new connection. */
    public static MalformedFrames of(Protocol protocol) {
        return new MalformedFrames(protocol,
                new LogThrottle(PER_CONNECTION_BURST, PER_CONNECTION_INTERVAL, Clock.systemUTC()), ALL_CONNECTIONS);
    }

    /**
     * One malformed frame.
     *
     * @param outcome what the connection did about it, e.g. "answered invalid_format"
     */
    public void report(String reason, String outcome) {
        allowance.admit().ifPresent(leftOut -> LOG.info("malformed " + protocol.label() + " frame (" + outcome + "): "
                + LogText.shorten(reason, MAX_REASON) + leftOut));
    }
}
