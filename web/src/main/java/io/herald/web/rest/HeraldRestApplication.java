package io.herald.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Herald's REST resources at the context root: the admin API under {@code /admin} and the
 * protocols' own HTTP APIs (such as OpenBazaar's {@code /ob}). WebSocket upgrades are taken by
 * the container before requests reach JAX-RS.
 */
@ApplicationPath("/")
public class HeraldRestApplication extends Application {
}
