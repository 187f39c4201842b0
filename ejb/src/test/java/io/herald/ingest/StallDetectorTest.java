package io.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Protocol;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StallDetectorTest {

    private final StallDetector detector = new StallDetector(Duration.ofSeconds(60));

    @Test
    void anIdleConsumerWithAnEmptyQueueIsFine() {
        assertEquals(Optional.empty(), detector.probe(Protocol.LOOM, 1_000_000, 0, Optional.empty()));
    }

    @Test
    void oneMessageInHandPastTheLimitIsAStall() {
        assertEquals(Optional.empty(), detector.probe(Protocol.LOOM, 160_000, 100_000, Optional.empty()));
        Optional<String> stuck = detector.probe(Protocol.LOOM, 160_001, 100_000, Optional.empty());
        assertTrue(stuck.orElseThrow().contains("in hand for 60 s"), stuck.toString());
    }

    @Test
    void aHeadThatDoesNotMoveForTheLimitIsAStall() {
        assertEquals(Optional.empty(), detector.probe(Protocol.CHAT, 0, 0, Optional.of("m1")));
        assertEquals(Optional.empty(), detector.probe(Protocol.CHAT, 60_000, 0, Optional.of("m1")));
        assertTrue(detector.probe(Protocol.CHAT, 60_001, 0, Optional.of("m1")).isPresent());
    }

    @Test
    void aMovingHeadIsABacklogBeingWorkedThroughNotAStall() {
        for (int second = 0; second < 600; second += 30) {
            assertEquals(Optional.empty(), detector.probe(Protocol.CHAT, second * 1000L, 0, Optional.of("m" + second)));
        }
    }

    @Test
    void anEmptiedQueueForgetsItsHead() {
        detector.probe(Protocol.WAZO, 0, 0, Optional.of("m1"));
        detector.probe(Protocol.WAZO, 30_000, 0, Optional.empty());
        assertEquals(Optional.empty(), detector.probe(Protocol.WAZO, 90_000, 0, Optional.of("m1")),
                "seen again after the queue was empty: counted from now");
    }

    @Test
    void protocolsAreJudgedApart() {
        detector.probe(Protocol.EWALLET, 0, 0, Optional.of("m1"));
        assertEquals(Optional.empty(), detector.probe(Protocol.OPENBAZAAR, 90_000, 0, Optional.of("m1")));
        assertTrue(detector.probe(Protocol.EWALLET, 90_000, 0, Optional.of("m1")).isPresent());
    }
}
