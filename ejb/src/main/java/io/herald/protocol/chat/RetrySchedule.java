package io.herald.protocol.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try a failed FCM push again: the delay doubles with every failed attempt, from
 * {@code first} up to {@code cap}, and never stops, so that a push is delayed but not lost.
 */
public record RetrySchedule(Duration first, Duration cap) {

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= cap, got " + first + " and " + cap);
        }
    }

    /** Ten seconds, doubling up to an hour. */
    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1));
    }

    /** The delay after the {@code failedAttempts}-th failure (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, got " + failedAttempts);
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) < 0 ? delay : cap;
    }

    /** When to make the next attempt, given the time of the last failure. */
    public Instant nextAttempt(Instant failedAt, int failedAttempts) {
        return failedAt.plus(delayAfter(failedAttempts));
    }
}
