package io.herald.web.protocol.loom;

import io.herald.web.inbound.Handshake;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Hands the upgrade request's {@code Authorization} header to the endpoint as a presented
 * {@link Handshake}. ActionCable refuses after the upgrade (a {@code disconnect} frame), so nothing
 * is decided here.
 */
@WebFilter(urlPatterns = "/websocket", asyncSupported = true)
public class LoomHandshakeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Handshake.Presented.of(request.getHeader("Authorization")).forward(request, response, chain);
    }
}
