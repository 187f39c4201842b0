package io.herald.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** Loom test helpers: bearer tokens signed like a Loom producer's, identifiers, commands. */
final class Loom {

    static final String SECRET = System.getProperty("herald.loom.secret", "herald-demo-loom-secret-0123456789abcdef");
    static final String URL = Herald.WS + "/websocket";

    private Loom() {
    }

    static JWTClaimsSet.Builder claims(String organization, String app, Instant expires) {
        return new JWTClaimsSet.Builder().subject("Organization/" + organization).audience(app)
                .expirationTime(Date.from(expires));
    }

    static String hs256(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    static String rs256(JWTClaimsSet claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }

    static String token(String organization, String app) throws Exception {
        return hs256(claims(organization, app, Instant.now().plusSeconds(600)).build(), SECRET);
    }

    static WsClient.Attempt connect(String token) throws Exception {
        return WsClient.connect(URL, Map.of("Authorization", "Bearer " + token,
                "Sec-WebSocket-Protocol", "actioncable-v1-json"));
    }

    /** A client past its welcome. */
    static WsClient open(String organization, String app) throws Exception {
        WsClient client = connect(token(organization, app)).open();
        String welcome = client.next();
        if (!welcome.equals("{\"type\":\"welcome\"}")) {
            throw new AssertionError("expected the welcome, got " + welcome);
        }
        return client;
    }

    static String identifier(String events) {
        return "{\"channel\":\"EventChannel\",\"events\":\"" + events + "\"}";
    }

    static String subscribe(String identifier) {
        return Json.createObjectBuilder().add("command", "subscribe").add("identifier", identifier).build().toString();
    }

    static String perform(String identifier, String data) {
        return Json.createObjectBuilder().add("command", "message").add("identifier", identifier)
                .add("data", data).build().toString();
    }

    static String confirmation(String identifier) {
        return Json.createObjectBuilder().add("identifier", identifier).add("type", "confirm_subscription")
                .build().toString();
    }

    /** A producer's event body for the Loom queue. */
    static String event(String organization, String id, String name) {
        return "{\"organization\":\"" + organization + "\",\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"version\":\"1.0\",\"timestamp\":\"2026-11-22T10:00:00.000Z\",\"payload\":{\"n\":\"" + id
                + "\"},\"link\":\"https://example.test/" + id + "\",\"subject\":\"Organization/" + organization + "\"}";
    }
}
