package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.TestMessages;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The real path of a Wazo message: its body and its two addressing properties. */
class WazoIngestTest {

    private static final String TENANT = WazoEventMapperTest.TENANT;

    private final WazoIngest ingest = new WazoIngest();

    WazoIngestTest() {
        ingest.mapper = new WazoEventMapper();
    }

    @Test
    void readsTheAddressingFromTheMessageProperties() throws Exception {
        String body = "{\"name\":\"call_created\",\"required_acl\":\"events.calls.u-9\"}";
        Publication<WazoEvent> publication = ingest.map(body, TestMessages.withProperties(Map.of("tenant_uuid", TENANT, "user_uuid", "u-9")));

        assertEquals(Protocol.WAZO, publication.protocol());
        assertEquals(Set.of("name:call_created", "name:*"), publication.topics());
        WazoEvent event = publication.payload();
        assertEquals(body, event.body());
        assertEquals(TENANT, event.tenantUuid());
        assertEquals(UserScope.users("u-9"), event.users());
    }

    @Test
    void withoutAUserPropertyOnlyTheTenantsAdminsAreAddressed() throws Exception {
        WazoEvent event = ingest.map("{\"name\":\"e\"}", TestMessages.withProperties(Map.of("tenant_uuid", TENANT)))
                .payload();
        assertEquals(UserScope.NO_USER, event.users());
    }

    @Test
    void aMessageWithoutATenantOrWithAnUnreadablePropertyIsMalformed() {
        MalformedEventException noTenant = assertThrows(MalformedEventException.class,
                () -> ingest.map("{\"name\":\"e\"}", TestMessages.withProperties(Map.of())));
        assertTrue(noTenant.getMessage().contains("tenant_uuid"), noTenant.getMessage());
        MalformedEventException unreadable = assertThrows(MalformedEventException.class,
                () -> ingest.map("{\"name\":\"e\"}", TestMessages.withUnreadableProperties()));
        assertEquals("the \"tenant_uuid\" property is not a string", unreadable.getMessage());
    }
}
