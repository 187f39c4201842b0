package io.herald.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.LogThrottle;
import io.herald.core.Protocol;
import io.herald.testing.MutableClock;
import io.herald.web.testing.CapturedLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MalformedFramesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final CapturedLog log = CapturedLog.of(MalformedFrames.class);
    private final List<LogRecord> lines = log.records();

    @AfterEach
    void detach() {
        log.detach();
    }

    private MalformedFrames connection(LogThrottle allConnections) {
        return new MalformedFrames(Protocol.LOOM,
                new LogThrottle(3, Duration.ofMinutes(1), clock), allConnections);
    }

    private LogThrottle generous() {
        return new LogThrottle(1_000, Duration.ofSeconds(1), clock);
    }

    @Test
    void aConnectionLogsItsFirstThreeFramesThenOneAMinuteSayingHowManyItLeftOut() {
        MalformedFrames frames = connection(generous());
        for (int i = 0; i < 100; i++) {
            frames.report("not JSON: Input is too deeply nested 1,000", "ignored");
        }
        assertEquals(3, lines.size());
        assertEquals("malformed loom frame (ignored): not JSON: Input is too deeply nested 1,000",
                lines.get(0).getMessage());

        clock.advance(Duration.ofSeconds(59));
        frames.report("again", "ignored");
        assertEquals(3, lines.size(), "not before the minute is up");

        clock.advance(Duration.ofSeconds(1));
        frames.report("again", "ignored");
        assertEquals(4, lines.size());
        assertEquals("malformed loom frame (ignored): again [left out before this line: 98 from this connection,"
                + " 0 over the server-wide cap]", lines.get(3).getMessage());
    }

    @Test
    void linesAreOneLineWithoutStackTraceAndAReasonQuotingTheClientIsCut() {
        connection(generous()).report("unknown command " + "x".repeat(10_000) + "\nforged line", "ignored");
        LogRecord line = lines.get(0);
        assertEquals(null, line.getThrown());
        assertTrue(line.getMessage().length() < 300, line.getMessage());
        assertTrue(!line.getMessage().contains("\n"), line.getMessage());
    }

    @Test
    void manyConnectionsTogetherAreHeldToTheServerWideCap() {
        LogThrottle allConnections = new LogThrottle(5, Duration.ofSeconds(1), clock);
        for (int i = 0; i < 10; i++) {
            connection(allConnections).report("not JSON", "answered 400");
        }
        assertEquals(5, lines.size());

        clock.advance(Duration.ofSeconds(1));
        connection(allConnections).report("not JSON", "answered 400");
        assertEquals(6, lines.size());
        assertTrue(lines.get(5).getMessage().endsWith("0 from this connection, 5 over the server-wide cap]"),
                lines.get(5).getMessage());
    }
}
