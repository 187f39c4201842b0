package io.herald.incontainer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls an outcome that Herald reaches asynchronously (after a queue hands it a message) until it holds. */
final class Eventually {

    /** How long any outcome may take; far above what a message needs, so only a failure waits it out. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** The first value of {@code probe} that satisfies {@code done}; fails naming {@code what} and the last value. */
    static <T> T until(String what, Supplier<T> probe, Predicate<? super T> done) {
        Instant deadline = Instant.now().plus(WAIT);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WAIT + ": " + what + "; last seen: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            value = probe.get();
        }
        return value;
    }
}
