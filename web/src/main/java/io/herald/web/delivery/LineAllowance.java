package io.herald.web.delivery;

import io.herald.core.LogThrottle;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whether one connection may log one more line: within its own allowance and within the one all
 * connections share (a client may open connection after connection). A line let through says how
 * many were left out before it.
 */
final class LineAllowance {

    private final LogThrottle connection;
    private final LogThrottle allConnections;

    LineAllowance(LogThrottle connection, LogThrottle allConnections) {
        this.connection = connection;
        this.allConnections = allConnections;
    }

    /** @return empty if the line must not be logged; else what to append to it (empty text when none was left out) */
    Optional<String> admit() {
        OptionalLong fromThis = connection.admit();
        if (fromThis.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong fromAll = allConnections.admit();
        if (fromAll.isEmpty()) {
            return Optional.empty();
        }
        if (fromThis.getAsLong() == 0 && fromAll.getAsLong() == 0) {
            return Optional.of("");
        }
        return Optional.of(" [left out before this line: " + fromThis.getAsLong() + " from this connection, "
                + fromAll.getAsLong() + " over the server-wide cap]");
    }
}
