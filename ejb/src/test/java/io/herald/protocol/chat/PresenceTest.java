package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final List<String> changes = Collections.synchronizedList(new ArrayList<>());
    private final Presence presence = new Presence((user, online) -> changes.add(user + (online ? " online" : " offline")));

    @Test
    void theFirstSessionBringsAUserOnlineAndTheLastTakesThemOffline() {
        Object phone = new Object();
        Object laptop = new Object();

        assertTrue(presence.opened(1, phone));
        assertFalse(presence.opened(1, laptop));
        assertTrue(presence.isOnline(1));
        assertFalse(presence.closed(1, phone));
        assertTrue(presence.isOnline(1));
        assertTrue(presence.closed(1, laptop));
        assertFalse(presence.isOnline(1));

        assertEquals(List.of("1 online", "1 offline"), changes);
    }

    @Test
    void repeatedOpensAndClosesOfOneSessionCountOnce() {
        Object tab = new Object();
        presence.opened(1, tab);
        presence.opened(1, tab);
        presence.closed(1, tab);
        assertFalse(presence.closed(1, tab));
        assertFalse(presence.closed(2, tab));

        assertEquals(List.of("1 online", "1 offline"), changes);
    }

    @Test
    void sessionsThatAreEqualButDistinctAreTwoSessions() {
        String a = new String("tab");
        String b = new String("tab");
        presence.opened(1, a);
        presence.opened(1, b);
        presence.closed(1, a);

        assertTrue(presence.isOnline(1));
        assertEquals(List.of("1 online"), changes);
    }

    @Test
    void usersAreTrackedApart() {
        presence.opened(1, new Object());
        assertFalse(presence.isOnline(2));
    }

    @Test
    void aFailingListenerDoesNotCorruptTheCount() {
        Presence failing = new Presence((user, online) -> {
            throw new IllegalStateException("router gone");
        });
        Object tab = new Object();
        assertTrue(failing.opened(1, tab));
        assertTrue(failing.closed(1, tab));
        assertFalse(failing.isOnline(1));
    }

    @Test
    void concurrentSessionsOfOneUserAlternateOnlineAndOfflineAndEndOffline() throws Exception {
        int threads = 4;
        int rounds = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        Object session = new Object();
                        presence.opened(7, session);
                        presence.closed(7, session);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertFalse(presence.isOnline(7));
        assertFalse(changes.isEmpty());
        for (int i = 0; i < changes.size(); i++) {
            assertEquals(i % 2 == 0 ? "7 online" : "7 offline", changes.get(i), "change " + i);
        }
    }
}
