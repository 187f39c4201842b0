package io.herald.protocol.wazo;

import static io.herald.protocol.wazo.WazoFixtures.admin;
import static io.herald.protocol.wazo.WazoFixtures.event;
import static io.herald.protocol.wazo.WazoFixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.JoinDecision;
import org.junit.jupiter.api.Test;

class WazoPolicyTest {

    private final WazoPolicy policy = new WazoPolicy();
    private final WazoPrincipal alice = user("alice", "t-1", "websocketd", "events.calls.me");

    @Test
    void anyoneAuthenticatedMayJoinAnyEventName() {
        assertEquals(JoinDecision.ALLOWED, policy.mayJoin(alice, WazoTopics.forEventName("whatever")));
        assertEquals(JoinDecision.ALLOWED, policy.mayJoin(alice, WazoTopics.ALL));
        assertEquals(JoinDecision.UNMATCHED, policy.mayJoin(alice, "room:1"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(null, WazoTopics.ALL));
    }

    @Test
    void requiredAclGate() {
        UserScope all = UserScope.ALL_USERS;
        assertFalse(receives(alice, event(RequiredAcl.MISSING, "t-1", all)));
        assertTrue(receives(alice, event(RequiredAcl.ANYONE, "t-1", all)));
        assertTrue(receives(alice, event(RequiredAcl.named("events.calls.alice"), "t-1", all)));
        assertFalse(receives(alice, event(RequiredAcl.named("events.calls.bob"), "t-1", all)));
    }

    @Test
    void aUserSeesOnlyEventsAddressedToItOrToAllUsersOfItsTenant() {
        assertTrue(receives(alice, event(RequiredAcl.ANYONE, "t-1", UserScope.users("alice"))));
        assertTrue(receives(alice, event(RequiredAcl.ANYONE, "t-1", UserScope.users("bob", "alice"))));
        assertFalse(receives(alice, event(RequiredAcl.ANYONE, "t-1", UserScope.users("bob"))));
        assertFalse(receives(alice, event(RequiredAcl.ANYONE, "t-1", UserScope.NO_USER)));
        assertFalse(receives(alice, event(RequiredAcl.ANYONE, "t-2", UserScope.ALL_USERS)));
        assertFalse(receives(alice, event(RequiredAcl.ANYONE, "t-2", UserScope.users("alice"))));
    }

    @Test
    void anAdminSeesEveryEventOfItsTenantOnly() {
        WazoPrincipal boss = admin("t-1", "websocketd", "events.#");
        assertTrue(receives(boss, event(RequiredAcl.named("events.calls.bob"), "t-1", UserScope.users("bob"))));
        assertTrue(receives(boss, event(RequiredAcl.ANYONE, "t-1", UserScope.NO_USER)));
        assertFalse(receives(boss, event(RequiredAcl.ANYONE, "t-2", UserScope.ALL_USERS)));
        assertFalse(receives(boss, event(RequiredAcl.named("config.x"), "t-1", UserScope.NO_USER)));
        assertFalse(receives(boss, event(RequiredAcl.MISSING, "t-1", UserScope.NO_USER)));
    }

    private boolean receives(WazoPrincipal who, WazoEvent event) {
        return policy.mayReceive(who, event);
    }
}
