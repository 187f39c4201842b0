package io.herald.web.protocol.wazo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A scheduler whose tasks never run by themselves: the test runs them when it wants. */
final class ManualTimers extends ScheduledThreadPoolExecutor {

    record Scheduled(Runnable task, long delayMillis, ScheduledFuture<?> future) {
        void fire() {
            task.run();
        }
    }

    final List<Scheduled> scheduled = new ArrayList<>();

    ManualTimers() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        // A real, cancellable future for a task that does nothing; the command waits for the test.
        ScheduledFuture<?> future = super.schedule(() -> { }, 1, TimeUnit.DAYS);
        scheduled.add(new Scheduled(command, unit.toMillis(delay), future));
        return future;
    }

    synchronized Scheduled last() {
        return scheduled.get(scheduled.size() - 1);
    }
}
