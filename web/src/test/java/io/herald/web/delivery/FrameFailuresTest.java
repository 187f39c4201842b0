package io.herald.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.herald.core.LogThrottle;
import io.herald.core.Protocol;
import io.herald.testing.MutableClock;
import io.herald.web.testing.CapturedLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FrameFailuresTest {

    private static final RuntimeException DATABASE = new IllegalStateException("could not insert 'secret-ish value'",
            new java.sql.SQLDataException("Value too long for column \"EVENT_ID\": 'xxxx'"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final CapturedLog log = CapturedLog.of(FrameFailures.class.getName(), Level.FINE);

    @AfterEach
    void detach() {
        log.close();
    }

    private FrameFailures connection(LogThrottle allConnections) {
        return new FrameFailures(Protocol.LOOM, new LogThrottle(1, Duration.ofMinutes(10), clock), allConnections);
    }

    @Test
    void aConnectionWarnsOnceInOneLineNamingOnlyTheExceptionClassesAndKeepsTheStackTraceForFine() {
        FrameFailures failures = connection(new LogThrottle(100, Duration.ofSeconds(1), clock));
        for (int i = 0; i < 50; i++) {
            failures.report("ack", DATABASE);
        }

        List<LogRecord> warnings = log.at(Level.WARNING);
        assertEquals(1, warnings.size());
        assertEquals("loom ack failed: java.lang.IllegalStateException <- java.sql.SQLDataException (stack trace at FINE)",
                warnings.get(0).getMessage());
        assertNull(warnings.get(0).getThrown());
        List<LogRecord> fine = log.at(Level.FINE);
        assertEquals(50, fine.size());
        assertSame(DATABASE, fine.get(0).getThrown());

        clock.advance(Duration.ofMinutes(10));
        failures.report("ack", DATABASE);
        assertEquals(2, log.at(Level.WARNING).size());
        assertEquals("loom ack failed: java.lang.IllegalStateException <- java.sql.SQLDataException (stack trace at FINE)"
                + " [left out before this line: 49 from this connection, 0 over the server-wide cap]",
                log.at(Level.WARNING).get(1).getMessage());
    }

    @Test
    void manyConnectionsTogetherAreHeldToTheServerWideCap() {
        LogThrottle allConnections = new LogThrottle(3, Duration.ofSeconds(1), clock);
        for (int i = 0; i < 10; i++) {
            connection(allConnections).report("frame", DATABASE);
        }
        assertEquals(3, log.at(Level.WARNING).size());
    }
}
