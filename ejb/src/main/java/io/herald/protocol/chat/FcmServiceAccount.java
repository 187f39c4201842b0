package io.herald.protocol.chat;

import io.herald.core.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The Google service account Herald sends FCM HTTP v1 pushes as, read from the JSON key file the
 * Firebase console hands out ({@code "type": "service_account"}). Its private key never leaves this
 * object but as a signature: {@link #toString()} names the account only.
 */
public final class FcmServiceAccount {

    private final String projectId;
    private final String clientEmail;
    private final String privateKeyId;
    private final RSAPrivateKey privateKey;
    private final URI tokenUri;

    FcmServiceAccount(String projectId, String clientEmail, String privateKeyId, RSAPrivateKey privateKey, URI tokenUri) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.clientEmail = Objects.requireNonNull(clientEmail, "clientEmail");
        this.privateKeyId = privateKeyId;
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
    }

    /** Why a key file cannot be used; the message names the field, never the key. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    /** Reads a service account's JSON key file's text. */
    public static FcmServiceAccount read(String json) throws Unusable {
        JsonObject key;
        try {
            key = StrictJson.readObject(json);
        } catch (StrictJson.Unreadable e) {
            throw new Unusable("the key file is not a JSON object");
        }
        if (!"service_account".equals(string(key, "type"))) {
            throw new Unusable("the key file's \"type\" is not \"service_account\"");
        }
        String tokenUri = required(key, "token_uri");
        try {
            return new FcmServiceAccount(required(key, "project_id"), required(key, "client_email"),
                    string(key, "private_key_id"), rsaKey(required(key, "private_key")), URI.create(tokenUri));
        } catch (IllegalArgumentException e) {
            throw new Unusable("the key file's \"token_uri\" is not a URI");
        }
    }

    private static RSAPrivateKey rsaKey(String pem) throws Unusable {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new Unusable("the key file's \"private_key\" is not an RSA key in PKCS #8 PEM");
        }
    }

    private static String required(JsonObject key, String name) throws Unusable {
        String value = string(key, name);
        if (value == null || value.isBlank()) {
            throw new Unusable("the key file has no \"" + name + "\"");
        }
        return value;
    }

    private static String string(JsonObject key, String name) {
        return key.get(name) instanceof JsonString text ? text.getString() : null;
    }

    public String projectId() {
        return projectId;
    }

    public String clientEmail() {
        return clientEmail;
    }

    /** The key's id, for the signed assertion's header; null when the file has none. */
    String privateKeyId() {
        return privateKeyId;
    }

    RSAPrivateKey privateKey() {
        return privateKey;
    }

    public URI tokenUri() {
        return tokenUri;
    }

    @Override
    public String toString() {
        return "FcmServiceAccount[" + clientEmail + ", project " + projectId + "]";
    }
}
