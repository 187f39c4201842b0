package io.herald.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A token bucket for log lines: up to {@code burst} lines at once, then one more per
 * {@code interval}. It counts the lines it holds back, so the next line it lets through can say
 * how many were left out.
 */
public final class LogThrottle {

    private final int burst;
    private final Duration interval;
    private final Clock clock;

    private int tokens;
    private Instant refilled;
    private long withheld;

    public LogThrottle(int burst, Duration interval, Clock clock) {
        this.burst = burst;
        this.interval = interval;
        this.clock = clock;
        this.tokens = burst;
        this.refilled = clock.instant();
    }

    /** @return empty if this line must not be logged; else how many lines were held back since the last one */
    public synchronized OptionalLong admit() {
        refill();
        if (tokens == 0) {
            withheld++;
            return OptionalLong.empty();
        }
        tokens--;
        long held = withheld;
        withheld = 0;
        return OptionalLong.of(held);
    }

    private void refill() {
        Instant now = clock.instant();
        long earned = Duration.between(refilled, now).toNanos() / interval.toNanos();
        if (earned <= 0) {
            return;
        }
        if (tokens + earned >= burst) {
            tokens = burst;
            refilled = now;
        } else {
            tokens += (int) earned;
            refilled = refilled.plus(interval.multipliedBy(earned));
        }
    }
}
