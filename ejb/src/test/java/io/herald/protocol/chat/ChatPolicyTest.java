package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.core.JoinDecision;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatPolicyTest {

    private static final ChatPrincipal ALICE = new ChatPrincipal(1);

    /** Users 1 and 2 share a conversation; 3 knows nobody. */
    private final ChatPolicy policy = new ChatPolicy((a, b) -> Set.of(a, b).equals(Set.of(1L, 2L)));

    @Test
    void onlyTheUserJoinsTheirOwnTopic() {
        assertEquals(JoinDecision.ALLOWED, policy.mayJoin(ALICE, "user:1"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(ALICE, "user:2"));
    }

    @Test
    void presenceOfAPeerNeedsAP2pConnection() {
        assertEquals(JoinDecision.ALLOWED, policy.mayJoin(ALICE, "presence:2"));
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(ALICE, "presence:3"));
    }

    @Test
    void nobodyListensToTheirOwnPresence() {
        ChatPolicy everyoneConnected = new ChatPolicy((a, b) -> true);
        assertEquals(JoinDecision.FORBIDDEN, everyoneConnected.mayJoin(ALICE, "presence:1"));
    }

    @Test
    void anUnauthenticatedPrincipalJoinsNothing() {
        assertEquals(JoinDecision.FORBIDDEN, policy.mayJoin(null, "user:1"));
    }

    @Test
    void topicsOutsideThePatternsAreUnmatched() {
        for (String topic : new String[] {"user:", "user:x", "user:-1", "user:0", "room:1", "presence:1:2",
                "presence:99999999999999999999", ""}) {
            assertEquals(JoinDecision.UNMATCHED, policy.mayJoin(ALICE, topic), topic);
        }
    }

    @Test
    void aFailingDirectoryIsNotTakenForARefusal() {
        ChatPolicy broken = new ChatPolicy((a, b) -> {
            throw new IllegalStateException("database down");
        });
        assertThrows(IllegalStateException.class, () -> broken.mayJoin(ALICE, "presence:2"));
    }
}
