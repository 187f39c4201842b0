package io.herald.protocol.wazo;

import static io.herald.core.JsonProviders.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Validates tokens Herald does not know against a wazo-auth compatible service, when
 * {@code herald.wazo.auth-url} is set: {@code GET {url}/token/{token}} answers 200 with the
 * token's {@code data} (its {@code acl}, {@code utc_expires_at}, and {@code metadata} with the
 * user {@code uuid}, {@code tenant_uuid} and an optional {@code admin} flag), or 404 for an
 * unknown token. Any other answer, or no answer, refuses the token.
 */
@ApplicationScoped
public class ExternalWazoAuth {

    private static final Logger LOG = Logger.getLogger(ExternalWazoAuth.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "herald.wazo.auth-url")
    Optional<String> url;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** @return the token, or empty when no service is configured or it does not vouch for the token */
    public Optional<WazoToken> find(String tokenId) {
        if (url.isEmpty() || url.get().isBlank()) {
            return Optional.empty();
        }
        String base = url.get().endsWith("/") ? url.get() : url.get() + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "token/" + URLEncoder.encode(tokenId, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                if (response.statusCode() != 404) {
                    LOG.warning(() -> "wazo-auth answered " + response.statusCode() + " for a token check");
                }
                return Optional.empty();
            }
            return parse(tokenId, response.body());
        } catch (IOException e) {
            // The class only: the request URL, which holds the token, must not reach the log.
            LOG.warning(() -> "wazo-auth at " + url.get() + " unreachable: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The token a wazo-auth answer describes; empty when the answer lacks what Herald needs. */
    static Optional<WazoToken> parse(String tokenId, String body) {
        try {
            JsonObject data = JSON.createReader(new StringReader(body)).readObject().getJsonObject("data");
            JsonObject metadata = data == null ? null : data.getJsonObject("metadata");
            if (metadata == null) {
                return Optional.empty();
            }
            String tenant = string(metadata, "tenant_uuid");
            Instant expiresAt = expiry(data);
            if (tenant == null || expiresAt == null || !(data.get("acl") instanceof jakarta.json.JsonArray entries)) {
                return Optional.empty();
            }
            List<String> acl = new ArrayList<>();
            for (JsonValue entry : entries) {
                if (entry instanceof JsonString text) {
                    acl.add(text.getString());
                }
            }
            boolean admin = metadata.get("admin") == JsonValue.TRUE;
            return Optional.of(new WazoToken(tokenId, string(metadata, "uuid"), tenant, acl, expiresAt, admin));
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            LOG.warning(() -> "unreadable wazo-auth answer: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code utc_expires_at} is UTC without an offset; an offset, when present, is honoured. */
    private static Instant expiry(JsonObject data) {
        String text = string(data, "utc_expires_at");
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text && !text.getString().isBlank() ? text.getString() : null;
    }
}
