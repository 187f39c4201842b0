package io.herald.protocol.loom;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may listen to which Loom events: an app only hears its own organization's events, and only
 * those whose names it has subscribed to on the platform.
 */
@ApplicationScoped
public class LoomPolicy implements TopicPolicy<LoomPrincipal, LoomEvent> {

    /** Loom's lane: an app acting for an organization receives its events. */
    public static final Lane<LoomPrincipal, LoomEvent> LANE = new Lane<>(Protocol.LOOM, LoomPrincipal.class, LoomEvent.class);

    private LoomApps apps;

    /** For CDI. */
    protected LoomPolicy() {
    }

    @Inject
    public LoomPolicy(LoomApps apps) {
        this.apps = apps;
    }

    @Override
    public Lane<LoomPrincipal, LoomEvent> lane() {
        return LANE;
    }

    @Override
    public JoinDecision mayJoin(LoomPrincipal principal, String topic) {
        var parts = LoomTopics.parse(topic);
        if (parts.isEmpty()) {
            return JoinDecision.UNMATCHED;
        }
        if (principal == null
                || !principal.organizationId().equals(parts.get().organizationId())
                || !apps.subscribedEventNames(principal.appId()).contains(parts.get().eventName())) {
            return JoinDecision.FORBIDDEN;
        }
        return JoinDecision.ALLOWED;
    }

    /** Belt and braces: a topic is per organization already, but an event must never cross organizations. */
    @Override
    public boolean mayReceive(LoomPrincipal principal, LoomEvent event) {
        return principal != null && principal.organizationId().equals(event.organization());
    }
}
