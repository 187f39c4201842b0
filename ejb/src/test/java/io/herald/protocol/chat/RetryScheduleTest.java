package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1));

    @Test
    void theDelayDoublesUntilTheCap() {
        assertEquals(Duration.ofSeconds(10), schedule.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), schedule.delayAfter(2));
        assertEquals(Duration.ofSeconds(40), schedule.delayAfter(3));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(4));
        assertEquals(Duration.ofSeconds(60), schedule.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void theNextAttemptFollowsTheLastFailure() {
        Instant failedAt = Instant.parse("2018-10-08T08:30:39.657Z");
        assertEquals(failedAt.plusSeconds(20), schedule.nextAttempt(failedAt, 2));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> schedule.delayAfter(0));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
