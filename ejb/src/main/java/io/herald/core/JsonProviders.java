package io.herald.core;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every codec and mapper uses. Each static {@code jakarta.json.Json.createXxx}
 * call looks the provider up again through the service loader (and, in WildFly, a failed OSGi
 * class probe that fills in an exception's stack trace): measured at a large share of the ingest
 * path's CPU before the lookup was done once here.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
