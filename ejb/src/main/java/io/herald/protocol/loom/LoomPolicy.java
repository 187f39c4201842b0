package io.herald.protocol.loom;

import io.herald.core.JoinDecision;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.TopicPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may listen to which Loom events: an app only hears its own organization's events, and only
 * those whose names it has subscribed to on the platform.
 */
@ApplicationScoped
public class LoomPolicy implements TopicPolicy {

    private LoomApps apps;

    /** For CDI. */
    protected LoomPolicy() {
    }

    @Inject
    public LoomPolicy(LoomApps apps) {
        this.apps = apps;
    }

    @Override
    public Protocol protocol() {
        return Protocol.LOOM;
    }

    @Override
    public JoinDecision mayJoin(Object principal, String topic) {
        var parts = LoomTopics.parse(topic);
        if (parts.isEmpty()) {
            return JoinDecision.UNMATCHED;
        }
        if (!(principal instanceof LoomPrincipal loom)
                || !loom.organizationId().equals(parts.get().organizationId())
                || !apps.subscribedEventNames(loom.appId()).contains(parts.get().eventName())) {
            return JoinDecision.FORBIDDEN;
        }
        return JoinDecision.ALLOWED;
    }

    /** Belt and braces: a topic is per organization already, but an event must never cross organizations. */
    @Override
    public boolean mayReceive(Object principal, Publication publication) {
        return principal instanceof LoomPrincipal loom
                && publication.payload() instanceof LoomEvent event
                && loom.organizationId().equals(event.organization());
    }
}
