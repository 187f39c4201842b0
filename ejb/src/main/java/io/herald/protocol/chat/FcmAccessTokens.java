package io.herald.protocol.chat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.herald.core.StrictJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * OAuth2 access tokens for FCM HTTP v1, by the JWT bearer grant (RFC 7523): an assertion signed
 * with the service account's key is exchanged at its token endpoint for a token, which is reused
 * until shortly before it expires. One token serves every push; a push that finds none gets a new
 * one first.
 */
public final class FcmAccessTokens {

    /** The one scope FCM's send API needs. */
    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    /** How long an assertion is valid; Google takes at most an hour. */
    static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);
    /** A token is replaced this long before it expires, so no request carries one that expires on the way. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final FcmServiceAccount account;
    private final URI tokenEndpoint;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** Why no token could be had; the message holds the endpoint's answer, never a token or key. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** @param tokenEndpoint where to exchange assertions (normally the key file's {@code token_uri}) */
    public FcmAccessTokens(FcmServiceAccount account, URI tokenEndpoint, Duration timeout, Clock clock) {
        this.account = Objects.requireNonNull(account, "account");
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** A token good for a while yet: the cached one, or a new one. */
    public synchronized String current() throws Unavailable {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            fetch(now);
        }
        return token;
    }

    /** FCM refused the token (revoked, or expired early): the next push gets a new one. */
    public synchronized void forget() {
        token = null;
    }

    private void fetch(Instant now) throws Unavailable {
        String form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion(now), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("token endpoint " + tokenEndpoint + " unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
        JsonObject answer;
        try {
            answer = StrictJson.readObject(response.body());
        } catch (StrictJson.Unreadable e) {
            throw new Unavailable("token endpoint answered HTTP " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200 || !(answer.get("access_token") instanceof JsonString accessToken)
                || !(answer.get("expires_in") instanceof JsonNumber expiresIn)) {
            // OAuth2 errors say what went wrong in "error" (invalid_grant, ...), never a secret.
            String error = answer.get("error") instanceof JsonString e ? e.getString() : "no access_token";
            throw new Unavailable("token endpoint answered HTTP " + response.statusCode() + ": " + error);
        }
        token = accessToken.getString();
        renewAt = now.plusSeconds(expiresIn.longValue()).minus(REFRESH_MARGIN);
    }

    private String assertion(Instant now) throws Unavailable {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(account.clientEmail())
                .claim("scope", SCOPE)
                .audience(tokenEndpoint.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(account.privateKeyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(account.privateKey()));
        } catch (JOSEException e) {
            throw new Unavailable("the service account's key cannot sign: " + e.getClass().getSimpleName());
        }
        return jwt.serialize();
    }
}
