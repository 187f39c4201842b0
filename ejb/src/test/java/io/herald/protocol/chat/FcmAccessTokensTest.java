package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.herald.testing.LoopbackHttp;
import io.herald.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FcmAccessTokensTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final FakeGoogle google = new FakeGoogle();
    private final TestServiceAccount service = TestServiceAccount.create(google.tokenUri().toString());
    private final MutableClock clock = new MutableClock(START);

    FcmAccessTokensTest() throws Exception {
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private FcmAccessTokens tokens() throws Exception {
        return new FcmAccessTokens(service.account(), google.tokenUri(), Duration.ofSeconds(5), clock);
    }

    @Test
    void aTokenIsFetchedOnceWithASignedAssertionAndReused() throws Exception {
        FcmAccessTokens tokens = tokens();

        assertEquals("token-1", tokens.current());
        clock.advance(Duration.ofMinutes(50));
        assertEquals("token-1", tokens.current(), "reused while it has more than the margin left");

        assertEquals(1, google.tokenRequests.size());
        FakeGoogle.Request request = google.tokenRequests.get(0);
        assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
        Map<String, String> form = LoopbackHttp.formFields(request.body());
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        SignedJWT assertion = SignedJWT.parse(form.get("assertion"));
        assertTrue(assertion.verify(new RSASSAVerifier(service.publicKey())), "signed with the service account's key");
        assertEquals("RS256", assertion.getHeader().getAlgorithm().getName());
        assertEquals("key-1", assertion.getHeader().getKeyID());
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertEquals("push@herald-test.iam.gserviceaccount.com", claims.getIssuer());
        assertEquals("https://www.googleapis.com/auth/firebase.messaging", claims.getStringClaim("scope"));
        assertEquals(List.of(google.tokenUri().toString()), claims.getAudience());
        assertEquals(START, claims.getIssueTime().toInstant());
        assertEquals(START.plus(Duration.ofHours(1)), claims.getExpirationTime().toInstant());
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpiresAndAfterFcmRefusedIt() throws Exception {
        FcmAccessTokens tokens = tokens();
        assertEquals("token-1", tokens.current());

        // Issued for 3,599 s: renewed once fewer than 5 minutes are left.
        clock.advance(Duration.ofSeconds(3599).minus(Duration.ofMinutes(5)));
        assertEquals("token-2", tokens.current());
        tokens.forget();
        assertEquals("token-3", tokens.current());
        assertEquals(3, google.tokenRequests.size());
    }

    @Test
    void aRefusedGrantSaysWhyWithoutTheAssertion() throws Exception {
        google.tokenAnswers.add(new FakeGoogle.Answer(400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}", null));

        FcmAccessTokens.Unavailable refused = assertThrows(FcmAccessTokens.Unavailable.class, () -> tokens().current());

        assertEquals("token endpoint answered HTTP 400: invalid_grant", refused.getMessage());
        String assertion = LoopbackHttp.formFields(google.tokenRequests.get(0).body()).get("assertion");
        assertFalse(refused.getMessage().contains(assertion));
    }

    @Test
    void anUnreachableEndpointIsUnavailableAndTheNextCallTriesAgain() throws Exception {
        FcmAccessTokens tokens = tokens();
        google.close();

        assertThrows(FcmAccessTokens.Unavailable.class, tokens::current);
        assertThrows(FcmAccessTokens.Unavailable.class, tokens::current);
    }

    @Test
    void theServiceAccountsKeyNeverShowsInItsText() throws Exception {
        FcmServiceAccount account = service.account();
        assertEquals("FcmServiceAccount[push@herald-test.iam.gserviceaccount.com, project herald-test]", account.toString());
        assertNotNull(account.privateKey());
    }

    @Test
    void anUnusableKeyFileSaysWhichFieldWithoutItsValue() {
        assertEquals("the key file is not a JSON object",
                assertThrows(FcmServiceAccount.Unusable.class, () -> FcmServiceAccount.read("nope")).getMessage());
        assertEquals("the key file's \"type\" is not \"service_account\"", assertThrows(FcmServiceAccount.Unusable.class,
                () -> FcmServiceAccount.read(service.json().replace("service_account", "authorized_user"))).getMessage());
        assertEquals("the key file has no \"client_email\"", assertThrows(FcmServiceAccount.Unusable.class,
                () -> FcmServiceAccount.read(service.json().replace("client_email", "email"))).getMessage());
        String broken = service.json().replaceFirst("BEGIN PRIVATE KEY-----\\\\n", "BEGIN PRIVATE KEY-----\\\\n!!");
        FcmServiceAccount.Unusable unusable = assertThrows(FcmServiceAccount.Unusable.class, () -> FcmServiceAccount.read(broken));
        assertEquals("the key file's \"private_key\" is not an RSA key in PKCS #8 PEM", unusable.getMessage());
    }
}
