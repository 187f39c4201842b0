package io.herald.protocol.wazo;

import java.util.Objects;

/**
 * The payload of a Wazo publication: a bus event as the producer sent it.
 *
 * @param name the event name clients subscribe to
 * @param body the producer's JSON object text, forwarded to clients byte for byte
 * @param requiredAcl the event's {@code required_acl}
 * @param tenantUuid the tenant the event belongs to
 * @param users the users of that tenant it is addressed to
 */
public record WazoEvent(String name, String body, RequiredAcl requiredAcl, String tenantUuid, UserScope users) {

    public WazoEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(requiredAcl, "requiredAcl");
        Objects.requireNonNull(tenantUuid, "tenantUuid");
        Objects.requireNonNull(users, "users");
    }
}
