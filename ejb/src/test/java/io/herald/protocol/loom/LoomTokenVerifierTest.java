package io.herald.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.herald.protocol.loom.LoomTokenVerifier.Failure;
import io.herald.protocol.loom.LoomTokenVerifier.Refused;
import io.herald.protocol.loom.LoomTokenVerifier.Result;
import io.herald.protocol.loom.LoomTokenVerifier.Verified;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoomTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static RSAKey signingKey;
    private static RSAKey otherKey;

    @BeforeAll
    static void keys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static LoomTokenVerifier verifier(List<RSAKey> rsa, byte[] secret) {
        return new LoomTokenVerifier(rsa, secret, "sub", "aud", Duration.ZERO, CLOCK);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("Organization/org-1").audience("app-1")
                .expirationTime(Date.from(NOW.plusSeconds(60)));
    }

    private static String sign(JWSAlgorithm algorithm, JWSSigner signer, String kid, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
        jwt.sign(signer);
        return "Bearer " + jwt.serialize();
    }

    private static String rs256(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.RS256, new RSASSASigner(key), key.getKeyID(), claims);
    }

    private static String hs256(JWTClaimsSet claims) throws JOSEException {
        return sign(JWSAlgorithm.HS256, new MACSigner(SECRET), null, claims);
    }

    private static Failure failure(Result result) {
        return ((Refused) result).failure();
    }

    @Test
    void acceptsRs256AndTakesOrganizationAndApp() throws Exception {
        Result result = verifier(List.of(signingKey.toPublicJWK()), null).verify(rs256(signingKey, claims().build()));
        assertEquals(new Verified(new LoomPrincipal("org-1", "app-1")), result);
    }

    @Test
    void acceptsKeysFromAJwksFile(@TempDir Path dir) throws Exception {
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(signingKey.toPublicJWK()).toString());
        LoomTokenVerifier verifier = verifier(LoomTokenVerifier.rsaKeys(jwks), null);
        assertEquals(new Verified(new LoomPrincipal("org-1", "app-1")), verifier.verify(rs256(signingKey, claims().build())));
    }

    @Test
    void acceptsABareKeyWhateverTheKid() throws Exception {
        LoomTokenVerifier verifier = verifier(List.of(LoomTokenVerifier.rsaKey(signingKey.toRSAPublicKey())), null);
        assertEquals(Verified.class, verifier.verify(rs256(signingKey, claims().build())).getClass());
    }

    @Test
    void acceptsHs256WithTheSecret() throws Exception {
        Result result = verifier(List.of(), SECRET).verify(hs256(claims().subject("org-9").build()));
        assertEquals(new Verified(new LoomPrincipal("org-9", "app-1")), result);
    }

    @Test
    void refusesABadSignature() throws Exception {
        assertEquals(Failure.BAD_SIGNATURE,
                failure(verifier(List.of(signingKey.toPublicJWK()), null).verify(rs256(otherKey, claims().build()))));
        byte[] otherSecret = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
        assertEquals(Failure.BAD_SIGNATURE, failure(verifier(List.of(), otherSecret).verify(hs256(claims().build()))));
    }

    @Test
    void refusesAnExpiredOrUnboundedToken() throws Exception {
        LoomTokenVerifier verifier = verifier(List.of(), SECRET);
        assertEquals(Failure.EXPIRED, failure(verifier.verify(hs256(claims().expirationTime(Date.from(NOW)).build()))));
        assertEquals(Failure.EXPIRED, failure(verifier.verify(hs256(claims().expirationTime(null).build()))));
    }

    @Test
    void refusesAlgorithmsNotConfigured() throws Exception {
        assertEquals(Failure.WRONG_ALGORITHM,
                failure(verifier(List.of(signingKey.toPublicJWK()), null).verify(hs256(claims().build()))));
        assertEquals(Failure.WRONG_ALGORITHM,
                failure(verifier(List.of(), SECRET).verify(rs256(signingKey, claims().build()))));
        String rs512 = sign(JWSAlgorithm.RS512, new RSASSASigner(signingKey), "k1", claims().build());
        assertEquals(Failure.WRONG_ALGORITHM, failure(verifier(List.of(signingKey.toPublicJWK()), null).verify(rs512)));
    }

    @Test
    void refusesMissingOrganizationOrApp() throws Exception {
        LoomTokenVerifier verifier = verifier(List.of(), SECRET);
        assertEquals(Failure.MISSING_ORGANIZATION, failure(verifier.verify(hs256(claims().subject(null).build()))));
        assertEquals(Failure.MISSING_APP, failure(verifier.verify(hs256(claims().audience((String) null).build()))));
    }

    @Test
    void refusesAnOrganizationOrAppLongerThanTheAckTablesHold() throws Exception {
        LoomTokenVerifier verifier = verifier(List.of(), SECRET);
        String longest = "o".repeat(200);
        assertEquals(new Verified(new LoomPrincipal(longest, longest)),
                verifier.verify(hs256(claims().subject("Organization/" + longest).audience(longest).build())));
        assertEquals(Failure.IDENTITY_TOO_LONG,
                failure(verifier.verify(hs256(claims().subject("Organization/" + longest + "o").build()))));
        assertEquals(Failure.IDENTITY_TOO_LONG, failure(verifier.verify(hs256(claims().audience(longest + "a").build()))));
    }

    @Test
    void refusesMissingOrMalformedTokens() {
        LoomTokenVerifier verifier = verifier(List.of(), SECRET);
        assertEquals(Failure.MISSING_TOKEN, failure(verifier.verify(null)));
        assertEquals(Failure.MISSING_TOKEN, failure(verifier.verify("Basic abc")));
        assertEquals(Failure.MALFORMED, failure(verifier.verify("Bearer not.a.jwt")));
        assertEquals(Failure.MALFORMED, failure(verifier.verify("Bearer " + new PlainJWT(claims().build()).serialize())));
    }

    @Test
    void usesAConfiguredOrganizationClaim() throws Exception {
        LoomTokenVerifier verifier = new LoomTokenVerifier(List.of(), SECRET, "organization_id", "client_id",
                Duration.ZERO, CLOCK);
        String token = hs256(claims().claim("organization_id", "org-7").claim("client_id", "app-7").build());
        assertEquals(new Verified(new LoomPrincipal("org-7", "app-7")), verifier.verify(token));
    }

    @Test
    void refusesAShortSecretOrNoKeys() {
        assertThrows(IllegalArgumentException.class, () -> verifier(List.of(), new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> verifier(List.of(), null));
    }
}
