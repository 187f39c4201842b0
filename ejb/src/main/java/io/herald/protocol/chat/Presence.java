package io.herald.protocol.chat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live authenticated chat sessions of each user (several tabs and devices per user). A user is
 * online from the opening of their first session to the closing of their last; each of these two
 * changes is reported to the {@link Listener} exactly once.
 */
public final class Presence {

    private static final Logger LOG = Logger.getLogger(Presence.class.getName());

    /** Told when a user comes online or goes offline. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Runs while the user's entry is locked, so the changes of one user are reported in the
         * order they happened; it must return quickly and must not call back into this tracker.
         */
        void changed(long userId, boolean online);
    }

    // The session sets are only ever touched inside compute(), under their entry's lock.
    private final ConcurrentHashMap<Long, Set<Object>> sessions = new ConcurrentHashMap<>();
    private final Listener listener;

    public Presence(Listener listener) {
        this.listener = listener;
    }

    /**
     * Records a live session; opening the same session twice counts once.
     *
     * @return true if it is the user's first live session, i.e. the user just came online
     */
    public boolean opened(long userId, Object session) {
        boolean[] first = new boolean[1];
        sessions.compute(userId, (id, live) -> {
            Set<Object> set = live != null ? live : Collections.newSetFromMap(new IdentityHashMap<>());
            if (set.add(session) && set.size() == 1) {
                first[0] = true;
                report(userId, true);
            }
            return set;
        });
        return first[0];
    }

    /**
     * Forgets a session; closing an unknown or already closed session does nothing.
     *
     * @return true if it was the user's last live session, i.e. the user just went offline
     */
    public boolean closed(long userId, Object session) {
        boolean[] last = new boolean[1];
        sessions.computeIfPresent(userId, (id, live) -> {
            if (live.remove(session) && live.isEmpty()) {
                last[0] = true;
                report(userId, false);
                return null;
            }
            return live;
        });
        return last[0];
    }

    public boolean isOnline(long userId) {
        return sessions.containsKey(userId);
    }

    private void report(long userId, boolean online) {
        try {
            listener.changed(userId, online);
        } catch (RuntimeException e) {
            // The tracker must stay consistent even when an announcement cannot be made.
            LOG.log(Level.WARNING, "could not announce user " + userId + (online ? " online" : " offline"), e);
        }
    }
}
