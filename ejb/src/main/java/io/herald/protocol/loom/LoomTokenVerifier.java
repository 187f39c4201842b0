package io.herald.protocol.loom;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.herald.persistence.loom.LoomAck;
import java.io.IOException;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Checks the {@code Authorization: Bearer <JWT>} of a Loom connection: RS256 against configured RSA
 * public keys (picked by {@code kid} when the token names one), or HS256 against a shared secret;
 * the token must carry an unexpired {@code exp}; the organization and app come from configured
 * claims. Every refusal is typed, so the endpoint can log why while the client only sees
 * {@code unauthorized}.
 */
public final class LoomTokenVerifier {

    private static final String BEARER = "Bearer ";
    /** Zaikio-style subjects name the organization as {@code Organization/<id>}. */
    private static final String ORGANIZATION_PREFIX = "Organization/";

    private final List<RSAKey> rsaKeys;
    private final byte[] hmacSecret;
    private final String organizationClaim;
    private final String appClaim;
    private final Duration clockSkew;
    private final Clock clock;

    /**
     * @param rsaKeys public keys for RS256; empty to refuse RS256
     * @param hmacSecret secret for HS256 (at least 256 bits); null to refuse HS256
     * @param organizationClaim the claim holding the organization id, e.g. {@code sub}
     * @param appClaim the claim naming the app, e.g. {@code aud} (first audience) or {@code client_id}
     */
    public LoomTokenVerifier(List<RSAKey> rsaKeys, byte[] hmacSecret, String organizationClaim, String appClaim,
                             Duration clockSkew, Clock clock) {
        this.rsaKeys = List.copyOf(rsaKeys);
        this.hmacSecret = hmacSecret == null ? null : hmacSecret.clone();
        this.organizationClaim = Objects.requireNonNull(organizationClaim, "organizationClaim");
        this.appClaim = Objects.requireNonNull(appClaim, "appClaim");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.hmacSecret != null && this.hmacSecret.length < 32) {
            throw new IllegalArgumentException("the HS256 secret must be at least 256 bits");
        }
        if (this.rsaKeys.isEmpty() && this.hmacSecret == null) {
            throw new IllegalArgumentException("configure RSA public keys, an HS256 secret, or both");
        }
    }

    /** RSA public keys from a JWKS document (other key types in it are ignored). */
    public static List<RSAKey> rsaKeys(Path jwksFile) throws IOException, ParseException {
        return rsaKeys(JWKSet.load(jwksFile.toFile()));
    }

    public static List<RSAKey> rsaKeys(JWKSet jwks) {
        List<RSAKey> keys = new ArrayList<>();
        for (JWK key : jwks.getKeys()) {
            if (key instanceof RSAKey rsa) {
                keys.add(rsa.toPublicJWK());
            }
        }
        return keys;
    }

    /** A bare public key, matched whatever {@code kid} a token names. */
    public static RSAKey rsaKey(RSAPublicKey key) {
        return new RSAKey.Builder(key).build();
    }

    public Result verify(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Refused(Failure.MISSING_TOKEN);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(authorizationHeader.substring(BEARER.length()).trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return new Refused(Failure.MALFORMED);
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        Failure signature;
        if (JWSAlgorithm.RS256.equals(algorithm) && !rsaKeys.isEmpty()) {
            signature = checkRsa(jwt);
        } else if (JWSAlgorithm.HS256.equals(algorithm) && hmacSecret != null) {
            signature = check(jwt, this::macVerifier);
        } else {
            return new Refused(Failure.WRONG_ALGORITHM);
        }
        if (signature != null) {
            return new Refused(signature);
        }
        Date expiry = claims.getExpirationTime();
        Instant now = clock.instant();
        if (expiry == null || !now.isBefore(expiry.toInstant().plus(clockSkew))) {
            return new Refused(Failure.EXPIRED);
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(clockSkew).isBefore(notBefore.toInstant())) {
            return new Refused(Failure.NOT_YET_VALID);
        }
        String organization = organization(claims);
        if (organization == null) {
            return new Refused(Failure.MISSING_ORGANIZATION);
        }
        String app = app(claims);
        if (app == null) {
            return new Refused(Failure.MISSING_APP);
        }
        // Acks and enrollments are kept per organization and app: a longer id could not be stored.
        if (organization.length() > LoomAck.ID_LENGTH || app.length() > LoomAck.ID_LENGTH) {
            return new Refused(Failure.IDENTITY_TOO_LONG);
        }
        return new Verified(new LoomPrincipal(organization, app));
    }

    private Failure checkRsa(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        for (RSAKey key : rsaKeys) {
            if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
                continue;
            }
            if (check(jwt, () -> new RSASSAVerifier(key)) == null) {
                return null;
            }
        }
        return Failure.BAD_SIGNATURE;
    }

    private JWSVerifier macVerifier() throws JOSEException {
        return new MACVerifier(hmacSecret);
    }

    private interface VerifierFactory {
        JWSVerifier create() throws JOSEException;
    }

    private static Failure check(SignedJWT jwt, VerifierFactory factory) {
        try {
            return jwt.verify(factory.create()) ? null : Failure.BAD_SIGNATURE;
        } catch (JOSEException | IllegalStateException e) {
            return Failure.BAD_SIGNATURE;
        }
    }

    private String organization(JWTClaimsSet claims) {
        String value = stringClaim(claims, organizationClaim);
        if (value != null && value.startsWith(ORGANIZATION_PREFIX)) {
            value = value.substring(ORGANIZATION_PREFIX.length());
        }
        return value == null || value.isBlank() ? null : value;
    }

    private String app(JWTClaimsSet claims) {
        if ("aud".equals(appClaim)) {
            List<String> audience = claims.getAudience();
            return audience.isEmpty() || audience.get(0).isBlank() ? null : audience.get(0);
        }
        String value = stringClaim(claims, appClaim);
        return value == null || value.isBlank() ? null : value;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    /** Why a token was refused. */
    public enum Failure {
        MISSING_TOKEN, MALFORMED, WRONG_ALGORITHM, BAD_SIGNATURE, EXPIRED, NOT_YET_VALID,
        MISSING_ORGANIZATION, MISSING_APP, IDENTITY_TOO_LONG
    }

    /** The outcome of {@link #verify}. */
    public sealed interface Result permits Verified, Refused {
    }

    public record Verified(LoomPrincipal principal) implements Result {
    }

    public record Refused(Failure failure) implements Result {
    }
}
