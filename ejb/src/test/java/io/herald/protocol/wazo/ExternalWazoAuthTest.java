package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExternalWazoAuthTest {

    private static final String ANSWER = """
            {"data": {"token": "tok", "auth_id": "a", "expires_at": "2030-01-01T02:00:00.000000",
              "utc_expires_at": "2030-01-01T01:00:00.123456",
              "acl": ["websocketd", "events.calls.me", "!events.x"],
              "metadata": {"uuid": "u-1", "tenant_uuid": "t-1", "purpose": "user"}}}""";

    @Test
    void readsTheTokenFromAWazoAuthAnswer() {
        WazoToken token = ExternalWazoAuth.parse("tok", ANSWER).orElseThrow();
        assertEquals(new WazoToken("tok", "u-1", "t-1", List.of("websocketd", "events.calls.me", "!events.x"),
                Instant.parse("2030-01-01T01:00:00.123456Z"), false), token);
    }

    @Test
    void anAdminFlagAndAnExplicitOffsetAreHonoured() {
        WazoToken token = ExternalWazoAuth.parse("tok", """
                {"data": {"utc_expires_at": "2030-01-01T01:00:00+01:00", "acl": [],
                  "metadata": {"tenant_uuid": "t-1", "admin": true}}}""").orElseThrow();
        assertTrue(token.admin());
        assertEquals(null, token.userUuid());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), token.expiresAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{}",
        "{\"data\": {\"acl\": [], \"utc_expires_at\": \"2030-01-01T00:00:00\"}}",
        "{\"data\": {\"acl\": [], \"metadata\": {\"tenant_uuid\": \"t\"}}}",
        "{\"data\": {\"acl\": [], \"utc_expires_at\": \"soon\", \"metadata\": {\"tenant_uuid\": \"t\"}}}",
        "{\"data\": {\"acl\": \"websocketd\", \"utc_expires_at\": \"2030-01-01T00:00:00\", \"metadata\": {\"tenant_uuid\": \"t\"}}}",
        "{\"data\": {\"acl\": [], \"utc_expires_at\": \"2030-01-01T00:00:00\", \"metadata\": {\"tenant_uuid\": 5}}}",
        "{\"data\": 3}"
    })
    void anAnswerWithoutWhatHeraldNeedsRefusesTheToken(String answer) {
        Optional<WazoToken> token = ExternalWazoAuth.parse("tok", answer);
        assertFalse(token.isPresent());
    }
}
