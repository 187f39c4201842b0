package io.herald.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Protocol;
import io.herald.persistence.StoredEvent;
import io.herald.protocol.loom.JpaLoomAcks;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomTopics;
import io.herald.protocol.openbazaar.OpenBazaarEventMapper;
import io.herald.protocol.openbazaar.OpenBazaarHistory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The stores' pages against the real database, with more rows than a page and than the stores' own
 * internal pages: read page after page from where the last one ended, every row comes once, in order,
 * with nothing skipped or repeated at a page's edge, whatever the filter.
 */
public class PagingInContainerIT extends InContainerTest {

    @Inject
    JpaLoomAcks acks;

    @Inject
    OpenBazaarHistory openBazaarHistory;

    @Test
    void theEventStoreReadsEveryEventOnceInOrderForwardsAndBackwards() throws Exception {
        String stream = "ic-paging-" + RUN;
        int events = 1_050;
        for (int from = 0; from < events; from += 150) {
            int first = from;
            database.inTransaction(() -> {
                for (int i = first; i < first + 150; i++) {
                    store.append(stream, "e" + i, i % 2 == 0 ? "even" : "odd", "{\"i\":" + i + "}");
                }
                return null;
            });
        }

        assertEquals(keys(0, events, i -> true), forwards(stream, Set.of(), 100));
        assertEquals(keys(0, events, i -> i % 2 == 1), forwards(stream, Set.of("odd"), 64));
        List<String> newestFirst = new ArrayList<>();
        long before = Long.MAX_VALUE;
        List<StoredEvent> page;
        do {
            page = store.newestFirst(stream, before, Set.of("even"), 99);
            page.forEach(e -> newestFirst.add(e.getEventKey()));
            before = page.isEmpty() ? before : page.get(page.size() - 1).getSeq();
        } while (page.size() == 99);
        assertEquals(reversed(keys(0, events, i -> i % 2 == 0)), newestFirst);
        assertEquals(events, store.count(stream, Set.of()));
        assertEquals(events / 2, store.count(stream, Set.of("odd")));
        assertEquals(events, store.head(stream));
    }

    /**
     * More events than the ack store's internal page (500), with acknowledged runs across its edges: an
     * app paging through what it has not acknowledged gets exactly that, once and in order.
     */
    @Test
    void unacknowledgedLoomEventsPageAcrossTheStoresInternalPages() {
        String organization = "ic-acks-" + RUN;
        String app = "app-" + RUN;
        int events = 1_100;
        acks.enroll(organization, app);
        List<String> bodies = IntStream.range(0, events).mapToObj(i -> Events.loom(organization, "e" + i,
                i % 3 == 0 ? "mission_control.job_removed" : "mission_control.job_added")).toList();
        producer.sendAll(Protocol.LOOM, bodies, Map.of());
        String stream = LoomTopics.stream(organization);
        Eventually.until("all " + events + " Loom events stored", () -> store.head(stream), head -> head == events);
        IntPredicate acknowledged = i -> i % 5 == 0 || (i >= 490 && i < 1010);
        acks.acknowledge(organization, app, keys(0, events, acknowledged));

        Set<String> all = Set.of("mission_control.job_added", "mission_control.job_removed");
        assertEquals(keys(0, events, acknowledged.negate()), unacknowledged(organization, app, all, 40));
        assertEquals(keys(0, events, acknowledged.negate().and(i -> i % 3 == 0)),
                unacknowledged(organization, app, Set.of("mission_control.job_removed"), 7));
    }

    @Test
    void openBazaarNotificationsPageNewestFirstFromTheLastOneRead() {
        String node = "ic-paging-node-" + RUN;
        int notifications = 230;
        producer.sendAll(Protocol.OPENBAZAAR, IntStream.range(0, notifications)
                        .mapToObj(i -> Events.notification("n" + i, i % 2 == 0 ? "payment" : "follow")).toList(),
                Map.of(OpenBazaarEventMapper.NODE_PROPERTY, node));
        Eventually.until("all notifications stored", () -> openBazaarHistory.notifications(node, 1, null, Set.of()).total(),
                total -> total == notifications);

        assertEquals(reversed(keys("n", 0, notifications, i -> true)), notificationIds(node, Set.of(), 25));
        assertEquals(reversed(keys("n", 0, notifications, i -> i % 2 == 1)), notificationIds(node, Set.of("follow"), 17));
        OpenBazaarHistory.NotificationPage filtered = openBazaarHistory.notifications(node, 5, null, Set.of("payment"));
        assertEquals(notifications / 2, filtered.total());
        assertEquals(notifications, filtered.unread());
    }

    private List<String> forwards(String stream, Set<String> kinds, int limit) {
        return pages(after -> kinds.isEmpty() ? store.after(stream, after, limit) : store.after(stream, after, kinds, limit),
                StoredEvent::getSeq, StoredEvent::getEventKey, limit);
    }

    private List<String> unacknowledged(String organization, String app, Set<String> names, int limit) {
        return pages(after -> acks.unacknowledged(organization, app, names, after, limit), LoomEvent::sequence,
                LoomEvent::id, limit);
    }

    /** Reads page after page, each from where the last one ended, until a short page says there is no more. */
    private static <T> List<String> pages(Function<Long, List<T>> page, Function<T, Long> position,
                                          Function<T, String> key, int limit) {
        List<String> read = new ArrayList<>();
        long after = 0;
        int size;
        do {
            List<T> rows = page.apply(after);
            size = rows.size();
            assertTrue(size <= limit, "a page of " + limit + " held " + size);
            for (T row : rows) {
                read.add(key.apply(row));
                after = position.apply(row);
            }
        } while (size == limit);
        return read;
    }

    private List<String> notificationIds(String node, Set<String> types, int limit) {
        List<String> read = new ArrayList<>();
        String offset = null;
        List<OpenBazaarHistory.Notification> page;
        do {
            page = openBazaarHistory.notifications(node, limit, offset, types).notifications();
            for (OpenBazaarHistory.Notification notification : page) {
                JsonObject json = Json.createReader(new StringReader(notification.json())).readObject();
                offset = json.getString("notificationId");
                read.add(offset);
            }
        } while (page.size() == limit);
        return read;
    }

    private static List<String> reversed(List<String> list) {
        List<String> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed;
    }

    private static List<String> keys(int from, int to, IntPredicate which) {
        return keys("e", from, to, which);
    }

    private static List<String> keys(String prefix, int from, int to, IntPredicate which) {
        return IntStream.range(from, to).filter(which).mapToObj(i -> prefix + i).toList();
    }
}
