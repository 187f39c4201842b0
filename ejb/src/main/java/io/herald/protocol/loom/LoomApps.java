package io.herald.protocol.loom;

import java.util.Set;

/** Directory port: the event names each app has subscribed to on the platform. */
public interface LoomApps {

    /** The event names (e.g. {@code mission_control.job_added}) the app receives; empty when unknown. */
    Set<String> subscribedEventNames(String appId);
}
