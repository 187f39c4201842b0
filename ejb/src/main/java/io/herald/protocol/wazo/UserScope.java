package io.herald.protocol.wazo;

import java.util.Objects;
import java.util.Set;

/** Which users of the event's tenant an event is addressed to; admin tokens see it regardless. */
public sealed interface UserScope {

    boolean includes(String userUuid);

    /** Addressed to no user: only admin tokens of the tenant receive it. */
    record NoUser() implements UserScope {
        @Override
        public boolean includes(String userUuid) {
            return false;
        }
    }

    /** {@code user_uuid:*}: every user of the tenant. */
    record AllUsers() implements UserScope {
        @Override
        public boolean includes(String userUuid) {
            return true;
        }
    }

    /** {@code user_uuid:{uuid}} for each of these users. */
    record Users(Set<String> uuids) implements UserScope {
        public Users {
            uuids = Set.copyOf(uuids);
        }

        @Override
        public boolean includes(String userUuid) {
            return userUuid != null && uuids.contains(userUuid);
        }
    }

    UserScope NO_USER = new NoUser();
    UserScope ALL_USERS = new AllUsers();

    static UserScope users(String... uuids) {
        Objects.requireNonNull(uuids, "uuids");
        return new Users(Set.of(uuids));
    }
}
