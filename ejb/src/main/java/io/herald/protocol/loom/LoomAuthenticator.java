package io.herald.protocol.loom;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks Loom bearer tokens with the keys Herald is configured with. Without any key configured
 * every connection is refused (as unauthorized), and the log says why. In demo mode, without a
 * secret of its own, Herald takes the README's demo secret, so the demo's token works; outside demo
 * mode only the operator's keys count.
 */
@ApplicationScoped
public class LoomAuthenticator {

    private static final Logger LOG = Logger.getLogger(LoomAuthenticator.class.getName());

    @Inject
    @ConfigProperty(name = "herald.loom.jwt.hs256-secret")
    Optional<String> hs256Secret;

    @Inject
    @ConfigProperty(name = "herald.loom.jwt.jwks-file")
    Optional<String> jwksFile;

    @Inject
    @ConfigProperty(name = "herald.loom.jwt.organization-claim", defaultValue = "sub")
    String organizationClaim;

    @Inject
    @ConfigProperty(name = "herald.loom.jwt.app-claim", defaultValue = "aud")
    String appClaim;

    @Inject
    @ConfigProperty(name = "herald.loom.jwt.clock-skew-seconds", defaultValue = "30")
    long clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean demo;

    private LoomTokenVerifier verifier;

    @PostConstruct
    void configure() {
        if (demo && hs256Secret.isEmpty()) {
            hs256Secret = Optional.of(LoomDemoData.SECRET);
        } else if (!demo && hs256Secret.filter(LoomDemoData.SECRET::equals).isPresent()) {
            LOG.warning("herald.loom.jwt.hs256-secret is the README's demo secret and demo mode is off: anyone can "
                    + "sign Loom tokens; set a secret of your own");
        }
        if (hs256Secret.isEmpty() && jwksFile.isEmpty()) {
            LOG.warning("no herald.loom.jwt.hs256-secret or herald.loom.jwt.jwks-file: every Loom connection is refused");
            return;
        }
        try {
            verifier = new LoomTokenVerifier(
                    jwksFile.isPresent() ? LoomTokenVerifier.rsaKeys(Path.of(jwksFile.get())) : List.of(),
                    hs256Secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null),
                    organizationClaim, appClaim, Duration.ofSeconds(clockSkewSeconds), Clock.systemUTC());
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("Loom JWT configuration is invalid: " + e.getMessage(), e);
        }
    }

    public LoomTokenVerifier.Result verify(String authorizationHeader) {
        return verifier == null
                ? new LoomTokenVerifier.Refused(LoomTokenVerifier.Failure.MISSING_TOKEN)
                : verifier.verify(authorizationHeader);
    }
}
