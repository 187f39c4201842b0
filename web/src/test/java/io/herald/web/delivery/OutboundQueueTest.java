package io.herald.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.testing.OpenPolicy;
import io.herald.testing.TextSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    /** A transport that completes only when the test says so, like a socket waiting on the network. */
    static final class ManualTransport implements Transport {
        final List<String> written = new ArrayList<>();
        final List<Consumer<Throwable>> inFlight = new ArrayList<>();
        int closeCode;
        String closeReason;

        @Override
        public void sendText(String frame, Consumer<Throwable> done) {
            written.add(frame);
            inFlight.add(done);
        }

        @Override
        public void close(int code, String reason) {
            closeCode = code;
            closeReason = reason;
        }

        void completeNext() {
            inFlight.remove(0).accept(null);
        }
    }

    /** A transport that finishes every write before returning, as a fast local socket may. */
    static final class InlineTransport implements Transport {
        final List<String> written = new ArrayList<>();

        @Override
        public void sendText(String frame, Consumer<Throwable> done) {
            written.add(frame);
            done.accept(null);
        }

        @Override
        public void close(int code, String reason) {
        }
    }

    static final class CountingListener implements OutboundQueue.Listener {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger dropped = new AtomicInteger();

        @Override
        public void sent() {
            sent.incrementAndGet();
        }

        @Override
        public void dropped() {
            dropped.incrementAndGet();
        }
    }

    @Test
    void framesGoOutInOrderWithoutWaitingForEachOthersWrite() {
        ManualTransport transport = new ManualTransport();
        CountingListener listener = new CountingListener();
        OutboundQueue queue = new OutboundQueue(transport, 10, listener);

        queue.send("a");
        queue.send("b");
        queue.send("c");
        assertEquals(List.of("a", "b", "c"), transport.written, "handed over together, so one flush writes them all");
        assertEquals(3, queue.backlog(), "accepted frames count until their write completes");

        transport.completeNext();
        transport.completeNext();
        transport.completeNext();
        assertEquals(3, listener.sent.get());
        assertEquals(0, queue.backlog());
    }

    @Test
    void atMostMaxInFlightFramesAreWithTheTransportAtOnce() {
        ManualTransport transport = new ManualTransport();
        OutboundQueue queue = new OutboundQueue(transport, 1000, OutboundQueue.Listener.NONE);
        for (int i = 0; i < OutboundQueue.MAX_IN_FLIGHT + 10; i++) {
            queue.send("frame " + i);
        }
        assertEquals(OutboundQueue.MAX_IN_FLIGHT, transport.written.size());

        transport.completeNext();
        assertEquals(OutboundQueue.MAX_IN_FLIGHT + 1, transport.written.size(), "a completion lets the next one go");
        assertEquals("frame " + OutboundQueue.MAX_IN_FLIGHT, transport.written.get(OutboundQueue.MAX_IN_FLIGHT));
        assertEquals(OutboundQueue.MAX_IN_FLIGHT + 9, queue.backlog());
    }

    @Test
    void aClientThatCannotKeepUpIsClosedWith1013AndTheOverflowIsCounted() {
        ManualTransport transport = new ManualTransport();
        CountingListener listener = new CountingListener();
        OutboundQueue queue = new OutboundQueue(transport, 3, listener);

        for (int i = 0; i < 5; i++) {
            queue.send("frame " + i);
        }
        assertTrue(queue.isClosing());
        assertEquals(OutboundQueue.SLOW_CONSUMER, transport.closeCode, "closed without waiting for the stuck writes");

        transport.completeNext();
        assertEquals(List.of("frame 0", "frame 1", "frame 2"), transport.written, "nothing is written after the overflow");
        assertEquals(2, listener.dropped.get(), "frames 3 and 4 overflowed");
        assertEquals(1, listener.sent.get());
    }

    @Test
    void aCloseIsSentAfterTheFramesAlreadyQueued() {
        ManualTransport transport = new ManualTransport();
        OutboundQueue queue = new OutboundQueue(transport, 10, OutboundQueue.Listener.NONE);
        queue.send("last words");
        queue.close(4003, "expired");
        assertEquals(0, transport.closeCode);
        transport.completeNext();
        assertEquals(4003, transport.closeCode);
        assertEquals("expired", transport.closeReason);
    }

    @Test
    void aFailedWriteDropsWhatIsLeft() {
        ManualTransport transport = new ManualTransport();
        CountingListener listener = new CountingListener();
        OutboundQueue queue = new OutboundQueue(transport, 1000, listener);
        for (int i = 0; i < OutboundQueue.MAX_IN_FLIGHT + 1; i++) {
            queue.send("frame " + i);
        }
        transport.inFlight.remove(0).accept(new java.io.IOException("broken pipe"));

        assertEquals(OutboundQueue.MAX_IN_FLIGHT, transport.written.size(), "the waiting frame was not handed over");
        assertEquals(2, listener.dropped.get(), "the failed frame and the waiting one");
        queue.send("late");
        assertEquals(3, listener.dropped.get(), "a broken connection accepts nothing more");
    }

    @Test
    void writesThatCompleteInlineDoNotGrowTheStack() {
        InlineTransport transport = new InlineTransport();
        CountingListener listener = new CountingListener();
        OutboundQueue queue = new OutboundQueue(transport, 10, listener);
        for (int i = 0; i < 200_000; i++) {
            queue.send("x");
        }
        assertEquals(200_000, transport.written.size());
        assertEquals(200_000, listener.sent.get());
    }

    @Test
    void aStuckClientDoesNotHoldUpTheOtherSubscribersOfATopic() {
        Router router = new Router(List.of(new OpenPolicy(Protocol.OPENBAZAAR)), new HeraldMetrics());
        ManualTransport stuckSocket = new ManualTransport();
        InlineTransport fastSocket = new InlineTransport();
        OutboundQueue stuck = new OutboundQueue(stuckSocket, 200, OutboundQueue.Listener.NONE);
        OutboundQueue fast = new OutboundQueue(fastSocket, 200, OutboundQueue.Listener.NONE);
        router.join(queueing(stuck), "t");
        router.join(queueing(fast), "t");

        for (int i = 0; i < 100; i++) {
            router.publish(new Publication<>(TEXTS, Set.of("t"), "event " + i));
        }

        assertEquals(100, fastSocket.written.size(), "the fast client got everything");
        assertEquals(OutboundQueue.MAX_IN_FLIGHT, stuckSocket.written.size(), "the stuck one has its writes pending");
        assertEquals(100, stuck.backlog());
        assertNull(stuckSocket.closeReason);
    }

    /** The open policy's lane, for a router that only relays. */
    private static final Lane<String, String> TEXTS = OpenPolicy.textLane(Protocol.OPENBAZAAR);

    private static TextSubscriber queueing(OutboundQueue queue) {
        return new TextSubscriber(TEXTS, "anyone", (topic, publication) -> queue.send(publication.payload()));
    }
}
