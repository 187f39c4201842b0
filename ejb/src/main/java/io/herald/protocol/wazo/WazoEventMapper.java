package io.herald.protocol.wazo;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import io.herald.ingest.EventJson;
import io.herald.ingest.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Maps a message of the {@code herald.wazo} queue to a publication, for {@link WazoIngest}.
 *
 * <p>The producer contract mirrors the Wazo bus, where routing data travels as headers next to
 * the event: the message text is the bus event itself, a JSON object with a string {@code name}
 * and a {@code required_acl} (string, null, or absent), forwarded to clients byte for byte; the
 * addressing is in two string properties: {@code tenant_uuid} (required) and {@code user_uuid}
 * ({@code *} for every user of the tenant, one uuid or a comma-separated list of uuids, or absent
 * for an event only the tenant's admin tokens receive).
 */
@ApplicationScoped
public class WazoEventMapper {

    public static final String TENANT_PROPERTY = "tenant_uuid";
    public static final String USER_PROPERTY = "user_uuid";

    /** The publication of a message's body, given its two addressing properties ({@link WazoIngest} reads them). */
    public Publication<WazoEvent> map(String body, String tenantUuid, String userUuid) throws MalformedEventException {
        WazoEvent event = toEvent(body, tenantUuid, userUuid);
        return new Publication<>(WazoPolicy.LANE, WazoTopics.of(event), event, Fanout.ONCE);
    }

    static WazoEvent toEvent(String body, String tenantUuid, String userUuid) throws MalformedEventException {
        // The text is later embedded verbatim in other frames: it must be one object and nothing after it.
        JsonObject event = EventJson.object(body);
        JsonValue name = event.get("name");
        if (!(name instanceof JsonString nameString) || nameString.getString().isEmpty()) {
            throw new MalformedEventException("the event needs a non-empty string \"name\"");
        }
        if (tenantUuid == null || tenantUuid.isBlank()) {
            throw new MalformedEventException("the message needs a \"" + TENANT_PROPERTY + "\" string property");
        }
        return new WazoEvent(nameString.getString(), body, requiredAcl(event), tenantUuid.strip(), users(userUuid));
    }

    private static RequiredAcl requiredAcl(JsonObject event) throws MalformedEventException {
        if (!event.containsKey("required_acl")) {
            return RequiredAcl.MISSING;
        }
        JsonValue value = event.get("required_acl");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return RequiredAcl.ANYONE;
        }
        if (value instanceof JsonString acl) {
            return RequiredAcl.named(acl.getString());
        }
        throw new MalformedEventException("\"required_acl\" must be a string or null, got " + value.getValueType());
    }

    private static UserScope users(String userUuid) throws MalformedEventException {
        if (userUuid == null) {
            return UserScope.NO_USER;
        }
        if (userUuid.strip().equals("*")) {
            return UserScope.ALL_USERS;
        }
        Set<String> uuids = new LinkedHashSet<>();
        for (String uuid : userUuid.split(",")) {
            if (uuid.isBlank()) {
                throw new MalformedEventException("empty uuid in the \"" + USER_PROPERTY + "\" property: \""
                        + userUuid + "\"");
            }
            uuids.add(uuid.strip());
        }
        return new UserScope.Users(uuids);
    }
}
