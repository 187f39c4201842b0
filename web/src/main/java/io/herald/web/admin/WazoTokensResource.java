package io.herald.web.admin;

import io.herald.core.Secrets;
import io.herald.protocol.wazo.WazoToken;
import io.herald.protocol.wazo.WazoTokenDirectory;
import io.herald.protocol.wazo.WazoTokenHandle;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.JsonRequest;
import io.herald.web.rest.MaxLength;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Admin API for the tokens Wazo clients connect with. Tokens are named by their handle (16 hex
 * digits of their SHA-256); the token itself appears only in the answer to the POST that created
 * it. Revoking (PATCH) or deleting a token closes its live connections with 4003.
 */
@Path("/admin/wazo/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WazoTokensResource {

    private static final Pattern TOKEN_TEXT = Pattern.compile("[A-Za-z0-9._~-]{1,200}");
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(2);
    private static final Duration LONGEST_LIFETIME = Duration.ofDays(3660);

    @Inject
    WazoTokenDirectory tokens;

    /**
     * The body of a POST. Absent fields mean: a random token, no user, an empty ACL, not admin,
     * expiring in two hours. {@code id} is the former name of {@code token}, still accepted.
     * {@code expiresAt} (ISO-8601 instant) and {@code expiresIn} (seconds) are alternatives.
     */
    @JsonRequest
    public record TokenRequest(@MaxLength(200) String token, @MaxLength(200) String id,
                               @MaxLength(100) String userUuid, @MaxLength(100) String tenantUuid,
                               @MaxLength(500) List<String> acl, @MaxLength(100) String expiresAt, Long expiresIn,
                               Boolean admin) {
        @Override
        public String toString() {
            return "TokenRequest[token=" + Secrets.redacted(token) + ", id=" + Secrets.redacted(id) + ", userUuid="
                    + userUuid + ", tenantUuid=" + tenantUuid + ", acl=" + acl + ", expiresAt=" + expiresAt
                    + ", expiresIn=" + expiresIn + ", admin=" + admin + "]";
        }
    }

    /** The body of a PATCH. */
    @JsonRequest
    public record TokenChange(Boolean revoked) {
    }

    /** A token as the API shows it: named by its handle, never by itself. */
    public record TokenView(String id, String userUuid, String tenantUuid, List<String> acl, String expiresAt,
                            boolean admin, boolean revoked) {
        static TokenView of(WazoTokenDirectory.StoredToken stored) {
            return new TokenView(stored.handle(), stored.userUuid(), stored.tenantUuid(), stored.acl(),
                    stored.expiresAt().toString(), stored.admin(), stored.revoked());
        }
    }

    /** A token just created, with its text: the only answer that ever shows it. */
    public record IssuedToken(String token, String id, String userUuid, String tenantUuid, List<String> acl,
                              String expiresAt, boolean admin, boolean revoked) {
        static IssuedToken of(String token, TokenView view) {
            return new IssuedToken(token, view.id(), view.userUuid(), view.tenantUuid(), view.acl(), view.expiresAt(),
                    view.admin(), view.revoked());
        }

        @Override
        public String toString() {
            return "IssuedToken[token=" + Secrets.REDACTED + ", id=" + id + ", tenantUuid=" + tenantUuid + "]";
        }
    }

    @GET
    public List<TokenView> list() {
        return tokens.all().stream().map(TokenView::of).toList();
    }

    @GET
    @Path("{id}")
    public TokenView get(@PathParam("id") String id) {
        checkId(id);
        return tokens.stored(id).map(TokenView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "a JSON object with the token's settings is required");
        }
        if (request.token() != null && request.id() != null) {
            throw new InvalidInput("token", "give token (or its former name id), not both");
        }
        String field = request.token() != null ? "token" : "id";
        String text = request.token() != null ? request.token() : request.id();
        text = text == null ? Secrets.randomToken() : text;
        checkToken(field, text);
        if (tokens.stored(WazoTokenHandle.of(text)).isPresent()) {
            throw new InvalidInput(field, "this token exists");
        }
        if (request.tenantUuid() == null || !uuidLike(request.tenantUuid())) {
            throw new InvalidInput("tenantUuid", "the tenant uuid is required: 1 to 100 characters, no ',' or spaces");
        }
        if (request.userUuid() != null && !uuidLike(request.userUuid())) {
            throw new InvalidInput("userUuid", "a user uuid is 1 to 100 characters, no ',' or spaces");
        }
        List<String> acl = request.acl() == null ? List.of() : request.acl();
        if (acl.stream().anyMatch(entry -> entry == null || entry.isBlank() || entry.length() > 500)) {
            throw new InvalidInput("acl", "each ACL entry is a non-empty string of at most 500 characters");
        }
        WazoToken token = new WazoToken(text, request.userUuid(), request.tenantUuid(), acl, expiry(request),
                Boolean.TRUE.equals(request.admin()));
        return Response.status(Response.Status.CREATED)
                .entity(IssuedToken.of(text, TokenView.of(tokens.put(token)))).build();
    }

    @PATCH
    @Path("{id}")
    public TokenView change(@PathParam("id") String id, TokenChange change) {
        checkId(id);
        if (change == null || change.revoked() == null) {
            throw new InvalidInput("revoked", "send {\"revoked\":true} to revoke the token");
        }
        if (!change.revoked()) {
            throw new InvalidInput("revoked", "a revoked token stays revoked; create a new one instead");
        }
        return tokens.revoke(id).map(TokenView::of).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        checkId(id);
        if (!tokens.delete(id)) {
            throw new NotFoundException();
        }
    }

    private static Instant expiry(TokenRequest request) {
        Instant now = Instant.now();
        if (request.expiresAt() != null && request.expiresIn() != null) {
            throw new InvalidInput("expiresAt", "give expiresAt or expiresIn, not both");
        }
        if (request.expiresIn() != null) {
            if (request.expiresIn() < 1 || request.expiresIn() > LONGEST_LIFETIME.toSeconds()) {
                throw new InvalidInput("expiresIn", "seconds from now, between 1 and " + LONGEST_LIFETIME.toSeconds());
            }
            return now.plusSeconds(request.expiresIn());
        }
        if (request.expiresAt() == null) {
            return now.plus(DEFAULT_LIFETIME);
        }
        try {
            Instant at = Instant.parse(request.expiresAt());
            if (!at.isAfter(now) || at.isAfter(now.plus(LONGEST_LIFETIME))) {
                throw new InvalidInput("expiresAt", "the expiry must be in the future, within ten years");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("expiresAt", "an ISO-8601 instant such as 2030-01-01T00:00:00Z");
        }
    }

    /** Handles are 16 hex digits; anything else of a sane length is simply not found. */
    private static void checkId(String id) {
        if (!TOKEN_TEXT.matcher(id).matches()) {
            throw new InvalidInput("id", "a token id is the 16 hex digits of its handle");
        }
    }

    private static void checkToken(String field, String token) {
        if (!TOKEN_TEXT.matcher(token).matches()) {
            throw new InvalidInput(field, "a token is 1 to 200 letters, digits, '.', '_', '~' or '-'");
        }
    }

    private static boolean uuidLike(String text) {
        return !text.isBlank() && text.length() <= 100 && text.chars().noneMatch(c -> c == ',' || Character.isWhitespace(c));
    }
}
