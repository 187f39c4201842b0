package io.herald.protocol.wazo;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who receives which Wazo event. Anyone may subscribe to any event name; the checks happen per
 * event: the token must be in the event's scope (its tenant, and its user unless the token is an
 * admin's) and its ACL must allow the event's {@code required_acl}.
 */
@ApplicationScoped
public class WazoPolicy implements TopicPolicy<WazoPrincipal, WazoEvent> {

    /** Wazo's lane: a token's holder receives bus events. */
    public static final Lane<WazoPrincipal, WazoEvent> LANE = new Lane<>(Protocol.WAZO, WazoPrincipal.class, WazoEvent.class);

    @Override
    public Lane<WazoPrincipal, WazoEvent> lane() {
        return LANE;
    }

    @Override
    public JoinDecision mayJoin(WazoPrincipal principal, String topic) {
        if (principal == null) {
            return JoinDecision.FORBIDDEN;
        }
        return WazoTopics.isWazoTopic(topic) ? JoinDecision.ALLOWED : JoinDecision.UNMATCHED;
    }

    @Override
    public boolean mayReceive(WazoPrincipal who, WazoEvent event) {
        return who != null && inScope(who.token(), event) && aclAllows(who, event.requiredAcl());
    }

    private static boolean inScope(WazoToken token, WazoEvent event) {
        return token.tenantUuid().equals(event.tenantUuid())
                && (token.admin() || event.users().includes(token.userUuid()));
    }

    private static boolean aclAllows(WazoPrincipal who, RequiredAcl required) {
        return switch (required) {
            case RequiredAcl.Named named -> who.acl().allows(named.acl());
            case RequiredAcl.Anyone anyone -> true;
            case RequiredAcl.Missing missing -> false;
        };
    }
}
