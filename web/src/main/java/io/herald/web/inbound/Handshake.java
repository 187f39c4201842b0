package io.herald.web.inbound;

import io.herald.core.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a protocol's handshake filter hands on to its WebSocket endpoint (or REST resource), as the
 * upgrade request's user principal: the endpoint configuration is shared by every connection, so
 * the request principal is the one per-connection value a filter can pass. Either the filter
 * authenticated the client, or it only took what the client presented, for a protocol that
 * authenticates after the upgrade because it reports a refusal in-band. A presented secret never
 * appears in {@code toString}: principals end up in logs.
 */
public sealed interface Handshake extends Principal {

    /** The filter authenticated the client as {@code principal}. */
    record Authenticated(Principal principal) implements Handshake {
        public Authenticated {
            Objects.requireNonNull(principal, "principal");
        }

        @Override
        public String getName() {
            return principal.getName();
        }
    }

    /**
     * What the client presented, checked only once the socket is open.
     *
     * @param credential the secret the client authenticates with (a header, a token); null if it
     *                   presented none
     * @param parameters what else it presented that is no secret (a protocol version), by name
     */
    record Presented(String credential, Map<String, String> parameters) implements Handshake {
        public Presented {
            parameters = Map.copyOf(parameters);
        }

        /** A credential (or null) and no parameters yet. */
        public static Presented of(String credential) {
            return new Presented(credential, Map.of());
        }

        /** This, with one more parameter; a null value is one the client did not give, and is left out. */
        public Presented with(String name, String value) {
            if (value == null) {
                return this;
            }
            Map<String, String> more = new HashMap<>(parameters);
            more.put(name, value);
            return new Presented(credential, more);
        }

        /** The parameter's value; null when the client did not give it. */
        public String parameter(String name) {
            return parameters.get(name);
        }

        @Override
        public String getName() {
            return "presented";
        }

        @Override
        public String toString() {
            return "Presented[credential=" + Secrets.redacted(credential) + ", parameters=" + parameters + "]";
        }
    }

    /** Continues the filter chain with the request seen as made by this handshake. */
    default void forward(HttpServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Handshake handshake = this;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return handshake;
            }
        }, response);
    }

    /**
     * The principal a filter authenticated, from a session's or request's user principal; empty
     * when no filter authenticated one of that type (a request that bypassed the filter: never serve
     * it).
     */
    static <P extends Principal> Optional<P> authenticated(Principal carried, Class<P> type) {
        return carried instanceof Authenticated authenticated && type.isInstance(authenticated.principal())
                ? Optional.of(type.cast(authenticated.principal()))
                : Optional.empty();
    }

    /** What the client presented, from a session's user principal; empty when no filter ran. */
    static Optional<Presented> presented(Principal carried) {
        return carried instanceof Presented presented ? Optional.of(presented) : Optional.empty();
    }
}
