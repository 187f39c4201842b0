package io.herald.web.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A point where a step of the code under test waits until the test opens it, as it would wait for a
 * slow database or remote service. A gate never opened gives way after {@link Background#DEADLINE},
 * so a test that fails cannot hang.
 */
public final class Gate {

    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);

    /** Called by the code under test: it is now waiting, until the gate opens. */
    public void pass() {
        waiting.countDown();
        try {
            opened.await(Background.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns once a step is waiting at the gate; fails after the deadline. */
    public void awaitWaiting() throws InterruptedException {
        if (!waiting.await(Background.DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("nothing reached the gate");
        }
    }

    /** Lets the waiting step through. */
    public void open() {
        opened.countDown();
    }
}
