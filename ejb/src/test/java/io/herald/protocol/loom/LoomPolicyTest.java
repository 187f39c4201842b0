package io.herald.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoomPolicyTest {

    private final LoomApps apps = app -> Map.of("app-1", Set.of("a.added", "a.changed")).getOrDefault(app, Set.of());
    private final LoomPolicy policy = new LoomPolicy(apps);
    private final LoomPrincipal principal = new LoomPrincipal("org-1", "app-1");

    @Test
    void joinsOwnOrganizationsSubscribedNames() {
        assertEquals(Protocol.LOOM, policy.lane().protocol());
        assertEquals(JoinDecision.ALLOWED, policy.mayJoin(principal, "org:org-1:event:a.added"));
    }

    @Test
    void refusesOtherOrganizationsAndUnsubscribedNames() {
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(principal, "org:org-2:event:a.added"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(principal, "org:org-1:event:b.deleted"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(new LoomPrincipal("org-1", "app-2"), "org:org-1:event:a.added"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(null, "org:org-1:event:a.added"));
    }

    @Test
    void unmatchedTopics() {
        for (String topic : new String[] {"", "foo:1", "org:org-1", "org::event:a", "org:org-1:event:"}) {
            assertEquals(JoinDecision.UNMATCHED, policy.mayJoin(principal, topic), topic);
        }
    }

    @Test
    void receivesOnlyOwnOrganizationsEvents() {
        assertTrue(policy.mayReceive(principal, eventOf("org-1")));
        assertFalse(policy.mayReceive(principal, eventOf("org-2")));
    }

    @Test
    void topicsRoundTrip() {
        String topic = LoomTopics.of("org-1", "mission_control.job_added");
        assertEquals(new LoomTopics.Parts("org-1", "mission_control.job_added"), LoomTopics.parse(topic).orElseThrow());
    }

    private static LoomEvent eventOf(String organization) {
        return new LoomEvent(organization, "e1", "2023-07-23T22:04:46.000Z", "a.added", "1.0",
                JsonValue.EMPTY_JSON_OBJECT, null, null, null, 1);
    }
}
