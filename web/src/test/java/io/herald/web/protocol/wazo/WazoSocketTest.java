package io.herald.web.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Router;
import io.herald.protocol.wazo.WazoAuthenticator;
import io.herald.protocol.wazo.WazoLiveTokens;
import io.herald.protocol.wazo.WazoPolicy;
import io.herald.protocol.wazo.WazoToken;
import io.herald.web.inbound.Handshake;
import io.herald.web.inbound.MessageAssembler;
import io.herald.testing.MutableClock;
import io.herald.web.testing.RecordingOutbound;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The expiry timer and the live-token index around one connection. */
class WazoSocketTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final int MAX_MESSAGE = 64;
    private static final String TOKEN_V2 = "{\"op\": \"token\", \"code\": 0}";

    private final MutableClock clock = new MutableClock(NOW);
    private final Map<String, WazoToken> tokens = new HashMap<>();
    private final WazoAuthenticator authenticator =
            new WazoAuthenticator(id -> Optional.ofNullable(tokens.get(id)), clock);
    private final Router router = new Router(List.of(new WazoPolicy()), new HeraldMetrics());
    private final WazoLiveTokens live = new WazoLiveTokens();
    private final ManualTimers timers = new ManualTimers();
    private final RecordingOutbound out = new RecordingOutbound();
    private final AtomicInteger closedCount = new AtomicInteger();
    private final WazoConnection connection = new WazoConnection(router, authenticator, out, clock);
    private final WazoSocket socket = new WazoSocket(connection, new MessageAssembler(MAX_MESSAGE, connection::onOversize),
            live, timers, clock, closedCount::incrementAndGet);

    WazoSocketTest() {
        token("short", Duration.ofMinutes(10));
        token("long", Duration.ofHours(2));
    }

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void anAcceptedConnectionIsTimedToItsTokenAndIndexedUnderIt() {
        socket.opened(handshake("short", null));
        assertEquals(1, timers.scheduled.size());
        assertEquals(Duration.ofMinutes(10).toMillis() + 1, timers.last().delayMillis());
        assertEquals(1, live.count("short"));
    }

    @Test
    void theTimerClosesWith4003OnceTheTokenHasExpired() {
        socket.opened(handshake("short", null));
        clock.advance(Duration.ofMinutes(10));
        timers.last().fire();
        assertEquals(4003, out.closeCode());
    }

    @Test
    void aTimerThatFiresEarlyIsSetAgainRatherThanClosing() {
        socket.opened(handshake("short", null));
        clock.advance(Duration.ofMinutes(9));
        timers.last().fire();
        assertNull(out.closeCode());
        assertEquals(2, timers.scheduled.size());
        assertEquals(Duration.ofMinutes(1).toMillis() + 1, timers.last().delayMillis());
    }

    @Test
    void swappingTheTokenMovesTheTimerAndTheIndexEntry() {
        socket.opened(handshake("short", "2"));
        ManualTimers.Scheduled first = timers.last();
        socket.onText("{\"op\": \"token\", \"data\": {\"token\": \"long\"}}", true);
        assertEquals(TOKEN_V2, out.frames.get(out.frames.size() - 1));
        assertTrue(first.future().isCancelled());
        assertEquals(Duration.ofHours(2).toMillis() + 1, timers.last().delayMillis());
        assertEquals(0, live.count("short"));
        assertEquals(1, live.count("long"));

        // The old expiry passes: the stale timer, had it fired anyway, closes nothing.
        clock.advance(Duration.ofMinutes(10));
        first.fire();
        assertNull(out.closeCode());
    }

    @Test
    void aRevocationClosesWith4003() {
        socket.opened(handshake("short", null));
        socket.revoke();
        assertEquals(4003, out.closeCode());
    }

    @Test
    void closingCancelsTheTimerAndLeavesTheIndexOnce() {
        socket.opened(handshake("short", null));
        socket.closed();
        socket.closed();
        assertTrue(timers.last().future().isCancelled());
        assertEquals(0, live.count("short"));
        assertEquals(1, closedCount.get());
    }

    @Test
    void aTimerFiringAfterTheCloseDoesNotSetItselfAgain() {
        socket.opened(handshake("short", null));
        socket.onBinary();
        assertEquals(4004, out.closeCode());
        clock.advance(Duration.ofHours(1));
        timers.last().fire();
        assertEquals(1, timers.scheduled.size());
        assertEquals(1, out.closes.size());
    }

    @Test
    void aRefusedConnectionIsNeitherTimedNorIndexed() {
        socket.opened(handshake("unknown", null));
        assertEquals(4002, out.closeCode());
        assertTrue(timers.scheduled.isEmpty());
        assertEquals(0, live.count("unknown"));
        assertFalse(out.frames.contains("{\"op\": \"init\", \"code\": 0, \"msg\": \"\"}"));
    }

    @Test
    void aMessageInPartsIsReadOnceWhole() {
        socket.opened(handshake("short", "2"));
        socket.onText("{\"op\": \"token\", ", false);
        socket.onText("\"data\": {\"token\": \"long\"}}", true);
        assertEquals(TOKEN_V2, out.frames.get(out.frames.size() - 1));
        assertEquals(1, live.count("long"));
    }

    @Test
    void aMessageOverTheLimitIsAProtocolErrorBeforeItsLastPart() {
        socket.opened(handshake("short", "2"));
        int sent = out.frames.size();
        socket.onText("{\"op\": \"ping\", \"data\": {\"payload\": \"", false);
        socket.onText("x".repeat(MAX_MESSAGE), false);
        assertEquals(4004, out.closeCode());
        socket.onText("\"}}", true);
        assertEquals(sent, out.frames.size(), "no pong for a refused ping");
        assertEquals(1, out.closes.size());
    }

    /** What the handshake filter hands on: the token and the version parameter, either null when absent. */
    private static Handshake.Presented handshake(String token, String version) {
        return Handshake.Presented.of(token).with(WazoVersion.PARAMETER, version);
    }

    private void token(String id, Duration lifetime) {
        tokens.put(id, new WazoToken(id, "user-" + id, "tenant", List.of("websocketd"), NOW.plus(lifetime), false));
    }
}
