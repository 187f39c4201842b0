package io.herald.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.testing.OpenPolicy;
import io.herald.testing.TextSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouterTest {

    /** A lane whose principals are names and whose events are texts. */
    private static final Lane<String, String> ROOMS_LANE = new Lane<>(Protocol.LOOM, String.class, String.class);

    /** Topics "room:*" exist; a principal may join only "room:<its own name>"; "room:missing" does not exist. */
    private static final TopicPolicy<String, String> ROOMS = new TopicPolicy<>() {
        @Override
        public Lane<String, String> lane() {
            return ROOMS_LANE;
        }

        @Override
        public JoinDecision mayJoin(String principal, String topic) {
            if (!topic.startsWith("room:")) {
                return JoinDecision.UNMATCHED;
            }
            if (topic.equals("room:missing")) {
                return JoinDecision.NOT_FOUND;
            }
            return topic.equals("room:" + principal) ? JoinDecision.ALLOWED : JoinDecision.FORBIDDEN;
        }

        @Override
        public boolean mayReceive(String principal, String event) {
            return !"muted".equals(principal);
        }
    };

    private final HeraldMetrics metrics = new HeraldMetrics();
    private final Router router = new Router(List.of(ROOMS), metrics);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static RecordingSubscriber subscriber(String name) {
        return new RecordingSubscriber(ROOMS_LANE, name, Publication::payload);
    }

    private static Publication<String> event(String text, String... topics) {
        return new Publication<>(ROOMS_LANE, Set.of(topics), text);
    }

    @Test
    void theProtocolsPolicyDecidesEveryJoin() {
        RecordingSubscriber alice = subscriber("alice");
        assertEquals(JoinDecision.ALLOWED, router.join(alice, "room:alice"));
        assertEquals(JoinDecision.FORBIDDEN, router.join(alice, "room:bob"));
        assertEquals(JoinDecision.NOT_FOUND, router.join(alice, "room:missing"));
        assertEquals(JoinDecision.UNMATCHED, router.join(alice, "lobby"));
        assertTrue(router.isSubscribed(alice, "room:alice"));
        assertFalse(router.isSubscribed(alice, "room:bob"));
    }

    @Test
    void anAdmissionSubscribesNothingUntilItIsApplied() {
        RecordingSubscriber alice = subscriber("alice");

        Admission admission = router.admit(alice, "room:alice");
        router.publish(event("before", "room:alice"));

        assertEquals(JoinDecision.ALLOWED, admission.decision());
        assertFalse(router.isSubscribed(alice, "room:alice"));
        assertTrue(admission.subscribe());
        assertTrue(admission.subscribe(), "subscribing twice is subscribing once");
        router.publish(event("after", "room:alice"));
        assertEquals(List.of("room:alice after"), alice.frames);
        assertEquals(Set.of(alice), router.subscribersOf(ROOMS_LANE, "room:alice"));
    }

    @Test
    void aRefusedAdmissionNeverSubscribes() {
        RecordingSubscriber alice = subscriber("alice");

        Admission refused = router.admit(alice, "room:bob");

        assertEquals(JoinDecision.FORBIDDEN, refused.decision());
        assertFalse(refused.allowed());
        assertFalse(refused.subscribe());
        assertFalse(router.isSubscribed(alice, "room:bob"));
        assertEquals(0, router.topicCount(Protocol.LOOM));
    }

    @Test
    void aPublicationReachesTheSubscribersOfItsTopicsOnly() {
        RecordingSubscriber alice = subscriber("alice");
        RecordingSubscriber bob = subscriber("bob");
        router.join(alice, "room:alice");
        router.join(bob, "room:bob");

        router.publish(event("hello", "room:alice"));

        assertEquals(List.of("room:alice hello"), alice.frames);
        assertEquals(List.of(), bob.frames);
    }

    @Test
    void leavingStopsDelivery() {
        RecordingSubscriber alice = subscriber("alice");
        router.join(alice, "room:alice");
        assertTrue(router.leave(alice, "room:alice"));
        assertFalse(router.leave(alice, "room:alice"));

        router.publish(event("after leave", "room:alice"));

        assertEquals(List.of(), alice.frames);
        assertEquals(0, router.topicCount(Protocol.LOOM), "an empty topic is forgotten");
    }

    @Test
    void thePolicyCanWithholdAPublicationAtDeliveryTime() {
        RecordingSubscriber muted = subscriber("muted");
        router.join(muted, "room:muted");
        router.publish(event("not for you", "room:muted"));
        assertEquals(List.of(), muted.frames);
    }

    @Test
    void aFrameIsEncodedOncePerFormatHoweverManySubscribers() {
        AtomicInteger encodings = new AtomicInteger();
        Function<Publication<String>, String> countingEncoder = p -> {
            encodings.incrementAndGet();
            return "{\"n\":" + p.payload() + "}";
        };
        List<RecordingSubscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            RecordingSubscriber s = new RecordingSubscriber(ROOMS_LANE, "crowd", countingEncoder);
            router.join(s, "room:crowd");
            subscribers.add(s);
        }

        router.publish(event("42", "room:crowd"));

        assertEquals(1, encodings.get());
        assertTrue(subscribers.stream().allMatch(s -> s.frames.equals(List.of("room:crowd {\"n\":42}"))));
    }

    @Test
    void perTopicFanoutDeliversOnEachTopicAndOnceFanoutDeliversOnce() {
        OpenPolicy anything = new OpenPolicy(Protocol.WAZO);
        Lane<String, String> wazoLane = anything.lane();
        Router wazo = new Router(List.of(anything), metrics);
        RecordingSubscriber client = new RecordingSubscriber(wazoLane, "u", Publication::payload);
        wazo.join(client, "a");
        wazo.join(client, "b");

        wazo.publish(new Publication<>(wazoLane, Set.of("a", "b"), "per-topic", Fanout.PER_TOPIC));
        wazo.publish(new Publication<>(wazoLane, Set.of("a", "b"), "once", Fanout.ONCE));

        assertEquals(2, client.frames.stream().filter(f -> f.endsWith("per-topic")).count());
        assertEquals(1, client.frames.stream().filter(f -> f.endsWith("once")).count());
    }

    @Test
    void aSubscriberThatThrowsDoesNotCostTheOthersTheirCopy() {
        TextSubscriber broken = new TextSubscriber(ROOMS_LANE, "crowd", (topic, publication) -> {
            throw new IllegalStateException("socket gone");
        });
        RecordingSubscriber healthy = subscriber("crowd");
        router.join(broken, "room:crowd");
        router.join(healthy, "room:crowd");

        router.publish(event("still here", "room:crowd"));

        assertEquals(List.of("room:crowd still here"), healthy.frames);
        assertEquals(1, metrics.snapshot(Protocol.LOOM).framesDropped());
    }

    @Test
    void aPublishStuckInOneSubscriberDoesNotHoldUpOtherPublications() throws Exception {
        // The router holds no lock while it delivers: a publish stuck in one subscriber leaves
        // other publications free to go. (That a real connection's deliver() never blocks on its
        // socket is OutboundQueueTest's part.)
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TextSubscriber blocking = new TextSubscriber(ROOMS_LANE, "slow", (topic, publication) -> {
            stuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        RecordingSubscriber fast = subscriber("fast");
        router.join(blocking, "room:slow");
        router.join(fast, "room:fast");

        Future<?> slowPublish = pool.submit(() -> router.publish(event("slow", "room:slow")));
        assertTrue(stuck.await(5, TimeUnit.SECONDS));
        pool.submit(() -> router.publish(event("fast", "room:fast"))).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("room:fast fast"), fast.frames);

        release.countDown();
        slowPublish.get(5, TimeUnit.SECONDS);
    }

    @Test
    void concurrentJoinsLeavesAndPublishesKeepTheRegistryConsistent() throws Exception {
        int threads = 4;
        int rounds = 2000;
        RecordingSubscriber steady = subscriber("race");
        router.join(steady, "room:race");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                    RecordingSubscriber churn = subscriber("race");
                    router.join(churn, "room:race");
                    router.publish(event("e", "room:race"));
                    router.leave(churn, "room:race");
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }

        assertEquals(threads * rounds, steady.frames.size(), "the steady subscriber saw every publication");
        assertEquals(Set.of(steady), router.subscribersOf(ROOMS_LANE, "room:race"),
                "every churned subscriber is gone and the steady one is left");
    }

    @Test
    void aSubscriberOnAnotherLaneThanThePolicysIsRefused() {
        Lane<String, Integer> counters = new Lane<>(Protocol.LOOM, String.class, Integer.class);
        Subscriber<String, Integer> stranger = new Subscriber<>() {
            @Override
            public Lane<String, Integer> lane() {
                return counters;
            }

            @Override
            public String principal() {
                return "alice";
            }

            @Override
            public void deliver(String topic, Publication<Integer> publication) {
                throw new AssertionError("never subscribed");
            }
        };

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> router.admit(stranger, "room:alice"));
        assertTrue(refused.getMessage().contains("not the policy's lane"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> router.publish(new Publication<>(counters, Set.of("room:alice"), 1)));
        assertEquals(0, router.topicCount(Protocol.LOOM));
    }

    @Test
    void aPublicationOfNothingReachesNobody() {
        RecordingSubscriber alice = subscriber("alice");
        router.join(alice, "room:alice");

        router.publish(Publication.none(ROOMS_LANE));

        assertEquals(List.of(), alice.frames);
        assertEquals(Set.of(), Publication.none(ROOMS_LANE).topics());
    }

    @Test
    void aLaneWithoutAPolicyHasNoRoute() {
        Lane<String, String> chat = new Lane<>(Protocol.CHAT, String.class, String.class);

        assertThrows(IllegalStateException.class,
                () -> router.join(new RecordingSubscriber(chat, "alice", Publication::payload), "room:alice"));
        assertEquals(0, router.topicCount(Protocol.CHAT));
    }
}
