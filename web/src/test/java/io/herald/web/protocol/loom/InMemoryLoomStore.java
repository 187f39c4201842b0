package io.herald.web.protocol.loom;

import io.herald.protocol.loom.LoomAcks;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** History and ack state of one organization's stream, in memory; a hook runs inside each read. */
final class InMemoryLoomStore implements LoomHistory, LoomAcks {

    final List<LoomEvent> events = new ArrayList<>();
    final Set<String> acked = new HashSet<>();
    final List<String> enrolled = new ArrayList<>();
    long enrolledAt = -1;
    /** Runs after a page is read and before it is returned: the moment live events race a replay. */
    Runnable duringRead = () -> { };
    boolean failing;

    LoomEvent append(LoomEvent event) {
        LoomEvent stored = event.withSequence(events.size() + 1L);
        events.add(stored);
        return stored;
    }

    @Override
    public OptionalLong sequenceOf(String organizationId, String eventId) {
        check();
        return events.stream().filter(e -> e.id().equals(eventId)).mapToLong(LoomEvent::sequence).findFirst();
    }

    @Override
    public long sequenceBefore(String organizationId, Instant since) {
        check();
        return events.stream().filter(e -> !Instant.parse(e.receivedAt()).isBefore(since))
                .mapToLong(e -> e.sequence() - 1).findFirst().orElse(events.size());
    }

    @Override
    public List<LoomEvent> after(String organizationId, Set<String> names, long afterSequence, int limit) {
        check();
        return read(organizationId, names, afterSequence, limit, e -> true);
    }

    private List<LoomEvent> read(String organizationId, Set<String> names, long afterSequence, int limit,
                                 java.util.function.Predicate<LoomEvent> also) {
        List<LoomEvent> page = events.stream()
                .filter(e -> e.organization().equals(organizationId) && names.contains(e.name()) && e.sequence() > afterSequence)
                .filter(also)
                .limit(limit).toList();
        Runnable hook = duringRead;
        duringRead = () -> { };
        hook.run();
        return page;
    }

    @Override
    public void enroll(String organizationId, String appId) {
        enrolled.add(organizationId + "/" + appId);
        if (enrolledAt < 0) {
            enrolledAt = events.size();
        }
    }

    @Override
    public void acknowledge(String organizationId, String appId, Collection<String> eventIds) {
        check();
        acked.addAll(eventIds);
    }

    @Override
    public List<LoomEvent> unacknowledged(String organizationId, String appId, Set<String> names, long afterSequence, int limit) {
        check();
        return read(organizationId, names, Math.max(afterSequence, enrolledAt), limit, e -> !acked.contains(e.id()));
    }

    private void check() {
        if (failing) {
            throw new IllegalStateException("database down");
        }
    }
}
