package io.herald.web.delivery;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, lock-free send queue for one connection. Producers (the router's delivery thread, the
 * endpoint) only enqueue, so a slow client never blocks them. Up to {@link #MAX_IN_FLIGHT} frames
 * are handed to the transport without waiting for each other: the container then writes all that
 * reached it before its next flush in one system call, which is most of the cost of a burst. Waiting
 * for each write before the next made every frame its own write. When more than {@code capacity} frames wait, the client is too slow to keep
 * up: the queue drops what waits and closes the connection at once with 1013 (try again later),
 * so the client reconnects instead of silently missing frames in the middle of its stream.
 */
public final class OutboundQueue implements Outbound {

    /** Close code sent to a client that could not keep up (RFC 6455 "Try Again Later"). */
    public static final int SLOW_CONSUMER = 1013;

    /** Frames handed to the transport and not yet completed, at most; the rest wait here. */
    static final int MAX_IN_FLIGHT = 64;

    private final Transport transport;
    private final int capacity;
    private final Listener listener;

    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger work = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    // Touched only inside the serialised drain loop.
    private Close waitingClose;
    private boolean closeSent;

    /** Told what became of each frame; used for Herald's counters. */
    public interface Listener {
        void sent();

        void dropped();

        Listener NONE = new Listener() {
            @Override
            public void sent() {
            }

            @Override
            public void dropped() {
            }
        };
    }

    private record Close(int code, String reason) {
    }

    public OutboundQueue(Transport transport, int capacity, Listener listener) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.transport = transport;
        this.capacity = capacity;
        this.listener = listener;
    }

    @Override
    public void send(String frame) {
        if (closing.get()) {
            listener.dropped();
            return;
        }
        if (queued.incrementAndGet() > capacity) {
            queued.decrementAndGet();
            listener.dropped();
            abort(SLOW_CONSUMER, "send queue full");
            return;
        }
        pending.add(frame);
        drain();
    }

    @Override
    public void close(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            pending.add(new Close(code, reason));
            drain();
        }
    }

    /**
     * Closes at once without writing what is still waiting: the client cannot keep up, and its
     * pending write may never finish, so the close must not queue behind it.
     */
    private void abort(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            dropRemaining();
            transport.close(code, reason);
        }
    }

    /** Frames accepted but not yet written. */
    public int backlog() {
        return queued.get();
    }

    public boolean isClosing() {
        return closing.get();
    }

    /*
     * Serialised drain loop: whichever thread moves `work` from 0 runs it, others only note that
     * there is more to do. A transport that completes inline re-enters drain(), which just bumps
     * `work`, so the stack never grows with the queue. A close waits until every frame before it
     * has completed, and nothing is written after it.
     */
    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        do {
            if (!closeSent) {
                handOver();
            }
        } while (work.decrementAndGet() != 0);
    }

    private void handOver() {
        while (waitingClose == null && inFlight.get() < MAX_IN_FLIGHT) {
            Object next = pending.poll();
            if (next == null) {
                return;
            }
            if (next instanceof String frame) {
                inFlight.incrementAndGet();
                transport.sendText(frame, this::completed);
            } else {
                waitingClose = (Close) next;
            }
        }
        if (waitingClose != null && inFlight.get() == 0) {
            closeSent = true;
            dropRemaining();
            transport.close(waitingClose.code(), waitingClose.reason());
        }
    }

    private void completed(Throwable failure) {
        queued.decrementAndGet();
        if (failure == null) {
            listener.sent();
        } else {
            listener.dropped();
            closing.set(true);
            dropRemaining();
        }
        inFlight.decrementAndGet();
        drain();
    }

    private void dropRemaining() {
        Object next;
        while ((next = pending.poll()) != null) {
            if (next instanceof String) {
                queued.decrementAndGet();
                listener.dropped();
            }
        }
    }
}
