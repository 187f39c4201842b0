package io.herald.protocol.wazo;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who receives which Wazo event. Anyone may subscribe to any event name; the checks happen per
 * event: the token must be in the event's scope (its tenant, and its user unless the token is an
 * admin's) and its ACL must allow the event's {@code required_acl}.
 */
@ApplicationScoped
public class WazoPolicy implements TopicPolicy {

    @Override
    public Protocol protocol() {
        return Protocol.WAZO;
    }

    @Override
    public JoinDecision mayJoin(Object principal, String topic) {
        if (!(principal instanceof WazoPrincipal)) {
            return JoinDecision.FORBIDDEN;
        }
        return WazoTopics.isWazoTopic(topic) ? JoinDecision.ALLOWED : JoinDecision.UNMATCHED;
    }

    @Override
    public boolean mayReceive(Object principal, Publication publication) {
        if (!(principal instanceof WazoPrincipal who) || !(publication.payload() instanceof WazoEvent event)) {
            return false;
        }
        return inScope(who.token(), event) && aclAllows(who, event.requiredAcl());
    }

    private static boolean inScope(WazoToken token, WazoEvent event) {
        return token.tenantUuid().equals(event.tenantUuid())
                && (token.admin() || event.users().includes(token.userUuid()));
    }

    private static boolean aclAllows(WazoPrincipal who, RequiredAcl required) {
        if (required instanceof RequiredAcl.Named named) {
            return who.acl().allows(named.acl());
        }
        return required instanceof RequiredAcl.Anyone;
    }
}
