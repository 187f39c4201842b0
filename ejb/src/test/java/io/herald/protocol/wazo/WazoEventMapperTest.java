package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Fanout;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WazoEventMapperTest {

    static final String TENANT = "t-1";
    private final WazoEventMapper mapper = new WazoEventMapper();

    @Test
    void keepsTheBodyByteForByteAndPublishesOnTheNameAndStarTopicsOnce() throws Exception {
        String body = "{ \"name\" : \"call_created\",\"origin_uuid\":\"o\", \"data\": {\"n\": 1.50, \"s\": \"\\u00e9\"},"
                + " \"required_acl\": \"events.calls.u-1\" }";
        Publication<WazoEvent> publication = mapper.map(body, TENANT, "u-1");

        WazoEvent event = publication.payload();
        assertSame(body, event.body());
        assertEquals("call_created", event.name());
        assertEquals(RequiredAcl.named("events.calls.u-1"), event.requiredAcl());
        assertEquals(TENANT, event.tenantUuid());
        assertEquals(UserScope.users("u-1"), event.users());
        assertEquals(Protocol.WAZO, publication.protocol());
        assertEquals(Fanout.ONCE, publication.fanout());
        assertEquals(Set.of("name:call_created", "name:*"), publication.topics());
    }

    @Test
    void anEventNamedStarIsPublishedOnTheStarTopicOnly() throws Exception {
        assertEquals(Set.of("name:*"), mapper.map("{\"name\":\"*\"}", TENANT, "*").topics());
    }

    @Test
    void requiredAclHasThreeStates() throws Exception {
        assertSame(RequiredAcl.MISSING, event("{\"name\":\"e\"}").requiredAcl());
        assertSame(RequiredAcl.ANYONE, event("{\"name\":\"e\",\"required_acl\":null}").requiredAcl());
        assertEquals(RequiredAcl.named(""), event("{\"name\":\"e\",\"required_acl\":\"\"}").requiredAcl());
    }

    @Test
    void userAddressing() throws Exception {
        assertSame(UserScope.ALL_USERS, mapper.map("{\"name\":\"e\"}", TENANT, "*").payload().users());
        assertSame(UserScope.NO_USER, mapper.map("{\"name\":\"e\"}", TENANT, null).payload().users());
        assertEquals(UserScope.users("a", "b"),
                mapper.map("{\"name\":\"e\"}", TENANT, "a, b").payload().users());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "[1]", "\"text\"", "{\"name\":\"e\"", "{\"name\":\"e\"} {}",
        "{}", "{\"name\":\"\"}", "{\"name\":5}", "{\"name\":null}", "{\"name\":\"e\",\"required_acl\":5}",
        "{\"name\":\"e\",\"required_acl\":[\"a\"]}"
    })
    void rejectsBadBodies(String body) {
        assertThrows(MalformedEventException.class, () -> mapper.map(body, TENANT, "*"));
    }

    @Test
    void rejectsAMissingTenantAndEmptyUserUuids() {
        MalformedEventException noTenant = assertThrows(MalformedEventException.class,
                () -> mapper.map("{\"name\":\"e\"}", null, "*"));
        assertTrue(noTenant.getMessage().contains("tenant_uuid"), noTenant.getMessage());
        assertThrows(MalformedEventException.class, () -> mapper.map("{\"name\":\"e\"}", " ", "*"));
        assertThrows(MalformedEventException.class, () -> mapper.map("{\"name\":\"e\"}", TENANT, "a,,b"));
    }

    private WazoEvent event(String body) throws MalformedEventException {
        return mapper.map(body, TENANT, "*").payload();
    }
}
