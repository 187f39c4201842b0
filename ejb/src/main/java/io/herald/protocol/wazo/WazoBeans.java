package io.herald.protocol.wazo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the plain Wazo rules CDI beans, wired to the token sources and the system clock. */
@ApplicationScoped
public class WazoBeans {

    @Produces
    @WazoClock
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    WazoAuthenticator authenticator(LayeredWazoTokens tokens, @WazoClock Clock clock) {
        return new WazoAuthenticator(tokens, clock);
    }
}
