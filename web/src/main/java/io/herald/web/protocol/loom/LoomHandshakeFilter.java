package io.herald.web.protocol.loom;

import io.herald.core.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Hands the upgrade request's {@code Authorization} header to the endpoint. ActionCable refuses
 * after the upgrade (a {@code disconnect} frame), so nothing is decided here; the header travels
 * as the request principal because endpoint configuration is shared by all connections.
 */
@WebFilter(urlPatterns = "/websocket", asyncSupported = true)
public class LoomHandshakeFilter extends HttpFilter {

    /** What the client presented; verified once the socket is open. */
    public record PresentedAuthorization(String header) implements Principal {
        @Override
        public String getName() {
            return "loom-bearer";
        }

        @Override
        public String toString() {
            // Never the header itself: it carries the bearer token, and principals end up in logs.
            return "PresentedAuthorization[header=" + Secrets.redacted(header) + "]";
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PresentedAuthorization presented = new PresentedAuthorization(request.getHeader("Authorization"));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return presented;
            }
        }, response);
    }
}
