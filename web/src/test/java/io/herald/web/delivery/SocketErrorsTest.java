package io.herald.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.LogThrottle;
import io.herald.core.Protocol;
import io.herald.web.testing.CapturedLog;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketErrorsTest {

    private final CapturedLog log = CapturedLog.of(MalformedFrames.class, SocketErrors.class);
    private final List<LogRecord> lines = log.records();

    @AfterEach
    void detach() {
        log.detach();
    }

    @Test
    void textThatIsNotUtf8IsOneMalformedFrameLineWithoutStackTrace() {
        SocketErrors.log(Protocol.CHAT, new UnsupportedEncodingException("Text frame contains non UTF-8 data"),
                unthrottled(Protocol.CHAT));

        assertEquals(1, lines.size());
        LogRecord line = lines.get(0);
        assertEquals(Level.INFO, line.getLevel());
        assertEquals("malformed chat frame (closed 1007): text that is not UTF-8", line.getMessage());
        assertNull(line.getThrown());
    }

    @Test
    void otherFailuresStayAtFineWithTheirCause() {
        IOException gone = new IOException("connection reset by peer");
        SocketErrors.log(Protocol.WAZO, gone, unthrottled(Protocol.WAZO));

        assertEquals(1, lines.size());
        LogRecord line = lines.get(0);
        assertEquals(Level.FINE, line.getLevel());
        assertTrue(line.getMessage().contains("socket error"), line.getMessage());
        assertSame(gone, line.getThrown());
    }

    /** The server-wide throttle is shared with every other test of this run. */
    private static MalformedFrames unthrottled(Protocol protocol) {
        return new MalformedFrames(protocol, new LogThrottle(10, Duration.ofMinutes(1), Clock.systemUTC()),
                new LogThrottle(10, Duration.ofMinutes(1), Clock.systemUTC()));
    }

    @Test
    void theInvalidTextIsRecognisedWhenWrapped() {
        assertTrue(SocketErrors.isTextNotUtf8(new IOException(new UnsupportedEncodingException("not UTF-8"))));
        assertFalse(SocketErrors.isTextNotUtf8(new IOException("broken pipe")));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        IOException first = new IOException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);
        assertFalse(SocketErrors.isTextNotUtf8(first));
    }
}
