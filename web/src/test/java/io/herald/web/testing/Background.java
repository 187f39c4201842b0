package io.herald.web.testing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Steps a test runs on threads of their own, awaited with a deadline: a step that blocks where it
 * must not fails the test instead of hanging it.
 */
public final class Background implements AutoCloseable {

    /** Far longer than any step takes when nothing blocks it. */
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** Starts the step and returns at once. */
    public Future<?> start(Runnable step) {
        return threads.submit(step);
    }

    /** Runs the step on another thread and returns once it is done; fails if it is not done by the deadline. */
    public void run(String what, Runnable step) throws InterruptedException {
        await(what, start(step));
    }

    /** Waits for a started step; fails if it is not done by the deadline. */
    public static void await(String what, Future<?> step) throws InterruptedException {
        try {
            step.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " was still blocked after " + DEADLINE.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
